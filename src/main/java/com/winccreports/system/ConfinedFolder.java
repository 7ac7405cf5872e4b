package com.winccreports.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder the product writes into or deletes from — {@code output/}, a delivery share — with every path
 * below it resolved from {@link SafeName safe names} and checked to stay inside it, also through symbolic
 * links of folders that already exist. A path that would leave it fails with {@link InvalidInputException}
 * before anything is written or deleted.
 */
public final class ConfinedFolder {

    private final Path root;

    public ConfinedFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** {@code root/names[0]/names[1]/...}, each name checked as a {@link SafeName}, the result checked inside. */
    public Path resolve(String... names) {
        Path path = root;
        for (String name : names) {
            path = path.resolve(SafeName.check("path element", name));
        }
        return inside(path);
    }

    /**
     * {@code path} (absolute, or relative to the root) if it lies strictly below the root — by its name and,
     * for the deepest part of it that exists, with symbolic links followed (a link out of the root is refused;
     * link {@code output/} itself to another disk, not a folder inside it); otherwise an
     * {@link InvalidInputException}.
     */
    public Path inside(Path path) {
        Path absolute = root.resolve(path).normalize();
        if (absolute.equals(root) || !absolute.startsWith(root)) {
            throw escape(path);
        }
        Path existing = absolute;
        while (!existing.equals(root) && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!existing.equals(root) && !reachesInside(existing)) {
            throw escape(path);
        }
        return absolute;
    }

    /** Whether {@code existing}, links followed, is inside the root (also when the root is itself a link). */
    private boolean reachesInside(Path existing) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root;
        }
        try {
            return existing.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            // a file that vanished meanwhile was judged by its name above; a dangling link could point anywhere
            return !Files.isSymbolicLink(existing);
        }
    }

    private InvalidInputException escape(Path path) {
        return new InvalidInputException("path " + path + " is not inside " + root + ": refused to write or delete it");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
