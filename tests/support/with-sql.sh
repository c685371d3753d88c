#!/usr/bin/env bash
# with-sql.sh — run a command with a throwaway PostgreSQL 15 and a throwaway MariaDB on loopback,
# both stopped afterwards whatever happens. Exports PG_* and MARIADB_* (scripts/sqlservers.sh).
# usage: with-sql.sh CMD [ARGS...]
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 64; }
root=$(cd "$(dirname "$0")/../.." && pwd)
PG_STATE_DIR='' MARIADB_STATE_DIR=''
cleanup() {
    [[ -n "$PG_STATE_DIR" ]] && bash "$root/scripts/sqlservers.sh" stop "$PG_STATE_DIR"
    [[ -n "$MARIADB_STATE_DIR" ]] && bash "$root/scripts/sqlservers.sh" stop "$MARIADB_STATE_DIR"
    return 0
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
eval "$(bash "$root/scripts/sqlservers.sh" start postgres)"
eval "$(bash "$root/scripts/sqlservers.sh" start mariadb)"
status=0
"$@" || status=$?
exit "$status"
