package dev.synap.preflight.rules.model;

import java.util.List;

/** Synap's {@code document_type} and ingest {@code mode} vocabularies (synap-api.md §2.2). */
public final class DocumentTypes {
  /** Values the SDK's {@code DocumentType} enum accepts. */
  public static final List<String> ACCEPTED =
      List.of(
          "ai-chat-conversation",
          "document",
          "email",
          "pdf",
          "image",
          "audio",
          "meeting-transcript");

  /** Values the docs list as "coming soon"; the SDK rejects them client-side. */
  public static final List<String> COMING_SOON =
      List.of("human-chat-conversation", "support-ticket", "knowledge-article", "note");

  /** The SDK's default document type. */
  public static final String DEFAULT = "ai-chat-conversation";

  /** The SDK's default ingest mode. */
  public static final String DEFAULT_MODE = "long-range";

  /** Ingest modes ({@code IngestMode}). */
  public static final List<String> MODES = List.of("long-range", "fast");

  private DocumentTypes() {}
}
