package com.winccreports.web.api;

import com.winccreports.job.BatchRecords;
import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.JobCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobs: {@code GET /api/jobs} lists them, {@code GET /api/jobs/{job}} shows one with its definition file,
 * {@code GET /api/jobs/{job}/batches?day=} the batches of a production day from the job's batch archive.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class JobsApi {

    private final JobCatalog catalog;

    JobsApi(JobCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/jobs")
    List<JobCatalog.JobView> all() {
        return catalog.all();
    }

    @GetMapping("/api/jobs/{job}")
    JobCatalog.JobDetail one(@PathVariable String job) {
        return catalog.detail(job);
    }

    @GetMapping("/api/jobs/{job}/batches")
    List<BatchRecords.Batch> batches(@PathVariable String job,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        if (day != null && (from != null || to != null)) {
            throw new InvalidParameterException("day", "give day, or from and to, not both");
        }
        if (day != null) {
            return catalog.batches(job, day);
        }
        if (from == null || to == null) {
            throw new InvalidParameterException(from == null ? "from" : "to",
                    "give day (a production day), or from and to (ISO-8601 instants)");
        }
        if (!from.isBefore(to)) {
            throw new InvalidParameterException(HttpStatus.BAD_REQUEST, "to", "to must be after from");
        }
        return catalog.batches(job, from, to);
    }
}
