package dev.synap.preflight.reports.model.verify;

import java.util.Map;

/**
 * One item Synap returned, with its attribution.
 *
 * @param rank 1-based position in Synap's answer
 * @param id the item id
 * @param type the context list it came from ({@code facts}, {@code episodes}, ...)
 * @param content the item text as Synap returned it
 * @param score Synap's score when it gave one, else null
 * @param metadata the item's metadata as text, in key order
 * @param documentId the source document it was attributed to, or null
 * @param method how ({@code journal}, {@code source-document-id}, {@code content}, {@code none})
 * @param confidence the attribution's confidence, 0..1
 * @param evidence the attribution's evidence
 * @param inBaseline whether the attributed document is in the baseline's top k
 * @param leak whether the item is a scope leak
 */
public record SynapItem(
    int rank,
    String id,
    String type,
    String content,
    Double score,
    Map<String, String> metadata,
    String documentId,
    String method,
    double confidence,
    String evidence,
    boolean inBaseline,
    boolean leak) {
  public SynapItem {
    metadata = Lists.sorted(metadata);
  }
}
