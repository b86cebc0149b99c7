/**
 * Per-record checks: one class per rule id, in the style of one validator per keyword.
 *
 * <h2>What this package owns</h2>
 *
 * Every rule of DESIGN.md that can be decided from one mapped record alone:
 *
 * <table>
 *   <caption>Checks and their rules</caption>
 *   <tr><th>check</th><th>rule</th><th>looks at</th></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.MissingFieldCheck}</td>
 *       <td>missing-field</td><td>document text and id (Bean Validation {@code @NotBlank})</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.InvalidFieldCheck}</td>
 *       <td>invalid-field</td><td>JSON types, blank user/customer ids, document_type, mode</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.ScopeMismatchCheck}</td>
 *       <td>scope-mismatch</td><td>B2B user_id without customer_id</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.UnknownIdentityCheck}</td>
 *       <td>unknown-identity</td><td>ids missing from the identity map, when one is given</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.TimestampCheck}</td>
 *       <td>invalid-timestamp</td><td>document_created_at</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.OversizedDocumentCheck}, {@link
 *       dev.synap.preflight.validator.check.LargeDocumentCheck}</td>
 *       <td>oversized-document, large-document</td><td>UTF-8 bytes of the document</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.OversizedMetadataCheck}</td>
 *       <td>oversized-metadata</td><td>UTF-8 bytes of the metadata as compact JSON</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.ControlCharCheck}, {@link
 *       dev.synap.preflight.validator.check.LoneSurrogateCheck}, {@link
 *       dev.synap.preflight.validator.check.ReplacementCharCheck}, {@link
 *       dev.synap.preflight.validator.check.MojibakeCheck}</td>
 *       <td>control-char, lone-surrogate, replacement-char, mojibake</td>
 *       <td>every string of the record</td></tr>
 *   <tr><td>{@link dev.synap.preflight.validator.check.NotNfcCheck}</td><td>not-nfc</td>
 *       <td>document text and identifiers</td></tr>
 * </table>
 *
 * Rules that need more than one record (duplicate-id, conflicting-id, duplicate-content) or the raw
 * bytes (invalid-utf8, malformed-record) belong to the validation run, not here.
 *
 * <h2>How a record is checked</h2>
 *
 * The run maps a record, calls {@link dev.synap.preflight.validator.check.TextFields#collect} once
 * (every string with its path, kind and one-pass {@link
 * dev.synap.preflight.validator.check.TextFacts}), builds a {@link
 * dev.synap.preflight.validator.check.RecordContext} and runs every check of {@link
 * dev.synap.preflight.validator.check.Checks#standard()} on it. Checks name the source field (or a
 * metadata path such as {@code metadata.tags[2]}) and say what is wrong; {@link
 * dev.synap.preflight.validator.finding.RecordFindings} adds the severity, location and document id
 * and drops rules that are switched off. A check reports at most one finding per field, with a
 * count in the message.
 *
 * <h2>Message style</h2>
 *
 * Values are quoted and escaped ({@code "Caf\u00C3\u00A9"}), cut at 60 code points; positions are
 * 0-based code point indexes ("at code point 12"); code points are written {@code U+0000}; sizes
 * give exact bytes and binary units ({@code 524,289 bytes (512.0 KiB)}) next to the limit.
 *
 * <h2>Adding a check</h2>
 *
 * <ol>
 *   <li>Add the rule to {@code RuleId} (rules module) and DESIGN.md; ids are forever.
 *   <li>Write {@code <Thing>Check implements Check}: stateless, thread-safe, never throwing. Test
 *       cheap conditions first; a text check asks the field's {@code TextFacts} before scanning.
 *   <li>Register it in {@link dev.synap.preflight.validator.check.Checks#standard()}, cheap checks
 *       first.
 *   <li>Add {@code src/test/resources/checks/<rule-id>.json} with positive, negative and boundary
 *       cases; the fixture test runs every check on every case, so a new check must also stay
 *       silent on {@code no-false-alarms.json}.
 * </ol>
 */
package dev.synap.preflight.validator.check;
