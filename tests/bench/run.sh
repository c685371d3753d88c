#!/usr/bin/env bash
# run.sh — build, start throwaway Azurites (one holding the listing container, two empty ones for
# the transfers: blobs on disk and in memory) and a keyring, run the benchmark
# (tests/bench/bench.py) and stop everything again. On demand only.
# usage: bash tests/bench/run.sh      env: BENCH_BLOBS (100000) BENCH_REPS (5) BENCH_MIB (256) BUILD_DIR (build)
#   BENCH_ONLY=transfers (skip listing + browser), BENCH_TRANSFER_REPS (8),
#   BENCH_AZURITE=memory-only (skip the transfers against a second, disk-backed Azurite),
#   BENCH_AZ=0 (do not install Debian's azure-cli for the `az storage blob list` comparison)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
bash scripts/install-deps.sh --build --test --bench $([[ ${BENCH_AZ:-1} == 0 ]] || echo --bench-az)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" >/dev/null
# Three throwaway Azurites: one holding the listing container, and two empty ones for the
# transfers (one keeping blobs on disk, Azurite's default; one in its heap).
# The listing container is seeded through the REST API with a few blobs, then grown to
# BENCH_BLOBS by writing Azurite's metadata file while it is stopped (synthesize.py): Azurite's
# inserts slow down as a container grows (100,000 through the API did not finish in 26 min).
list_data=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-bench-list.XXXXXX")
disk_data=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-bench-disk.XXXXXX")
stop_all() {
    [[ -n ${list_state:-} ]] && bash scripts/azurite.sh stop "$list_state"
    [[ -n ${disk_state:-} ]] && bash scripts/azurite.sh stop "$disk_state"
    [[ -n ${mem_state:-} ]] && bash scripts/azurite.sh stop "$mem_state"
    rm -rf "$list_data" "$disk_data"
}
trap stop_all EXIT
blobs=${BENCH_BLOBS:-100000}
if [[ ${BENCH_ONLY:-} != transfers ]]; then
    echo "seeding ${blobs} blobs…"
    start=$(date +%s.%N)
    eval "$(bash scripts/azurite.sh start --location "$list_data")"
    list_state=$AZURITE_STATE_DIR
    "$build/tests/bench/benchtool" seed "$AZURITE_BLOB_ENDPOINT" "$AZURITE_ACCOUNT" "$AZURITE_KEY" flat $((blobs < 100 ? blobs : 100)) >/dev/null 2>&1
    bash scripts/azurite.sh stop "$list_state"
    python3 tests/bench/synthesize.py "$list_data" flat "$blobs" >/dev/null
    eval "$(bash scripts/azurite.sh start --location "$list_data")"
    list_state=$AZURITE_STATE_DIR list_endpoint=$AZURITE_BLOB_ENDPOINT
    python3 -c "import sys; print(f'  seeded in {float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" "$start" "$(date +%s.%N)"
    export BENCH_SEEDED=1
fi
if [[ ${BENCH_AZURITE:-memory} != memory-only ]]; then
    eval "$(bash scripts/azurite.sh start --location "$disk_data")"
    disk_state=$AZURITE_STATE_DIR
    export AZURITE_DISK_BLOB_ENDPOINT=$AZURITE_BLOB_ENDPOINT
fi
eval "$(bash scripts/azurite.sh start --in-memory)"
mem_state=$AZURITE_STATE_DIR
export AZURITE_MEMORY_BLOB_ENDPOINT=$AZURITE_BLOB_ENDPOINT
export AZURITE_BLOB_ENDPOINT=${list_endpoint:-$AZURITE_BLOB_ENDPOINT}  # the listing's
unset DISPLAY WAYLAND_DISPLAY
BUILD_DIR=$build tests/support/with-keyring.sh python3 tests/bench/bench.py
