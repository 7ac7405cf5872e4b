package com.winccreports.schedule;

import com.winccreports.period.ReportPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job stand-in with a job repository's rules: one execution history per period, restarts continue
 * the same execution, a start of a period that has an execution is refused. It writes a small report
 * file per version under an output folder. Tests script failures and kills.
 */
final class FakePeriodRunner implements PeriodRunner {

    /** Thrown from inside a run to act as the process dying there: nothing after it happens. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("process killed");
        }
    }

    private final Path output;
    private final Map<ReportPeriod, RunSnapshot> latest = new HashMap<>();
    private final Map<Long, ReportPeriod> periods = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<RunRequest> requests = new ArrayList<>();
    private long nextExecution = 1;
    int failNextRuns;
    /** Runs inside each start, as if something happened while the job ran. */
    Runnable duringRun = () -> { };
    boolean killNextRun;

    FakePeriodRunner(Path output) {
        this.output = output;
    }

    @Override
    public RunSnapshot start(RunRequest request) {
        calls.add("start " + request.period().label() + (request.reissue() ? " reissue" : ""));
        duringRun.run();
        requests.add(request);
        RunSnapshot known = latest.get(request.period());
        if (known != null && !request.reissue()) {
            return known.status() == RunSnapshot.Status.COMPLETED ? known
                    : new RunSnapshot(known.executionId(), RunSnapshot.Status.RUNNING, 0, List.of(), false, "refused");
        }
        long execution = nextExecution++;
        periods.put(execution, request.period());
        int version = known == null ? 1 : known.version() + 1;
        return execute(execution, request.period(), version);
    }

    @Override
    public RunSnapshot restart(long executionId) {
        ReportPeriod period = periods.get(executionId);
        calls.add("restart " + period.label());
        return execute(executionId, period, 1);
    }

    @Override
    public Optional<RunSnapshot> latest(String job, ReportPeriod period) {
        return Optional.ofNullable(latest.get(period));
    }

    /** As if {@code run} on the command line had completed the period in another process. */
    void completedElsewhere(ReportPeriod period) {
        long execution = nextExecution++;
        periods.put(execution, period);
        latest.put(period, new RunSnapshot(execution, RunSnapshot.Status.COMPLETED, 1, write(period, 1), false, ""));
    }

    private RunSnapshot execute(long execution, ReportPeriod period, int version) {
        latest.put(period, new RunSnapshot(execution, RunSnapshot.Status.RUNNING, 0, List.of(), false, ""));
        if (killNextRun) {
            killNextRun = false;
            throw new ProcessKilled();
        }
        RunSnapshot result = failNextRuns > 0
                ? RunSnapshot.failed(execution, "WinCC answered 500")
                : new RunSnapshot(execution, RunSnapshot.Status.COMPLETED, version, write(period, version), false, "");
        failNextRuns = Math.max(0, failNextRuns - 1);
        latest.put(period, result);
        return result;
    }

    private List<Path> write(ReportPeriod period, int version) {
        try {
            Path folder = Files.createDirectories(output.resolve(period.label()).resolve("v" + version));
            return List.of(Files.writeString(folder.resolve("report.pdf"), "report " + period + " v" + version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
