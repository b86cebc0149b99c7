package dev.synap.preflight.loader.diff;

/**
 * Hears each document of the new export as the diff reads it, for a progress display on another
 * thread. Called on the diff's thread, once per document, so it must be cheap.
 */
@FunctionalInterface
public interface DiffProgress {
  /** Hears nothing. */
  DiffProgress NONE = (documents, file, byteOffset) -> {};

  /**
   * @param documents documents read so far (all files)
   * @param file the file being read, as given on the command line
   * @param byteOffset where its latest document starts (in the decompressed stream)
   */
  void read(long documents, String file, long byteOffset);
}
