package com.winccreports.publication;

import com.winccreports.publication.Verification.Finding;
import com.winccreports.publication.Verification.Problem;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a package as {@code verify} reads them, from a folder or from its ZIP alike: relative
 * {@code /}-separated paths, opened one at a time. What is wrong with the container itself (a ZIP entry
 * outside the package folder, a name twice) is reported as findings, never silently skipped.
 */
abstract sealed class PackageContents implements Closeable {

    final List<Finding> structureProblems = new ArrayList<>();

    /** {@code folder} or {@code ZIP}. */
    abstract String kind();

    /** Every file, sorted. */
    abstract List<String> paths();

    abstract boolean has(String path);

    abstract InputStream open(String path) throws IOException;

    /** The whole file if it is at most {@code max} bytes, else null; null if missing. */
    byte[] readSmall(String path, int max) throws IOException {
        if (!has(path)) {
            return null;
        }
        try (InputStream in = open(path)) {
            byte[] content = in.readNBytes(max + 1);
            return content.length > max ? null : content;
        }
    }

    static PackageContents open(Path target) throws IOException {
        return Files.isDirectory(target) ? new Folder(target) : new Zip(target);
    }

    /** Whether a path stays inside the package: relative, no {@code ..}, no backslash, no empty segment. */
    static boolean safe(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    static final class Folder extends PackageContents {
        private final Path root;
        private final List<String> paths;

        Folder(Path root) throws IOException {
            this.root = root;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
        }

        @Override
        String kind() {
            return "folder";
        }

        @Override
        List<String> paths() {
            return paths;
        }

        @Override
        boolean has(String path) {
            return safe(path) && Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        InputStream open(String path) throws IOException {
            return Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    static final class Zip extends PackageContents {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

        Zip(Path file) throws IOException {
            this.zip = new ZipFile(file.toFile());
            String top = topFolder(Collections.list(zip.entries()));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                String relative = name.startsWith(top) ? name.substring(top.length()) : null;
                if (entry.isDirectory() && relative != null
                        && (relative.isEmpty() || safe(relative.substring(0, relative.length() - 1)))) {
                    continue; // the package folder or a folder inside it
                }
                if (relative == null || !safe(relative)) {
                    structureProblems.add(Finding.failed(Problem.UNSAFE_PATH, name,
                            name + ": ZIP entry outside the package folder '" + top + "'"));
                } else if (entries.putIfAbsent(relative, entry) != null) {
                    structureProblems.add(Finding.failed(Problem.DUPLICATE_ENTRY, name,
                            name + ": the ZIP holds this name twice — which copy is meant cannot be told"));
                }
            }
        }

        /** {@code <name>/} of the folder holding the manifest, or "" for a ZIP without a folder. */
        private static String topFolder(List<? extends ZipEntry> all) {
            for (ZipEntry entry : all) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (name.equals(PackageLayout.MANIFEST)) {
                    return "";
                }
                if (slash > 0 && name.substring(slash + 1).equals(PackageLayout.MANIFEST)) {
                    return name.substring(0, slash + 1);
                }
            }
            return "";
        }

        @Override
        String kind() {
            return "ZIP";
        }

        @Override
        List<String> paths() {
            return entries.keySet().stream().sorted().toList();
        }

        @Override
        boolean has(String path) {
            return entries.containsKey(path);
        }

        @Override
        InputStream open(String path) throws IOException {
            return zip.getInputStream(entries.get(path));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
