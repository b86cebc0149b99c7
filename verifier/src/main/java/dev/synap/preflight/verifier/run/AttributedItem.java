package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.attribution.Attribution;
import dev.synap.preflight.verifier.replay.FetchedItem;

/**
 * One returned item with its attribution.
 *
 * @param rank 1-based position in Synap's answer
 * @param item the item
 * @param attribution its source document and evidence
 * @param leak whether it is a scope leak
 */
public record AttributedItem(int rank, FetchedItem item, Attribution attribution, boolean leak) {}
