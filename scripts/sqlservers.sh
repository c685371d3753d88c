#!/usr/bin/env bash
# sqlservers.sh start postgres|mariadb | stop DIR — a throwaway PostgreSQL 15 or MariaDB server
# on 127.0.0.1 (a free port), everything in one state directory under /tmp, for the tests.
#   eval "$(scripts/sqlservers.sh start postgres)"   exports PG_HOST PG_PORT PG_USER PG_PASSWORD PG_DATABASE PG_STATE_DIR
#   eval "$(scripts/sqlservers.sh start mariadb)"    exports MARIADB_HOST MARIADB_PORT MARIADB_USER MARIADB_PASSWORD
#                                                            MARIADB_DATABASE MARIADB_STATE_DIR
#   scripts/sqlservers.sh stop "$PG_STATE_DIR"       (or the MariaDB one) stops it and removes the directory
# The system clusters and /etc configuration are not used. As root the servers run as the
# OS users postgres / mysql (neither runs as root); the state directory is theirs.
# The app user has a random password and reaches the server over TCP only.
set -euo pipefail
say() { echo "sqlservers.sh: $*" >&2; }
cmd=${1:-}; shift || true

free_port() {
    local p
    for _ in $(seq 200); do
        p=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 30000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
    done
    return 1
}
password() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
as_user() { local u=$1; shift; if [[ $EUID -eq 0 ]]; then runuser -u "$u" -- "$@"; else "$@"; fi; }

start_postgres() {
    local bin=/usr/lib/postgresql/15/bin dir pw port
    dir=$(mktemp -d /tmp/dsstudio-pg.XXXXXX)
    [[ $EUID -eq 0 ]] && chown postgres: "$dir"
    chmod 700 "$dir"
    pw=$(password)
    ( umask 077; printf '%s\n' "$pw" > "$dir/pwfile" )
    [[ $EUID -eq 0 ]] && chown postgres "$dir/pwfile"
    as_user postgres "$bin/initdb" -D "$dir/data" -U dsstudio --pwfile="$dir/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { say "initdb failed:"; cat "$dir/initdb.log" >&2; exit 71; }
    rm -f "$dir/pwfile"
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        if as_user postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -s \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start </dev/null >&2; then
            as_user postgres "$bin/createdb" -h "$dir" -p "$port" -U dsstudio dsstudio_test
            cat <<ENV
export PG_STATE_DIR=$dir
export PG_HOST=127.0.0.1
export PG_PORT=$port
export PG_USER=dsstudio
export PG_PASSWORD=$pw
export PG_DATABASE=dsstudio_test
export PG_SOCKET_DIR=$dir
ENV
            return 0
        fi
        say "PostgreSQL did not start on port $port; trying another"
    done
    tail -20 "$dir/server.log" >&2 || true
    exit 72
}

start_mariadb() {
    local dir pw port sock pid user_opt=()
    dir=$(mktemp -d /tmp/dsstudio-mariadb.XXXXXX)
    if [[ $EUID -eq 0 ]]; then user_opt=(--user=mysql); chown mysql: "$dir"; fi
    chmod 700 "$dir"
    mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$dir/data" --auth-root-authentication-method=socket \
        --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 \
        || { say "mariadb-install-db failed:"; cat "$dir/install.log" >&2; exit 71; }
    pw=$(password)
    sock=$dir/mysqld.sock
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        rm -f "$dir/mysqld.pid"
        # Detached from this shell's output, or `eval "$(…)"` would wait for the server to end.
        mariadbd --no-defaults "${user_opt[@]}" --datadir="$dir/data" --socket="$sock" --pid-file="$dir/mysqld.pid" \
            --log-error="$dir/error.log" --port="$port" --bind-address=127.0.0.1 --skip-networking=0 --skip-name-resolve \
            --skip-log-bin --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
            --innodb-doublewrite=0 --character-set-server=utf8mb4 </dev/null >/dev/null 2>&1 &
        pid=$!
        for _ in $(seq 300); do
            kill -0 "$pid" 2>/dev/null || break
            if mariadb-admin --no-defaults --socket="$sock" -uroot --connect-timeout=1 ping >/dev/null 2>&1; then
                mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE dsstudio_test CHARACTER SET utf8mb4;
CREATE USER 'dsstudio'@'%' IDENTIFIED BY '$pw';
GRANT ALL PRIVILEGES ON dsstudio_test.* TO 'dsstudio'@'%';
SQL
                echo "$pid" > "$dir/server.pid"
                cat <<ENV
export MARIADB_STATE_DIR=$dir
export MARIADB_HOST=127.0.0.1
export MARIADB_PORT=$port
export MARIADB_USER=dsstudio
export MARIADB_PASSWORD=$pw
export MARIADB_DATABASE=dsstudio_test
export MARIADB_SOCKET=$sock
ENV
                return 0
            fi
            sleep 0.05
        done
        kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
        say "MariaDB did not start on port $port; trying another"
    done
    tail -20 "$dir/error.log" >&2 || true
    exit 72
}

stop() {
    local dir=${1:?state directory}
    [[ -d "$dir" ]] || return 0
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_user postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$dir/data" -m fast -w -s stop >/dev/null 2>&1 || true
    fi
    if [[ -f "$dir/server.pid" ]]; then
        local pid; pid=$(cat "$dir/server.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

case "$cmd" in
start)
    case "${1:-}" in
    postgres) start_postgres ;;
    mariadb) start_mariadb ;;
    *) say "usage: $0 start postgres|mariadb"; exit 64 ;;
    esac ;;
stop) stop "${1:-}" ;;
*) say "usage: $0 start postgres|mariadb | stop DIR"; exit 64 ;;
esac
