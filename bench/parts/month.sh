# part month: the scale check — a month (31 production days) of 1-second data for the bench plant's
# 50 PVArchive tags (5 lines; 60 tags read in all) through the shift report, target < 3 min, beside one
# floor pass over the same pages.

part_month() {
    local days=31 FROM TO rate floor_rate
    [[ -n "$BENCH_QUICK" ]] && days=2
    bench_sim_ensure --plant "$REPO/jobs/plants/bench-plant.yaml"
    bench_period "$days"
    floor_run "month_floor" "$days" bench --passes 1
    floor_rate=$(json_field "$FLOOR_JSON" cold_values_per_s)
    bench_record "month_floor" "floor, $days d × bench plant (60 tags), one pass" "$floor_rate" values/s \
        "$(json_field "$FLOOR_JSON" values) values in $(json_field "$FLOOR_JSON" cold_seconds) s" \
        "bench/run month → FloorBenchmark --tags <job tags, bench plant> --from $FROM --to $TO --passes 1 --concurrency $BENCH_GRID"
    bench_job_home "month" bench "$BENCH_GRID"
    bench_job_run "month" "$BENCH_GRID" "$FROM" "$TO"
    rate=$(awk -v v="$JOB_VALUES" -v s="$JOB_SECONDS" 'BEGIN{printf "%.0f", v / s}')
    bench_record "month" "scale check: job, $days d × 50 tags (bench plant), grid $BENCH_GRID, -Xmx512m" "$JOB_SECONDS" s \
        "target < 180 s: $(awk -v s="$JOB_SECONDS" 'BEGIN{ print (s < 180 ? "met" : sprintf("MISSED by %.0f s", s - 180)) }'); $rate values/s = $(bench_ratio "$rate" "$floor_rate" "floor"); $JOB_VALUES values (process $JOB_WALL s, cpu $JOB_CPU s, RSS $JOB_RSS_MB MB, max heap after GC ${JOB_HEAP_AFTER_GC_MB} MB); steps: $JOB_STEPS" \
        "bench/run month → java $BENCH_JOB_JVM -jar target/wincc-reports.jar run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID (site bench)"
}
