#!/usr/bin/env bash
# fuzz.sh — build the libFuzzer targets (clang, ASan + UBSan) and run them.
# usage: bash scripts/fuzz.sh [TARGET|all] [SECONDS]          (default: all, 30 s each)
#        bash scripts/fuzz.sh --runs N [TARGET|all]           (N executions each: the benchmark)
# Each target first replays its seed corpus (tests/fuzz/corpus/TARGET/, a regression run),
# then fuzzes from a copy of it for SECONDS. Any finding fails the run: the input is saved as
# build-fuzz/findings/TARGET/crash-* and its report printed; add it to the corpus (and make it
# a unit test) once fixed. The executions per target are printed at the end.
# env: BUILD_DIR (default: build-fuzz)  JOBS (targets at once; default: the number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-fuzz}
runs=
if [[ ${1:-} == --runs ]]; then runs=$2; shift 2; fi
target=${1:-all}
seconds=${2:-30}

bash scripts/install-deps.sh --build --fuzz
if [[ ! -f $build/CMakeCache.txt ]]; then
    CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTUDIO_FUZZ=ON -DSTUDIO_WERROR=ON >/dev/null
fi
cmake --build "$build"

mapfile -t all < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
if [[ $target == all ]]; then targets=("${all[@]}"); else targets=("$target"); fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
jobs=${JOBS:-$(nproc)}
out=$build/findings
rm -rf "$out"; mkdir -p "$out"

run_one() {
    local t=$1 seeds=tests/fuzz/corpus/$1 work=$out/$1
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "$seeds"/* "$work/corpus/"
    local bin=$build/tests/fuzz/$t common=(-rss_limit_mb=2048 -timeout=10 -max_len=65536 -artifact_prefix="$work/artifacts/" -print_final_stats=1)
    if ! "$bin" "${common[@]}" -runs=0 "$seeds" >"$work/regression.log" 2>&1; then
        echo "fuzz.sh: $t: the seed corpus fails (regression):" >&2; tail -40 "$work/regression.log" >&2; return 1
    fi
    local limit=(-max_total_time="$seconds")
    [[ -n $runs ]] && limit=(-runs="$runs")
    if ! "$bin" "${common[@]}" "${limit[@]}" "$work/corpus" >"$work/fuzz.log" 2>&1; then
        echo "fuzz.sh: $t: FINDING:" >&2; grep -E "property failed|ERROR:|SUMMARY|#0 |#1 |#2 |#3 " "$work/fuzz.log" | head -30 >&2
        ls "$work/artifacts" >&2; return 1
    fi
}

failed=0
pids=()
for t in "${targets[@]}"; do
    [[ -f tests/fuzz/$t.cpp ]] || { echo "fuzz.sh: no target $t (targets: ${all[*]})" >&2; exit 64; }
    run_one "$t" & pids+=($!)
    if (( ${#pids[@]} >= jobs )); then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done

printf '%-26s %14s %10s %s\n' target executions exec/s result
for t in "${targets[@]}"; do
    log=$out/$t/fuzz.log
    n=$(grep 'stat::number_of_executed_units:' "$log" 2>/dev/null | awk '{print $2}' | tail -1)
    s=$(grep 'stat::average_exec_per_sec:' "$log" 2>/dev/null | awk '{print $2}' | tail -1)
    r=ok; [[ -n $(ls -A "$out/$t/artifacts" 2>/dev/null) ]] && r=FINDING
    printf '%-26s %14s %10s %s\n' "$t" "${n:-?}" "${s:-?}" "$r"
done
exit $failed
