package com.winccreports;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point; the command line ({@code system.cli.Cli}) decides when a context is started. */
@SpringBootApplication
public class WinccReportsApplication {

    /** JVM setting that must be made before anything touches the common fork-join pool. */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        // On a 2-core machine the common pool has parallelism 1, and CompletableFuture then starts a new thread
        // for every async completion — the JDK HttpClient completes each archive request that way (a thousand
        // threads for a week of data). Two workers keep them on pooled threads; an explicit -D setting wins.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
        System.exit(com.winccreports.system.cli.Cli.execute(args));
    }
}
