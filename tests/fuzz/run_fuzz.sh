#!/usr/bin/env bash
# Runs each libFuzzer binary for SECONDS on a working copy of its seed corpus and reports executions and
# crashes per target. A crash leaves its input in WORK/<target>/crashes/ and fails the run; copy it into
# corpus/<target>/ so that the normal build replays it as a regression test.
#   run_fuzz.sh SECONDS CORPUS_DIR WORK_DIR REPORT_FILE BINARY...
set -uo pipefail
seconds=$1 corpus=$2 work=$3 report=$4
shift 4
mkdir -p "$work"
printf '%-16s %12s %8s %8s\n' target executions "exec/s" crashes > "$report"
failed=0
for binary in "$@"; do
    name=$(basename "$binary"); target=${name#fuzz_}
    dir="$work/$target"; mkdir -p "$dir/corpus" "$dir/crashes"
    log="$dir/log.txt"
    "$binary" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2560 -timeout=20 -max_len=65536 \
        -artifact_prefix="$dir/crashes/" "$dir/corpus" "$corpus/$target" > "$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    crashes=$(find "$dir/crashes" -type f | wc -l)
    printf '%-16s %12s %8s %8s\n' "$target" "${execs:-0}" "${rate:-0}" "$crashes" | tee -a "$report"
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        echo "== $target failed (exit $rc); the last lines of $log:"
        tail -30 "$log"
    fi
done
cat "$report"
exit $failed
