# parts aggregation, wincc_client, shift_report_grid and torture: the component benchmarks other engineers wrote (bench/aggregation,
# bench/wincc-client), run from here so that one command runs everything; not in `all` (they print their
# own rows for results.md, kept in the run folder).

part_aggregation() {
    bench_cmd "bench/aggregation"
    "$BENCH_HOME/aggregation" | tee "$RUN_DIR/aggregation.log" >&2
}

part_wincc_client() {
    bench_cmd "bench/wincc-client"
    "$BENCH_HOME/wincc-client" | tee "$RUN_DIR/wincc-client.log" >&2
}

# The job against a 20 ms WinCC with pages of 1,000 values, grid 1 vs 4 (bench/shift-report-grid, from
# the job engineer): more requests per value than the latency part's 10 k pages, so more latency to hide.
part_shift_report_grid() {
    bench_cmd "bench/shift-report-grid 20"
    "$BENCH_HOME/shift-report-grid" 20 | tee "$RUN_DIR/shift-report-grid.log" >&2
}

# kill -9 at random moments, restart, identical results (bench/torture, from the job engineer; slow).
part_torture() {
    bench_cmd "bench/torture 5 3"
    "$BENCH_HOME/torture" 5 3 | tee "$RUN_DIR/torture.log" >&2
}
