# part client: the product's WinCC client alone (ClientBenchmark) over the floor's plan, 1 and 7 days.

part_client() {
    bench_sim_ensure
    local days log json FROM TO warm floor
    for days in $(floor_days); do
        bench_period "$days"
        log="$RUN_DIR/client_${days}d.log"
        local args=(--base-url "$SIM_URL" --tags "$(bench_job_tags demo)" --from "$FROM" --to "$TO" --slice PT8H
            --page-size "$BENCH_PAGE_SIZE" --concurrency "$BENCH_GRID" --passes "$(floor_passes)"
            --max-requests-per-second 1000 --figure "client_${days}d")
        bench_cmd "java -cp <test classpath> com.winccreports.bench.ClientBenchmark ${args[*]}"
        bench_java com.winccreports.bench.ClientBenchmark "${args[@]}" | tee "$log" >&2
        json=$(bench_result_line "$log")
        warm=$(json_field "$json" warm_values_per_s)
        floor=$(bench_figure "floor_${days}d")
        bench_record "client_${days}d" "client alone (com.winccreports.wincc), $days d, concurrency $BENCH_GRID, warm median" \
            "$warm" values/s "$(bench_ratio "$warm" "$floor" "floor $days d"); cold first pass $(json_field "$json" cold_values_per_s) values/s" \
            "bench/run client → ClientBenchmark --tags <job tags, demo plant> --from $FROM --to $TO --page-size $BENCH_PAGE_SIZE --concurrency $BENCH_GRID --max-requests-per-second 1000"
    done
}
