package com.winccreports.web.api;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.JobRunService;
import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.OnDemandRuns;
import com.winccreports.web.RunRequest;
import com.winccreports.web.RunRequestResolver;
import com.winccreports.web.RunView;
import java.net.URI;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-demand runs: {@code POST /api/runs} requests a report or an export (202 with the run's address; a request
 * identical to one queued or running answers 200 with that run), {@code GET /api/runs[/{id}]} shows the queue,
 * progress and results, {@code GET /api/executions} the execution history of every run (scheduler and command
 * line included).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class RunsApi {

    private final OnDemandRuns runs;
    private final RunRequestResolver resolver;
    private final JobRunService jobs;

    RunsApi(OnDemandRuns runs, RunRequestResolver resolver, JobRunService jobs) {
        this.runs = runs;
        this.resolver = resolver;
        this.jobs = jobs;
    }

    @PostMapping("/api/runs")
    ResponseEntity<RunView> request(@RequestBody RunRequest request, Authentication user) {
        OnDemandRuns.Submission submission = runs.submit(resolver.resolve(request), user.getName());
        return ResponseEntity.status(submission.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create(submission.run().location())).body(submission.run());
    }

    /** The queue and the runs it remembers. */
    record Runs(OnDemandRuns.QueueState queue, List<RunView> runs) {
    }

    @GetMapping("/api/runs")
    Runs all() {
        return new Runs(runs.queue(), runs.all());
    }

    @GetMapping("/api/runs/{id}")
    RunView one(@PathVariable String id) {
        return runs.find(id).orElseThrow(() -> new InvalidParameterException(HttpStatus.NOT_FOUND, "id",
                "no on-demand run " + id + " (finished runs are forgotten after a restart or when many followed: "
                        + "see /api/executions)"));
    }

    @GetMapping("/api/executions")
    List<ExecutionSummary> executions(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameterException("limit", "limit is 1 to 1000, got " + limit);
        }
        return jobs.executions(limit);
    }
}
