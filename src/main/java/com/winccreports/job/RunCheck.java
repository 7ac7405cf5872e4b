package com.winccreports.job;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import java.util.List;

/**
 * What a kind of job checks of a run request before it starts — the shift report its templates — without
 * Spring, the database or WinCC, so the command line can refuse before it writes anything and the run service
 * can refuse every other caller the same way.
 */
@FunctionalInterface
public interface RunCheck {

    /** A kind with nothing of its own to check. */
    RunCheck NONE = (definitions, job) -> List.of();

    /**
     * Checks {@code job} (read with {@code definitions}, which place a problem in its file); throws
     * {@link com.winccreports.system.InvalidInputException} naming file, line and field; returns warnings to show.
     */
    List<String> check(Definitions definitions, JobDefinition job);
}
