#!/usr/bin/python3
"""The migration guide's loading loop, for the load benchmark: sequential batches of 100 posted to
Synap's batch endpoint with httpx (Debian's python3-httpx), no polling, no journal, no gate.

Reads the request bodies `preflight map` writes (one CreateMemoryRequest a line: the bodies the
loader sends) so both sides send the same documents. A 429 waits its Retry-After and sends the
batch again (the guide's loop would stop; counted and printed). Prints one JSON line of results.

  guide_loop.py --base-url http://127.0.0.1:PORT --requests mapped.jsonl
"""
import argparse
import json
import os
import sys
import time

import httpx


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--requests", required=True)
    ap.add_argument("--batch-size", type=int, default=100)
    a = ap.parse_args()
    key = os.environ["SYNAP_API_KEY"]
    docs = []
    with open(a.requests, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    start = time.monotonic()
    sent = ok = failed = limited = 0
    with httpx.Client(
        base_url=a.base_url,
        headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"},
        timeout=30.0,
    ) as client:
        for i in range(0, len(docs), a.batch_size):
            batch = docs[i : i + a.batch_size]
            while True:
                r = client.post(
                    "/api/v1/memories/batch", json={"documents": batch, "fail_fast": False}
                )
                if r.status_code == 429:
                    limited += 1
                    time.sleep(int(r.headers.get("Retry-After", "1")))
                    continue
                r.raise_for_status()
                break
            body = r.json()
            sent += len(batch)
            ok += body.get("succeeded", 0)
            failed += body.get("failed", 0)
    elapsed = time.monotonic() - start
    print(
        json.dumps(
            {
                "documents": sent,
                "succeeded": ok,
                "failed": failed,
                "seconds": round(elapsed, 3),
                "docs_per_second": round(sent / elapsed, 1),
                "rate_limited": limited,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
