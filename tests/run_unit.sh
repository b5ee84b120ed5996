#!/bin/sh
# SPDX-License-Identifier: MIT
# Run each CMocka unit-test binary given as an argument; fail if any fails.
# With RUN_UNIT_WRAPPER set (e.g. "valgrind -q ..."), each binary runs under it.
failed=0
for t in "$@"; do
    if ! $RUN_UNIT_WRAPPER "$t" >"$t.log" 2>&1; then
        echo "FAIL: $t"
        tail -n 30 "$t.log"
        failed=1
    fi
done
[ "$failed" = 0 ] && echo "unit tests: $# binaries passed"
exit $failed
