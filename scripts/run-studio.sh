#!/usr/bin/env bash
# run-studio.sh — install what is missing, build, fill a local "demo" workspace with a few
# datastores (one of them a blob container in a local Azurite holding a few thousand demo
# objects in nested folders), and open Datastore Studio on it. Azurite stops when it closes.
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
    # A local Azurite on the emulator's usual port, its data kept between runs, so that the
    # demo's blob datastore can be browsed; an Azurite already listening there is reused.
    local endpoint="" azstate="" out status=0
    if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
        endpoint=http://127.0.0.1:10000/devstoreaccount1
    elif out=$(bash scripts/azurite.sh start --port 10000 \
                   --location "${XDG_DATA_HOME:-$HOME/.local/share}/datastore-studio/demo-azurite"); then
        eval "$out"
        endpoint=$AZURITE_BLOB_ENDPOINT azstate=$AZURITE_STATE_DIR
    else
        echo "run-studio: Azurite did not start; the demo's blob datastore will not be browsable." >&2
    fi
    bash scripts/seed-demo.sh "$build/app/dsstudio" "$endpoint" || status=$?
    if [[ $status -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "run-studio: no display (DISPLAY and WAYLAND_DISPLAY are unset); run this from a desktop session." >&2
        status=1
    elif [[ $status -eq 0 ]]; then
        "$build/app/datastore-studio" --workspace demo || status=$?
    fi
    [[ -n $azstate ]] && bash scripts/azurite.sh stop "$azstate"
    return $status
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
    export DSSTUDIO_TEMPORARY_KEYRING=1   # the studio shows what that means while it runs
    export -f launch
    export build
    tests/support/with-keyring.sh bash -c launch
fi
