#!/usr/bin/env bash
# install-deps.sh — install the Debian 12 packages Datastore Studio needs to build, run and test.
# Idempotent: does nothing (and needs no root) when everything is already installed.
# usage: scripts/install-deps.sh [--build] [--test] [--run] [--fuzz] [--bench] [--bench-az] [--package]   (default: build, test, run)
#   --package: what scripts/package.sh builds and checks the .deb with
#   --fuzz: clang and its libFuzzer runtime (scripts/fuzz.sh)
#   --bench: what the benchmark measures with (GNU time); --bench-az: the `az storage blob list`
#   peer (Debian's azure-cli)
set -euo pipefail

build_pkgs=(cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libyaml-cpp-dev libqt6sql6-sqlite qt6-translations-l10n)
run_pkgs=(gnome-keyring dbus dbus-bin fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 python3
    libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc)
bench_pkgs=(time jq curl postgresql-client)
package_pkgs=(dpkg-dev file desktop-file-utils appstream lintian gzip)
fuzz_pkgs=(clang-14 libclang-rt-14-dev)
bench_az_pkgs=(azure-cli)
test_pkgs=(gnome-keyring libsecret-tools dbus dbus-bin sqlite3 xvfb xauth fonts-dejavu-core procps python3 curl
    libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc postgresql-15 mariadb-server mariadb-client tdsodbc)

want=()
[[ $# -eq 0 ]] && set -- --build --test --run
for arg in "$@"; do
    case "$arg" in
        --build) want+=("${build_pkgs[@]}") ;;
        --test)  want+=("${test_pkgs[@]}") ;;
        --run)   want+=("${run_pkgs[@]}") ;;
        --bench) want+=("${bench_pkgs[@]}") ;;
        --package) want+=("${package_pkgs[@]}") ;;
        --fuzz)  want+=("${fuzz_pkgs[@]}") ;;
        --bench-az) want+=("${bench_az_pkgs[@]}") ;;
        *) echo "install-deps: unknown option $arg" >&2; exit 64 ;;
    esac
done

missing=()
for p in $(printf '%s\n' "${want[@]}" | sort -u); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Azurite (tests and the demo) runs on node; a nodesource node brings its own npm, so only
# ask Debian for node and npm when there is no npm at all.
if [[ " $* " == *" --test "* || " $* " == *" --run "* ]] && ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "install-deps: missing packages (${missing[*]}); run as root or install sudo" >&2; exit 1
    fi
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
