#!/usr/bin/env bash
# test.sh — install what is missing, build, and run the whole test suite.
# usage: sudo bash scripts/test.sh          (root is needed only to install packages)
# env:   BUILD_DIR (default: build)  CTEST_ARGS (extra ctest arguments, e.g. "-R tst_cli")
# Every test that needs the OS keychain runs inside tests/support/with-keyring.sh, which
# starts a private D-Bus session with a throwaway gnome-keyring and stops it afterwards, so
# no display and no desktop session are needed. GUI tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

start=$(date +%s)
bash scripts/install-deps.sh --build --test
bash scripts/azurite.sh install   # the pinned Azurite (npm), started per test by tests/support/with-azurite.sh
unset DISPLAY WAYLAND_DISPLAY   # keychain code must never reach an X11-autolaunched bus
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTUDIO_WERROR=ON >/dev/null
built=$(date +%s)
cmake --build "$build"
echo "test.sh: build took $(( $(date +%s) - built )) s"
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 ${CTEST_ARGS:-}
echo "test.sh: done in $(( $(date +%s) - start )) s"
