#!/bin/sh
# SPDX-License-Identifier: MIT
# The strategy comparison demo (`make demo`): the same threaded programs under every gilvm
# strategy and under python3, side by side. The driver is examples/demo_driver.py.
set -e
cd "$(dirname "$0")/.."
exec python3 examples/demo_driver.py "$@"
