package com.winccreports.schedule.service;

import com.winccreports.definition.SiteDefinition;
import com.winccreports.schedule.ShiftStart;
import com.winccreports.schedule.SiteCalendar;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The scheduler's calendar of a site, from the {@code shifts:} section of {@code jobs/sites/<site>.yaml}. */
final class SiteCalendars {

    private SiteCalendars() {
    }

    static SiteCalendar of(SiteDefinition site) {
        JsonNode shifts = site.shifts();
        if (shifts == null || shifts.isNull() || shifts.isMissingNode()) {
            return new SiteCalendar(site.zone(), LocalTime.MIDNIGHT, List.of());
        }
        LocalTime dayStart = shifts.hasNonNull("production-day-start")
                ? LocalTime.parse(shifts.get("production-day-start").asString()) : LocalTime.MIDNIGHT;
        List<ShiftStart> starts = new ArrayList<>();
        for (JsonNode shift : shifts.path("shifts")) {
            starts.add(new ShiftStart(shift.get("name").asString(), LocalTime.parse(shift.get("start").asString())));
        }
        return new SiteCalendar(site.zone(), dayStart, starts);
    }
}
