package dev.synap.preflight.loader.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code journal.lock} in the journal directory, held while a journal is
 * open for writing. The OS drops it when the process dies, so a killed load never leaves the
 * journal locked.
 */
final class JournalLock implements AutoCloseable {
  static final String FILE = "journal.lock";
  private final FileChannel channel;
  private final FileLock lock;

  private JournalLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static JournalLock acquire(Path dir) throws JournalException {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw busy(dir, channel);
      }
      return new JournalLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      throw busy(dir, channel);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new JournalException("cannot lock journal " + file + ": " + e.getMessage(), e);
    }
  }

  private static JournalRefusedException busy(Path dir, FileChannel channel) {
    closeQuietly(channel);
    return new JournalRefusedException(
        "journal "
            + dir
            + " is in use by another preflight process (load, rollback or status); wait for it"
            + " to finish or stop it first");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing to release
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it anyway
    }
    closeQuietly(channel);
  }
}
