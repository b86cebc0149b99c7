#!/usr/bin/env python3
"""Renders bench/RESULTS.md from the raw timings bench/run.sh collected (one run a line:
group, name, file, wall seconds, peak RSS KB, user s, sys s, repetition)."""
import argparse
import datetime
import os
import platform
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def sh(cmd):
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
        return (r.stdout + r.stderr).strip()
    except Exception as e:  # the report is still written without this line
        return "unknown (%s)" % e


def file_stats(path, cache={}):
    if path not in cache:
        lines = 0
        with open(path, "rb") as f:
            while True:
                b = f.read(1 << 24)
                if not b:
                    break
                lines += b.count(b"\n")
        cache[path] = (os.path.getsize(path), lines)
    return cache[path]


class Series:
    def __init__(self, group, name, path):
        self.group, self.name, self.path = group, name, path
        self.wall, self.rss, self.cpu = [], [], []

    def median(self):
        return statistics.median(self.wall)

    def spread(self):
        return "%.2f..%.2f" % (min(self.wall), max(self.wall))

    def mbps(self):
        return file_stats(self.path)[0] / 1e6 / self.median()

    def rps(self):
        return file_stats(self.path)[1] / self.median()

    def rss_mb(self):
        return max(self.rss) / 1024

    def cpu_s(self):
        return statistics.median(self.cpu)


def load(raw):
    series = {}
    for line in open(raw, encoding="utf-8"):
        g, n, f, wall, rss, user, sys_, _ = line.rstrip("\n").split("\t")
        s = series.setdefault((g, n), Series(g, n, f))
        s.wall.append(float(wall))
        s.rss.append(int(rss))
        s.cpu.append(float(user) + float(sys_))
    return series


def machine(a):
    mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    java = sh("java -version 2>&1 | head -n 2 | tr '\\n' ' '")
    return [
        "| | |", "|---|---|",
        "| date | %s |" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "| cores (nproc) | %s |" % sh("nproc"),
        "| CPU | %s |" % cpu,
        "| RAM | %s |" % mem,
        "| OS | %s |" % platform.platform(),
        "| JDK | %s |" % java,
        "| launcher JVM options | `%s` (plus `JAVA_OPTS`: `%s`) |" % (launcher_opts(), os.environ.get("JAVA_OPTS", "")),
        "| jq | %s |" % sh("jq --version"),
        "| Python | %s |" % sh("python3 --version"),
        "| load average (1/5/15 min) | %s before, %s after |" % (a.load_before, a.load_after),
        "| repetitions | %s per measurement; page cache warm (each file is read once before its runs) |" % a.reps,
    ]


def launcher_opts():
    for line in open(os.path.join(HERE, "..", "preflight"), encoding="utf-8"):
        if line.startswith("defaults="):
            return line.split("=", 1)[1].strip().strip("'\"")
    return "(none)"


def main_table(series):
    rows = [s for (g, _), s in series.items() if g == "main"]
    if not rows:
        return []
    by = {s.name: s for s in rows}
    v = by.get("validator")
    size, records = file_stats(rows[0].path)
    out = [
        "Export: `%s`, %.1f MB, %s records (JSON Lines, generic profile, ~0.1%% defective)."
        % (os.path.basename(rows[0].path), size / 1e6, format(records, ",")),
        "",
        "| tool | what it checks | median s | min..max s | MB/s | records/s | CPU s | peak RSS MB | validator speed-up |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    what = {
        "cat": "nothing (reads the bytes)",
        "wc -l": "nothing (counts lines)",
        "validator": "every rule, duplicates across the file, JSON report",
        "python": "JSON, required fields, NFC of text and id, duplicate ids",
        "jq": "JSON, required fields",
    }
    for s in rows:
        ratio = "%.2f×" % (s.median() / v.median()) if v else ""
        out.append("| %s | %s | %.2f | %s | %.1f | %s | %.1f | %.0f | %s |" % (
            s.name, what.get(s.name, ""), s.median(), s.spread(), s.mbps(),
            format(int(s.rps()), ","), s.cpu_s(), s.rss_mb(), ratio))
    out.append("")
    out.append("*validator speed-up* = that tool's median time / the validator's: above 1 the validator is"
               " faster; for `cat` and `wc -l` it is the share of the I/O ceiling the validator reaches.")
    out += targets(by)
    return out


def targets(by):
    v = by.get("validator")
    if not v:
        return []
    out = ["", "### Targets", "", "| target | measured | verdict |", "|---|---|---|"]

    def row(name, want, got, unit="×", higher=True):
        ok = got >= want if higher else got <= want
        miss = "" if ok else " (missed by %.0f%%)" % (abs(got - want) / want * 100)
        out.append("| %s | %.2f%s | %s%s |" % (name, got, unit, "met" if ok else "MISSED", miss))

    if "jq" in by:
        row("≥ 2× the jq required-fields check", 2.0, by["jq"].median() / v.median())
    if "python" in by:
        row("≥ 1.25× the Python json+unicodedata script", 1.25, by["python"].median() / v.median())
    row("peak RSS < 1 GB (1024 MB)", 1024, v.rss_mb(), " MB", higher=False)
    if "wc -l" in by:
        out.append("| ratio to `wc -l` (reported, no target) | %.2f× slower | — |" % (v.median() / by["wc -l"].median()))
    return out


def scaling_table(series):
    rows = sorted((s for (g, _), s in series.items() if g == "scaling"), key=lambda s: file_stats(s.path)[0])
    if not rows:
        return []
    out = ["| data | MB | records | median s | min..max s | MB/s | s per 100 MB | peak RSS MB |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for s in rows:
        size, rec = file_stats(s.path)
        out.append("| %s | %.0f | %s | %.2f | %s | %.1f | %.2f | %.0f |" % (
            s.name, size / 1e6, format(rec, ","), s.median(), s.spread(), s.mbps(),
            s.median() / (size / 1e8), s.rss_mb()))
    first, last = rows[0], rows[-1]
    grow = last.median() / first.median()
    data = file_stats(last.path)[0] / file_stats(first.path)[0]
    out += ["", "Time grew %.2f× for %.2f× the data (linear: %.2f×; JVM start and JIT warm-up are a"
            " fixed cost, so small inputs look slower per MB)." % (grow, data, data)]
    return out


def ids_table(series, work):
    rows = [s for (g, _), s in series.items() if g == "ids"]
    if not rows:
        return []
    s = rows[0]
    size, rec = file_stats(s.path)
    summary = read(os.path.join(work, "ids-summary.txt"))
    ok = "distinct ids" in summary and "OutOfMemory" not in summary
    distinct = [l for l in summary.splitlines() if l.startswith("Totals:")]
    return [
        "%s tiny records with distinct ids (%.0f MB), `JAVA_OPTS=-Xmx1500m`:" % (format(rec, ","), size / 1e6),
        "",
        "| median s | min..max s | records/s | peak RSS MB | completed |",
        "|---:|---:|---:|---:|---|",
        "| %.2f | %s | %s | %.0f | %s |" % (s.median(), s.spread(), format(int(s.rps()), ","), s.rss_mb(),
                                          "yes: " + distinct[0] if ok and distinct else "NO (see below)"),
    ] + ([] if ok else ["", "```", summary[-2000:], "```"])


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--load-before", default="?")
    ap.add_argument("--load-after", default="?")
    ap.add_argument("--reps", default="?")
    a = ap.parse_args()
    series = load(a.raw)
    md = ["# Benchmark results", "",
          "Written by `bench/run.sh` (see `bench/README.md`); every number is a whole-process run"
          " (JVM start included for the validator) measured with `/usr/bin/time`.", "",
          "## Machine", ""] + machine(a)
    busy = read(os.path.join(a.work, "ps-before")).strip()
    if busy:
        md += ["", "Busiest processes when the run started (other builds on a shared machine make the"
               " spread wider):", "", "```", busy, "```"]
    md += ["", "## Validator and its peers", ""] + main_table(series)
    vs = read(os.path.join(a.work, "validator-summary.txt")).strip()
    ps = read(os.path.join(a.work, "python-summary.txt")).strip()
    if vs:
        md += ["", "<details><summary>What the validator and the Python script found</summary>", "",
               "```", vs, "", "python: " + ps, "```", "</details>"]
    sc = scaling_table(series)
    if sc:
        md += ["", "## Scaling (validator, 1×, 2×, 4× the data)", ""] + sc
    ids = ids_table(series, a.work)
    if ids:
        md += ["", "## Distinct ids in a bounded heap", ""] + ids
    md += ["", "## Lucene baseline build", "",
           "TODO(verifier): documents/s of the BM25 baseline build, once `preflight verify` exists.",
           "", "## Verifier replay against the stand-in", "",
           "TODO(standin): queries/s at a given concurrency and rate limit, once `preflight verify`"
           " and `preflight standin` exist."]
    prof = read(os.path.join(a.work, "profile.txt")).strip()
    if prof:
        md += ["", "## Where the validator's time goes (JFR, one run)", "", "```", prof, "```"]
    notes = read(os.path.join(HERE, "NOTES.md")).strip()
    if notes:
        md += ["", notes]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")


if __name__ == "__main__":
    main()
