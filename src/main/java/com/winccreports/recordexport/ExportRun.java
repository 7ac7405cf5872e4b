package com.winccreports.recordexport;

import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.RunParameters;
import com.winccreports.recordexport.plan.ExportSpec;
import java.nio.file.Path;

/** One export run's context, resolved from its job parameters and the definitions of the home folder. */
public record ExportRun(RunParameters parameters, JobDefinition job, SiteDefinition site, ExportSpec spec,
        Path jobFile, Path siteFile) {

    public static ExportRun resolve(RunParameters parameters, Definitions definitions) {
        JobDefinition job = definitions.job(parameters.definition());
        SiteDefinition site = definitions.siteOf(job);
        return new ExportRun(parameters, job, site, ExportSpec.of(job.export(), parameters.formats()),
                definitions.fileOf(job), definitions.fileOf(site));
    }
}
