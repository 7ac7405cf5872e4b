package com.winccreports.simulator.http;

/** The contract's routes (paths after {@code /WinCCRestService}, matched ignoring case). */
public final class Endpoints {

    private Endpoints() {
    }

    public static Router router(ServiceContext context) {
        ArchiveValuesEndpoint archiveValues = new ArchiveValuesEndpoint(context);
        ConfigurationEndpoint configuration = new ConfigurationEndpoint(context);
        TagManagementEndpoint tags = new TagManagementEndpoint(context);
        UserArchiveEndpoint userArchives = new UserArchiveEndpoint(context);
        AlarmEndpoint alarms = new AlarmEndpoint(context);
        return new Router()
                .add("GET", "tagManagement/Value/{}", tags::getValue)
                .add("PUT", "tagManagement/Value/{}", tags::putValue)
                .add("POST", "tagManagement/Values", tags::getValues)
                .add("PUT", "tagManagement/Values", tags::putValues)
                .add("GET", "tagManagement/Variables", configuration::variables)
                .add("GET", "tagLogging/Archives", configuration::archives)
                .add("GET", "tagLogging/Archive/{}/Variables", configuration::archiveVariables)
                .add("POST", "tagLogging/Archive/{}/Values", archiveValues::archiveValues)
                .add("POST", "tagLogging/Values", archiveValues::values)
                .add("GET", "userArchive/Archives", userArchives::archives)
                .add("GET", "userArchive/Archive/{}/Records", userArchives::records)
                .add("POST", "userArchive/Archive/{}/Records", userArchives::insert)
                .add("GET", "userArchive/Archive/{}/Record/{}", userArchives::record)
                .add("PUT", "userArchive/Archive/{}/Record/{}", userArchives::update)
                .add("DELETE", "userArchive/Archive/{}/Record/{}", userArchives::delete)
                .add("GET", "alarmLogging/RestFilters", alarms::restFilters)
                .add("GET", "alarmLogging/{}/{}", alarms::messages);
    }
}
