# part latency: latency hiding — one day, the simulator answering every request after 20 ms, the job at
# grid size 1, 2, 4, 8 (max-concurrent-requests = grid), and the floor at the same concurrencies.

part_latency() {
    local grid FROM TO rate read_s read_rate base="" base_read="" floor_base="" json fr
    LATENCY_WARM_BASE=""; LATENCY_WARM_BASE_READ=""
    bench_sim_ensure --latency-ms 20
    bench_period 1
    for grid in 1 2 4 8; do
        BENCH_GRID=$grid floor_run "latency_floor_g$grid" 1 demo --passes 1 --concurrency "$grid"
        fr=$(json_field "$FLOOR_JSON" cold_values_per_s)
        [[ -n "$floor_base" ]] || floor_base=$fr
        bench_record "latency_floor_g$grid" "latency 20 ms: floor, 1 d, concurrency $grid" "$fr" values/s \
            "$(bench_ratio "$fr" "$floor_base" "concurrency 1")" \
            "bench/run latency → simulator --latency-ms 20; FloorBenchmark --concurrency $grid --passes 1 --from $FROM --to $TO"
        bench_job_home "latency_g$grid" demo "$grid"
        bench_job_run "latency_g$grid" "$grid" "$FROM" "$TO"
        rate=$(awk -v v="$JOB_VALUES" -v s="$JOB_SECONDS" 'BEGIN{printf "%.0f", v / s}')
        read_s=$(job_step_seconds readArchives)
        read_rate=$(awk -v v="$JOB_VALUES" -v s="$read_s" 'BEGIN{ if (s > 0) printf "%.0f", v / s }')
        [[ -n "$base" ]] || { base=$rate; base_read=$read_rate; }
        local target=()
        [[ $grid -eq 4 ]] && target=(">=" 3)
        bench_record "latency_g$grid" "latency 20 ms: job, 1 d, grid $grid (whole job)" "$rate" values/s \
            "$(bench_ratio "$rate" "$base" "grid 1" "${target[@]}"); read step $read_rate values/s = $(bench_ratio "$read_rate" "$base_read" "grid 1" "${target[@]}"); $JOB_SECONDS s; steps: $JOB_STEPS" \
            "bench/run latency → simulator --latency-ms 20; java $BENCH_JOB_JVM -jar target/wincc-reports.jar run shift-report --from $FROM --to $TO --grid-size $grid"
        if [[ $grid -eq 1 || $grid -eq 4 ]]; then
            latency_warm "$grid"
        fi
    done
}

# latency_warm GRID: the same day in a warm JVM (part warm's WarmJobBenchmark, runs 2..N), grid 1 and 4 — the
# nightly service's situation, where JIT and class loading no longer weigh on the fixed steps.
latency_warm() {
    local grid=$1 key="latency_warm_g$1" rate read
    BENCH_GRID=$grid warm_run "$key" 1
    bench_period 1
    rate=$(warm_field warm_values_per_s); read=$(warm_field warm_read_values_per_s)
    [[ -n "$LATENCY_WARM_BASE" ]] || { LATENCY_WARM_BASE=$rate; LATENCY_WARM_BASE_READ=$read; }
    local target=()
    [[ $grid -eq 4 ]] && target=(">=" 3)
    bench_record "$key" "latency 20 ms: job in a warm JVM (runs 2..$(warm_field runs) median), 1 d, grid $grid (whole job)" \
        "$rate" values/s \
        "$(bench_ratio "$rate" "$LATENCY_WARM_BASE" "grid 1 (warm)" "${target[@]}"); read step $read values/s = $(bench_ratio "$read" "$LATENCY_WARM_BASE_READ" "grid 1 (warm)" "${target[@]}"); $(warm_field warm_seconds) s; warm steps: $(warm_field warm_steps)" \
        "bench/run latency → simulator --latency-ms 20; WarmJobBenchmark --from $FROM --to $TO --grid-size $grid --runs $(warm_field runs)"
}
