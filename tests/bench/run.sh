#!/usr/bin/env bash
# run.sh — build, start throwaway Azurites (in memory, and on disk) and a keyring, run the
# benchmark (tests/bench/bench.py) and stop everything again. On demand only.
# usage: bash tests/bench/run.sh      env: BENCH_BLOBS (100000) BENCH_REPS (5) BENCH_MIB (256) BUILD_DIR (build)
#   BENCH_ONLY=transfers (skip listing + browser), BENCH_TRANSFER_REPS (8),
#   BENCH_AZURITE=memory-only (skip the transfers against a second, disk-backed Azurite),
#   BENCH_AZ=0 (do not install Debian's azure-cli for the `az storage blob list` comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
bash scripts/install-deps.sh --build --test $([[ ${BENCH_AZ:-1} == 0 ]] || echo --bench)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
# The listing runs against an in-memory Azurite (seeding is quicker); the transfers run against it
# and against a second Azurite that keeps blobs on disk, as a storage service does.
data=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-bench-azurite.XXXXXX")
stop_all() {
    [[ -n ${disk_state:-} ]] && bash scripts/azurite.sh stop "$disk_state"
    [[ -n ${mem_state:-} ]] && bash scripts/azurite.sh stop "$mem_state"
    rm -rf "$data"
}
trap stop_all EXIT
if [[ ${BENCH_AZURITE:-memory} != memory-only ]]; then
    eval "$(bash scripts/azurite.sh start --location "$data")"
    disk_state=$AZURITE_STATE_DIR
    export AZURITE_DISK_BLOB_ENDPOINT=$AZURITE_BLOB_ENDPOINT
fi
eval "$(bash scripts/azurite.sh start --in-memory)"
mem_state=$AZURITE_STATE_DIR
unset DISPLAY WAYLAND_DISPLAY
BUILD_DIR=$build tests/support/with-keyring.sh python3 tests/bench/bench.py
