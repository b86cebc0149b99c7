#!/usr/bin/env bash
# Synap Preflight benchmarks: whole-process runs of the validator next to the tools a user would
# otherwise use (jq, a plain Python script) and the I/O ceiling (cat, wc -l), scaling with the data,
# the 10-million-ids memory check, the verifier's Lucene baseline build and its replay against the
# stand-in. Writes bench/RESULTS.md. See bench/README.md.
#
#   bench/run.sh                 # the target size: ~1 GB, ~1M records, 3 repetitions
#   bench/run.sh --quick         # ~100 MB, a few minutes
#   bench/run.sh --size 500000000 --reps 5 --no-ids --no-scaling
#   bench/run.sh --only lucene,replay --out bench/RESULTS-partial.md
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
main_group=1
lucene=1
replay=1
lucene_docs=1000000
replay_docs=10000
replay_queries=200
replay_settings="1:0,4:0,4:600"
standin_limit=6000

usage() {
  cat <<USAGE
usage: bench/run.sh [--quick] [--size BYTES] [--reps N] [--reps-extra N] [--ids N] [--data DIR]
                    [--out FILE] [--no-scaling] [--no-ids] [--profile] [--only GROUPS]
                    [--no-lucene] [--lucene-docs N] [--no-replay] [--replay-docs N]
                    [--replay-queries N] [--replay-settings LIST] [--standin-rate-limit N]
  --quick        ~100 MB export, 3 repetitions, 1M-id check, 50,000-document baseline,
                 2,000-document replay of 50 queries (minutes, not an hour)
  --size BYTES   size of the main export (default 1000000000, about 970,000 records)
  --reps N       repetitions of every measurement (default 3; median and min..max reported)
  --reps-extra N repetitions of the scaling and distinct-ids runs (default: --reps)
  --ids N        distinct ids for the memory check, run with -Xmx1500m (default 10000000)
  --data DIR     where generated exports are kept and reused (default bench/data, git-ignored)
  --out FILE     the report to write (default bench/RESULTS.md)
  --no-scaling   skip the 1x/2x/4x scaling runs
  --no-ids       skip the distinct-ids memory check
  --profile      also record a JFR profile of one validator run and summarise where time goes
  --only GROUPS  run only these groups, comma-separated: main (validator, cat, wc -l, Python,
                 jq), scaling, ids, lucene, replay; e.g. --only lucene,replay; or
                 --only load [bench/load.sh options]: preflight load next to the migration
                 guide's loop (its own section of RESULTS.md, see bench/load.sh)
  --no-lucene    skip the Lucene baseline build
  --lucene-docs N  records in the baseline-build export (default 1000000: the issue's 1M ~1 KB
                 documents; the first N records of the generator's sequence)
  --no-replay    skip the verifier's replay against the stand-in
  --replay-docs N  records loaded into the stand-in for the replay (default 10000)
  --replay-queries N  known-item queries each replay samples (verify --sample; default 200)
  --replay-settings LIST  replay settings, comma-separated CONCURRENCY:CLIENT-LIMIT-PER-MINUTE
                 (0 = no client limit); default 1:0,4:0,4:600
  --standin-rate-limit N  the stand-in's own limit, requests/min (default 6000: above what the
                 runs send in any minute, so it never answers 429)
USAGE
}

if [ "${1:-}" = "--only" ] && [ "${2:-}" = "load" ]; then
  shift 2
  exec "$here/load.sh" "$@" # the load group: bench/load.sh (its own options, its own section)
fi

while [ $# -gt 0 ]; do
  case "$1" in
    --quick) size=100000000; ids=1000000; lucene_docs=50000; replay_docs=2000; replay_queries=50 ;;
    --size) size=$2; shift ;;
    --reps) reps=$2; shift ;;
    --reps-extra) reps_extra=$2; shift ;;
    --ids) ids=$2; shift ;;
    --data) data=$2; shift ;;
    --out) out=$2; shift ;;
    --no-scaling) scaling=0 ;;
    --no-ids) idcheck=0 ;;
    --profile) profile=1 ;;
    --only)
      main_group=0; scaling=0; idcheck=0; lucene=0; replay=0
      for g in ${2//,/ }; do
        case "$g" in
          main) main_group=1 ;; scaling) scaling=1 ;; ids) idcheck=1 ;;
          lucene) lucene=1 ;; replay) replay=1 ;;
          *) echo "run.sh: --only: unknown group '$g' (main, scaling, ids, lucene, replay)" >&2; exit 2 ;;
        esac
      done
      shift ;;
    --no-lucene) lucene=0 ;;
    --lucene-docs) lucene_docs=$2; shift ;;
    --no-replay) replay=0 ;;
    --replay-docs) replay_docs=$2; shift ;;
    --replay-queries) replay_queries=$2; shift ;;
    --replay-settings) replay_settings=$2; shift ;;
    --standin-rate-limit) standin_limit=$2; shift ;;
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
standin_pid=
cleanup() { # the stand-in is stopped however the run ends (error, Ctrl-C, kill)
  if [ -n "$standin_pid" ]; then
    kill "$standin_pid" 2>/dev/null || true
    wait "$standin_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
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

# The jar is copied and started the way ./preflight starts it (its default JVM options, its
# class-data sharing archive made by a validation of the bundled sample, then JAVA_OPTS), so that a
# rebuild while the benchmark runs cannot change what is measured.
cp "$jar" "$work/preflight.jar"
launcher_defaults=$(sed -n "s/^defaults='\(.*\)'$/\1/p" "$root/preflight")
java $launcher_defaults -XX:ArchiveClassesAtExit="$work/preflight.jsa" -jar "$work/preflight.jar" \
  validate --report-dir "$work/cds-training" --progress never "$root/samples/support-memories.jsonl" \
  >/dev/null 2>&1 || true
if [ -f "$work/preflight.jsa" ]; then
  launcher_defaults="$launcher_defaults -XX:SharedArchiveFile=$work/preflight.jsa"
  launcher_defaults="$launcher_defaults -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
validate=(sh -c 'exec java $0 ${JAVA_OPTS:-} -jar "$@"' "$launcher_defaults" "$work/preflight.jar"
  validate --report-dir "$work/report" --format json --progress never)
validate() { "${validate[@]}" "$@"; }

# --- the main comparison ------------------------------------------------------------------------
main="$data/export-$size.jsonl"
loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)
top -b -n 1 -w 120 2>/dev/null | sed -n "7,14p" >"$work/ps-before" || true
if [ "$main_group" = 1 ]; then
gen "$main" --bytes "$size"
echo "$main" >"$work/main"
measure main cat "$main" cat "$main"
measure main "wc -l" "$main" wc -l "$main"
measure main validator "$main" "${validate[@]}" "$main"
measure main python "$main" python3 "$here/check_export.py" "$main"
measure main jq "$main" jq -R -r -f "$here/required_fields.jq" "$main"
validate "$main" >"$work/validator-summary.txt" 2>&1 || true
python3 "$here/check_export.py" "$main" >"$work/python-summary.txt" 2>&1 || true
fi

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

# --- the verifier: helpers ----------------------------------------------------------------------
# The stand-in, `load` and `verify` run from the copied jar like the validator. The stand-in's API
# key is a local one set here (never on a command line); a user's own SYNAP_API_KEY is not used.
preflight=(sh -c 'exec java $0 ${JAVA_OPTS:-} -jar "$@"' "$launcher_defaults" "$work/preflight.jar")
export SYNAP_API_KEY=preflight-bench-standin

start_standin() { # start_standin OPTIONS...: a stand-in on 127.0.0.1, a free port; sets standin_url
  "${preflight[@]}" standin --port 0 --instance b2b "$@" >"$work/standin.out" 2>"$work/standin.err" &
  standin_pid=$!
  standin_url=
  for _ in $(seq 1 300); do
    standin_url=$(head -n 1 "$work/standin.out" 2>/dev/null || true)
    [ -n "$standin_url" ] && break
    if ! kill -0 "$standin_pid" 2>/dev/null; then
      cat "$work/standin.err" >&2
      echo "run.sh: the stand-in did not start" >&2
      exit 3
    fi
    sleep 0.2
  done
  case "$standin_url" in
    http://127.0.0.1:*) echo "run.sh: stand-in at $standin_url ($*)" >&2 ;;
    *) echo "run.sh: the stand-in did not say where it serves ('$standin_url')" >&2; exit 3 ;;
  esac
}

stop_standin() {
  if [ -n "$standin_pid" ]; then
    kill "$standin_pid" 2>/dev/null || true
    wait "$standin_pid" 2>/dev/null || true
    standin_pid=
  fi
}

# timed OUT CMD...: one whole-process run; "wall-s peak-RSS-KB user-s sys-s exit-code" to OUT,
# its output to $work/stdout and $work/stderr
timed() {
  local o=$1 t0 t1 rc=0
  shift
  t0=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$work/t" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  t1=$(date +%s%N)
  printf '%s %s %s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')" \
    "$(tail -n 1 "$work/t")" "$rc" >"$o"
}

# records_file N: an export of exactly the first N generated records. The generator's sequence is
# the same whatever the size, so a larger export already generated (the main one) gives it by head.
records_file() {
  local n=$1 f="$data/export-records-$1.jsonl" lines
  if [ ! -s "$f" ] && [ -s "$main" ]; then
    lines=$(wc -l <"$main")
    if [ "$lines" -eq "$n" ]; then
      echo "$main"
      return
    elif [ "$lines" -gt "$n" ]; then
      echo "run.sh: $f: the first $n records of $main" >&2
      head -n "$n" "$main" >"$f.part" && mv "$f.part" "$f"
    fi
  fi
  gen "$f" --records "$n"
  echo "$f"
}

# --- Lucene baseline build ----------------------------------------------------------------------
# `preflight verify` builds the BM25 baseline of the export before it replays anything; its
# report.json says how long the build took (baseline.buildMillis: reading and mapping the export,
# indexing, committing, checking the index) and how many documents it holds. Every repetition
# gets a fresh --index-dir (a matching index is reused, which would measure nothing) and asks one
# query of an empty stand-in (verify checks the key first), so the process is the build and
# little else; one more run that reuses the last index measures what the process costs without
# the build (JVM start, the export's SHA-256, opening and checking the index, one query).
if [ "$lucene" = 1 ]; then
  lfile=$(records_file "$lucene_docs")
  echo "$lfile" >"$work/lucene-file"
  start_standin
  printf '%s\n' '{"id": "q1", "query": "refund for the invoice", "scope": "client"}' \
    >"$work/one-query.jsonl"
  lverify=("${preflight[@]}" verify --profile generic --instance b2b "$lfile"
    --base-url "$standin_url" --queries "$work/one-query.jsonl" --index-dir "$work/lucene-index"
    --report-dir "$work/lucene-report" --progress never)
  echo "preflight verify --profile generic --instance b2b $(basename "$lfile") --queries one-query.jsonl --index-dir FRESH-DIR" \
    >"$work/lucene-command"
  cat "$lfile" >/dev/null # page cache warm, as for the validator
  for i in $(seq 1 "$main_reps") reuse; do
    [ "$i" = reuse ] || rm -rf "$work/lucene-index"
    rm -rf "$work/lucene-report"
    timed "$work/t-run" "${lverify[@]}"
    read -r wall rss user sys rc <"$work/t-run"
    fields=$(python3 "$here/report_fields.py" "$work/lucene-report/report.json" \
      /baseline/buildMillis /baseline/documents /baseline/skippedRecords /baseline/reused)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$wall" "$rss" "$user" "$sys" "$rc" "$fields" \
      >>"$work/lucene.tsv"
    echo "run.sh: lucene run $i: ${wall}s, ${rss} KB, exit $rc; build ms, documents, skipped, reused: $fields" >&2
    if [ "$rc" != 0 ]; then
      tail -n 5 "$work/stderr" >&2
    fi
  done
  du -sk "$work/lucene-index" 2>/dev/null | cut -f1 >"$work/lucene-index-kb" || true
  rm -rf "$work/lucene-index"
  stop_standin
fi

# --- verifier replay against the stand-in ---------------------------------------------------------
# A stand-in with a rate limit, loaded once with `preflight load` (not measured here); then
# `preflight verify --sample N` per setting (concurrency, client --rate-limit), REPS times each.
# The baseline index is built once beforehand and reused, so these runs measure the replay:
# report.json's metrics.replayMillis (every fetch, attribution and evaluation), queries/s,
# latency percentiles and errors. The load journal attributes every item (no GET per item).
if [ "$replay" = 1 ]; then
  rfile=$(records_file "$replay_docs")
  echo "$rfile" >"$work/replay-file"
  start_standin --rate-limit "$standin_limit/min"
  { echo "preflight standin --port 0 --instance b2b --rate-limit $standin_limit/min"
    echo "state in memory; no faults, no added latency, ingestion delay 200 ms: the defaults"; } \
    >"$work/replay-standin"
  echo "run.sh: loading $rfile into the stand-in" >&2
  timed "$work/t-load" "${preflight[@]}" load --profile generic --instance b2b "$rfile" \
    --base-url "$standin_url" --journal "$work/replay-journal" --force --progress never \
    --report-dir "$work/replay-load"
  read -r wall rss user sys rc <"$work/t-load"
  { echo "wall $wall"; echo "exit $rc"; grep '^load:' "$work/stdout" "$work/stderr" | cut -d: -f2- ; } \
    >"$work/replay-load.txt" || true
  echo "run.sh: load: ${wall}s, exit $rc (1: the gate failed on the export's defects, forced)" >&2
  if [ "$rc" != 0 ] && [ "$rc" != 1 ]; then
    tail -n 5 "$work/stderr" >&2
    echo "run.sh: the load did not finish; no replay" >&2
    echo "failed: the load exited $rc" >>"$work/replay-load.txt"
  else
    # the stand-in counts its limit per clock minute: start the replays in a fresh minute
    sleep $((61 - 10#$(date +%S)))
    rverify=("${preflight[@]}" verify --profile generic --instance b2b "$rfile"
      --base-url "$standin_url" --journal "$work/replay-journal" --sample "$replay_queries"
      --index-dir "$work/replay-index" --report-dir "$work/replay-report" --progress never)
    "${rverify[@]}" >"$work/replay-warmup.txt" 2>&1 || true # builds the baseline, warms the stand-in
    for setting in ${replay_settings//,/ }; do
      c=${setting%%:*}
      lim=${setting#*:}
      for i in $(seq 1 "$main_reps"); do
        rm -rf "$work/replay-report"
        timed "$work/t-run" "${rverify[@]}" --concurrency "$c" --rate-limit "$lim"
        read -r wall rss user sys rc <"$work/t-run"
        fields=$(python3 "$here/report_fields.py" "$work/replay-report/report.json" \
          /metrics/replayMillis /metrics/queries /metrics/errors /metrics/latencyP50Millis \
          /metrics/latencyP95Millis /metrics/latencyMaxMillis /metrics/recall/mean /baseline/reused)
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$lim" "$i" "$wall" "$rss" "$user" "$sys" \
          "$rc" "$fields" >>"$work/replay.tsv"
        echo "run.sh: replay concurrency $c, limit $lim/min, run $i: ${wall}s, exit $rc; replay ms, queries, errors, p50, p95, max, recall, reused: $fields" >&2
        if [ "$rc" != 0 ]; then
          tail -n 5 "$work/stderr" >&2
        fi
      done
    done
  fi
  stop_standin
fi

# --- profile ------------------------------------------------------------------------------------
if [ "$profile" = 1 ] && [ -s "$main" ]; then
  JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=filename=$work/run.jfr,settings=profile" \
    validate "$main" >/dev/null 2>&1 || true
  "$here/jfr-top.sh" "$work/run.jfr" >"$work/profile.txt" 2>&1 || true
fi

loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)
top -b -n 1 -w 120 2>/dev/null | sed -n "7,14p" >"$work/ps-after" || true
python3 "$here/report.py" --raw "$raw" --work "$work" --out "$out" \
  --load-before "$loadavg_before" --load-after "$loadavg_after" --reps "$main_reps (scaling, ids: $reps)"
echo "run.sh: wrote $out" >&2
