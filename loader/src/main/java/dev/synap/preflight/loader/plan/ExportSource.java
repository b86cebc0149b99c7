package dev.synap.preflight.loader.plan;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import dev.synap.preflight.rules.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The export files read through a profile, as documents in file order. Items the profile skips and
 * records that cannot be read are not documents (the validator reports them; its gate stops a load
 * over them unless forced). Every pass yields the same documents in the same order.
 */
public final class ExportSource implements DocumentSource {
  private final List<Path> files;
  private final Profile profile;
  private final Limits limits;
  private final Identities identities;

  /**
   * A source over {@code files}, read with {@code profile} (null: chosen per file), with the
   * identity map and default user/customer applied exactly as {@code preflight map} applies them.
   */
  public ExportSource(List<Path> files, Profile profile, Limits limits, Identities identities) {
    this.files = List.copyOf(files);
    this.profile = profile;
    this.limits = limits;
    this.identities = identities;
  }

  @Override
  public Cursor open() {
    return new Cursor() {
      private int fileIndex = -1;
      private SourceReader reader;
      private SourceDocument next;
      private long seq;

      @Override
      public boolean hasNext() {
        try {
          while (next == null) {
            if (reader == null) {
              if (++fileIndex >= files.size()) {
                return false;
              }
              Path f = files.get(fileIndex);
              reader = SourceReader.open(f, fileIndex, f.toString(), profile, limits);
            }
            SourceEvent e = reader.next();
            if (e == null) {
              reader.close();
              reader = null;
            } else if (e instanceof SourceEvent.Document d) {
              next =
                  new SourceDocument(
                      seq++,
                      d.file() + ":" + d.line(),
                      identities.apply(d.document().mapped()).document());
            }
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public SourceDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceDocument out = next;
        next = null;
        return out;
      }

      @Override
      public void close() throws IOException {
        if (reader != null) {
          reader.close();
        }
      }
    };
  }
}
