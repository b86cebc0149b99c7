#!/usr/bin/env python3
"""Prints fields of a JSON file, tab-separated, by JSON Pointer (RFC 6901); "-" for a field that is
missing or null, or for every field when the file cannot be read. Used by run.sh to pick the
baseline build time and the replay numbers out of `preflight verify`'s report.json.

  report_fields.py report.json /baseline/buildMillis /metrics/replayMillis
"""
import json
import sys


def get(doc, pointer):
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(doc, list):
            doc = doc[int(part)] if part.isdigit() and int(part) < len(doc) else None
        elif isinstance(doc, dict):
            doc = doc.get(part)
        else:
            doc = None
        if doc is None:
            return None
    return doc


def main():
    path, pointers = sys.argv[1], sys.argv[2:]
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        doc = None
    values = [get(doc, p) if doc is not None else None for p in pointers]
    print("\t".join("-" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for v in values))


if __name__ == "__main__":
    main()
