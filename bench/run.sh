#!/usr/bin/env bash
# Synap Preflight benchmarks: whole-process runs of the validator next to the tools a user would
# otherwise use (jq, a plain Python script) and the I/O ceiling (cat, wc -l), scaling with the data,
# and the 10-million-ids memory check. Writes bench/RESULTS.md. See bench/README.md.
#
#   bench/run.sh                 # the target size: ~1 GB, ~1M records, 3 repetitions
#   bench/run.sh --quick         # ~100 MB, a few minutes
#   bench/run.sh --size 500000000 --reps 5 --no-ids --no-scaling
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
size=1000000000
reps=3
reps_extra=
ids=10000000
data="$here/data"
scaling=1
idcheck=1
profile=0
out="$here/RESULTS.md"

usage() {
  cat <<USAGE
usage: bench/run.sh [--quick] [--size BYTES] [--reps N] [--reps-extra N] [--ids N] [--data DIR]
                    [--out FILE] [--no-scaling] [--no-ids] [--profile]
  --quick        ~100 MB export, 3 repetitions, 1M-id check (minutes, not an hour)
  --size BYTES   size of the main export (default 1000000000, about 970,000 records)
  --reps N       repetitions of every measurement (default 3; median and min..max reported)
  --reps-extra N repetitions of the scaling and distinct-ids runs (default: --reps)
  --ids N        distinct ids for the memory check, run with -Xmx1500m (default 10000000)
  --data DIR     where generated exports are kept and reused (default bench/data, git-ignored)
  --out FILE     the report to write (default bench/RESULTS.md)
  --no-scaling   skip the 1x/2x/4x scaling runs
  --no-ids       skip the distinct-ids memory check
  --profile      also record a JFR profile of one validator run and summarise where time goes
USAGE
}

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) size=100000000; ids=1000000 ;;
    --size) size=$2; shift ;;
    --reps) reps=$2; shift ;;
    --reps-extra) reps_extra=$2; shift ;;
    --ids) ids=$2; shift ;;
    --data) data=$2; shift ;;
    --out) out=$2; shift ;;
    --no-scaling) scaling=0 ;;
    --no-ids) idcheck=0 ;;
    --profile) profile=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# --- tools --------------------------------------------------------------------------------------
need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need java || missing+=("java (JDK 17)")
need mvn || missing+=("mvn (Maven 3.8.7+)")
need python3 || missing+=("python3")
need jq || missing+=("jq")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (package: time)")
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && need apt-get; then
  echo "run.sh: installing jq and time with apt-get (missing: ${missing[*]})" >&2
  apt-get install -y -q jq time >&2 || true
  missing=()
  need java || missing+=("java (JDK 17)")
  need mvn || missing+=("mvn (Maven 3.8.7+)")
  need python3 || missing+=("python3")
  need jq || missing+=("jq")
  [ -x /usr/bin/time ] || missing+=("/usr/bin/time (package: time)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing: ${missing[*]}; on Debian/Ubuntu: apt-get install jq time" >&2
  exit 2
fi

# --- build --------------------------------------------------------------------------------------
jar="$root/cli/target/preflight.jar"
echo "run.sh: building the jar if it is stale (./preflight does it on first use)" >&2
"$root/preflight" --version >/dev/null

mkdir -p "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
raw="$work/raw.tsv"
: >"$raw"

gen() { # gen FILE ARGS...: generate once, reuse afterwards (the generator is deterministic)
  local f=$1; shift
  if [ ! -s "$f" ]; then
    echo "run.sh: generating $f" >&2
    python3 "$here/gen_export.py" "$@" --out "$f.part" && mv "$f.part" "$f"
  fi
}

# measure GROUP NAME FILE CMD...: REPS whole-process runs; wall seconds and peak RSS to $raw
measure() {
  local group=$1 name=$2 file=$3; shift 3
  cat "$file" >/dev/null # page cache warm: every tool reads from memory, not from the disk
  for i in $(seq 1 "$reps"); do
    local t0 t1 wall rss user sys
    t0=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$work/t" "$@" >"$work/stdout" 2>"$work/stderr" || true
    t1=$(date +%s%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    read -r rss user sys < <(tail -n 1 "$work/t")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$group" "$name" "$file" "$wall" "$rss" "$user" "$sys" "$i" >>"$raw"
    echo "run.sh: $group $name run $i: ${wall}s, ${rss} KB" >&2
  done
}

# The jar is copied and started the way ./preflight starts it (its default JVM options, then
# JAVA_OPTS), so that a rebuild while the benchmark runs cannot change what is measured.
cp "$jar" "$work/preflight.jar"
launcher_defaults=$(sed -n "s/^defaults='\(.*\)'$/\1/p" "$root/preflight")
validate=(sh -c 'exec java $0 ${JAVA_OPTS:-} -jar "$@"' "$launcher_defaults" "$work/preflight.jar"
  validate --report-dir "$work/report" --format json --progress never)
validate() { "${validate[@]}" "$@"; }

# --- the main comparison ------------------------------------------------------------------------
main="$data/export-$size.jsonl"
gen "$main" --bytes "$size"
echo "$main" >"$work/main"
loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)
top -b -n 1 -w 120 2>/dev/null | sed -n "7,14p" >"$work/ps-before" || true
measure main cat "$main" cat "$main"
measure main "wc -l" "$main" wc -l "$main"
measure main validator "$main" "${validate[@]}" "$main"
measure main python "$main" python3 "$here/check_export.py" "$main"
measure main jq "$main" jq -R -r -f "$here/required_fields.jq" "$main"
validate "$main" >"$work/validator-summary.txt" 2>&1 || true
python3 "$here/check_export.py" "$main" >"$work/python-summary.txt" 2>&1 || true

main_reps=$reps
reps=${reps_extra:-$reps}

# --- scaling: 1x, 2x, 4x ------------------------------------------------------------------------
if [ "$scaling" = 1 ]; then
  base=$((size / 4))
  for k in 1 2 4; do
    f="$data/export-$((base * k)).jsonl"
    gen "$f" --bytes $((base * k))
    measure scaling "${k}x" "$f" "${validate[@]}" "$f"
  done
fi

# --- distinct ids in bounded heap ---------------------------------------------------------------
if [ "$idcheck" = 1 ]; then
  f="$data/ids-$ids.jsonl"
  gen "$f" --ids "$ids"
  JAVA_OPTS="${JAVA_OPTS:-} -Xmx1500m" measure ids "validator -Xmx1500m" "$f" "${validate[@]}" "$f"
  JAVA_OPTS="${JAVA_OPTS:-} -Xmx1500m" validate "$f" >"$work/ids-summary.txt" 2>&1 || true
fi

# --- TODO(verifier): Lucene baseline build (documents/s) ---------------------------------------
# The verifier module is being built on another branch. When `preflight verify` exists, time the
# BM25 index build of "$main" here (group "lucene", documents/s) and add it to report.py.

# --- TODO(standin): verifier replay against the stand-in (queries/s) ---------------------------
# When `preflight standin` and `preflight verify` exist: start the stand-in on 127.0.0.1 with
# --rate-limit N/min, replay --sample N queries at a fixed concurrency, report queries/s and
# latency percentiles (group "replay").

# --- profile ------------------------------------------------------------------------------------
if [ "$profile" = 1 ]; then
  JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=filename=$work/run.jfr,settings=profile" \
    validate "$main" >/dev/null 2>&1 || true
  "$here/jfr-top.sh" "$work/run.jfr" >"$work/profile.txt" 2>&1 || true
fi

loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)
top -b -n 1 -w 120 2>/dev/null | sed -n "7,14p" >"$work/ps-after" || true
python3 "$here/report.py" --raw "$raw" --work "$work" --out "$out" \
  --load-before "$loadavg_before" --load-after "$loadavg_after" --reps "$main_reps (scaling, ids: $reps)"
echo "run.sh: wrote $out" >&2
