package com.winccreports.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The product's own settings ({@code wincc-reports.*}) in the home's {@code config/application.yaml}, checked
 * before anything starts: Spring binds only the names it knows and passes over every other one in silence, so
 * {@code source:} for {@code sources:} would run the reports against the embedded demo simulator, and
 * {@code passwrod-env:} would surface as a missing password. A name the product does not bind is refused with
 * the file, line and name, and the name meant where one is close (exit 4).
 *
 * <p>The names are listed in the resource {@value #SETTINGS} (a map's keys — source, user and job names — are
 * free); a test derives that list from the configuration records, which this package does not use. Spring's
 * relaxed forms are accepted ({@code passwordEnv}, {@code password_env}). Settings outside
 * {@code wincc-reports} (Spring's own, logging) are left to Spring.
 */
public final class ConfigurationKeys {

    /** The product's root name in the configuration. */
    static final String ROOT = "wincc-reports";

    /** The configuration files Spring reads from the home's {@code config/} folder. */
    static final List<String> FILES = List.of("application.yaml", "application.yml", "application.properties");

    /** Set by the launcher and the verbs; harmless when a plant sets them, so known. */
    private static final List<String> LAUNCHER_SETTINGS = List.of("home", "port", "log", "console-log", "jar");

    /** The product's settings, one a line (resource of this package). */
    static final String SETTINGS = "settings.txt";

    /** A map's key in {@link #SETTINGS}: any name (a source, a user, a job). */
    private static final String ANY = "*";

    /** A setting's name: a group of further names, a map whose keys are free ({@code *}), or a leaf (a value). */
    private static final class Name {
        private final Map<String, Name> children = new TreeMap<>();

        boolean leaf() {
            return children.isEmpty();
        }

        Map<String, Name> children() {
            return children;
        }

        /** The child {@code key} names, in any of Spring's relaxed forms; null if none. */
        Name child(String key) {
            Name any = children.get(ANY);
            if (any != null) {
                return any;
            }
            String wanted = normalized(key);
            return children.entrySet().stream().filter(e -> normalized(e.getKey()).equals(wanted))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        void add(List<String> path) {
            if (!path.isEmpty()) {
                children.computeIfAbsent(path.get(0), key -> new Name()).add(path.subList(1, path.size()));
            }
        }
    }

    private static final Name KNOWN = known();

    private ConfigurationKeys() {
    }

    /**
     * Refuses a configuration file in {@code configFolder} that names a {@code wincc-reports} setting the
     * product does not know, or that is not YAML; a missing folder or file is fine (the defaults apply).
     *
     * @throws InvalidInputException naming the file, line and setting
     */
    public static void check(Path configFolder) {
        for (String name : FILES) {
            Path file = configFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                List<String> problems = name.endsWith(".properties") ? properties(file) : yaml(file);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(String.join(System.lineSeparator(), problems));
                }
            }
        }
    }

    private static List<String> yaml(Path file) {
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Node document : new Yaml(new LoaderOptions()).composeAll(reader)) {
                if (document instanceof MappingNode mapping) {
                    walkRoot(file, mapping, problems);
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(where(file, line) + "not valid YAML: " + e.getProblem() + " — fix the file");
        } catch (YAMLException e) {
            problems.add(where(file, 0) + "not valid YAML: " + Objects.toString(e.getMessage(), "").lines()
                    .filter(line -> !line.isBlank()).findFirst().orElse("") + " — fix the file");
        } catch (IOException e) {
            problems.add(where(file, 0) + "cannot be read: " + e.getMessage());
        }
        return problems;
    }

    /** The root mapping: {@code wincc-reports:} as a block, or dotted names ({@code wincc-reports.job.grid-size:}). */
    private static void walkRoot(Path file, MappingNode root, List<String> problems) {
        for (NodeTuple tuple : root.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            List<String> path = List.of(key.getValue().split("\\.", -1));
            if (!normalized(path.get(0)).equals(normalized(ROOT))) {
                continue;   // Spring's own settings
            }
            Name name = follow(file, line(key), List.of(), null, path, problems);
            if (name != null) {
                walk(file, path, name, tuple.getValueNode(), problems);
            }
        }
    }

    private static void walk(Path file, List<String> path, Name name, Node value, List<String> problems) {
        if (name.leaf() || !(value instanceof MappingNode mapping)) {
            return;   // a value: Spring reports one it cannot convert, naming the setting
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                List<String> names = List.of(key.getValue().split("\\.", -1));
                Name child = follow(file, line(key), path, name, names, problems);
                if (child != null) {
                    List<String> childPath = new ArrayList<>(path);
                    childPath.addAll(names);
                    walk(file, childPath, child, tuple.getValueNode(), problems);
                }
            }
        }
    }

    /**
     * Follows {@code names} below {@code parent}, the name {@code path} reached (null with an empty path: the
     * file's root, where only {@code wincc-reports} is followed); null (and a problem) where one is unknown.
     */
    private static Name follow(Path file, int line, List<String> path, Name parent, List<String> names,
            List<String> problems) {
        Name name = parent;
        List<String> walked = new ArrayList<>(path);
        for (String part : names) {
            Name next = name == null ? (normalized(part).equals(normalized(ROOT)) ? KNOWN : null) : name.child(part);
            if (next == null) {
                problems.add(unknown(file, line, walked, part, name));
                return null;
            }
            walked.add(part);
            name = next;
        }
        return name;
    }

    private static String unknown(Path file, int line, List<String> parent, String part, Name within) {
        String setting = String.join(".", parent) + (parent.isEmpty() ? "" : ".") + part;
        StringBuilder message = new StringBuilder(where(file, line)).append(setting)
                .append(": not a setting of wincc-reports");
        if (within != null && !within.leaf()) {
            List<String> shown = within.children().keySet().stream()
                    .filter(name -> within != KNOWN || !LAUNCHER_SETTINGS.contains(name)).toList();
            closest(part, shown).ifPresentOrElse(
                    meant -> message.append(" — did you mean '").append(meant).append("'?"),
                    () -> message.append(" — known here: ").append(String.join(", ", shown)));
        }
        return message.append(" (every setting: docs/configuration.md)").toString();
    }

    private static Optional<String> closest(String given, Collection<String> known) {
        String wanted = normalized(given);
        return known.stream()
                .filter(name -> distance(normalized(name), wanted) <= Math.max(1, wanted.length() / 4))
                .min(Comparator.comparingInt(name -> distance(normalized(name), wanted)));
    }

    private static List<String> properties(Path file) {
        List<String> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of(where(file, 0) + "cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String key = line.split("\\s*[=:\\s]", 2)[0];
            List<String> path = List.of(key.split("\\.", -1));
            if (normalized(path.get(0)).equals(normalized(ROOT))) {
                follow(file, i + 1, List.of(), null, path.stream().map(ConfigurationKeys::withoutIndex).toList(),
                        problems);
            }
        }
        return problems;
    }

    /** {@code folders[0]} names the setting {@code folders}. */
    private static String withoutIndex(String part) {
        int bracket = part.indexOf('[');
        return bracket < 0 ? part : part.substring(0, bracket);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String where(Path file, int line) {
        String name = "config/" + file.getFileName();
        return line > 0 ? name + ":" + line + ": " : name + ": ";
    }

    /** Spring's relaxed binding: case, dashes and underscores do not tell names apart. */
    static String normalized(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The names from {@link #SETTINGS}: one setting a line below {@code wincc-reports}, {@code *} for a map's key
     * ({@code sources.*.retry.max-attempts}); the test that keeps the list derives it from the configuration
     * records (their components in kebab case), so a setting added to a record cannot be left out of it.
     */
    private static Name known() {
        Name root = new Name();
        try (InputStream in = ConfigurationKeys.class.getResourceAsStream(SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException(SETTINGS + " is missing from the application");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> root.add(List.of(line.split("\\."))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SETTINGS, e);
        }
        LAUNCHER_SETTINGS.forEach(setting -> root.add(List.of(setting)));
        return root;
    }

    /** Edit distance of two short names, a swap of two neighbours counting as one edit ("jbo" for "job"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
