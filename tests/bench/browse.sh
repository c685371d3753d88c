#!/usr/bin/env bash
# browse.sh — the browse benchmark (issue 13): builds, starts a throwaway PostgreSQL (and
# MariaDB, which it does not use), a keyring in a private D-Bus session, runs
# tests/bench/bench_browse (which starts the DBFS test server itself) and stops everything.
# On demand only. usage: bash tests/bench/browse.sh      env: BENCH_REPS (5) BUILD_DIR (build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
bash scripts/install-deps.sh --build --test --bench
[[ -f "$build/build.ninja" ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target bench_browse fakedbfs dsstudio >/dev/null
unset DISPLAY WAYLAND_DISPLAY
exec tests/support/with-keyring.sh tests/support/with-sql.sh "$build/tests/bench/bench_browse"
