package com.winccreports.simulator.plant;

import java.util.List;

/** A process-value archive of the plant and the tags it logs (all lines, in plant-file order). */
public record ArchiveInfo(String name, int cycleSeconds, List<TagRef> tags) {

    public ArchiveInfo {
        tags = List.copyOf(tags);
    }
}
