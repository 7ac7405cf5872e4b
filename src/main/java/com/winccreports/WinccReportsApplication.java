package com.winccreports;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point; the command line ({@code system.cli.Cli}) decides when a context is started. */
@SpringBootApplication
public class WinccReportsApplication {

    public static void main(String[] args) {
        System.exit(com.winccreports.system.cli.Cli.execute(args));
    }
}
