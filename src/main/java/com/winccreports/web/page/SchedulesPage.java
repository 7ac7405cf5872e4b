package com.winccreports.web.page;

import com.winccreports.web.ScheduleChanges;
import com.winccreports.web.ScheduleOverview;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The schedules with their next fire times, catch-up state and latest periods; pause and resume for admins. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class SchedulesPage {

    private final ScheduleOverview overview;
    private final ScheduleChanges changes;

    SchedulesPage(ScheduleOverview overview, ScheduleChanges changes) {
        this.overview = overview;
        this.changes = changes;
    }

    @GetMapping("/schedules")
    String schedules(Model model) {
        model.addAttribute("schedules", overview.all());
        return "schedules";
    }

    @PostMapping("/schedules/{job}/pause")
    String pause(@PathVariable String job, @RequestParam(defaultValue = "") String reason, Authentication user) {
        changes.pause(job, reason, user.getName());
        return "redirect:/schedules";
    }

    @PostMapping("/schedules/{job}/resume")
    String resume(@PathVariable String job, Authentication user) {
        changes.resume(job, user.getName());
        return "redirect:/schedules";
    }
}
