# part simulator: archive values the simulator serves per second (its own benchmark main, docs/simulator.md).

part_simulator() {
    local seconds=10 rounds=3 log json line value
    [[ -n "$BENCH_QUICK" ]] && { seconds=3; rounds=1; }
    log="$RUN_DIR/simulator-throughput.log"
    bench_cmd "java -cp <classpath> com.winccreports.simulator.bench.ArchiveThroughputBenchmark jobs/plants/bench-plant.yaml 4 $seconds $rounds"
    (cd "$REPO" && bench_java -Dsun.net.httpserver.nodelay=true -- com.winccreports.simulator.bench.ArchiveThroughputBenchmark \
        jobs/plants/bench-plant.yaml 4 "$seconds" "$rounds") | tee "$log" >&2
    line=$(grep '^RESULT' "$log" | tail -1)
    value=$(sed -E 's/.*: ([0-9.]+) M values\/s.*/\1/' <<<"$line")
    bench_record simulator "simulator: archive values served, 4 clients, pages of 1000, in-process" \
        "$(awk -v v="$value" 'BEGIN{printf "%.0f", v * 1e6}')" values/s "–" \
        "bench/run simulator → ArchiveThroughputBenchmark jobs/plants/bench-plant.yaml 4 $seconds $rounds"
}
