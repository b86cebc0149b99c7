#!/usr/bin/env bash
# Summarises a JFR recording: CPU samples by thread, the hottest methods by self time (top
# frame), and the project's methods by total time (anywhere on the stack).
# Usage: bench/jfr-top.sh run.jfr [N]
set -euo pipefail
jfr print --stack-depth 200 --events jdk.ExecutionSample "$1" | python3 -c '
import collections, re, sys
n = int(sys.argv[1])
top, incl, threads, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
stack, in_stack = [], False
def done():
    global total
    if stack:
        top[stack[0]] += 1
        for f in set(stack):
            if f.startswith("dev.synap."):
                incl[f] += 1
        total += 1
for line in sys.stdin:
    s = line.strip()
    if s.startswith("sampledThread"):
        m = re.search(r"\"([^\"]+)\"", s)
        threads[re.sub(r"-\d+$", "-N", m.group(1)) if m else s] += 1
    elif s.startswith("stackTrace = ["):
        in_stack, stack = True, []
    elif in_stack and s.startswith("]"):
        in_stack = False
        done()
    elif in_stack and s and s != "...":
        stack.append(re.sub(r"\s+line:.*", "", s))
pct = lambda c: 100.0 * c / max(total, 1)
print("samples: %d" % total)
print("by thread:")
for t, c in threads.most_common(8):
    print("  %5.1f%%  %s" % (pct(c), t))
print("hottest methods (self time):")
for f, c in top.most_common(n):
    print("  %5.1f%%  %s" % (pct(c), f))
print("project methods (total time, including what they call):")
for f, c in incl.most_common(n):
    print("  %5.1f%%  %s" % (pct(c), re.sub(r"\(.*\)", "()", f)))
' "${2:-25}"
