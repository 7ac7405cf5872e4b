package com.winccreports;

import com.winccreports.system.JvmDefaults;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point; the command line ({@link Cli}) decides when a context is started. */
@SpringBootApplication
public class WinccReportsApplication {

    public static void main(String[] args) {
        JvmDefaults.apply();
        System.exit(Cli.execute(args));
    }
}
