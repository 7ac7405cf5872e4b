package com.winccreports.web;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import com.winccreports.definition.JobDefinition;
import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The on-demand runs of this service (API and page): at most {@code maxConcurrentRuns} at once through
 * {@link JobRunService}, the rest waiting in a visible queue in the order they came. A request identical to one
 * still queued or running ({@link ResolvedRequest#key()}) gets that run, not a second one. Every request is an
 * audit row before it is queued: nothing is queued without its record.
 *
 * <p>Runs live in memory: a request still waiting when the service stops is dropped (and recorded so); one running
 * is waited for. What ran stays in the job repository and the execution history.
 */
public final class OnDemandRuns implements AutoCloseable {

    private static final String EXPORT_KIND = JobDefinition.Kind.RECORD_EXPORT.id();

    private static final Logger log = LoggerFactory.getLogger(OnDemandRuns.class);

    /** A request's answer: its run, and whether this request created it or joined one already there. */
    public record Submission(RunView run, boolean created) {
    }

    private final JobRunService jobs;
    private final AuditTrail audit;
    private final WebProperties limits;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<String, OnDemandRun> byId = new LinkedHashMap<>();
    private final Map<String, OnDemandRun> active = new HashMap<>();
    private final Deque<OnDemandRun> waiting = new ArrayDeque<>();
    private final Deque<OnDemandRun> finished = new ArrayDeque<>();

    public OnDemandRuns(JobRunService jobs, AuditTrail audit, WebProperties limits, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(limits.maxConcurrentRuns(), limits.maxConcurrentRuns(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> new Thread(task, "on-demand-run-" + threads.incrementAndGet()));
    }

    /**
     * Queues {@code request} for {@code user}, or returns the identical run already queued or running.
     *
     * @throws InvalidParameterException 429 when the user has too many requests waiting, 503 when the queue is full
     */
    public synchronized Submission submit(ResolvedRequest request, String user) {
        OnDemandRun same = active.get(request.key());
        if (same != null) {
            return new Submission(view(same), false);
        }
        refuseIfReported(request);
        long mine = active.values().stream().filter(run -> run.user().equals(user)).count();
        if (mine >= limits.maxWaitingPerUser()) {
            throw new InvalidParameterException(HttpStatus.TOO_MANY_REQUESTS, null, user + " has " + mine
                    + " requests queued or running, the most one user may have; wait for one to end");
        }
        if (waiting.size() >= limits.queueCapacity()) {
            throw new InvalidParameterException(HttpStatus.SERVICE_UNAVAILABLE, null, "the queue is full ("
                    + waiting.size() + " requests waiting); try again when runs have ended");
        }
        OnDemandRun run = new OnDemandRun(UUID.randomUUID().toString(), request, user, clock.instant(),
                System::nanoTime);
        audit.record(user, AuditActions.RUN_REQUEST, request.job() + " " + request.period().label(),
                details(run));
        active.put(request.key(), run);
        byId.put(run.id(), run);
        waiting.addLast(run);
        executor.execute(() -> execute(run));
        return new Submission(view(run), true);
    }

    /** A period already reported is refused now, not after queueing (the run would refuse it too). */
    private void refuseIfReported(ResolvedRequest request) {
        if (request.reissue()) {
            return;
        }
        Optional<ExecutionSummary> own = jobs.latest(request.job(), request.period(),
                request.allLines() ? List.of() : request.lines());
        own.filter(done -> "COMPLETED".equals(done.status())).ifPresent(done -> {
            throw reported(request, done.version(), " (execution " + done.executionId() + ")");
        });
        int newest = jobs.newestVersion(request.job(), request.period());
        if (own.isEmpty() && newest > 0) {   // by another choice of lines or formats: the period's versions are shared
            throw reported(request, newest, "");
        }   // (a run of this request that failed is restarted by the run service)
    }

    private static InvalidParameterException reported(ResolvedRequest request, int version, String how) {
        return new InvalidParameterException(HttpStatus.CONFLICT, "reissue", request.job() + " "
                + request.period().label() + " is already reported as v" + version + how + "; download it from "
                + "/api/publications/" + request.job() + "/" + request.period().label() + "/v" + version
                + ", or ask with reissue: true for v" + (version + 1));
    }

    /** One run by its id, while it is remembered. */
    public synchronized Optional<RunView> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(this::view);
    }

    /** Running, then queued (in queue order), then the finished ones remembered, newest first. */
    public synchronized List<RunView> all() {
        List<RunView> views = new ArrayList<>();
        active.values().stream().filter(run -> run.state() == OnDemandRun.State.RUNNING).map(this::view)
                .forEach(views::add);
        waiting.stream().map(this::view).forEach(views::add);
        finished.descendingIterator().forEachRemaining(run -> views.add(view(run)));
        return views;
    }

    /** How many runs may run at once, how many run and how many wait. */
    public synchronized QueueState queue() {
        return new QueueState(limits.maxConcurrentRuns(), active.size() - waiting.size(), waiting.size(),
                limits.queueCapacity());
    }

    /** The queue at a glance. */
    public record QueueState(int maxConcurrentRuns, int running, int waiting, int capacity) {
    }

    private void execute(OnDemandRun run) {
        synchronized (this) {
            if (run.state() != OnDemandRun.State.QUEUED) {
                return;     // dropped while the service stopped
            }
            waiting.remove(run);
            run.started(clock.instant());
        }
        ResolvedRequest request = run.request();
        RunOutcome outcome;
        try {
            // an export of a batch runs as the CLI's --batch does: the batch's section (its line, its record, its
            // margin), not the span as a period of every line; a report of a batch is a report of its span.
            // Some of an export's formats only when asked (a report's are always all): the job's otherwise
            String batch = EXPORT_KIND.equals(request.kind()) ? request.batch() : null;
            outcome = jobs.run(request.job(), request.period(), new RunOptions(request.allLines() ? List.of()
                    : request.lines(), request.reissue(), run.user(), run.progress(), batch,
                    request.allFormats() ? List.of() : request.formats()).signedIn());
        } catch (RuntimeException e) {
            log.error("On-demand run {} of {} {} failed", run.id(), request.job(), request.period().label(), e);
            outcome = new RunOutcome(null, 0, RunOutcome.Status.FAILED_RESTARTABLE, null, List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        finish(run, outcome);
    }

    private synchronized void finish(OnDemandRun run, RunOutcome outcome) {
        run.ended(clock.instant(), outcome);
        active.remove(run.request().key());
        remember(run);
    }

    private void remember(OnDemandRun run) {
        finished.addLast(run);
        while (finished.size() > limits.keepFinished()) {
            byId.remove(finished.removeFirst().id());
        }
    }

    private RunView view(OnDemandRun run) {
        int position = 1;
        for (OnDemandRun queued : waiting) {
            if (queued == run) {
                break;
            }
            position++;
        }
        return run.view(position, "/api");
    }

    private static Map<String, String> details(OnDemandRun run) {
        ResolvedRequest request = run.request();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("request", run.id());
        details.put("job", request.job());
        details.put("period", request.period().label());
        details.put("from", request.period().from().toString());
        details.put("to", request.period().to().toString());
        if (request.batch() != null) {
            details.put("batch", request.batch());
        }
        details.put("lines", String.join(",", request.lines()));
        details.put("formats", String.join(",", request.formats()));
        details.put("reissue", Boolean.toString(request.reissue()));
        return details;
    }

    /** Drops what still waits (each an audit row) and waits for the runs in progress, up to the configured time. */
    @Override
    public void close() throws InterruptedException {
        List<OnDemandRun> dropped;
        synchronized (this) {
            executor.shutdown();
            dropped = new ArrayList<>(waiting);
            for (OnDemandRun run : dropped) {
                waiting.remove(run);
                active.remove(run.request().key());
                run.dropped(clock.instant());
                remember(run);
            }
        }
        for (OnDemandRun run : dropped) {
            audit.record(run.user(), AuditActions.RUN_REQUEST_DROPPED, run.request().job() + " "
                    + run.request().period().label(), Map.of("request", run.id(), "reason", "service stopped"));
        }
        if (!executor.awaitTermination(limits.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("On-demand runs still running after {}; they are restartable after the next start",
                    limits.shutdownWait());
            executor.shutdownNow();
        }
    }
}
