#!/usr/bin/env bash
# run.sh — build, start a throwaway in-memory Azurite and a throwaway keyring, run the
# benchmark (tests/bench/bench.py) and stop everything again. On demand only.
# usage: bash tests/bench/run.sh      env: BENCH_BLOBS (100000) BENCH_REPS (5) BENCH_MIB (256) BUILD_DIR (build)
#   BENCH_ONLY=transfers (skip listing + browser), BENCH_TRANSFER_REPS (5),
#   BENCH_AZURITE=disk (Azurite keeps blobs in a temporary folder instead of its heap),
#   BENCH_AZ=0 (do not install Debian's azure-cli for the `az storage blob list` comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
bash scripts/install-deps.sh --build --test $([[ ${BENCH_AZ:-1} == 0 ]] || echo --bench)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
if [[ ${BENCH_AZURITE:-memory} == disk ]]; then
    data=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-bench-azurite.XXXXXX")
    eval "$(bash scripts/azurite.sh start --location "$data")"
    trap 'bash scripts/azurite.sh stop "$AZURITE_STATE_DIR"; rm -rf "$data"' EXIT
else
    eval "$(bash scripts/azurite.sh start --in-memory)"
    trap 'bash scripts/azurite.sh stop "$AZURITE_STATE_DIR"' EXIT
fi
unset DISPLAY WAYLAND_DISPLAY
BUILD_DIR=$build tests/support/with-keyring.sh python3 tests/bench/bench.py
