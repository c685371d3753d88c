#!/usr/bin/env bash
# run-studio.sh — install what is missing, build, fill a local "demo" workspace with a few
# datastores, and open Datastore Studio on it.
# usage: sudo bash scripts/run-studio.sh     (root is needed only to install packages; when
#        started through sudo, the build and the studio run as the invoking user)
# env:   BUILD_DIR (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD_DIR:-build}

if [[ "${1:-}" != --as-user ]]; then
    bash scripts/install-deps.sh --build --run
    if [[ $(id -u) -eq 0 && -n "${SUDO_USER:-}" && "${SUDO_USER}" != root ]]; then
        uid=$(id -u "$SUDO_USER")
        runtime=/run/user/$uid
        env_args=(HOME="$(getent passwd "$SUDO_USER" | cut -d: -f6)" PATH="$PATH" DISPLAY="${DISPLAY:-}"
                  XAUTHORITY="${XAUTHORITY:-}" WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-}" BUILD_DIR="$build")
        if [[ -S $runtime/bus ]]; then
            env_args+=(XDG_RUNTIME_DIR="$runtime" DBUS_SESSION_BUS_ADDRESS="unix:path=$runtime/bus")
        fi
        exec runuser -u "$SUDO_USER" -- env -i "${env_args[@]}" bash "$root/scripts/run-studio.sh" --as-user
    fi
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"

launch() {
    bash scripts/seed-demo.sh "$build/app/dsstudio"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "run-studio: no display (DISPLAY and WAYLAND_DISPLAY are unset); run this from a desktop session." >&2
        return 1
    fi
    "$build/app/datastore-studio" --workspace demo
}

# Use the session's Secret Service when there is one; otherwise a throwaway keyring that
# lives as long as the studio (its demo secrets are discarded when the studio closes).
has_secret_service() {
    [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] && command -v dbus-send >/dev/null || return 1
    local call=(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus)
    "${call[@]}" org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' ||
        "${call[@]}" org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -q '"org.freedesktop.secrets"'
}
if has_secret_service; then
    launch
else
    echo "run-studio: no Secret Service in this session; using a throwaway keyring for the demo." >&2
    export -f launch
    export build
    tests/support/with-keyring.sh bash -c launch
fi
