#!/usr/bin/env bash
# test.sh — install what is missing, build, and run the whole test suite.
# usage: sudo bash scripts/test.sh          (root is needed only to install packages)
# It runs, in turn: the suite (build/); the same suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer, any report fatal (build-sanitize/); and a short pass of every
# fuzz target, its seed corpus then FUZZ_SECONDS of fuzzing (scripts/fuzz.sh, build-fuzz/); and
# the Debian package, built and checked (scripts/package.sh, build-package/).
# env:   BUILD_DIR (default: build)  CTEST_ARGS (extra ctest arguments, e.g. "-R tst_cli")
#        STUDIO_SANITIZE_SUITE=0, STUDIO_FUZZ_PASS=0, STUDIO_PACKAGE=0 (skip those parts)  FUZZ_SECONDS (default 30)
# Every test that needs the OS keychain runs inside tests/support/with-keyring.sh, which
# starts a private D-Bus session with a throwaway gnome-keyring and stops it afterwards, so
# no display and no desktop session are needed. GUI tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

start=$(date +%s)
bash scripts/install-deps.sh --build --test --fuzz --package
bash scripts/azurite.sh install   # the pinned Azurite (npm), started per test by tests/support/with-azurite.sh
unset DISPLAY WAYLAND_DISPLAY   # keychain code must never reach an X11-autolaunched bus
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTUDIO_WERROR=ON >/dev/null
built=$(date +%s)
cmake --build "$build"
echo "test.sh: build took $(( $(date +%s) - built )) s"
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure -j2 --timeout 600 ${CTEST_ARGS:-}

if [[ ${STUDIO_SANITIZE_SUITE:-1} != 0 ]]; then
    sanitize=${build}-sanitize
    cmake -S . -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTUDIO_WERROR=ON -DSTUDIO_SANITIZE=address,undefined >/dev/null
    cmake --build "$sanitize"
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$sanitize" --output-on-failure -j2 --timeout 900 ${CTEST_ARGS:-}
    echo "test.sh: the sanitizer suite passed"
fi
if [[ ${STUDIO_FUZZ_PASS:-1} != 0 ]]; then
    bash scripts/fuzz.sh all "${FUZZ_SECONDS:-30}"
fi
if [[ ${STUDIO_PACKAGE:-1} != 0 ]]; then
    bash scripts/package.sh   # the .deb, checked by desktop-file-validate, appstreamcli and lintian
fi
echo "test.sh: done in $(( $(date +%s) - start )) s"
