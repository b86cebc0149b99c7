#!/usr/bin/env bash
# The load group of bench/run.sh (bench/run.sh --only load runs it): `preflight load` next to the
# migration guide's loop (bench/guide_loop.py: httpx, sequential batches of 100, no polling) on the
# same export and the same stand-in (`preflight standin --instance b2b`, fresh for every run), one
# run each:
#   1. no rate limit, DOCS documents (default 20,000): docs/s of both, and their ratio;
#   2. --rate-limit 600 on the stand-in and on the client: preflight's time next to what its batch
#      requests alone need at that limit;
#   3. --track all under the limit on TRACK_DOCS documents (default 1,000: tracking every document
#      costs a request each, 20,000 would take 34 minutes at 600/min) next to its printed plan;
#   4. exactly-once: a load killed with SIGKILL KILLS times at random moments, resumed each time,
#      then checked against the stand-in's state log (every document from one ingestion).
# Writes a "## Load" section into bench/RESULTS.md (replacing an earlier one, keeping the rest).
#
#   bench/load.sh [--docs N] [--track-docs N] [--kills N] [--runs N] [--out FILE]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
docs=20000
track_docs=1000
kills=4
runs=3
out="$here/RESULTS.md"
data="$here/data"
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift ;;
    --track-docs) track_docs=$2; shift ;;
    --kills) kills=$2; shift ;;
    --runs) runs=$2; shift ;;
    --out) out=$2; shift ;;
    --data) data=$2; shift ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
py=/usr/bin/python3 # Debian's, with python3-httpx
"$py" -c 'import httpx' 2>/dev/null || { echo "load.sh: needs python3-httpx (apt-get install python3-httpx)" >&2; exit 2; }

"$root/preflight" --version >/dev/null # builds the jar when stale
work=$(mktemp -d)
standin_pid=
cleanup() {
  if [ -n "$standin_pid" ]; then kill "$standin_pid" 2>/dev/null || true; wait "$standin_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp "$root/cli/target/preflight.jar" "$work/preflight.jar"
defaults=$(sed -n "s/^defaults='\(.*\)'$/\1/p" "$root/preflight")
# preflight runs as users run it: through the launcher (its JVM options per command, its class-data
# archive); the launcher execs java, so a background launcher's $! is the JVM
pf() { "$root/preflight" "$@"; }
# background processes start java itself (not a shell function), so $! is the JVM: what kill hits
export SYNAP_API_KEY=preflight-bench-standin

mkdir -p "$data"
export_of() { # export_of N: the first N records of the generator's sequence
  local f="$data/export-records-$1.jsonl"
  [ -s "$f" ] || "$py" "$here/gen_export.py" --records "$1" --out "$f"
  echo "$f"
}

start_standin() { # start_standin ARGS...: fresh stand-in, sets url
  java $defaults ${JAVA_OPTS:-} -jar "$work/preflight.jar" standin --port 0 --instance b2b "$@" \
    >"$work/standin.out" 2>"$work/standin.err" &
  standin_pid=$!
  url=
  for _ in $(seq 1 300); do
    url=$(head -n 1 "$work/standin.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  case "$url" in http://127.0.0.1:*) ;; *) echo "load.sh: stand-in did not start" >&2; cat "$work/standin.err" >&2; exit 3 ;; esac
}
# (time's file starts with "Command exited with non-zero status N" when the load exits non-zero)
stop_standin() { # also sets standin_cpu: the CPU seconds the stand-in used (user + system)
  standin_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$standin_pid/stat" 2>/dev/null || echo "?")
  kill "$standin_pid" 2>/dev/null || true; wait "$standin_pid" 2>/dev/null || true; standin_pid=
}
fresh_minute() { # the stand-in counts its limit per clock minute: start limited runs in a new one
  local s; s=$(date +%S); s=${s#0}; [ "$s" -gt 1 ] && sleep $((61 - s)) || true
}
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

run_pf() { # run_pf NAME ARGS...: one timed preflight load into a fresh journal
  local name=$1; shift
  rm -rf "$work/j-$name"
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/$name.cpu" "$root/preflight" load --profile generic \
    --instance b2b --force --progress never --journal "$work/j-$name" \
    --base-url "$url" "$@" >"$work/$name.out" 2>"$work/$name.err" || echo "exit $?" >>"$work/$name.out"
  t1=$(date +%s%N)
  secs "$t0" "$t1"
}
run_guide() { # run_guide NAME REQUESTS
  "$py" "$here/guide_loop.py" --base-url "$url" --requests "$2" >"$work/$1.json"
  "$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$work/$1.json"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
f=$(export_of "$docs")
pf map --profile generic --out "$work/requests.jsonl" "$f" 2>/dev/null || true
n=$(wc -l <"$work/requests.jsonl")
echo "load.sh: $n requests mapped from $f" >&2

# 1. no limit: RUNS runs of each, alternating, a fresh stand-in for every run; medians compared
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
g_all=(); p_all=(); g_scpu=(); p_scpu=(); p_ccpu=()
for r in $(seq 1 "$runs"); do
  start_standin; g_all+=("$(run_guide guide-free "$work/requests.jsonl")"); stop_standin
  g_scpu+=("$standin_cpu")
  start_standin; p_all+=("$(run_pf free "$f")"); stop_standin
  p_scpu+=("$standin_cpu"); p_ccpu+=("$(tail -n 1 "$work/free.cpu" | awk '{ printf "%.2f", $1 + $2 }')")
done
g1=$(median "${g_all[@]}"); p1=$(median "${p_all[@]}")
cpu="guide runs ${g_all[*]} s (stand-in CPU ${g_scpu[*]} s); preflight runs ${p_all[*]} s (stand-in CPU ${p_scpu[*]} s, preflight's own CPU ${p_ccpu[*]} s)"
echo "load.sh: no limit: guide ${g1}s, preflight ${p1}s; $cpu" >&2

# 2. --rate-limit 600 on both sides
start_standin --rate-limit 600/min; fresh_minute; g2=$(run_guide guide-600 "$work/requests.jsonl"); stop_standin
start_standin --rate-limit 600/min; fresh_minute; p2=$(run_pf limited "$f" --rate-limit 600/min); stop_standin
batches=$(( (n + 99) / 100 ))
echo "load.sh: 600/min: guide ${g2}s, preflight ${p2}s ($batches batches)" >&2

# 3. --track all under the limit, against its printed plan
tf=$(export_of "$track_docs")
start_standin --rate-limit 600/min; fresh_minute; p3=$(run_pf trackall "$tf" --rate-limit 600/min --track all); stop_standin
plan3=$(sed -n 's/^  load: *\([0-9]*\) request(s), \([^ ]*\) in all.*$/\1 \2/p' "$work/trackall.out" | head -n 1)
echo "load.sh: --track all: ${p3}s, plan: $plan3" >&2

# 4. exactly-once after repeated kill -9
kf=$(export_of 3000)
rm -rf "$work/state"
start_standin --state-dir "$work/state" --duplicate-policy conflict
rm -rf "$work/j-kill"
killed=0
for k in $(seq 1 "$kills"); do
  "$root/preflight" load --profile generic --instance b2b \
    --force --progress never --journal "$work/j-kill" --base-url "$url" --track all "$kf" \
    >>"$work/kill.out" 2>&1 &
  lp=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 1.5 + rand() * 3 }')"
  if kill -9 "$lp" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$lp" 2>/dev/null || true
done
pf load --profile generic --instance b2b --force --progress never --journal "$work/j-kill" \
  --base-url "$url" --track all "$kf" >"$work/kill-final.out" 2>&1 || true
once=$("$py" "$here/once_check.py" "$work/state" "$work/j-kill" || true)
once="$once (SIGKILL delivered to a running load $killed of $kills times)"
stop_standin
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

"$py" - "$work" "$out" "$n" "$g1" "$p1" "$g2" "$p2" "$batches" "$p3" "$plan3" "$track_docs" "$once" "$kills" "$load_before" "$load_after" "$runs" "$cpu" <<'PY'
import json, re, sys
(work, out, n, g1, p1, g2, p2, batches, p3, plan3, tdocs, once, kills, lb, la, runs, cpu) = sys.argv[1:]
n = int(n); g1, p1, g2, p2, p3 = map(float, (g1, p1, g2, p2, p3)); batches = int(batches)
def tail(name):
    try:
        return [l.rstrip() for l in open(f"{work}/{name}.out", encoding="utf-8")]
    except OSError:
        return []
def parse_secs(t):
    m = re.match(r"(?:(\d+)h)?(?:(\d+)m)?(?:([\d.]+)s)?$", t.strip())
    h, mi, s = m.groups() if m else (None, None, None)
    return int(h or 0) * 3600 + int(mi or 0) * 60 + float(s or 0)
plan_req, plan_time = (plan3.split(" ", 1) + [""])[:2] if plan3 else ("?", "")
plan_s = parse_secs(plan_time) if plan_time else float("nan")
need = batches * 60 / 600
lines = [
    "## Load: `preflight load` next to the migration guide's loop",
    "",
    f"`bench/load.sh` (`bench/run.sh --only load`); {n:,} documents of the generator's",
    "sequence (`--force`: the generator plants a defect in about one record in a thousand), a fresh",
    "`preflight standin --instance b2b` for every run, `preflight load` with its defaults through the",
    "launcher (concurrency 8, `--track sample:20`; whole process: JVM start, validation, journal,",
    "plan, report) next to",
    "`bench/guide_loop.py` (httpx, sequential batches of 100 of the bodies `preflight map` writes, no",
    f"polling; its time is its loop's, without the interpreter's start). Without a limit: the median of",
    f"{runs} runs each, alternating; the other rows are one run each. Load average {lb} before, {la} after",
    "(2 cores, the stand-in on the same cores as the client).",
    "",
    f"Without a limit, all runs: {cpu}.",
    "",
    "| run | guide loop | preflight load | ratio | target |",
    "|---|---:|---:|---:|---|",
    f"| no rate limit | {g1:.2f} s ({n / g1:,.0f} docs/s) | {p1:.2f} s ({n / p1:,.0f} docs/s) | "
    f"{(n / p1) / (n / g1):.2f}x the guide's docs/s | >= 2x: {'met' if g1 / p1 >= 2 else 'not met'} |",
    f"| `--rate-limit 600` both sides | {g2:.2f} s | {p2:.2f} s | {p2 / need:.2f}x the {need:.1f} s its "
    f"{batches} batch requests need | <= 1.2x: {'met' if p2 / need <= 1.2 else 'not met'} |",
    f"| `--track all`, `--rate-limit 600`, {int(tdocs):,} docs | | {p3:.2f} s | {p3 / plan_s:.2f}x its plan "
    f"({plan_req} requests, {plan_time}) | <= 1.1x: {'met' if p3 / plan_s <= 1.1 else 'not met'} |",
    "",
    f"Exactly-once: 3,000 documents, killed with SIGKILL {kills} times at random moments (1.5-4.5 s",
    f"into each run), then resumed to the end against a stand-in with `--duplicate-policy conflict`:",
    f"`{once}`.",
    "",
    "What `preflight load` printed (no limit):",
    "",
    "```",
    *tail("free"),
    "```",
    "",
    "With `--rate-limit 600`:",
    "",
    "```",
    *tail("limited"),
    "```",
    "",
    "`--track all`:",
    "",
    "```",
    *tail("trackall"),
    "```",
    "",
]
section = "\n".join(lines) + "\n"
try:
    text = open(out, encoding="utf-8").read()
except OSError:
    text = ""
start = text.find("## Load: ")
if start >= 0:
    end = text.find("\n## ", start + 1)
    text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out, "w", encoding="utf-8").write(text)
print(section)
PY
