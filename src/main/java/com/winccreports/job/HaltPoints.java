package com.winccreports.job;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Named points between two durable changes of a run — where a crash ({@code kill -9}, a power cut) can land
 * and a restart must still finish the report. The product passes them and does nothing ({@link #NONE}); the
 * crash-drill tests supply an implementation that ends the JVM at a chosen point, so each point has a test.
 * The points Spring Batch itself passes (job and step executions created or completed) are reached by the
 * tests through the job repository and need no call here.
 */
@FunctionalInterface
public interface HaltPoints {

    /** The product's: nothing happens. */
    HaltPoints NONE = point -> { };

    /** In the publish step, after the first report file is written to the hidden folder. */
    String RENDERED_TEMP_FILE = "publish.rendered";
    /** After the manifest is written and synced, before the hidden folder is renamed to {@code v<n>}. */
    String MANIFEST_WRITTEN = "publish.manifest-written";
    /** After the rename to {@code v<n>}, before the publication is registered (step transaction). */
    String RENAMED = "publish.renamed";

    /** Passes {@code point}. */
    void reached(String point);

    /** After the k-th committed chunk of partition read-NNN: {@code commit:read-002:3}. */
    static String chunkCommitted(String partition, int chunk) {
        return "commit:" + partition + ":" + chunk;
    }

    /** Passes {@code point} once the current transaction has committed (at once when there is none). */
    default void afterCommit(String point) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reached(point);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reached(point);
            }
        });
    }
}
