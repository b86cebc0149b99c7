#!/usr/bin/env python3
"""Exactly-once check for the load benchmark: reads the stand-in's state log
(standin-events.jsonl in its --state-dir) and the load's manifest.jsonl, and says how many
documents the stand-in holds from more than one ingestion, and how many the manifest calls loaded
that the stand-in does not hold. Prints one JSON line.

  once_check.py STATE_DIR JOURNAL_DIR
"""
import collections
import json
import os
import sys


def main():
    state, journal = sys.argv[1], sys.argv[2]
    per_doc = collections.Counter()
    with open(os.path.join(state, "standin-events.jsonl"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                ev = json.loads(line[line.index("{"):])
            except ValueError:
                continue
            if ev.get("type") == "accepted":
                for ing in ev.get("ingestions") or []:
                    if ing.get("status") != "failed":
                        per_doc[ing.get("documentId") or ing.get("document_id")] += 1
    loaded = set()
    with open(os.path.join(journal, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e["phase"] in ("accepted", "completed", "loaded_by_conflict"):
                loaded.add(e["document_id"])
    twice = sorted(d for d, n in per_doc.items() if n > 1)
    missing = sorted(d for d in loaded if per_doc[d] == 0)
    print(
        json.dumps(
            {
                "held": len(per_doc),
                "more_than_one_ingestion": len(twice),
                "loaded_but_not_held": len(missing),
                "examples": (twice + missing)[:5],
            }
        )
    )
    return 0 if not twice and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
