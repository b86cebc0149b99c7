#!/usr/bin/env python3
"""The check a user would write by hand before a Synap migration: every line is a JSON object,
`id` and `content` are non-blank strings, the text and the id are in Unicode NFC, and no id occurs
twice. Invalid UTF-8 and broken JSON are counted, not fatal. Prints the counts; exits 1 when any
problem was found.

  python3 check_export.py export.jsonl
"""
import json
import sys
import unicodedata


def main(path):
    seen = set()
    counts = {"records": 0, "invalid-utf8": 0, "malformed": 0, "missing-field": 0,
              "not-nfc": 0, "duplicate-id": 0}
    with open(path, "rb") as f:
        for raw in f:
            if not raw.strip():
                continue
            counts["records"] += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                counts["invalid-utf8"] += 1
                line = raw.decode("utf-8", "replace")
            try:
                rec = json.loads(line)
            except ValueError:
                counts["malformed"] += 1
                continue
            if not isinstance(rec, dict):
                counts["malformed"] += 1
                continue
            rid = rec.get("id")
            text = rec.get("content")
            if not isinstance(rid, str) or not rid.strip() or not isinstance(text, str) or not text.strip():
                counts["missing-field"] += 1
                continue
            if not unicodedata.is_normalized("NFC", text) or not unicodedata.is_normalized("NFC", rid):
                counts["not-nfc"] += 1
            if rid in seen:
                counts["duplicate-id"] += 1
            else:
                seen.add(rid)
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    return 1 if sum(v for k, v in counts.items() if k != "records") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
