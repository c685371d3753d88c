#!/usr/bin/env bash
# with-azurite.sh — run a command with a throwaway Azurite blob service on loopback, stopped
# afterwards whatever happens. Exports AZURITE_BLOB_ENDPOINT, AZURITE_ACCOUNT, AZURITE_KEY.
# usage: with-azurite.sh CMD [ARGS...]   (installs the pinned Azurite on first use: scripts/azurite.sh)
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 64; }
root=$(cd "$(dirname "$0")/../.." && pwd)
eval "$(bash "$root/scripts/azurite.sh" start)"
trap 'bash "$root/scripts/azurite.sh" stop "$AZURITE_STATE_DIR"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
status=0
"$@" || status=$?
exit "$status"
