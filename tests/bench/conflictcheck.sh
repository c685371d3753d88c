#!/usr/bin/env bash
# conflictcheck.sh — what "nothing overwritten unasked" costs: dsstudio put --recursive of
# N small files into a fresh folder of a throwaway Azurite, by default (one HEAD per file to
# see whether it exists) and with --overwrite (no check), best of R runs each. On demand only.
# usage: bash tests/bench/conflictcheck.sh      env: FILES (300) REPS (3) BUILD_DIR (build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
files=${FILES:-300} reps=${REPS:-3}
cmake --build "$build" --target dsstudio >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/dsstudio-conflict.XXXXXX")
eval "$(bash scripts/azurite.sh start --location "$work/azurite")"
trap 'bash scripts/azurite.sh stop "$AZURITE_STATE_DIR"; rm -rf "$work"' EXIT
mkdir -p "$work/up"
for i in $(seq 1 "$files"); do printf 'file %s\n' "$i" > "$work/up/f$i.txt"; done
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
run() {
    tests/support/with-keyring.sh bash -c '
        set -e; ds=$1; shift
        printf "%s\n" "$AZURITE_KEY" | "$ds" datastore register --name lake --type azure_blob --auth account_key \
            --account-name "$AZURITE_ACCOUNT" --container-name bench --endpoint "$AZURITE_BLOB_ENDPOINT" \
            --secret-stdin --create-if-not-exists --overwrite >/dev/null
        for mode in check overwrite; do
            best=""
            for r in $(seq 1 "$REPS"); do
                flag=(); [[ $mode == overwrite ]] && flag=(--overwrite)
                s=$(date +%s.%N)
                "$ds" put "$UP" "lake/$mode-$r" --recursive "${flag[@]}" >/dev/null
                t=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$s" "$(date +%s.%N)")
                best=$(python3 -c "import sys; a=[float(x) for x in sys.argv[1:] if x]; print(min(a))" "$t" "$best")
            done
            python3 -c "import sys; print(f\"{sys.argv[1]:>10}: {float(sys.argv[2]):.2f} s for {sys.argv[3]} files ({int(sys.argv[3])/float(sys.argv[2]):.0f} files/s)\")" "$mode" "$best" "$FILES"
        done' _ "$(pwd)/$build/app/dsstudio"
}
export AZURITE_KEY AZURITE_ACCOUNT AZURITE_BLOB_ENDPOINT UP=$work/up FILES=$files REPS=$reps
run
