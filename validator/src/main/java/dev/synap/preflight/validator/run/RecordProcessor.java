package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MappingIssue;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.profile.Mapping;
import dev.synap.preflight.rules.read.DecodedRecord;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scan;
import dev.synap.preflight.rules.read.Utf8Scanner;
import dev.synap.preflight.rules.source.RecordMapper;
import dev.synap.preflight.validator.check.Check;
import dev.synap.preflight.validator.check.RecordContext;
import dev.synap.preflight.validator.check.TextField;
import dev.synap.preflight.validator.check.TextFields;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The work done on one record by a worker thread: UTF-8 check and repair of the raw bytes, decode,
 * mapping through the file's profile, every per-record check, and the hashes the aggregator needs
 * for duplicate detection. Thread-safe; never throws (a bug becomes an internal error).
 */
final class RecordProcessor {
  /** Jackson quotes the offending input in "Unrecognized token 'text'". */
  private static final Pattern QUOTED_TOKEN = Pattern.compile("(Unrecognized token )'[^']*'");

  private final CheckConfig config;
  private final List<Check> checks;
  private final IdentityMap identities;
  private final Instant now;

  RecordProcessor(CheckConfig config, List<Check> checks, IdentityMap identities, Instant now) {
    this.config = config;
    this.checks = checks;
    this.identities = identities;
    this.now = now;
  }

  /** The record's documents (at least one entry: the first counts the record). */
  List<ProcessedRecord> process(RawRecord raw, String pointer, FileContext file) {
    RecordFindings findings =
        new RecordFindings(config, file.displayPath(), raw.line(), raw.byteOffset());
    try {
      return switch (raw.flaw()) {
        case NONE -> decoded(raw, pointer, file, findings);
        case OVERSIZED -> {
          findings.documentId(PrefixId.find(raw.bytes(), file.profile()));
          findings.add(RuleId.OVERSIZED_DOCUMENT, null, raw.detail());
          yield List.of(flawed(raw, true, findings));
        }
        case TRUNCATED -> {
          findings.add(RuleId.MALFORMED_RECORD, null, "truncated record: " + raw.detail());
          yield List.of(flawed(raw, true, findings));
        }
        case STRUCTURE -> {
          findings.add(RuleId.MALFORMED_RECORD, null, raw.detail());
          yield List.of(flawed(raw, false, findings));
        }
        case ENCODING -> {
          findings.add(RuleId.INVALID_UTF8, null, raw.detail());
          yield List.of(flawed(raw, false, findings));
        }
      };
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(
          noDocument(raw, true, findings, file.displayPath() + ":" + raw.line() + ": " + e));
    }
  }

  private List<ProcessedRecord> decoded(
      RawRecord raw, String pointer, FileContext file, RecordFindings findings) {
    byte[] bytes = raw.bytes();
    Utf8Scan utf8 = Utf8Scanner.scanAndRepair(bytes, bytes.length);
    DecodedRecord decoded;
    try {
      decoded =
          file.wholeDocument()
              ? file.decoder().decodeLocated(bytes, bytes.length)
              : file.decoder().decode(bytes, bytes.length);
    } catch (RecordSyntaxException e) {
      reportUtf8(utf8, raw, findings);
      String where = e.relativeLine() > 0 ? " (line " + (raw.line() + e.relativeLine()) + ")" : "";
      findings.addAt(
          RuleId.MALFORMED_RECORD,
          raw.byteOffset() + e.relativeOffset(),
          null,
          "not valid JSON: " + syntaxMessage(e.getMessage()) + where);
      return List.of(flawed(raw, true, findings));
    }
    RecordMapper.Result result =
        RecordMapper.map(file.profile(), decoded, pointer, file.wholeDocument(), file.json());
    if (!result.mapped()) {
      reportUtf8(utf8, raw, findings);
      findings.add(RuleId.MALFORMED_RECORD, null, result.problem());
      return List.of(flawed(raw, true, findings));
    }
    Mapping mapping = result.mapping();
    boolean plainAscii = utf8.valid() && Utf8Scanner.plainAscii(bytes, bytes.length);
    List<String> skipped = mapping.skipped().stream().map(Mapping.Skip::reason).toList();
    List<ProcessedRecord> out = new ArrayList<>(Math.max(1, mapping.documents().size()));
    if (mapping.documents().isEmpty()) {
      reportUtf8(utf8, raw, findings);
      duplicateKeys(decoded, findings);
      notes(mapping, findings);
      out.add(
          new ProcessedRecord(
              raw.fileIndex(),
              raw.line(),
              raw.byteOffset(),
              true,
              false,
              findings.list(),
              null,
              -1,
              null,
              null,
              null,
              null,
              null,
              skipped));
      return out;
    }
    for (int i = 0; i < mapping.documents().size(); i++) {
      MappedDocument d = mapping.documents().get(i);
      boolean first = i == 0;
      boolean atRecord = d.lineDelta() == 0 && d.offsetDelta() == 0;
      List<Finding> recordLevel = List.of();
      RecordFindings f = findings;
      if (first && !atRecord) {
        // the record's own findings stay at the record; the document's go to its item
        reportUtf8(utf8, raw, findings);
        duplicateKeys(decoded, findings);
        notes(mapping, findings);
        recordLevel = findings.list();
      }
      if (!first || !atRecord) {
        f =
            new RecordFindings(
                config,
                file.displayPath(),
                raw.line() + d.lineDelta(),
                raw.byteOffset() + d.offsetDelta());
      }
      MappedRecord mapped = file.identities().apply(d.mapped());
      if (mapped.document().documentId() != null && !mapped.document().documentId().isBlank()) {
        f.documentId(mapped.document().documentId());
      }
      if (first && atRecord) {
        reportUtf8(utf8, raw, f);
        duplicateKeys(decoded, f);
        notes(mapping, f);
      }
      DocumentText text = DocumentText.of(mapped, plainAscii);
      List<TextField> texts = TextFields.collect(mapped, plainAscii, text.facts());
      List<Finding> all = check(d, mapped, texts, f);
      if (!recordLevel.isEmpty()) {
        List<Finding> merged = new ArrayList<>(recordLevel);
        merged.addAll(all);
        all = merged;
      }
      out.add(processed(raw, d, mapped, text, all, first, first ? skipped : List.of()));
    }
    return out;
  }

  private List<Finding> check(
      MappedDocument d, MappedRecord mapped, List<TextField> texts, RecordFindings findings) {
    for (MappingIssue issue : d.issues()) {
      findings.addAs(issue.rule(), issue.severity(), issue.field(), issue.message());
    }
    RecordContext context = new RecordContext(mapped, texts, config, identities, now);
    for (Check check : checks) {
      check.check(context, findings);
    }
    return findings.list();
  }

  private static ProcessedRecord processed(
      RawRecord raw,
      MappedDocument d,
      MappedRecord mapped,
      DocumentText text,
      List<Finding> findings,
      boolean countsRecord,
      List<String> skipped) {
    MemoryDocument doc = mapped.document();
    return new ProcessedRecord(
        raw.fileIndex(),
        raw.line() + d.lineDelta(),
        raw.byteOffset() + d.offsetDelta(),
        countsRecord,
        true,
        findings,
        ContentKeys.of(doc, text),
        text.utf8Length(),
        month(doc.createdAt()),
        blankToNull(doc.userId()),
        blankToNull(doc.customerId()),
        null,
        d.sourceType(),
        skipped);
  }

  private static void duplicateKeys(DecodedRecord decoded, RecordFindings findings) {
    for (String key : decoded.duplicateKeys()) {
      findings.add(
          RuleId.MALFORMED_RECORD,
          key,
          "key '" + key + "' occurs more than once in one object; only the last value is kept");
    }
  }

  private static void notes(Mapping mapping, RecordFindings findings) {
    for (MappingIssue n : mapping.notes()) {
      findings.addAs(n.rule(), n.severity(), n.field(), n.message());
    }
  }

  /** The parser's message; with text redacted, without the input token it may quote. */
  private String syntaxMessage(String message) {
    return config.redactText() ? QUOTED_TOKEN.matcher(message).replaceAll("$1(redacted)") : message;
  }

  private static void reportUtf8(Utf8Scan scan, RawRecord raw, RecordFindings findings) {
    if (scan.invalidBytes() == 0) {
      return;
    }
    StringBuilder offsets = new StringBuilder();
    int[] first = scan.firstOffsets();
    for (int i = 0; i < first.length; i++) {
      offsets.append(i == 0 ? "" : ", ").append(raw.byteOffset() + first[i]);
    }
    if (scan.invalidBytes() > first.length) {
      offsets.append(", …");
    }
    findings.addAt(
        RuleId.INVALID_UTF8,
        raw.byteOffset() + first[0],
        null,
        scan.invalidBytes()
            + " byte(s) that are not valid UTF-8, at byte offset(s) "
            + offsets
            + "; they were read as '?' so the rest of the record could be checked");
  }

  private static ProcessedRecord flawed(RawRecord raw, boolean isRecord, RecordFindings findings) {
    return noDocument(raw, isRecord, findings, null);
  }

  /** A record that yields no document: flawed, undecodable, or hit by a bug while checking. */
  private static ProcessedRecord noDocument(
      RawRecord raw, boolean isRecord, RecordFindings findings, String internalError) {
    return new ProcessedRecord(
        raw.fileIndex(),
        raw.line(),
        raw.byteOffset(),
        isRecord,
        false,
        findings.list(),
        null,
        -1,
        null,
        null,
        null,
        internalError,
        null,
        List.of());
  }

  /** {@code yyyy-MM} of a timestamp that starts with four digits, a dash and a month 01..12. */
  private static String month(String createdAt) {
    if (createdAt == null
        || createdAt.length() < 7
        || !digits(createdAt, 0, 4)
        || createdAt.charAt(4) != '-'
        || !digits(createdAt, 5, 7)) {
      return null;
    }
    int m = (createdAt.charAt(5) - '0') * 10 + createdAt.charAt(6) - '0';
    return m >= 1 && m <= 12 ? createdAt.substring(0, 7) : null;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
