# part export: the record export's raw CSV (jobs written by export_job_file: the shift report's 24 tags of the demo
# plant, shape raw, CSV only) over 7 days (1 with --quick), side by side in one run with
#   - the floor over the same tags and period (FloorBenchmark, warm median of its passes),
#   - the product in a warm JVM (WarmJobBenchmark --job raw-export: run 1 cold, runs 2..N with --reissue; the
#     warm figure is the median of runs 2..N by the job's own "values read in S s", which spans the whole job:
#     reading, staging and writing the CSV),
#   - the peer: bench/peers/pandas_export.py (requests + pandas, DataFrame.to_csv), once per archive, --workers =
#     the grid size; its figure is the sum of the script's own seconds (interpreter start and imports excluded).
# Targets: product ≥ 0.7 × floor (warm) and ≥ 4 × peer.
# part export_memory (by name only): bench/export-memory — 1 M and 50 M raw values under -Xmx512m (live heap within
# 1.2 ×) and XLSX rows/s; many minutes, not in `all`.

BENCH_EXPORT_PEER=${BENCH_EXPORT_PEER:-$REPO/bench/peers/pandas_export.py}

export_days() { if [[ -n "$BENCH_QUICK" ]]; then echo 1; else echo 7; fi; }

# export_job_file JOBS_DIR: writes raw-export.yaml, the raw CSV export of the shift report job's 24 tags.
export_job_file() {
    local file="$1/raw-export.yaml" tag
    {
        echo "# written by bench/run export: the raw CSV of the shift report's tags (bench/parts/export.sh)"
        echo "kind: record-export"
        echo "description: Bench — raw CSV of the 24 tags of the demo plant"
        echo "source: embedded"
        echo "site: demo"
        echo "lines: [L1, L2]"
        echo "tags:"
        for tag in $BENCH_TAG_NAMES Vibration AmbientHumidity; do echo "  - {tag: \"{line}.$tag\"}"; done
        echo "export: {shape: raw, formats: [csv]}"
        echo "partitioning: {gridSize: $BENCH_GRID, tagsPerGroup: 4, slice: PT8H, maxPartitions: 256, pagesPerChunk: 10}"
    } >"$file"
}

# export_peer NAME ARCHIVE TAGS: the peer once; appends "values seconds" to $EXPORT_PEER_SUMS.
export_peer() {
    local name=$1 archive=$2 tags=$3 json
    local args=(--base-url "$SIM_URL" --user demo --password demo --archive "$archive" --tags "$tags"
        --from "$FROM" --to "$TO" --tz "$BENCH_SITE_ZONE" --out "$RUN_DIR/$name.csv" --max-values "$BENCH_PAGE_SIZE"
        --workers "$BENCH_GRID")
    bench_cmd "$BENCH_PYTHON $BENCH_EXPORT_PEER ${args[*]}"
    json=$("$BENCH_PYTHON" "$BENCH_EXPORT_PEER" "${args[@]}" 2>>"$RUN_DIR/$name.log" | tail -1)
    echo "$name $json" >>"$RUN_DIR/$name.log"
    [[ "$json" == \{* ]] || die "export peer failed: $(tail -3 "$RUN_DIR/$name.log")"
    EXPORT_PEER_SUMS+=" $(json_field "$json" values) $(json_field "$json" seconds)"
    EXPORT_PEER_FETCH+=" $(json_field "$json" fetch_s)"
}

part_export() {
    peer_requirements
    bench_sim_ensure
    local days FROM TO floor key="export_$(export_days)d"
    days=$(export_days)
    bench_period "$days"
    floor_run "${key}_floor" "$days" demo
    floor=$(json_field "$FLOOR_JSON" warm_values_per_s)
    bench_record "${key}_floor" "floor for the export: JDK HttpClient + Jackson streaming, $days d, 24 tags, concurrency $BENCH_GRID, warm median" \
        "$floor" values/s "$(json_field "$FLOOR_JSON" values) values; cold first pass $(json_field "$FLOOR_JSON" cold_values_per_s) values/s" \
        "bench/run export → FloorBenchmark --tags <job tags, demo plant> --from $FROM --to $TO --page-size $BENCH_PAGE_SIZE --concurrency $BENCH_GRID"

    WARM_JOB=raw-export WARM_JOB_FILE=export_job_file warm_run "$key" "$days"
    local warm cold runs values
    warm=$(warm_field warm_values_per_s); cold=$(warm_field cold_values_per_s); runs=$(warm_field runs); values=$(warm_field values)

    EXPORT_PEER_SUMS="" EXPORT_PEER_FETCH=""
    local started wall pvalues pseconds peer
    started=$(date +%s.%N)
    export_peer "${key}_peer_pv" PVArchive "$(bench_pv_tags demo all)"
    export_peer "${key}_peer_pv10s" PVArchive10s "L1.Vibration,L2.Vibration"
    export_peer "${key}_peer_pv1min" PVArchive1min "L1.AmbientHumidity,L2.AmbientHumidity"
    wall=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e - s}')
    read -r pvalues pseconds < <(awk '{ for (i = 1; i <= NF; i += 2) { v += $i; s += $(i + 1) } } END { printf "%d %.3f\n", v, s }' <<<"$EXPORT_PEER_SUMS")
    peer=$(awk -v v="$pvalues" -v s="$pseconds" 'BEGIN{printf "%.0f", v / s}')
    local fetch; fetch=$(awk '{ for (i = 1; i <= NF; i++) f += $i } END { printf "%.1f", f }' <<<"$EXPORT_PEER_FETCH")

    bench_record "$key" "record export, raw CSV, $days d × 24 tags, warm JVM (runs 2..$runs median), grid $BENCH_GRID (whole job)" \
        "$warm" values/s \
        "$(bench_ratio "$warm" "$floor" "floor" ">=" 0.7); $(bench_ratio "$warm" "$peer" "peer" ">=" 4); $values values in $(warm_field warm_seconds) s (warm runs: $(warm_field warm_seconds_all) s); cold run 1: $cold values/s = $(bench_ratio "$cold" "$floor" "floor"); warm steps: $(warm_field warm_steps)" \
        "bench/run export → WarmJobBenchmark --job raw-export --from $FROM --to $TO --grid-size $BENCH_GRID --runs $runs (runs 2..N: run raw-export … --reissue, in the same JVM)"
    bench_record "${key}_peer" "peer: pandas export (requests + DataFrame.to_csv), $days d, 24 tags, --workers $BENCH_GRID" \
        "$peer" values/s \
        "$pvalues values (product: $values) in $pseconds s (script's own timing; $wall s with 3 interpreter starts); of it fetching $fetch s, formatting and to_csv the rest" \
        "bench/run export → $BENCH_PYTHON pandas_export.py --archive A --tags T --from $FROM --to $TO --workers $BENCH_GRID --max-values $BENCH_PAGE_SIZE, once per archive"
}

part_export_memory() {
    local args=(--skip-build)
    [[ -z "$BENCH_QUICK" ]] || args+=(--quick)
    [[ -z "$BENCH_NO_RECORD" ]] || args+=(--no-record)
    bench_cmd "bench/export-memory ${args[*]}"
    "$BENCH_HOME/export-memory" "${args[@]}" | tee "$RUN_DIR/export-memory.log" >&2
    grep '^| ' "$RUN_DIR/export-memory.log" >>"$RUN_DIR/results-rows.md" || true
}
