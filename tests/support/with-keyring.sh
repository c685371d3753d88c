#!/usr/bin/env bash
# with-keyring.sh — run a command inside a private D-Bus session bus with a throwaway
# gnome-keyring Secret Service. Headless, works as root; everything is torn down afterwards.
#
# usage:  with-keyring.sh CMD [ARGS...]
# env:    KEYRING_MODE=unlocked (default)  an unlocked "login" keyring (the default collection)
#         KEYRING_MODE=locked              the same keyring, locked again before CMD runs
#         KEYRING_MODE=none                a session bus with NO Secret Service on it
# The bus has no service activation, so nothing (a prompter, a second daemon) is ever
# auto-started, and the daemon keeps its files in a private temp dir, not in the tested
# command's XDG directories. Exit status: the command's; 70/71 if the keyring failed; 64 usage.
# Needs (Debian): dbus-daemon, dbus-bin, gnome-keyring, libsecret-1-0.
set -euo pipefail

if [[ "${1:-}" != "--inner" ]]; then
    [[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 64; }
    state=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-keyring.XXXXXX")
    trap 'rm -rf "$state"' EXIT
    trap 'exit 143' TERM
    trap 'exit 130' INT
    mkdir -p "$state/data" "$state/run" "$state/bus"
    chmod 700 "$state" "$state/run" "$state/bus"
    cat > "$state/bus/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$state/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    rc=0
    KEYRING_STATE="$state" dbus-run-session --config-file="$state/bus/session.conf" -- "$0" --inner "$@" \
        2> >(grep -v --line-buffered 'Failed to set fd limit' >&2) || rc=$?
    exit $rc
fi
shift

mode=${KEYRING_MODE:-unlocked}
if [[ "$mode" == none ]]; then exec "$@"; fi

password=$(head -c 18 /dev/urandom | base64)
XDG_DATA_HOME="$KEYRING_STATE/data" XDG_RUNTIME_DIR="$KEYRING_STATE/run" \
    gnome-keyring-daemon --unlock --components=secrets < <(printf '%s' "$password") >/dev/null \
    || { echo "with-keyring: gnome-keyring-daemon --unlock failed" >&2; exit 70; }
unset password

bus_call() { dbus-send --session --print-reply "$@" 2>/dev/null; }
locked_state() {
    bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked
}
ready=0
for _ in $(seq 100); do
    if bus_call --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
           string:org.freedesktop.secrets | grep -q 'boolean true' && locked_state | grep -q 'boolean false'; then
        ready=1; break
    fi
    sleep 0.05
done
[[ $ready == 1 ]] || { echo "with-keyring: no unlocked default collection" >&2; exit 71; }

if [[ "$mode" == locked ]]; then
    bus_call --dest=org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
        array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
    locked_state | grep -q 'boolean true' || { echo "with-keyring: could not lock the keyring" >&2; exit 71; }
fi
exec "$@"
