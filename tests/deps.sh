#!/bin/sh
# SPDX-License-Identifier: MIT
# Install the Debian packages gilvm needs to build and test, or print the command.
# Used by `make test`, `make bench` and .ci/run.
set -e
pkgs="build-essential libgmp-dev libcmocka-dev libreadline-dev doxygen python3 valgrind tmux"
missing=""
for p in $pkgs; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "Installing missing packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $missing
else
    echo "Missing Debian packages:$missing"
    echo "Install them with:  sudo apt-get install -y$missing"
    exit 1
fi
