/**
 * The load journal: an append-only, fsynced file of {@link
 * dev.synap.preflight.loader.journal.JournalRecord}s in a directory given by {@code --journal}, the
 * lock that keeps a second process from writing it, crash recovery (a torn last record is cut off,
 * damage before it is refused) and the state a load resumes from ({@link
 * dev.synap.preflight.loader.journal.LoadState}, replayed from the records).
 *
 * <p>File format ({@code journal.log}): one record a line, {@code CRC32C-hex SPACE JSON LF}, where
 * the CRC32C is computed over the UTF-8 bytes of the JSON text. The first record is the {@code
 * header}. A record counts as written only once {@link java.nio.channels.FileChannel#force} has
 * returned; the action it guards (a send, a delete) happens after that. No API key is ever part of
 * a record.
 */
package dev.synap.preflight.loader.journal;
