package com.winccreports.web.page;

import com.winccreports.job.JobRunService;
import com.winccreports.web.OnDemandRuns;
import com.winccreports.web.RunView;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The start page: the queue, the on-demand runs with live progress (htmx refreshes the table while any is active)
 * and the execution history; one run's page with its progress and published files.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class RunsPage {

    private static final Set<String> ACTIVE = Set.of("QUEUED", "RUNNING");

    private final OnDemandRuns runs;
    private final JobRunService jobs;

    RunsPage(OnDemandRuns runs, JobRunService jobs) {
        this.runs = runs;
        this.jobs = jobs;
    }

    @GetMapping("/")
    String runs(Model model) {
        table(model);
        model.addAttribute("executions", jobs.executions(20));
        return "runs";
    }

    @GetMapping("/runs/table")
    String table(Model model) {
        List<RunView> all = runs.all();
        model.addAttribute("runs", all);
        model.addAttribute("queue", runs.queue());
        model.addAttribute("anyActive", all.stream().anyMatch(run -> ACTIVE.contains(run.state())));
        return "runs :: table";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable String id, Model model) {
        panel(id, model);
        return "run";
    }

    @GetMapping("/runs/{id}/panel")
    String panel(@PathVariable String id, Model model) {
        RunView run = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("active", ACTIVE.contains(run.state()));
        return "run :: panel";
    }
}
