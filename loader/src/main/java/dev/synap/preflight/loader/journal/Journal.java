package dev.synap.preflight.loader.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A journal open for appending. {@link #open} locks the directory, reads the intact records into a
 * {@link LoadState}, and cuts off a torn tail; {@link #append} writes one record, forces it to disk
 * and only then applies it to the state. After {@link #close} (or a failed append) nothing more is
 * written, as if the process had died there.
 */
public final class Journal implements AutoCloseable {
  /** The journal file's name inside the journal directory. */
  public static final String FILE = "journal.log";

  private final Path file;
  private final JournalLock lock;
  private final FileChannel channel;
  private final LoadState state;
  private final AppendHook hook;
  private final JournalReader.Recovery recovery;
  private boolean closed;
  private long forces;

  private Journal(
      Path file,
      JournalLock lock,
      FileChannel channel,
      LoadState state,
      AppendHook hook,
      JournalReader.Recovery recovery) {
    this.file = file;
    this.lock = lock;
    this.channel = channel;
    this.state = state;
    this.hook = hook;
    this.recovery = recovery;
  }

  /** Opens (creating when absent) the journal in {@code dir} for writing. */
  public static Journal open(Path dir) throws JournalException {
    return open(dir, AppendHook.NONE);
  }

  /** Opens the journal with a hook called around every append (crash tests). */
  public static Journal open(Path dir, AppendHook hook) throws JournalException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new JournalException(
          "cannot create journal directory " + dir + ": " + e.getMessage(), e);
    }
    JournalLock lock = JournalLock.acquire(dir);
    Path file = dir.resolve(FILE);
    try {
      boolean existed = Files.exists(file);
      LoadState state = new LoadState();
      JournalReader.Recovery recovery =
          existed ? JournalReader.read(file, state::apply) : new JournalReader.Recovery(0, 0, 0);
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (recovery.tornBytes() > 0) {
        channel.truncate(recovery.intactBytes());
        channel.force(true);
      }
      channel.position(recovery.intactBytes());
      if (!existed) {
        forceDirectory(dir);
      }
      return new Journal(file, lock, channel, state, hook, recovery);
    } catch (IOException e) {
      lock.close();
      throw new JournalException("cannot open journal " + file + ": " + e.getMessage(), e);
    } catch (JournalException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens the journal of a load of {@code header.files()}: a new journal gets {@code header} as its
   * first record; an existing one must have been created from the same export (SHA-256 of every
   * file, in order) and profile, else it is refused.
   */
  public static Journal openForExport(Path dir, JournalRecord.Header header, AppendHook hook)
      throws JournalException {
    Journal journal = open(dir, hook);
    try {
      var existing = journal.state().header();
      if (existing.isEmpty()) {
        journal.append(header);
      } else {
        ExportFingerprint.check(existing.get(), header.files(), dir);
        if (!existing.get().profile().equals(header.profile())) {
          throw new JournalRefusedException(
              "journal "
                  + dir
                  + " was created with profile "
                  + existing.get().profile()
                  + ", this run uses "
                  + header.profile()
                  + "; resume with the same profile or use a new --journal");
        }
      }
      return journal;
    } catch (JournalException | RuntimeException | Error e) {
      journal.close();
      throw e;
    }
  }

  /** Reads a journal without locking or changing it (for {@code status} and dry runs). */
  public static LoadState readOnly(Path dir) throws JournalException {
    LoadState state = new LoadState();
    Path file = dir.resolve(FILE);
    if (Files.exists(file)) {
      JournalReader.read(file, state::apply);
    }
    return state;
  }

  /** Writes {@code record}, forces it to disk, then applies it to the state. */
  public void append(JournalRecord record) throws JournalException {
    append(List.of(record));
  }

  /**
   * Group commit: writes every record of {@code records} in one write, forces the file once, then
   * applies them to the state in order. Either all of them count as written (the force returned)
   * or, after a crash, a prefix of them is on disk (a torn last line is cut off on the next open):
   * the caller must only have acted on what it appends here in a way that is safe to repeat (a
   * status read, a delete answered "already gone" the second time), or append before acting.
   */
  public synchronized void append(List<? extends JournalRecord> records) throws JournalException {
    if (closed) {
      throw new JournalClosedException("journal " + file + " is closed");
    }
    if (records.isEmpty()) {
      return;
    }
    runHook(() -> hook.beforeAppend(records.get(0)));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (JournalRecord record : records) {
      lines.writeBytes(JournalCodec.encode(record));
    }
    try {
      ByteBuffer buf = ByteBuffer.wrap(lines.toByteArray());
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
      forces++;
    } catch (IOException e) {
      closed = true;
      throw new JournalException("cannot write journal " + file + ": " + e.getMessage(), e);
    }
    for (JournalRecord record : records) {
      state.apply(record);
      runHook(() -> hook.afterAppend(record));
    }
  }

  /** How many times this journal forced its file since it was opened (one per group). */
  public synchronized long forces() {
    return forces;
  }

  private void runHook(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException | Error e) {
      closed = true;
      throw e;
    }
  }

  /** The replayed state, kept current by {@link #append}. */
  public LoadState state() {
    return state;
  }

  /** What opening found: intact records and the torn bytes cut off. */
  public JournalReader.Recovery recovery() {
    return recovery;
  }

  /** The journal file. */
  public Path file() {
    return file;
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException ignored) {
      // not every platform can sync a directory; the file itself is forced on every append
    }
  }

  /** Stops all writing (idempotent) and releases the lock. */
  @Override
  public synchronized void close() {
    closed = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // every record was already forced
    }
    lock.close();
  }
}
