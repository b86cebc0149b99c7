/**
 * Export readers: everything between an export file on disk and one record's JSON value, with the
 * file, physical line and byte offset of every record kept exact.
 *
 * <h2>Owns</h2>
 *
 * <ul>
 *   <li>{@link dev.synap.preflight.rules.read.ExportInput}: opening a file, gzip by magic bytes,
 *       choosing the {@link dev.synap.preflight.rules.read.InputFormat}, on-disk progress and
 *       SHA-256.
 *   <li>Splitters ({@link dev.synap.preflight.rules.read.RecordSplitter}): {@link
 *       dev.synap.preflight.rules.read.JsonLinesSplitter}, {@link
 *       dev.synap.preflight.rules.read.JsonDocumentSplitter}, {@link
 *       dev.synap.preflight.rules.read.CsvSplitter}. They look only at structure (line breaks,
 *       quotes, brackets) on one reader thread and cut {@link
 *       dev.synap.preflight.rules.read.RawRecord}s.
 *   <li>{@link dev.synap.preflight.rules.read.Utf8Scanner}: strict UTF-8 validation that repairs
 *       invalid bytes in place, run by the workers on each record before decoding.
 *   <li>Decoders ({@link dev.synap.preflight.rules.read.RecordDecoder}): {@link
 *       dev.synap.preflight.rules.read.JsonRecordDecoder} and {@link
 *       dev.synap.preflight.rules.read.CsvRecordDecoder}, thread-safe, shared by the workers.
 * </ul>
 *
 * <h2>Bad input is normal input</h2>
 *
 * <p>A malformed line, invalid UTF-8, a NUL byte or a gigabyte without a line break never makes a
 * reader throw or stop: a record that cannot be cut cleanly carries a {@link
 * dev.synap.preflight.rules.read.RawRecord.Flaw} (oversized, truncated, a structural problem of the
 * file, a file that is not UTF-8), and a record that does not parse is a {@link
 * dev.synap.preflight.rules.read.RecordSyntaxException} for that record alone. Only I/O failures
 * throw; a damaged gzip stream throws {@link dev.synap.preflight.rules.read.CorruptInputException}
 * after the complete records before the damage.
 *
 * <h3>Recovery after a quote that never closes</h3>
 *
 * <p>In CSV, an opening quote that is never closed would make the rest of the file one field. When
 * the input ends inside a quoted field, or when a record reaches {@code Limits.recordReadBytes()}
 * inside a quoted field that has crossed a line break (it would be OVERSIZED: the quote is then
 * treated as unterminated right away), {@link dev.synap.preflight.rules.read.CsvSplitter} reports
 * that record as {@link dev.synap.preflight.rules.read.RawRecord.Flaw#TRUNCATED}, cut to its first
 * physical line, and resynchronises: it reads the bytes the quote had swallowed again (they are
 * still in the record's buffer) from the next line, then the rest of the input, so the rows after
 * the damage are checked with exact lines and offsets however far the end of the file is. A bad
 * quote near the start of a 2 GB file costs one finding, not the file. Only a record whose first
 * line is itself over the read limit cannot be recovered: it stays OVERSIZED (and, when the input
 * ends inside its quote, its detail says how many bytes could not be checked). The price: a genuine
 * quoted field with line breaks longer than the read limit is reported as an unterminated quote and
 * its lines are read as rows (it would have been an OVERSIZED finding anyway). {@link
 * dev.synap.preflight.rules.read.JsonDocumentSplitter} does the same for a string that never closes
 * in a pretty-printed array (it crossed a line break, and the input ends or the element reaches the
 * read limit inside it): the element is cut to its first line and splitting resumes at the next
 * line that starts with '{' at the element's column, with at most 4 × the read limit read again per
 * file. A minified (single-line) array cannot resynchronise: a string that never closes there still
 * makes the rest of the array one TRUNCATED element.
 *
 * <h2>Memory</h2>
 *
 * <p>A splitter holds one read buffer and at most {@code Limits.recordReadBytes()} of the record it
 * is cutting; a longer record keeps only a 4 KiB prefix and its length. While it re-reads the bytes
 * a quote that never closed had swallowed (see above), it holds those too, with the unread rest of
 * its read buffer: at most twice the read limit plus one read buffer.
 *
 * <h2>Positions</h2>
 *
 * <p>Lines are physical and 1-based: {@code \n}, {@code \r\n} and a lone {@code \r} each end one.
 * Byte offsets are 0-based in the decompressed stream; a UTF-8 byte-order mark is skipped but
 * counted. A JSON array element's line is where it starts; a CSV record's line is where it starts.
 */
package dev.synap.preflight.rules.read;
