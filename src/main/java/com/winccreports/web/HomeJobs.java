package com.winccreports.web;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.InvalidDefinitionException;
import com.winccreports.definition.JobDefinition;
import com.winccreports.system.HomeFolder;
import org.springframework.http.HttpStatus;

/**
 * The job definitions of the home folder, read afresh for each request (a job file edited while the service runs
 * is seen at once), with their errors as problems naming {@code job}.
 */
final class HomeJobs {

    private HomeJobs() {
    }

    /** Every job and site of {@code jobs/}; 409 while a file there has errors. */
    static Definitions load(HomeFolder home) {
        try {
            return Definitions.load(home);
        } catch (InvalidDefinitionException e) {
            throw new InvalidParameterException(HttpStatus.CONFLICT, "job",
                    "the job definitions have errors; fix jobs/ first: " + e.getMessage());
        }
    }

    /** The job {@code name}; an unknown name answers {@code unknown} (404 for an address, 400 for a field). */
    static JobDefinition named(Definitions definitions, String name, HttpStatus unknown) {
        try {
            return definitions.job(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(unknown, "job", e.getMessage());
        }
    }
}
