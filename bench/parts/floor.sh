# part floor: the floor (FloorBenchmark) over the shift report job's tags of the demo plant, 1 and 7 days.

floor_days() { if [[ -n "$BENCH_QUICK" ]]; then echo 1; else echo "1 7"; fi; }
floor_passes() { if [[ -n "$BENCH_QUICK" ]]; then echo 2; else echo 4; fi; }

# floor_run KEY DAYS PLANT [extra FloorBenchmark options]: one floor measurement, figures KEY_cold/KEY_warm/KEY_values.
floor_run() {
    local key=$1 days=$2 plant=$3; shift 3
    local FROM TO log json
    bench_period "$days"
    log="$RUN_DIR/$key.log"
    local args=(--base-url "$SIM_URL" --tags "$(bench_job_tags "$plant")" --from "$FROM" --to "$TO" --slice PT8H
        --page-size "$BENCH_PAGE_SIZE" --concurrency "$BENCH_GRID" --passes "$(floor_passes)" --figure "$key" "$@")
    bench_cmd "java -cp <test classpath> com.winccreports.bench.FloorBenchmark ${args[*]}"
    bench_java com.winccreports.bench.FloorBenchmark "${args[@]}" | tee "$log" >&2
    json=$(bench_result_line "$log")
    printf '%s\t%s\t%s\n' "${key}_values" "$(json_field "$json" values)" values >>"$RUN_DIR/figures.tsv"
    printf '%s\t%s\t%s\n' "${key}_cold" "$(json_field "$json" cold_values_per_s)" values/s >>"$RUN_DIR/figures.tsv"
    printf '%s\t%s\t%s\n' "${key}_cpu_us" "$(awk -v c="$(json_field "$json" cold_cpu_seconds)" -v v="$(json_field "$json" values)" \
        'BEGIN{ if (c != "" && v > 0) printf "%.3f", c / v * 1e6 }')" "µs/value" >>"$RUN_DIR/figures.tsv"
    FLOOR_JSON=$json
}

part_floor() {
    bench_sim_ensure
    local days json ntags FROM TO
    ntags=$(bench_job_tags demo | tr ',' '\n' | wc -l)
    for days in $(floor_days); do
        floor_run "floor_${days}d" "$days" demo
        json=$FLOOR_JSON
        bench_period "$days"
        bench_record "floor_${days}d" "floor: JDK HttpClient + Jackson streaming, $days d, $ntags tags, concurrency $BENCH_GRID, warm median" \
            "$(json_field "$json" warm_values_per_s)" values/s \
            "cold first pass $(json_field "$json" cold_values_per_s) values/s; $(json_field "$json" values) values, $(json_field "$json" requests) requests" \
            "bench/run floor → FloorBenchmark --tags <job tags, demo plant> --from $FROM --to $TO --page-size $BENCH_PAGE_SIZE --concurrency $BENCH_GRID"
    done
}
