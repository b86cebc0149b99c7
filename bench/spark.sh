#!/usr/bin/env bash
# The spark group of the benchmarks: the same ~1 GB export bench/run.sh generates, through the
# single-machine validator (./preflight validate, 1 and 2 worker threads) and through the Spark job
# in local[1] and local[2] (./preflight-spark validate): whole-process wall time, CPU time (user +
# system: the per-core cost a cluster estimate needs, much less sensitive to a busy machine than
# wall time) and peak RSS, one run each unless --reps. Prints a Markdown section for bench/RESULTS.md ("Spark job") on stdout, with the
# load average before and after (the machine is shared: read the numbers with it).
#
#   bench/spark.sh                      # ~1 GB
#   bench/spark.sh --size 100000000     # ~100 MB, a quick look
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
size=1000000000
reps=1
split=128m
data="$here/data"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift ;;
    --reps) reps=$2; shift ;;
    --split-size) split=$2; shift ;;
    --data) data=$2; shift ;;
    *) echo "usage: bench/spark.sh [--size BYTES] [--reps N] [--split-size SIZE] [--data DIR]" >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$data"
main="$data/export-$size.jsonl"
if [ ! -s "$main" ]; then
  echo "spark.sh: generating $main" >&2
  python3 "$here/gen_export.py" --bytes "$size" --out "$main.part" && mv "$main.part" "$main"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# build both launchers once, outside the measurements
"$root/preflight" --version >/dev/null
"$root/preflight-spark" --version >/dev/null

bytes=$(stat -c %s "$main")
records=$(wc -l <"$main")
rows=()
run() { # run NAME CMD...: REPS runs; the median wall time, its CPU time and peak RSS
  local name=$1; shift
  local results=()
  cat "$main" >/dev/null # page cache warm, as bench/run.sh does
  for i in $(seq 1 "$reps"); do
    local t0 t1 wall rss user sys
    t0=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || true
    t1=$(date +%s%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    read -r rss user sys < <(tail -n 1 "$work/t")
    results+=("$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') $((rss / 1024))")
    echo "spark.sh: $name run $i: ${wall} s wall, ${results[-1]} ($(tail -n 1 "$work/out"))" >&2
  done
  local wall cpu rss
  read -r wall cpu rss < <(printf '%s\n' "${results[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')
  rows+=("$name|$wall|$cpu|$rss|$(awk -v b="$bytes" -v s="$wall" 'BEGIN { printf "%.0f", b / 1e6 / s }')|$(awk -v b="$bytes" -v s="$cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')|$(awk -v r="$records" -v s="$wall" 'BEGIN { printf "%.0f", r / s }')")
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run "validate --threads 1" "$root/preflight" validate --threads 1 --report-dir "$work/r1" --format json --progress never "$main"
run "validate --threads 2" "$root/preflight" validate --threads 2 --report-dir "$work/r2" --format json --progress never "$main"
run "spark local[1]" "$root/preflight-spark" validate --master 'local[1]' --split-size "$split" --report-dir "$work/s1" --format json "$main"
run "spark local[2]" "$root/preflight-spark" validate --master 'local[2]' --split-size "$split" --report-dir "$work/s2" --format json "$main"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

same=$(python3 - "$work/r2/report.json" "$work/s2/report.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
keys = ["totals", "rules", "findings", "scopes", "histograms"]
print("identical" if all(a[k] == b[k] for k in keys) else "DIFFERENT")
PY
)

echo "## Spark job (\`bench/spark.sh\`)"
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, export $main: $bytes bytes, $records lines;"
echo "split size $split; load average before $load_before, after $load_after (a shared machine)."
echo "Reports of validate (2 threads) and Spark local[2]: totals, rules, findings, scopes, histograms $same."
echo
echo "| run | wall s | CPU s | peak RSS MB | MB/s (wall) | MB per CPU-second | records/s (wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for r in "${rows[@]}"; do
  echo "| ${r//|/ | } |"
done
