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
#   bench/diff.sh [--docs N] [--runs N] [--out FILE]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
docs=100000
runs=3
out="$here/RESULTS.md"
data="$here/data"
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift ;;
    --runs) runs=$2; shift ;;
    --out) out=$2; shift ;;
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
new="$work/new.jsonl"
"$py" - "$old" "$new" <<'PY'
import json, sys
src, dst = sys.argv[1:]
with open(src, "rb") as f, open(dst, "wb") as o:
    lines = f.read().splitlines(keepends=True)
    for i, line in enumerate(lines):
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
    for i in range(len(lines) // 100):
        o.write((json.dumps({"id": f"added-{i}", "content": f"A new memory {i}.",
                             "document_type": "document", "user_id": f"u{i % 97}"}) + "\n").encode())
PY

java -XX:+UseSerialGC -jar "$root/cli/target/preflight.jar" standin --port 0 --instance b2c \
  --ingestion-delay 0 >"$work/standin.out" 2>"$work/standin.err" &
standin_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(head -n 1 "$work/standin.out" 2>/dev/null || true)
  [ -n "$url" ] && break
  sleep 0.1
done
"$root/preflight" load --profile generic --force --track none --progress never \
  --journal "$work/journal" --base-url "$url" "$old" >"$work/load.out" 2>&1 || true
kill "$standin_pid"; wait "$standin_pid" 2>/dev/null || true; standin_pid=
grep -q "^load:" "$work/load.out" || { cat "$work/load.out" >&2; exit 3; }

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
  read -r s m < <(timed diff "$root/preflight" diff --journal "$work/journal" \
    --report-dir "$work/diff" "$new")
  d_s+=("$s"); d_m+=("$m")
done
vs=$(median "${v_s[@]}"); ds=$(median "${d_s[@]}"); vm=$(median "${v_m[@]}"); dm=$(median "${d_m[@]}")
size=$(stat -c %s "$new")
"$py" - "$out" "$docs" "$size" "$vs" "$ds" "$vm" "$dm" "${v_s[*]}" "${d_s[*]}" "$work" <<'PY'
import sys
out, docs, size, vs, ds, vm, dm, vall, dall, work = sys.argv[1:]
docs, size, vs, ds = int(docs), int(size), float(vs), float(ds)
head = [l.rstrip() for l in open(f"{work}/diff.out", encoding="utf-8")][:6]
lines = [
    "## Catch-up diff: `preflight diff` next to `preflight validate`",
    "",
    f"`bench/diff.sh --docs {docs}`: a journal of {docs:,} documents (the generator's sequence, loaded",
    "into a fresh stand-in with `--track none`), then a new export derived from it (every 50th text",
    f"edited, every 100th record dropped, 1% appended): {size / 1e6:.1f} MB. Both commands through the",
    "launcher, whole process, median of the runs (alternating).",
    "",
    "| command | median s | runs s | max RSS MB | ratio to validate |",
    "|---|---:|---:|---:|---:|",
    f"| `preflight validate` (every rule, JSON report) | {vs:.2f} | {vall} | {vm} | 1.00x |",
    f"| `preflight diff` (journal of {docs:,}) | {ds:.2f} | {dall} | {dm} | {ds / vs:.2f}x |",
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
