# part peer: the pandas script a plant engineer would write (bench/peers/pandas_shift_report.py,
# or $BENCH_PEER_SCRIPT) over the job's tags and period, --workers = the product's grid size, no --raw,
# at 1 and 7 days. One invocation per archive; the tags logged on change get --lookback (7 days) so the
# value in force at the period start counts, the cyclic ones need none. Its figure is the sum of the
# script's own "seconds" (interpreter start and imports excluded: in the peer's favour).

BENCH_PEER_SCRIPT=${BENCH_PEER_SCRIPT:-$REPO/bench/peers/pandas_shift_report.py}

peer_requirements() {
    if "$BENCH_PYTHON" -c 'import pandas, requests, openpyxl' 2>/dev/null; then
        return
    fi
    log "installing Debian's python3-pandas python3-requests python3-openpyxl"
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            python3-pandas python3-requests python3-openpyxl >&2
    else
        die "the peer needs: sudo apt-get install -y python3-pandas python3-requests python3-openpyxl (Debian's /usr/bin/python3)"
    fi
}

# peer_invocation NAME ARCHIVE TAGS LOOKBACK: runs the script once, appends "values seconds" to $PEER_SUMS.
peer_invocation() {
    local name=$1 archive=$2 tags=$3 lookback=$4 out json
    out="$RUN_DIR/$name.xlsx"
    local args=(--base-url "$SIM_URL" --user demo --password demo --archive "$archive" --tags "$tags"
        --from "$FROM" --to "$TO" --tz "$BENCH_SITE_ZONE" --out "$out" --max-values "$BENCH_PAGE_SIZE"
        --workers "$BENCH_GRID" --lookback "$lookback" --verbose)
    bench_cmd "$BENCH_PYTHON $BENCH_PEER_SCRIPT ${args[*]}"
    json=$("$BENCH_PYTHON" "$BENCH_PEER_SCRIPT" "${args[@]}" 2>>"$RUN_DIR/$name.log" | tail -1)
    echo "$name $json" >>"$RUN_DIR/$name.log"
    [[ "$json" == \{* ]] || die "peer failed: $(tail -3 "$RUN_DIR/$name.log")"
    PEER_SUMS+=" $(json_field "$json" values) $(json_field "$json" seconds)"
}

part_peer() {
    peer_requirements
    bench_sim_ensure
    local days FROM TO sums values seconds rate started wall
    for days in $(floor_days); do
        bench_period "$days"
        PEER_SUMS=""
        started=$(date +%s.%N)
        peer_invocation "peer_${days}d_pv_cyclic" PVArchive "$(bench_pv_tags demo cyclic)" 0
        peer_invocation "peer_${days}d_pv_onchange" PVArchive "$(bench_pv_tags demo onchange)" 604800
        peer_invocation "peer_${days}d_pv10s" PVArchive10s "L1.Vibration,L2.Vibration" 0
        peer_invocation "peer_${days}d_pv1min" PVArchive1min "L1.AmbientHumidity,L2.AmbientHumidity" 0
        wall=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e - s}')
        read -r values seconds < <(awk '{ for (i = 1; i <= NF; i += 2) { v += $i; s += $(i + 1) } } END { printf "%d %.3f\n", v, s }' <<<"$PEER_SUMS")
        rate=$(awk -v v="$values" -v s="$seconds" 'BEGIN{printf "%.0f", v / s}')
        printf '%s\t%s\t%s\n' "peer_${days}d_values" "$values" values >>"$RUN_DIR/figures.tsv"
        local product; product=$(bench_figure "product_${days}d")
        bench_record "peer_${days}d" "peer: pandas script, $days d, 24 tags, --workers $BENCH_GRID, no --raw" "$rate" values/s \
            "job/peer = $(bench_ratio "$product" "$rate" "peer" ">=" 4); $values values in $seconds s (script's own timing; $wall s with 4 interpreter starts)" \
            "bench/run peer → $BENCH_PYTHON pandas_shift_report.py --archive A --tags T --from $FROM --to $TO --workers $BENCH_GRID --max-values $BENCH_PAGE_SIZE [--lookback 604800 for on-change tags], once per archive"
        local dist_wall; dist_wall=$(bench_figure "product_dist_${days}d_wall")
        if [[ -n "$dist_wall" ]]; then   # both fresh, both with their process starts (bench/parts/product.sh)
            bench_record "product_dist_${days}d_vs_peer" "fresh CLI run (bin/wincc-reports, class-data archive) vs peer's fresh run, $days d, both with process start" \
                "$(awk -v p="$wall" -v j="$dist_wall" 'BEGIN{printf "%.2f", p / j}')" "× peer" \
                "peer $wall s (4 interpreter starts) / product $dist_wall s (one JVM) = $(bench_ratio "$wall" "$dist_wall" "peer" ">=" 1)" \
                "bench/run product peer (figures product_dist_${days}d_wall and the peer's wall time of this run)"
        fi
        if declare -F warm_peer_rows >/dev/null; then warm_peer_rows "$days"; fi   # the warm job vs the peer (bench/parts/warm.sh)
        if declare -F service_peer_rows >/dev/null; then service_peer_rows "$days"; fi
    done
}
