package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.ArchiveInfo;
import com.winccreports.simulator.plant.PlantModel;
import com.winccreports.simulator.plant.TagRef;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Archive values (docs/wincc-rest.md §3): {@code POST /tagLogging/Archive/{archive}/Values?timeFrom&timeTo&maxValues}
 * and the body form {@code POST /tagLogging/Values}. {@code [timeFrom, timeTo]} is inclusive; without
 * {@code timeFrom} the latest {@code maxValues} at or before {@code timeTo} (or now) are served.
 */
public final class ArchiveValuesEndpoint {

    private final ServiceContext context;

    public ArchiveValuesEndpoint(ServiceContext context) {
        this.context = context;
    }

    /** Path form: one archive, the window in the query. */
    public int archiveValues(HttpCall call, JsonBuffer out) {
        ArchiveInfo archive = context.model().archive(call.segment(2))
                .orElseThrow(() -> ApiException.notFound("unknown archive '" + call.segment(2) + "'"));
        Long from = TimeParameter.millis("timeFrom", call.query("timeFrom"));
        Long to = TimeParameter.millis("timeTo", call.query("timeTo"));
        checkOrder(from, to, "timeFrom");
        int max = context.effectiveMax(call.positiveInt("maxValues", context.maxValuesCap()));
        JsonNode names = call.json().get("variableNames");
        if (names == null || !names.isArray()) {
            throw ApiException.badParameter("variableNames", "must be an array of tag names");
        }
        ValueWriter values = new ValueWriter(out);
        out.raw('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            String name = names.get(i).asString();
            out.raw("{\"variableName\":").string(name).raw(',');
            item(archive, name, from, to, max, out, values);
        }
        out.raw(']');
        return 200;
    }

    /** Body form: several archives, a window per variable. */
    public int values(HttpCall call, JsonBuffer out) {
        JsonNode archives = call.json().get("archives");
        if (archives == null || !archives.isArray()) {
            throw ApiException.badParameter("archives", "must be an array of {name, variables}");
        }
        ValueWriter values = new ValueWriter(out);
        out.raw('[');
        boolean first = true;
        for (JsonNode a : archives) {
            String archiveName = a.path("name").asString("");
            Optional<ArchiveInfo> archive = context.model().archive(archiveName);
            JsonNode variables = a.get("variables");
            if (variables == null || !variables.isArray()) {
                throw ApiException.badParameter("archives[].variables", "must be an array");
            }
            for (JsonNode v : variables) {
                out.raw(first ? "" : ",");
                first = false;
                bodyItem(archiveName, archive, v, out, values);
            }
        }
        out.raw(']');
        return 200;
    }

    private void bodyItem(String archiveName, Optional<ArchiveInfo> archive, JsonNode variable, JsonBuffer out,
            ValueWriter values) {
        String name = variable.path("name").asString("");
        out.raw("{\"archiveName\":").string(archiveName).raw(",\"variableName\":").string(name).raw(',');
        if (archive.isEmpty()) {
            out.raw("\"error\":\"unknown archive\"}");
            return;
        }
        Long from = TimeParameter.millis("timeFrom", variable.path("timeFrom").asString(null));
        Long to = TimeParameter.millis("timeTo", variable.path("timeTo").asString(null));
        checkOrder(from, to, "timeFrom");
        JsonNode maxNode = variable.get("maxValues");
        int max = maxNode == null ? context.maxValuesCap() : HttpCall.positiveInt("maxValues", maxNode.asString());
        item(archive.get(), name, from, to, context.effectiveMax(max), out, values);
    }

    private void item(ArchiveInfo archive, String name, Long from, Long to, int max, JsonBuffer out,
            ValueWriter values) {
        PlantModel model = context.model();
        Optional<TagRef> tag = model.archiveTag(archive, name);
        if (tag.isEmpty()) {
            out.raw("\"error\":\"unknown archive variable\"}");
            return;
        }
        long visible = context.visibleUntilMillis();
        long until = to == null ? visible : Math.min(to, visible);
        values.open();
        if (from != null) {
            if (from <= until) {
                model.forEach(tag.get(), from, until, max, values);
            }
        } else {
            values.all(model.latest(tag.get(), until, max));
        }
        values.close();
        out.raw('}');
    }

    private static void checkOrder(Long from, Long to, String parameter) {
        if (from != null && to != null && from > to) {
            throw ApiException.badParameter(parameter, "is after timeTo");
        }
    }
}
