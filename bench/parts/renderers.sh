# part renderers: Excel and PDF renderer throughput and heap (bench/renderers does the work and records).
part_renderers() {
    local args=(--skip-build)
    [[ -n "$BENCH_QUICK" ]] && args+=(--quick)
    [[ -n "$BENCH_NO_RECORD" ]] && args+=(--no-record)
    bench_cmd "bench/renderers ${args[*]}"
    "$REPO/bench/renderers" "${args[@]}" | tee -a "$RUN_DIR/results-rows.md" >&2
}
