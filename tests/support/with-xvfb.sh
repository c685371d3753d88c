#!/usr/bin/env bash
# with-xvfb.sh CMD... — run CMD with DISPLAY on a private Xvfb (a free display chosen by Xvfb
# itself), stopped afterwards. env: XVFB_SCREEN (default 1280x800x24). Needs: xvfb, a font.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 64; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-xvfb.XXXXXX")
Xvfb -displayfd 3 -screen 0 "${XVFB_SCREEN:-1280x800x24}" -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/log" &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
for _ in $(seq 200); do [[ -s "$tmp/display" ]] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
[[ -s "$tmp/display" ]] || { echo "with-xvfb: Xvfb did not start" >&2; cat "$tmp/log" >&2; exit 70; }
export DISPLAY=":$(tr -d '[:space:]' < "$tmp/display")" QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
rc=0; "$@" || rc=$?
exit $rc
