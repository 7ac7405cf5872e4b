package com.winccreports.system;

/**
 * JVM settings the product's entry points make before anything else runs (they only work that early); an
 * explicit {@code -D} on the command line wins.
 */
public final class JvmDefaults {

    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private JvmDefaults() {
    }

    /**
     * On a 2-core machine the common pool has parallelism 1, and CompletableFuture then starts a new thread for
     * every async completion — the JDK HttpClient completes each archive request that way (a thousand threads for
     * a week of data). Two workers keep them on pooled threads.
     */
    public static void apply() {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
    }
}
