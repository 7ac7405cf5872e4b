package com.winccreports.security.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hash-password}: prints the bcrypt hash of a password for {@code wincc-reports.security.users}. The
 * password is typed at the console without echo (twice), or read as one line from standard input with
 * {@code --stdin} — never taken as an argument, which would land in the shell history and the process list.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Prints the bcrypt hash of a password, for password-hash: in config/application.yaml.",
            "The password is asked for at the console (not echoed, asked twice), or read from standard input "
                + "with --stdin (one line), e.g.: wincc-reports hash-password --stdin < password-file",
            "Exit codes: 0 printed, 4 no password or they did not match."})
public final class HashPasswordCommand implements Callable<Integer> {

    /** Shortest password accepted. */
    static final int MIN_LENGTH = 8;
    /** Longest: bcrypt reads 72 bytes, more would be ignored silently. */
    static final int MAX_BYTES = 72;

    @Option(names = "--stdin", description = "read the password as one line from standard input")
    boolean stdin;

    @Option(names = "--cost", paramLabel = "N", defaultValue = "12",
            description = "bcrypt cost, 10-14 (default 12: about a quarter second per check)")
    int cost;

    private final Console console;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public HashPasswordCommand() {
        this(System.console(), System.in, System.out, System.err);
    }

    HashPasswordCommand(Console console, InputStream in, PrintStream out, PrintStream err) {
        this.console = console;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (cost < 10 || cost > 14) {
            err.println("--cost must be between 10 and 14, was " + cost);
            return 4;
        }
        char[] password = stdin ? fromStdin() : fromConsole();
        if (password == null) {
            return 4;
        }
        try {
            String problem = problem(password);
            if (problem != null) {
                err.println(problem);
                return 4;
            }
            out.println(new BCryptPasswordEncoder(cost).encode(java.nio.CharBuffer.wrap(password)));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static String problem(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "the password is shorter than " + MIN_LENGTH + " characters";
        }
        if (StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).remaining() > MAX_BYTES) {
            return "the password is longer than " + MAX_BYTES + " bytes (bcrypt would ignore the rest)";
        }
        return null;
    }

    private char[] fromStdin() throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            err.println("--stdin: standard input holds no password (one line expected)");
            return null;
        }
        return line.toCharArray();
    }

    private char[] fromConsole() {
        if (console == null) {
            err.println("no console to type the password at: pipe it in with --stdin (never as an argument)");
            return null;
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Again: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("the passwords did not match");
                return null;
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
