# part compare: the peer's shift aggregates against the product's (its Excel "Statistics" sheets), per
# tag and shift, at 1 and 7 days (needs the parts product and peer of the same run).

part_compare() {
    local days home out verdict
    for days in $(floor_days); do
        home=$(bench_figure "product_${days}d_home")
        [[ -n "$home" && -n "$(ls "$RUN_DIR"/peer_"${days}"d_*.xlsx 2>/dev/null)" ]] \
            || { log "compare $days d: needs the parts product and peer in the same run — skipped"; continue; }
        out="$RUN_DIR/compare_${days}d.txt"
        bench_cmd "$BENCH_PYTHON bench/lib/compare_shifts.py --product $home/output --peer $RUN_DIR/peer_${days}d_*.xlsx"
        "$BENCH_PYTHON" "$BENCH_HOME/lib/compare_shifts.py" --product "$home/output" --peer "$RUN_DIR"/peer_"${days}"d_*.xlsx \
            | tee "$out" >&2 || true
        verdict=$(grep '^RESULT' "$out" | cut -d' ' -f2-)
        bench_record "compare_${days}d" "peer vs product shift aggregates, $days d: (tag, shift) rows agreeing" \
            "$(json_field "$verdict" agree)/$(json_field "$verdict" rows)" rows "$(json_field "$verdict" summary)" \
            "bench/run compare → bench/lib/compare_shifts.py --product <job output> --peer <peer xlsx>"
    done
}
