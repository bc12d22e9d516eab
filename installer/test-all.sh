#!/usr/bin/env bash
# README's test command: install what is needed, build from scratch in
# build/dev, run every test. .ci/run calls this and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

./installer/install-deps.sh

start=$(date +%s)
cmake --preset dev
cmake --build --preset dev
echo "test-all: build took $(( $(date +%s) - start )) s"

# Tests start their own ccr-server processes on loopback ports the kernel
# picks; nothing else needs to be running.
ctest --preset dev -j2
