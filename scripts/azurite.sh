#!/usr/bin/env bash
# azurite.sh install|start|stop — a throwaway Azurite blob service on loopback, for tests and the demo.
#   eval "$(scripts/azurite.sh start [--port N] [--in-memory | --location DIR])"   (DIR: kept after stop)   exports AZURITE_BLOB_ENDPOINT, AZURITE_PID,
#                                                     AZURITE_STATE_DIR, AZURITE_ACCOUNT, AZURITE_KEY
#   scripts/azurite.sh stop "$AZURITE_STATE_DIR"
# Installs the pinned azurite@3.35.0 (the newest whose engines accept node 20) into
# .cache/azurite with npm on first use. Always --disableTelemetry: without it Azurite phones
# home and never exits on SIGTERM once it has served a request.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
prefix=${AZURITE_PREFIX:-$here/.cache/azurite}
cmd=${1:-}; shift || true

install() {
    # Tests start Azurite in parallel (ctest -j): one install at a time, the others wait for it
    # and then find it made. The lock is held by a subshell only, never by Azurite itself.
    mkdir -p "$prefix"
    (
        flock 9
        # An install that does not run (cut short, or files lost from the cache) is made again.
        if [[ -x "$prefix/node_modules/.bin/azurite-blob" ]]; then
            timeout 60 "$prefix/node_modules/.bin/azurite-blob" --version >/dev/null 2>&1 && exit 0
            echo "azurite.sh: the Azurite in $prefix does not run; installing it again" >&2
            rm -rf "$prefix/node_modules" "$prefix/package-lock.json"
        fi
        [[ -f "$prefix/package.json" ]] || echo '{"name":"azurite-runner","private":true}' > "$prefix/package.json"
        cd "$prefix" && npm install --no-audit --no-fund --loglevel=error azurite@3.35.0 >&2
    ) 9>"$prefix/.install.lock"
}

case "$cmd" in
install) install ;;
start)
    port=0 storage=(--location)
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --port) port=$2; shift 2 ;;
            --in-memory) storage=(--inMemoryPersistence); shift ;;
            --location) storage=(--location "$2"); mkdir -p "$2"; shift 2 ;;
            *) echo "azurite.sh: unknown option $1" >&2; exit 64 ;;
        esac
    done
    install
    state=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-azurite.XXXXXX")
    [[ ${#storage[@]} -eq 1 && ${storage[0]} == --location ]] && storage+=("$state/data")
    if [[ $port == 0 ]]; then
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    fi
    "$prefix/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$port" "${storage[@]}" \
        --silent --skipApiVersionCheck --disableTelemetry </dev/null >"$state/azurite.log" 2>&1 &
    pid=$!
    echo "$pid" > "$state/pid"
    for _ in $(seq 200); do
        if grep -q 'successfully listens' "$state/azurite.log" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "export AZURITE_BLOB_ENDPOINT=http://127.0.0.1:$port/devstoreaccount1 AZURITE_PID=$pid AZURITE_STATE_DIR=$state"
            echo "export AZURITE_ACCOUNT=devstoreaccount1 AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='"
            exit 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    # Nothing is left behind: the process that did not come up, and its state directory.
    echo "azurite.sh: Azurite did not start:" >&2; cat "$state/azurite.log" >&2
    kill -9 "$pid" 2>/dev/null || true
    rm -rf "$state"
    exit 70 ;;
stop)
    state=${1:?usage: azurite.sh stop STATE_DIR}
    if [[ -f "$state/pid" ]]; then
        pid=$(cat "$state/pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$state" ;;
*) echo "usage: azurite.sh install | start [--port N] [--in-memory] | stop STATE_DIR" >&2; exit 64 ;;
esac
