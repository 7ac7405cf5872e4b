package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.ArchiveInfo;
import com.winccreports.simulator.plant.TagRef;

/** Configuration lists: tags ({@code /tagManagement/Variables}), archives and archive tags (paged, §5). */
final class ConfigurationEndpoint {

    private final ServiceContext context;

    ConfigurationEndpoint(ServiceContext context) {
        this.context = context;
    }

    int variables(HttpCall call, JsonBuffer out) {
        return PagedList.write(call, out, context.model().tags(), (tag, o) -> o.raw("{\"variableName\":")
                .string(tag.name()).raw(",\"dataType\":").number(TagManagementEndpoint.NUMERIC)
                .raw(",\"unit\":").string(tag.unit()).raw('}'));
    }

    int archives(HttpCall call, JsonBuffer out) {
        return PagedList.write(call, out, context.model().archives(), (archive, o) -> o.raw("{\"name\":")
                .string(archive.name()).raw(",\"cycleTimeMs\":").number(archive.cycleSeconds() * 1000L)
                .raw(",\"variableCount\":").number(archive.tags().size()).raw('}'));
    }

    int archiveVariables(HttpCall call, JsonBuffer out) {
        ArchiveInfo archive = context.model().archive(call.segment(2))
                .orElseThrow(() -> ApiException.notFound("unknown archive '" + call.segment(2) + "'"));
        return PagedList.write(call, out, archive.tags(), (TagRef tag, JsonBuffer o) -> o.raw("{\"variableName\":")
                .string(tag.name()).raw(",\"archiveName\":").string(archive.name())
                .raw(",\"acquisition\":").string(tag.kind().onChange() ? "onChange" : "cyclic")
                .raw(",\"cycleTimeMs\":").number(tag.cycleSeconds() * 1000L)
                .raw(",\"unit\":").string(tag.unit()).raw('}'));
    }
}
