package com.winccreports.distribution;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the settings the two start scripts make and the lines that start Java. */
final class ScriptSettings {

    private ScriptSettings() {
    }

    /** The value of {@code NAME="value"} in the POSIX script. */
    static String posix(String script, String name) {
        return single(script, Pattern.compile("^" + name + "=\"([^\"]*)\"$", Pattern.MULTILINE), name);
    }

    /** The value of {@code set "NAME=value"} in the Windows script. */
    static String windows(String script, String name) {
        return single(script, Pattern.compile("^set \"" + name + "=([^\"]*)\"\r?$", Pattern.MULTILINE), name);
    }

    /** The commands (continuation lines joined) that contain {@code start}. */
    static List<String> javaStarts(String script, String start) {
        String joined = script.replaceAll("\\\\\r?\n\\s*", " ");
        return Arrays.stream(joined.split("\r?\n")).filter(line -> line.contains(start)).toList();
    }

    private static String single(String script, Pattern pattern, String name) {
        Matcher matcher = pattern.matcher(script);
        if (!matcher.find()) {
            throw new AssertionError(name + " is not set in the script");
        }
        String value = matcher.group(1);
        if (matcher.find()) {
            throw new AssertionError(name + " is set twice in the script");
        }
        return value;
    }
}
