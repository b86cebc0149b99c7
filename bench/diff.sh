#!/usr/bin/env bash
# The diff group: `preflight diff` (a new export against a load journal) next to `preflight
# validate` on the same file, the issue's "at the validator's speed, within its memory bound".
# Loads DOCS documents of the generator's sequence into a fresh stand-in with `--track none`
# (the journal the diff reads), then derives the new export (every 50th document's text edited,
# every 100th dropped, 1% more appended) and times, RUNS times each, alternating:
#   preflight validate --profile generic NEW        (every rule, the JSON report)
#   preflight diff --journal J NEW                  (the comparison, both reports)
# Writes a "## Catch-up diff" section into bench/RESULTS.md (replacing an earlier one).
#
# The stand-in keeps every document and its memories in its heap: about 5.4 KB live a document
# (537 MB after a full GC at 100,000), so it gets -Xmx of 12 KB a document (1 GB at least; 12 GB
# at 1,000,000; STANDIN_XMX=... overrides). The loaded journal, the exports and the numbers of the
# load that wrote the journal (wall time, max RSS of the loader and of the stand-in) are kept in
# bench/data (gitignored), keyed by DOCS, so a rerun does not load again; --fresh loads again
# (do so after a change of the journal format).
#
#   bench/diff.sh [--docs N] [--runs N] [--out FILE] [--fresh]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
docs=100000
runs=3
out="$here/RESULTS.md"
data="$here/data"
fresh=0
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift ;;
    --runs) runs=$2; shift ;;
    --out) out=$2; shift ;;
    --fresh) fresh=1 ;;
    *) echo "diff.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
py=/usr/bin/python3
"$root/preflight" --version >/dev/null # builds the jar when stale
work=$(mktemp -d)
standin_pid=
cleanup() {
  if [ -n "$standin_pid" ]; then kill "$standin_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export SYNAP_API_KEY=preflight-bench-standin

mkdir -p "$data"
old="$data/export-records-$docs.jsonl"
[ -s "$old" ] || "$py" "$here/gen_export.py" --records "$docs" --out "$old"
new="$data/diff-new-$docs.jsonl"
if [ "$fresh" = 1 ] || [ ! -s "$new" ] || [ "$old" -nt "$new" ]; then
  "$py" - "$old" "$new.tmp" <<'PY'
import json, sys
src, dst = sys.argv[1:]
n = 0
with open(src, "rb") as f, open(dst, "wb") as o:
    for i, line in enumerate(f):  # streamed: the 1 GB export is never held in memory
        n += 1
        if i % 100 == 99:
            continue
        if i % 50 == 0:
            try:
                r = json.loads(line)
                r["content"] = (r.get("content") or "") + " (edited)"
                line = (json.dumps(r, ensure_ascii=False) + "\n").encode()
            except Exception:
                pass
        o.write(line)
    for i in range(n // 100):
        o.write((json.dumps({"id": f"added-{i}", "content": f"A new memory {i}.",
                             "document_type": "document", "user_id": f"u{i % 97}"}) + "\n").encode())
PY
  mv "$new.tmp" "$new"
fi

journal="$data/diff-journal-$docs"
standin_xmx=${STANDIN_XMX:-$(( docs * 12 / 1000 > 1024 ? docs * 12 / 1000 : 1024 ))m}
if [ "$fresh" = 1 ] || [ ! -s "$journal/load.meta" ] || [ "$old" -nt "$journal/load.meta" ]; then
  rm -rf "$journal" "$journal.tmp"
  java -XX:+UseSerialGC "-Xmx$standin_xmx" -jar "$root/cli/target/preflight.jar" standin --port 0 \
    --instance b2c --ingestion-delay 0 >"$work/standin.out" 2>"$work/standin.err" &
  standin_pid=$!
  url=
  for _ in $(seq 1 300); do
    url=$(head -n 1 "$work/standin.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  /usr/bin/time -f "%e %M" -o "$work/load.time" "$root/preflight" load --profile generic --force \
    --track none --progress never --journal "$journal.tmp" --base-url "$url" "$old" \
    >"$work/load.out" 2>&1 || true
  # the stand-in's peak resident set, read before it stops
  standin_rss=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$standin_pid/status" 2>/dev/null || echo "?")
  kill "$standin_pid"; wait "$standin_pid" 2>/dev/null || true; standin_pid=
  # a load that did not finish (the stand-in out of heap, a failed batch) is not kept
  if ! grep -q "^load: .* 0 failed" "$work/load.out"; then
    cat "$work/load.out" "$work/standin.err" >&2
    echo "diff.sh: the load that writes the journal did not finish (stand-in -Xmx$standin_xmx; STANDIN_XMX=... for more)" >&2
    exit 3
  fi
  read -r load_s load_rss < <(awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/load.time" | tail -n 1)
  printf 'load_s=%s\nload_rss=%s\nstandin_rss=%s\nstandin_xmx=%s\nload_line=%s\n' "$load_s" \
    "$load_rss" "$standin_rss" "$standin_xmx" "$(grep -m 1 '^load:' "$work/load.out")" >"$journal.tmp/load.meta"
  mv "$journal.tmp" "$journal"
  cached=0
else
  cached=1
fi
meta() { sed -n "s/^$1=//p" "$journal/load.meta"; }

timed() { # timed NAME CMD...: wall s and max RSS MB of one run
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/$name.time" | tail -n 1
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
v_s=(); v_m=(); d_s=(); d_m=()
for r in $(seq 1 "$runs"); do
  read -r s m < <(timed validate "$root/preflight" validate --profile generic --progress never \
    --report-dir "$work/validate" --format json "$new")
  v_s+=("$s"); v_m+=("$m")
  read -r s m < <(timed diff "$root/preflight" diff --journal "$journal" --progress never \
    --report-dir "$work/diff" "$new")
  d_s+=("$s"); d_m+=("$m")
done
if ! grep -q "^diff:" "$work/diff.out"; then
  cat "$work/diff.err" >&2
  echo "diff.sh: preflight diff failed (a journal kept from an older build? --fresh loads again)" >&2
  exit 3
fi
vs=$(median "${v_s[@]}"); ds=$(median "${d_s[@]}"); vm=$(median "${v_m[@]}"); dm=$(median "${d_m[@]}")
size=$(stat -c %s "$new")
"$py" - "$out" "$docs" "$size" "$vs" "$ds" "$vm" "$dm" "${v_s[*]}" "${d_s[*]}" "$work" "$root" \
  "$cached" "$(meta load_s)" "$(meta load_rss)" "$(meta standin_rss)" "$(meta standin_xmx)" <<'PY'
import sys
(out, docs, size, vs, ds, vm, dm, vall, dall, work, root, cached, load_s, load_rss, standin_rss,
 standin_xmx) = sys.argv[1:]
docs, size, vs, ds = int(docs), int(size), float(vs), float(ds)
head = [l.rstrip().replace(root + "/", "") for l in open(f"{work}/diff.out", encoding="utf-8")][:6]
size_text = f"{size / 1e9:.2f} GB" if size >= 1e9 else f"{size / 1e6:.1f} MB"
lines = [
    "## Catch-up diff: `preflight diff` next to `preflight validate`",
    "",
    f"`bench/diff.sh --docs {docs}`: a journal of {docs:,} documents (the generator's sequence, loaded",
    "into a fresh stand-in with `--track none`), then a new export derived from it (every 50th text",
    f"edited, every 100th record dropped, 1% appended): {size_text}. Both commands through the",
    "launcher, whole process, median of the runs (alternating).",
    "",
    "| command | median s | runs s | max RSS MB | ratio to validate |",
    "|---|---:|---:|---:|---:|",
    f"| `preflight validate` (every rule, JSON report) | {vs:.2f} | {vall} | {vm} | 1.00x |",
    f"| `preflight diff` (journal of {docs:,}) | {ds:.2f} | {dall} | {dm} | {ds / vs:.2f}x |",
    "",
    f"The journal's load{' (kept in bench/data from an earlier run)' if cached == '1' else ''}:"
    f" {load_s} s, `preflight load` max RSS {load_rss} MB;",
    f"the stand-in (`-Xmx{standin_xmx}`, every document and memory in its heap) max RSS"
    f" {standin_rss} MB.",
    "",
    "What `diff` printed (first lines):",
    "",
    "```",
    *head,
    "```",
    "",
]
section = "\n".join(lines) + "\n"
try:
    text = open(out, encoding="utf-8").read()
except OSError:
    text = ""
start = text.find("## Catch-up diff: ")
if start >= 0:
    end = text.find("\n## ", start + 1)
    text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out, "w", encoding="utf-8").write(text)
print(section)
PY
