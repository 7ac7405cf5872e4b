package com.winccreports.web.api;

import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.ScheduleChanges;
import com.winccreports.web.ScheduleOverview;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules: {@code GET /api/schedules[/{job}]} with next fire times, catch-up state and last results;
 * {@code PUT /api/schedules/{job}/pause} pauses a job's schedule ({@code {"reason": "..."}}), {@code DELETE} of the
 * same resumes it — each change an audit row.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class SchedulesApi {

    private final ScheduleOverview overview;
    private final ScheduleChanges changes;

    SchedulesApi(ScheduleOverview overview, ScheduleChanges changes) {
        this.overview = overview;
        this.changes = changes;
    }

    @GetMapping("/api/schedules")
    List<ScheduleOverview.Schedule> all() {
        return overview.all();
    }

    @GetMapping("/api/schedules/{job}")
    ScheduleOverview.Schedule one(@PathVariable String job) {
        return overview.of(job).orElseThrow(() -> new InvalidParameterException(HttpStatus.NOT_FOUND, "job",
                "job " + job + " has no schedule"));
    }

    @PutMapping("/api/schedules/{job}/pause")
    ScheduleOverview.Schedule pause(@PathVariable String job,
            @RequestBody(required = false) Map<String, String> body, Authentication user) {
        changes.pause(job, body == null ? "" : body.getOrDefault("reason", ""), user.getName());
        return one(job);
    }

    @DeleteMapping("/api/schedules/{job}/pause")
    ScheduleOverview.Schedule resume(@PathVariable String job, Authentication user) {
        changes.resume(job, user.getName());
        return one(job);
    }
}
