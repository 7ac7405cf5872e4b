# parts aggregation and wincc_client: the component benchmarks other engineers wrote (bench/aggregation,
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
