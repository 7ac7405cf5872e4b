package com.winccreports.simulator.http;

/** The contract's routes (paths after {@code /WinCCRestService}, matched ignoring case). */
public final class Endpoints {

    private Endpoints() {
    }

    public static Router router(ServiceContext context) {
        ArchiveValuesEndpoint archiveValues = new ArchiveValuesEndpoint(context);
        return new Router()
                .add("POST", "tagLogging/Archive/{}/Values", archiveValues::archiveValues)
                .add("POST", "tagLogging/Values", archiveValues::values);
    }
}
