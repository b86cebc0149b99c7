package dev.synap.preflight.loader.plan;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The export files read through a profile, as documents in file order: the product's one export
 * reader ({@link ExportReader}) seen as the loader's {@link DocumentSource}. Items the profile
 * skips and records that cannot be read are not documents (the validator reports them; its gate
 * stops a load over them unless forced). Every pass yields the same documents in the same order.
 */
public final class ExportSource implements DocumentSource {
  private final ExportReader reader;

  /**
   * A source over {@code files}, read with {@code profile} (null: chosen per file), with the
   * identity map and default user/customer applied exactly as {@code preflight map} applies them.
   */
  public ExportSource(List<Path> files, Profile profile, Limits limits, Identities identities) {
    this(new ExportReader(files, profile, limits, identities));
  }

  /** A source over an export reader. */
  public ExportSource(ExportReader reader) {
    this.reader = reader;
  }

  /** The reader (and through it the export's fingerprint). */
  public ExportReader reader() {
    return reader;
  }

  @Override
  public Cursor open() {
    ExportReader.Cursor c = reader.open();
    return new Cursor() {
      @Override
      public boolean hasNext() {
        return c.hasNext();
      }

      @Override
      public SourceDocument next() {
        ExportDocument d = c.next();
        return new SourceDocument(d.seq(), d.origin(), d.document());
      }

      @Override
      public void close() throws IOException {
        c.close();
      }
    };
  }
}
