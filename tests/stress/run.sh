#!/bin/sh
# SPDX-License-Identifier: MIT
# Run the stress programs in tests/stress (see README.md there) with one gilvm binary.
#
#   sh tests/stress/run.sh [GILVM [run_programs.py options...]]
#
# GILVM defaults to ./gilvm (relative to the current directory). What follows it goes to
# tests/run_programs.py after the directory: name filters first, then options (-v, -j N,
# --valgrind, --strategy NAME). `make stress` runs this with ./gilvm and with the ASan+UBSan
# build, and for the threads_ programs once per strategy.
arg=${1:-./gilvm}
[ $# -gt 0 ] && shift
gilvm=$arg
case $gilvm in
    */*) ;;
    *) gilvm=$(command -v "$arg") || { echo "run.sh: $arg: not found" >&2; exit 2; } ;;
esac
if [ ! -x "$gilvm" ]; then
    echo "run.sh: $arg: no such program (make it first)" >&2
    exit 2
fi
gilvm=$(cd "$(dirname "$gilvm")" && pwd)/$(basename "$gilvm")
root=$(cd "$(dirname "$0")/../.." && pwd)
# The programs build structures of up to a million levels: allow each a few minutes (ASan).
exec python3 "$root/tests/run_programs.py" --gilvm "$gilvm" --timeout 600 "$root/tests/stress" "$@"
