#!/usr/bin/env python3
"""Deterministic synthetic memory export (JSON Lines, generic profile) for the benchmarks.

Same seed and size give byte-identical output. Records look like a support-assistant export:
chat turns, preferences, notes and some long documents; ids, timestamps, B2B scopes
(user_id + customer_id), small metadata; a realistic share of non-ASCII (accents, CJK, emoji).
About one record in a thousand carries a defect the validator must report (duplicate and
conflicting ids, NFD text, mojibake, control characters, lone surrogates, invalid UTF-8, broken
JSON, missing fields, bad timestamps).

  gen_export.py --bytes 1000000000 --out export.jsonl            # ~1 GB, ~1M records
  gen_export.py --records 1000000 --out export.jsonl             # exactly 1M records (~1.02 GB)
  gen_export.py --ids 10000000 --out ids.jsonl                   # 10M distinct ids, tiny records

--records N writes the first N records of the same sequence --bytes writes: a smaller export is
a prefix of a larger one (same seed).
"""
import argparse
import json
import random
import sys

WORDS = (
    "the a to and of for in on with is it you your my we can this that be have not are was "
    "please thanks order invoice account login password reset vpn laptop printer email meeting "
    "schedule monday tuesday friday report summary budget quarter travel office flight hotel "
    "project deadline review customer support ticket issue error update install version "
    "settings profile access share folder document drive calendar reminder payment refund "
    "shipping delivery address phone number team manager weekly notes decision action item "
    "prefers likes wants usually always never asked mentioned confirmed resolved escalated"
).split()
ACCENTED = "café résumé naïve Zürich Málaga São Paulo Kraków Ærøskøbing Øresund façade jalapeño Göteborg Straße".split()
CJK = ["東京", "会議", "请求", "报告", "서울", "회의", "日程", "顧客"]
EMOJI = ["📧", "✅", "🚀", "🙂", "📅", "☕"]
TYPES = ["ai-chat-conversation", "ai-chat-conversation", "document", "email", "meeting-transcript"]
CHANNELS = ["chat", "email", "voice", "web"]
SOURCES = ["helpdesk-bot", "crm-sync", "notes-app"]


def sentence(rng, n):
    words = rng.choices(WORDS, k=n)
    r = rng.random()
    if r < 0.10:
        words[rng.randrange(n)] = rng.choice(ACCENTED)
    elif r < 0.13:
        words[rng.randrange(n)] = rng.choice(CJK)
    elif r < 0.16:
        words.append(rng.choice(EMOJI))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


class Sentences:
    """A fixed pool of sentences (drawn once from the seed) for multi-sentence text: fast to draw."""

    def __init__(self, rng, size=50000):
        self.pool = [sentence(rng, rng.randint(6, 24)) for _ in range(size)]

    def some(self, rng, lo, hi):
        return " ".join(rng.choices(self.pool, k=rng.randint(lo, hi)))


def content(rng, pool):
    r = rng.random()
    if r < 0.25:  # preference / short fact
        return sentence(rng, rng.randint(8, 20))
    if r < 0.80:  # chat conversation
        turns = []
        for _ in range(rng.randint(2, 6)):
            who = "User" if len(turns) % 2 == 0 else "Assistant"
            turns.append(who + ": " + pool.some(rng, 1, 3))
        return "\n".join(turns)
    if r < 0.97:  # note
        return pool.some(rng, 3, 11)
    # long document
    return "\n\n".join(pool.some(rng, 4, 10) for _ in range(rng.randint(4, 12)))


_dumps = json.JSONEncoder(ensure_ascii=False).encode


def esc(s):
    return _dumps(s)


def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.pool = Sentences(self.rng)
        self.recent = []  # (id, line) for duplicates

    def record(self, n):
        rng = self.rng
        cust = rng.randrange(200)
        user = rng.randrange(50)
        rid = uuid(rng)
        text = content(rng, self.pool)
        ts = "2025-%02d-%02dT%02d:%02d:%02dZ" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60))
        fields = {
            "id": esc(rid), "content": esc(text), "document_type": esc(rng.choice(TYPES)),
            "created_at": esc(ts), "user_id": esc("org%03d:user%02d" % (cust, user)),
            "customer_id": esc("org%03d" % cust),
            "metadata": '{"source": %s, "channel": %s, "seq": %d}' % (
                esc(rng.choice(SOURCES)), esc(rng.choice(CHANNELS)), n),
        }
        line = None
        if n % 1000 == 999:
            line = self.defect(n, fields, rid, text)
        else:
            if len(self.recent) < 64:
                self.recent.append(fields)
            else:
                self.recent[rng.randrange(64)] = fields
        if line is None:
            line = ("{" + ", ".join('"%s": %s' % kv for kv in fields.items()) + "}").encode("utf-8", "surrogatepass")
        return line + b"\n"

    def defect(self, n, f, rid, text):
        kind = (n // 1000) % 11
        if kind == 0:  # duplicate id, identical record (harmless)
            f.update(self.rng.choice(self.recent))
        elif kind == 1:  # conflicting id
            f["id"] = self.rng.choice(self.recent)["id"]
        elif kind == 2:  # not NFC (e + combining acute)
            f["content"] = esc("Cafe\u0301 meeting moved. " + text)
        elif kind == 3:  # mojibake
            f["content"] = esc("We donâ€™t ship to the CafÃ© anymore. " + text)
        elif kind == 4:  # control character
            f["content"] = esc("Bell\u0007 in text. " + text)
        elif kind == 5:  # lone surrogate escape
            f["content"] = '"half an emoji \\ud83d here. ' + esc(text)[1:]
        elif kind == 6:  # invalid UTF-8 byte
            line = ("{" + ", ".join('"%s": %s' % kv for kv in f.items()) + "}").encode("utf-8")
            i = line.index(b'"content": "') + 12
            return line[:i] + b"\xff\xfe" + line[i:]
        elif kind == 7:  # broken JSON (truncated line)
            line = ("{" + ", ".join('"%s": %s' % kv for kv in f.items()) + "}").encode("utf-8")
            return line[: len(line) // 2]
        elif kind == 8:  # missing content
            del f["content"]
        elif kind == 9:  # impossible timestamp
            f["created_at"] = esc("2025-02-30T10:00:00Z")
        else:  # replacement character
            f["content"] = esc("Lossy \ufffd decode. " + text)
        return None


def tiny(n, rng):
    return b'{"id": "doc-%09d-%08x", "content": "note %d"}\n' % (n, rng.getrandbits(32), n)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bytes", type=int, help="stop after about this many bytes")
    ap.add_argument("--records", type=int, help="stop after exactly this many records")
    ap.add_argument("--ids", type=int, help="write this many tiny records with distinct ids")
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if sum(x is not None for x in (a.bytes, a.records, a.ids)) != 1:
        ap.error("give exactly one of --bytes, --records, --ids")
    written = 0
    n = 0
    with open(a.out, "wb", buffering=1 << 22) as out:
        if a.ids:
            rng = random.Random(a.seed)
            for n in range(a.ids):
                out.write(tiny(n, rng))
            n = a.ids
        else:
            g = Gen(a.seed)
            while (written < a.bytes) if a.bytes is not None else (n < a.records):
                line = g.record(n)
                out.write(line)
                written += len(line)
                n += 1
    print("%s: %d records" % (a.out, n), file=sys.stderr)


if __name__ == "__main__":
    main()
