package com.winccreports.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --name value} arguments of a benchmark main. Every benchmark names its options in its
 * Javadoc; an unknown or missing option fails with a message naming it.
 */
record BenchOptions(Map<String, String> values) {

    static BenchOptions parse(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            map.put(args[i].substring(2), args[++i]);
        }
        return new BenchOptions(Map.copyOf(map));
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    Instant instant(String name) {
        return Instant.parse(text(name));
    }

    Duration duration(String name, Duration fallback) {
        return values.containsKey(name) ? Duration.parse(values.get(name)) : fallback;
    }

    /** {@code --tags PVArchive/L1.Temperature,PVArchive10s/L1.Vibration}: archive and tag pairs. */
    List<ArchiveTag> tags() {
        List<ArchiveTag> tags = new ArrayList<>();
        for (String item : text("tags").split(",")) {
            int slash = item.indexOf('/');
            if (slash <= 0) {
                throw new IllegalArgumentException("--tags expects archive/tag items, got '" + item + "'");
            }
            tags.add(new ArchiveTag(item.substring(0, slash).strip(), item.substring(slash + 1).strip()));
        }
        return tags;
    }

    /** One archive variable. */
    record ArchiveTag(String archive, String tag) {
    }
}
