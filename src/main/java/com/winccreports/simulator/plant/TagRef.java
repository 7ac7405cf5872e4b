package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.TagDefinition;

/**
 * One archived tag of the plant: {@code name} is {@code <line>.<tag>}, {@code archive} the archive
 * that logs it every {@code cycleSeconds} (or on change, see {@link TagKind#onChange()}).
 */
public record TagRef(String name, int line, String lineName, int tagIndex, TagKind kind, TagDefinition definition,
        String archive, int cycleSeconds) {

    public String unit() {
        return definition.unit() == null ? "" : definition.unit();
    }
}
