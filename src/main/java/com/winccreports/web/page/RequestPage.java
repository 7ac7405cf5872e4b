package com.winccreports.web.page;

import com.winccreports.job.JobRunService;
import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.JobCatalog;
import com.winccreports.web.OnDemandRuns;
import com.winccreports.web.RunRequest;
import com.winccreports.web.RunRequestResolver;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The request form: job, a production day, one shift or one batch (picked from the batches of a day, read from the
 * job's batch archive), lines, formats, re-issue. Works without JavaScript: the batch list comes with a plain
 * button that shows the form again for the chosen day. A request accepted leads to its run's page.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class RequestPage {

    /** The form's fields; {@code kind} is {@code day}, {@code shift} or {@code batch}. */
    record RequestForm(String job, String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            String shift, String batch, List<String> lines, List<String> formats, Boolean reissue) {

        RequestForm {
            reissue = Boolean.TRUE.equals(reissue);
            kind = kind == null ? "day" : kind;
            lines = lines == null ? List.of() : lines;
            formats = formats == null ? List.of() : formats;
        }
    }

    private final JobCatalog catalog;
    private final RunRequestResolver resolver;
    private final OnDemandRuns runs;
    private final JobRunService jobs;
    private final Clock clock;

    RequestPage(JobCatalog catalog, RunRequestResolver resolver, OnDemandRuns runs, JobRunService jobs, Clock clock) {
        this.catalog = catalog;
        this.resolver = resolver;
        this.runs = runs;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/request")
    String form(@ModelAttribute RequestForm form, @RequestParam(required = false) Boolean findBatches, Model model) {
        List<JobCatalog.JobView> all = catalog.all();
        JobCatalog.JobView job = all.stream().filter(j -> j.name().equals(form.job())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        RequestForm shown = form;
        if (job != null && form.day() == null) {
            LocalDate day = LocalDate.parse(jobs.lastCompletePeriod(job.name(), clock.instant()).label());
            shown = new RequestForm(job.name(), form.kind(), day, form.shift(), form.batch(), form.lines(),
                    form.formats(), form.reissue());
        }
        model.addAttribute("jobs", all);
        model.addAttribute("job", job);
        model.addAttribute("form", shown);
        if (job != null) {
            model.addAttribute("zone", ZoneId.of(job.zone()));
            model.addAttribute("shifts", catalog.shifts(job.name(), shown.day()));
            if (Boolean.TRUE.equals(findBatches) || shown.batch() != null) {
                batches(job, shown.day(), model);
            }
        }
        return "request";
    }

    @PostMapping("/request")
    String request(@ModelAttribute RequestForm form, Authentication user, HttpServletResponse response, Model model) {
        try {
            RunRequest request = switch (form.kind()) {
                case "shift" -> new RunRequest(form.job(), form.day(), form.shift(), null, null, null, form.lines(),
                        form.formats(), form.reissue());
                case "batch" -> new RunRequest(form.job(), null, null, null, null, form.batch(), form.lines(),
                        form.formats(), form.reissue());
                default -> new RunRequest(form.job(), form.day(), null, null, null, null, form.lines(),
                        form.formats(), form.reissue());
            };
            if (form.lines().isEmpty()) {
                throw new InvalidParameterException("lines", "choose at least one line");
            }
            if ("batch".equals(form.kind()) && form.batch() == null) {
                throw new InvalidParameterException("batch", "choose a batch: pick the day, show its batches, "
                        + "then choose one");
            }
            OnDemandRuns.Submission submission = runs.submit(resolver.resolve(request), user.getName());
            return "redirect:/runs/" + submission.run().id();
        } catch (InvalidParameterException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", (e.parameter() == null ? "" : e.parameter() + ": ") + e.getMessage());
            model.addAttribute("errorParameter", e.parameter());
            return form(form, null, model);
        }
    }

    private void batches(JobCatalog.JobView job, LocalDate day, Model model) {
        if (job.batchArchive() == null) {
            return;
        }
        try {
            model.addAttribute("batches", catalog.batches(job.name(), day));
        } catch (InvalidParameterException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorParameter", "batch");
        }
    }
}
