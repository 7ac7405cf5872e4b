package com.winccreports.web;

import com.winccreports.job.RunOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

/** One on-demand request from its arrival to its end: state, times, progress and outcome. */
final class OnDemandRun {

    /** Where a request stands. */
    enum State {
        QUEUED, RUNNING, COMPLETED, COMPLETED_INCOMPLETE_DATA, FAILED, REFUSED, DROPPED;

        boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    private final String id;
    private final ResolvedRequest request;
    private final String user;
    private final Instant requestedAt;
    private final ProgressTracker progress;
    private volatile State state = State.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile RunOutcome outcome;

    OnDemandRun(String id, ResolvedRequest request, String user, Instant requestedAt, LongSupplier nanos) {
        this.id = id;
        this.request = request;
        this.user = user;
        this.requestedAt = requestedAt;
        this.progress = new ProgressTracker(nanos);
    }

    String id() {
        return id;
    }

    ResolvedRequest request() {
        return request;
    }

    String user() {
        return user;
    }

    State state() {
        return state;
    }

    ProgressTracker progress() {
        return progress;
    }

    void started(Instant at) {
        startedAt = at;
        progress.started();
        state = State.RUNNING;
    }

    void ended(Instant at, RunOutcome result) {
        outcome = result;
        endedAt = at;
        state = switch (result.status()) {
            case COMPLETED -> State.COMPLETED;
            case COMPLETED_INCOMPLETE_DATA -> State.COMPLETED_INCOMPLETE_DATA;
            case FAILED_RESTARTABLE, FAILED_CONFIGURATION -> State.FAILED;
            case REFUSED -> State.REFUSED;
        };
    }

    void dropped(Instant at) {
        endedAt = at;
        state = State.DROPPED;
    }

    /** The API's view; {@code queuePosition} is this run's place in the queue (null unless queued). */
    RunView view(Integer queuePosition, String base) {
        RunOutcome result = outcome;
        boolean published = result != null && (result.status() == RunOutcome.Status.COMPLETED
                || result.status() == RunOutcome.Status.COMPLETED_INCOMPLETE_DATA);
        return new RunView(id, request.job(), request.kind(), request.period().label(), request.period().from(),
                request.period().to(), request.batch(), request.lines(), request.formats(), request.reissue(), user,
                requestedAt, state.name(), state == State.QUEUED ? queuePosition : null, startedAt, endedAt,
                progress.snapshot(published), result == null ? null : result(result, published, base),
                base + "/runs/" + id);
    }

    private RunView.Result result(RunOutcome result, boolean published, String base) {
        String folder = base + "/publications/" + request.job() + "/" + request.period().label() + "/v"
                + result.version();
        List<RunView.FileLink> files = result.files().stream().map(Path::getFileName).map(Path::toString)
                .map(name -> new RunView.FileLink(name, base + "/files/" + request.job() + "/"
                        + request.period().label() + "/v" + result.version() + "/" + name)).toList();
        return new RunView.Result(result.executionId(), result.version(), result.status().exitCode(),
                result.message(), published ? folder : null, files);
    }
}
