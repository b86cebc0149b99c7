#!/bin/sh
# The whole lifecycle of a migration, against a local stand-in for Synap that this script starts
# and stops itself: validate -> load (a test batch, then the rest) -> status -> verify (faithful,
# then against the same data served with leaks) -> rollback. Every command is printed before it
# runs, with its exit code after; the script stops at the first exit code other than the one the
# step expects.
#
#   samples/walkthrough.sh [WORK-DIR]        (default: a new temporary directory, kept)
#
# Data: samples/walkthrough/export.jsonl (2,400 short chat memories of a B2B help desk: 128 users
# in 16 customers, customer-wide and client-wide notes) and queries.jsonl (300 questions, each
# labelled with the 2-3 turns that answer it, tagged single-hop, multi-hop, preference, temporal),
# made by samples/walkthrough/generate.py --seed 15.
# PREFLIGHT=launcher overrides ./preflight (e.g. "java -jar cli/target/preflight.jar"); DATA=DIR
# takes export.jsonl and queries.jsonl from another directory (the CI test uses a smaller sample).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
preflight=${PREFLIGHT:-./preflight}
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/preflight-walkthrough.XXXXXX")}
mkdir -p "$work"
export SYNAP_API_KEY=synap_walkthrough_demo_key
data=${DATA:-samples/walkthrough}
standin_pid=

stop_standin() {
  if [ -n "$standin_pid" ]; then
    kill "$standin_pid" 2>/dev/null || true
    wait "$standin_pid" 2>/dev/null || true
    standin_pid=
  fi
}
trap stop_standin EXIT
trap 'exit 130' INT TERM

# step EXPECTED COMMAND...: print, run, check the exit code.
step() {
  expected=$1
  shift
  printf '\n$ %s\n' "$*"
  set +e
  "$@"
  code=$?
  set -e
  printf '> exit %s (expected %s)\n' "$code" "$expected"
  if [ "$code" -ne "$expected" ]; then
    echo "walkthrough: '$1 $2' exited $code, expected $expected; files in $work" >&2
    exit 1
  fi
}

# start_standin EXTRA-OPTIONS...: a stand-in on a free port, state kept in $work/standin-state.
start_standin() {
  printf '\n$ %s standin --port 0 --instance b2b --seed 15 --ingestion-delay 0 --state-dir %s %s &\n' \
    "$preflight" "$work/standin-state" "$*"
  rm -f "$work/standin.url"
  $preflight standin --port 0 --instance b2b --seed 15 --ingestion-delay 0 \
    --state-dir "$work/standin-state" "$@" >"$work/standin.url" 2>"$work/standin.log" &
  standin_pid=$!
  tries=0
  while [ ! -s "$work/standin.url" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 600 ] || ! kill -0 "$standin_pid" 2>/dev/null; then
      echo "walkthrough: the stand-in did not start; see $work/standin.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  url=$(head -n 1 "$work/standin.url")
  echo "> stand-in serving at $url"
}

echo "Walk-through in $work (SYNAP_API_KEY is a demo key the stand-in accepts)"

step 0 $preflight validate --profile generic --instance b2b "$data/export.jsonl" \
  --report-dir "$work/validate" --format json,html,md

start_standin
step 0 $preflight load --profile generic --instance b2b "$data/export.jsonl" --base-url "$url" \
  --journal "$work/journal" --report-dir "$work/load" --sample 50 --progress never
# The rest of the export; --track all polls every document to its memory ids (one status request
# each), so that verify --journal can count every document as covered or not and rollback deletes
# by id. With the default (--track sample:20) verify counts untracked documents as of unknown outcome.
step 0 $preflight load --profile generic --instance b2b "$data/export.jsonl" --base-url "$url" \
  --journal "$work/journal" --report-dir "$work/load" --track all --progress never
step 0 $preflight status --journal "$work/journal"

step 0 $preflight verify --profile generic --instance b2b "$data/export.jsonl" --base-url "$url" \
  --queries "$data/queries.jsonl" --journal "$work/journal" --report-dir "$work/verify-faithful" \
  --progress never

# The same state served again, now returning a foreign item with 5% of the fetches.
stop_standin
start_standin --leak-rate 0.05
step 1 $preflight verify --profile generic --instance b2b "$data/export.jsonl" --base-url "$url" \
  --queries "$data/queries.jsonl" --journal "$work/journal" --report-dir "$work/verify-leaky" \
  --index-dir "$work/verify-faithful/index" --progress never

step 0 $preflight rollback --journal "$work/journal" --base-url "$url" --progress never
stop_standin
printf '\nDone. Reports: %s/{validate,load,verify-faithful,verify-leaky}\n' "$work"
