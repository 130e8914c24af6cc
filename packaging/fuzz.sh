#!/usr/bin/env bash
# Builds the libFuzzer targets of the importers (tests/fuzz) with clang, the address and undefined-behaviour
# sanitizers, in build-fuzz/ beside build/, and runs each for FUZZ_SECONDS (60) on a copy of its checked-in
# corpus. Fails on any finding: the input that caused it is left in build-fuzz/findings/ and named below.
# Usage: ./packaging/fuzz.sh [TARGET…]   (jsonimport_fuzz, csvimport_fuzz; all when none is named)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages

fuzz_dir=${LOFTESKOLLEN_FUZZ_BUILD_DIR:-$repo/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(jsonimport_fuzz csvimport_fuzz)

# Only core and the targets are built (the top CMakeLists.txt leaves out the window and the tests then);
# -O1 is libFuzzer's advice, quick to compile and still fast to run.
cmake -S "$repo" -B "$fuzz_dir" -DLOFTESKOLLEN_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$fuzz_dir" --parallel "$(nproc)" --target "${targets[@]}"

# Leaks are checked, in our code and Qt's alike: what Qt keeps for the whole run (the application, the SQLite
# driver plugin) stays reachable and is not reported. The file's temporary folder is removed at the end.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
# The whole log of each run stays in build-fuzz/; the figures and any finding are printed here.
failed=0
for target in "${targets[@]}"; do
    kind=${target%import_fuzz}
    corpus="$fuzz_dir/corpus/$kind"
    findings="$fuzz_dir/findings/$target"
    log="$fuzz_dir/$target.log"
    # The checked-in seeds stay as they are; what libFuzzer adds goes into the copy.
    rm -rf "$corpus" "$findings"
    mkdir -p "$corpus" "$findings"
    cp "$repo/tests/fuzz/corpus/$kind/"* "$corpus/"
    echo "== $target: ${seconds} s, $(ls "$corpus" | wc -l) seed(s)"
    if "$fuzz_dir/bin/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
        -dict="$repo/tests/fuzz/$kind.dict" -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1; then
        grep -E '^Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
        echo "   corpus now $(ls "$corpus" | wc -l) inputs; no finding"
    else
        failed=1
        echo "   FINDING in $target (log: $log):" >&2
        grep -E 'FINDING|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' "$log" >&2 || true
        ls "$findings"/* >&2 2>/dev/null || true
    fi
done
exit $failed
