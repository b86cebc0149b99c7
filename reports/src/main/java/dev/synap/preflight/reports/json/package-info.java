/**
 * {@code report.json}: the source of truth of a run, written with Jackson.
 *
 * <p>{@link dev.synap.preflight.reports.json.ReportJson} owns the one Jackson configuration every
 * JSON output of this module uses (pretty printed with two-space indents and {@code \n}, nulls
 * written explicitly, record components in declaration order, map entries in key order), and reads
 * a report back. The published JSON Schema is the classpath resource {@link
 * dev.synap.preflight.reports.json.ReportJson#SCHEMA_RESOURCE}.
 *
 * <p>Strings are written from Java text straight to UTF-8 bytes, so nothing is lost: Jackson writes
 * characters outside the Basic Multilingual Plane and lone surrogates from a broken export as
 * <code>&#92;uXXXX</code> escapes, which every JSON parser reads back to the same UTF-16 text.
 */
package dev.synap.preflight.reports.json;
