# part renderers: placeholder for the renderer figures (Excel/PDF rows per second) — the reports engineer
# replaces this file with the real part; until then the job's "publish" step time in the product rows
# shows what rendering costs end to end.

part_renderers() {
    log "renderers: no renderer benchmark in this tree yet (see the publish step in the product rows)"
}
