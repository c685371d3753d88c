#!/usr/bin/env bash
# screenshots.sh [OUTDIR] — render the README's screenshots (main window, each wizard page,
# the credentials dialog, the browser with a folder transfer job, and the main window and
# browser once in a dark palette) at 1280x800 under a private Xvfb, in English and in Dutch (*-nl.png). Default OUTDIR: resources/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
build=${BUILD_DIR:-build}
bash scripts/install-deps.sh --build --test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target studio-screenshots
XDG_RUNTIME_DIR=$(mktemp -d) tests/support/with-xvfb.sh "$build/tests/studio-screenshots" "$out"
# The same screens in Dutch (*-nl.png).
XDG_RUNTIME_DIR=$(mktemp -d) tests/support/with-xvfb.sh "$build/tests/studio-screenshots" "$out" nl
