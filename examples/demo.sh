#!/bin/sh
# SPDX-License-Identifier: MIT
# Run examples/demo.py under every gilvm strategy and under python3, side by side.
set -e
cd "$(dirname "$0")/.."
now() { python3 -c 'import time; print(time.perf_counter())'; }
run() {
    label=$1; shift
    start=$(now)
    out=$("$@" examples/demo.py 300000)
    end=$(now)
    python3 -c "import sys; print('%-22s %7.3f s   %s' % (sys.argv[1], float(sys.argv[3]) - float(sys.argv[2]), sys.argv[4]))" \
        "$label" "$start" "$end" "$out"
}
echo "Strategy comparison: examples/demo.py (single thread; threads arrive with the threads issue)"
for s in $(./gilvm --list-strategies | awk '{print $1}'); do
    run "gilvm --strategy $s" ./gilvm --strategy "$s"
done
if command -v python3 >/dev/null 2>&1; then
    run "python3 (CPython)" python3
fi
