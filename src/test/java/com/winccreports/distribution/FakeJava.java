package com.winccreports.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A {@code JAVA_HOME} whose {@code bin/java} only answers {@code -version} as an older Java would. */
final class FakeJava {

    private FakeJava() {
    }

    static Path reporting(Path javaHome, String version) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "echo 'openjdk version \"" + version + "\" 2019-01-15' >&2\n"
                + "echo 'OpenJDK Runtime Environment (build " + version + "+9)' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return javaHome;
    }
}
