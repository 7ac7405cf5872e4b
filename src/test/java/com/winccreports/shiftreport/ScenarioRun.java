package com.winccreports.shiftreport;

import com.winccreports.definition.Definitions;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOptions;
import com.winccreports.job.RunOutcome;
import com.winccreports.simulator.SimulatorOptions;
import com.winccreports.simulator.plant.PlantModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One production day of a plant other than the demo, reported by its own site and job (test resources
 * {@code scenarios/<name>/site.yaml} and {@code job.yaml}) through the job with the product's renderers, against
 * the simulator serving {@code jobs/plants/<name>-plant.yaml}.
 *
 * @param outcome     the run's outcome
 * @param staged      what it staged and published
 * @param plant       the simulated plant it read
 * @param definitions the home's job and site definitions
 */
record ScenarioRun(RunOutcome outcome, ReportReading.Staged staged, PlantModel plant, Definitions definitions) {

    static ScenarioRun of(Path root, String name, String zone, LocalDate day, List<String> lines) {
        try (JobTestHome home = new JobTestHome(root, ReportReading.resource("scenarios/" + name + "/job.yaml"),
                SimulatorOptions.defaults().withPlantFile(Path.of("jobs/plants/" + name + "-plant.yaml")),
                Map.of(name, ReportReading.resource("scenarios/" + name + "/site.yaml")));
                ConfigurableApplicationContext context = home.startRendering(Map.of())) {
            JobRunService service = context.getBean(JobRunService.class);
            RunOutcome outcome = service.run("shift-report", service.lastCompletePeriod("shift-report",
                    day.plusDays(1).atTime(12, 0).atZone(ZoneId.of(zone)).toInstant()), RunOptions.defaults());
            return new ScenarioRun(outcome, ReportReading.Staged.of(context, outcome, lines), home.simulator.model(),
                    Definitions.load(home.home.jobs()));
        }
    }
}
