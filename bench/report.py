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
            opts = line.split("=", 1)[1].strip().strip("'\"")
            return opts + " + a class-data sharing archive (as ./preflight makes it)"
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


def tsv(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except OSError:
        return []


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def med_spread(values, fmt="%.2f"):
    """Median and min..max; fmt is a %-format, or a format() spec such as ",.0f"."""
    values = [v for v in values if v is not None]
    if not values:
        return "—", "—"
    f = (lambda v: fmt % v) if "%" in fmt else (lambda v: format(v, fmt))
    return f(statistics.median(values)), f(min(values)) + ".." + f(max(values))


LUCENE_TARGET_DOCS, LUCENE_TARGET_S = 1_000_000, 120.0


def lucene_section(work):
    rows = tsv(os.path.join(work, "lucene.tsv"))
    if not rows:
        return []
    path = read(os.path.join(work, "lucene-file")).strip()
    size, records = file_stats(path)
    cmd = read(os.path.join(work, "lucene-command")).strip()
    runs, reuse, failed = [], None, []
    for rep, wall, rss, user, sys_, rc, build_ms, docs, skipped, reused in rows:
        r = dict(rep=rep, wall=float(wall), rss=int(rss) / 1024, cpu=float(user) + float(sys_), rc=rc,
                 build=num(build_ms), docs=num(docs), skipped=num(skipped), reused=reused)
        if rep == "reuse":
            reuse = r
        elif rc == "0" and r["build"] is not None and reused == "false":
            runs.append(r)
        else:
            failed.append(r)
    out = ["`%s` over `%s` (%.1f MB, %s records, %.0f bytes a record on average; JSON Lines, generic profile;"
           " the first %s records of the generator's sequence)." % (
               cmd, os.path.basename(path), size / 1e6, format(records, ","), size / max(records, 1),
               format(records, ","))]
    for r in failed:
        out += ["", "**Run %s failed** (exit %s, no build time in its report.json)." % (r["rep"], r["rc"])]
    if not runs:
        return out
    docs = runs[0]["docs"]
    out += ["", "Documents indexed: %s (%s records skipped as malformed or without text; a repeated id"
            " replaces the earlier document)." % (format(int(docs), ","), format(int(runs[0]["skipped"]), ",")),
            ""]
    build_s = [r["build"] / 1000 for r in runs]
    cpu_build = [r["cpu"] - reuse["cpu"] for r in runs] if reuse and reuse["rc"] == "0" else []
    rows_out = [
        ("build time, s (report.json `baseline.buildMillis`)", build_s, "%.1f"),
        ("documents/s", [docs / b for b in build_s], ",.0f"),
        ("MB/s of the export", [size / 1e6 / b for b in build_s], "%.1f"),
        ("whole process: wall s", [r["wall"] for r in runs], "%.1f"),
        ("whole process: CPU s (user + sys)", [r["cpu"] for r in runs], "%.1f"),
        ("build CPU s ≈ process CPU − CPU of the run reusing the index", cpu_build, "%.1f"),
        ("whole process: peak RSS MB", [r["rss"] for r in runs], "%.0f"),
    ]
    out += ["| %d runs, fresh index each | median | min..max |" % len(runs), "|---|---:|---:|"]
    for name, values, fmt in rows_out:
        m, sp = med_spread(values, fmt)
        out.append("| %s | %s | %s |" % (name, m, sp))
    if reuse:
        out += ["", "The same command once more, reusing the last index (JVM start, SHA-256 of the export,"
                " opening and checking the index, one query): %.1f s wall, %.1f CPU s, %.0f MB peak RSS%s."
                % (reuse["wall"], reuse["cpu"], reuse["rss"], "" if reuse["rc"] == "0" else
                   " (exit %s)" % reuse["rc"])]
    kb = num(read(os.path.join(work, "lucene-index-kb")).strip())
    if kb:
        out[-1] += " The index takes %.0f MB on disk." % (kb / 1024)
    median_build = statistics.median(build_s)
    rate = docs / median_build
    projected = LUCENE_TARGET_DOCS / rate
    ok = projected < LUCENE_TARGET_S
    if docs >= LUCENE_TARGET_DOCS * 0.99:
        measured = "%.1f s for %s documents (median)" % (median_build, format(int(docs), ","))
    else:
        measured = ("%.1f s for %s documents (median): %.0f s for 1,000,000 at that rate (extrapolated;"
                    " a small build understates the rate: JVM warm-up, fixed costs)"
                    % (median_build, format(int(docs), ","), projected))
    verdict = "met (%.0f%% under)" % ((1 - projected / LUCENE_TARGET_S) * 100) if ok else \
        "MISSED by %.0f%% (%.0f s over)" % ((projected / LUCENE_TARGET_S - 1) * 100, projected - LUCENE_TARGET_S)
    out += ["", "| target | measured | verdict |", "|---|---|---|",
            "| baseline build of 1,000,000 ~1 KB documents < 2 min (120 s) | %s | %s |" % (measured, verdict)]
    return out


def replay_section(work):
    rows = tsv(os.path.join(work, "replay.tsv"))
    standin = (read(os.path.join(work, "replay-standin")).strip() + "\n").split("\n", 1)
    load = read(os.path.join(work, "replay-load.txt")).strip().splitlines()
    if not rows and not load:
        return []
    path = read(os.path.join(work, "replay-file")).strip()
    size, records = file_stats(path) if path else (0, 0)
    info = dict(l.split(" ", 1) for l in load if l.startswith(("wall ", "exit ")))
    loaded = [l.strip() for l in load if l.strip().startswith("load:")]
    out = ["Stand-in: `%s` (%s), on 127.0.0.1. Loaded once with `preflight load --profile generic --instance b2b"
           " --force` (the export's defects fail the gate) of `%s` (%s records, %.1f MB): %s s%s; the load is"
           " not part of the numbers below." % (
               standin[0], standin[1].strip(), os.path.basename(path), format(records, ","), size / 1e6, info.get("wall", "?"),
               " — " + loaded[-1] if loaded else "")]
    if any(l.startswith("failed") for l in load):
        return out + ["", "**The load did not finish: no replay.**"]
    out += ["", "Then `preflight verify --profile generic --instance b2b --journal LOAD-JOURNAL --sample N"
            " --concurrency C --rate-limit R` per setting, each run a new process; the baseline index was"
            " built once beforehand and reused, so the runs measure the replay: queries/s = queries /"
            " report.json `metrics.replayMillis` (every fetch, its attribution by the load journal and"
            " the comparison with the baseline); latency per fetch as the report gives it (nearest rank).",
            "",
            "| concurrency | client --rate-limit | queries | queries/s (median) | min..max | replay s | latency p50 ms |"
            " p95 ms | max ms | errors (all runs) | process wall s | CPU s | peak RSS MB |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    settings = {}
    for c, lim, rep, wall, rss, user, sys_, rc, rms, q, err, p50, p95, mx, recall, reused in rows:
        settings.setdefault((c, lim), []).append(dict(
            wall=float(wall), rss=int(rss) / 1024, cpu=float(user) + float(sys_), rc=rc, ms=num(rms),
            q=num(q), err=num(err), p50=num(p50), p95=num(p95), max=num(mx), reused=reused))
    qps = {}
    for (c, lim), runs in settings.items():
        ok = [r for r in runs if r["ms"] and r["q"]]
        rates = [r["q"] / (r["ms"] / 1000) for r in ok]
        qps[(c, lim)] = (statistics.median(rates), ok) if rates else None
        m, sp = med_spread(rates, "%.1f")
        failed = len(runs) - len(ok)
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            c, "off" if lim == "0" else lim + "/min", format(int(ok[0]["q"]), ",") if ok else "—", m, sp,
            med_spread([r["ms"] / 1000 for r in ok], "%.1f")[0],
            med_spread([r["p50"] for r in ok], "%.0f")[0], med_spread([r["p95"] for r in ok], "%.0f")[0],
            "%.0f" % max(r["max"] for r in ok) if ok else "—",
            "%d of %d" % (sum(r["err"] or 0 for r in ok), sum(r["q"] for r in ok)) + (
                "; %d runs failed" % failed if failed else ""),
            med_spread([r["wall"] for r in runs], "%.1f")[0], med_spread([r["cpu"] for r in runs], "%.1f")[0],
            "%.0f" % max(r["rss"] for r in runs)))
    if any(r["reused"] != "true" for runs in settings.values() for r in runs):
        out += ["", "Note: some runs did not reuse the baseline index; their replay time is still the replay's alone."]
    out += [""] + replay_findings(qps)
    return out


def replay_findings(qps):
    lines = []
    free = {int(c): v[0] for (c, lim), v in qps.items() if lim == "0" and v}
    if 1 in free:
        for c in sorted(k for k in free if k > 1):
            lines.append("- Concurrency %d without a client limit: %.1f queries/s, %.2f× concurrency 1 (%.1f)."
                         % (c, free[c], free[c] / free[1], free[1]))
    for (c, lim), v in qps.items():
        if lim == "0" or not v:
            continue
        q, runs = v
        cap = int(lim) / 60
        # the client hands out one permit every 60/limit s and keeps at most one in reserve, so T
        # seconds of replay can send at most 2 + T × rate fetches (the reserve and the one at the edge)
        worst = max(r["q"] - (2 + r["ms"] / 1000 * cap) for r in runs)
        held = worst <= 0
        lines.append("- Client limit %s/min (one permit every %.0f ms, every HTTP attempt takes one): %.1f queries/s"
                     " at concurrency %s, %s; fetch latency includes the wait for a permit." % (
                         lim, 60000 / int(lim), q, c,
                         "the limiter held (no run sent more than 2 + replay s × %.1f/s fetches)" % cap if held
                         else "the limiter did NOT hold (a run sent %.0f fetches too many)" % worst))
    return lines


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
          " (JVM start included for the validator) measured with `/usr/bin/time`, except the"
          " verifier's baseline build and replay times, which its own report.json gives.", "",
          "## Machine", ""] + machine(a)
    busy = read(os.path.join(a.work, "ps-before")).strip()
    if busy:
        md += ["", "Busiest processes when the run started (other builds on a shared machine make the"
               " spread wider):", "", "```", busy, "```"]
    mt = main_table(series)
    if mt:
        md += ["", "## Validator and its peers", ""] + mt
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
    lu = lucene_section(a.work)
    if lu:
        md += ["", "## Lucene baseline build (`preflight verify`)", ""] + lu
    rp = replay_section(a.work)
    if rp:
        md += ["", "## Verifier replay against the stand-in", ""] + rp
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
