#!/bin/sh
# SPDX-License-Identifier: MIT
# Record NAME.err for every tests/syntax/NAME.py: exactly what CPython prints on
# stderr for `cd tests/syntax && python3 NAME.py`, with the script's absolute
# path shortened to NAME.py (as tests/run_programs.py does). Every program must
# exit with status 1. Usage: sh tests/syntax/record.sh [python3]
set -eu
PY=${1:-python3}
cd "$(dirname "$0")"
dir=$(pwd -P)
fail=0
for f in *.py; do
    name=${f%.py}
    rc=0
    "$PY" "$f" >/dev/null 2>"$name.err.tmp" || rc=$?
    if [ "$rc" -ne 1 ]; then
        echo "record.sh: $f exited with status $rc, not 1" >&2
        fail=1
    fi
    if ! grep -q 'Error: ' "$name.err.tmp"; then
        echo "record.sh: $f printed no error" >&2
        fail=1
    fi
    sed -e "s|File \"$dir/|File \"|" "$name.err.tmp" >"$name.err"
    rm -f "$name.err.tmp"
done
exit $fail
