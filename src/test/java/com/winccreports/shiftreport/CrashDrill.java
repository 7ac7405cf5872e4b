package com.winccreports.shiftreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.job.ExecutionSummary;
import com.winccreports.job.HaltPoints;
import com.winccreports.job.JobRunService;
import com.winccreports.job.RunOutcome;
import com.winccreports.job.RunProgress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The halting side of {@link HaltPoints}, test code only: ends the JVM abruptly ({@code Runtime.halt}, as
 * {@code kill -9} or a power cut would) when a run passes the point named by {@code -Dwincc-reports.halt-at}.
 * Besides the product's own points it reaches the ones Spring Batch passes, by wrapping the job repository:
 * <ul>
 * <li>{@code job.instance-created} — after the job instance is saved, before its first execution;
 * <li>{@code step.created:<step>} — after a step execution is saved, before its context is
 *     (for a partition: {@code step.created:readPartition:read-001});
 * <li>{@code step.completing:<step>} — after a step's last commit, before it is marked completed;
 * <li>{@code job.completing} — after the last step, before the job is marked completed.
 * </ul>
 */
public final class CrashDrill {

    public static final String PROPERTY = "wincc-reports.halt-at";

    private CrashDrill() {
    }

    /** Halts the JVM with exit code 137 when {@code point} is the configured one. */
    static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            System.err.println("halt point reached: " + point);
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    /**
     * Source class for a crash drill's context (deliberately not a {@code @Configuration}, so component
     * scanning never puts it into another test's context).
     */
    public static class Wiring {

        @Bean
        @Primary
        public HaltPoints haltingPoints() {
            return CrashDrill::reached;
        }

        @Bean
        public static BeanPostProcessor haltingJobRepository() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof JobRepository repository ? halting(repository) : bean;
                }
            };
        }
    }

    /**
     * Runs {@code main} with {@code args} in a child JVM on this test class path (the test database passed on),
     * halted at {@code haltAt}; waits at most 4 minutes, checks the point was reached (its output goes to
     * {@code log}) and returns the child's exit code (137 when halted).
     */
    public static int runChild(Path log, String haltAt, Class<?> main, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1",
                "-D" + PROPERTY + "=" + haltAt));
        for (String property : new String[] {TestDatabase.POSTGRES_URL, "wincc-reports.test.postgres-user",
            "wincc-reports.test.postgres-password"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(4, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not end; log: " + log);
        }
        assertThat(Files.readString(log)).as("child log " + log).contains("halt point reached: " + haltAt);
        return child.exitValue();
    }

    /** Restarts the newest execution, which a halted child left running; asserts it was left so. */
    public static RunOutcome restartNewest(JobRunService service) {
        ExecutionSummary crashed = service.executions(1).get(0);
        assertThat(crashed.status()).isIn("STARTING", "STARTED");
        return service.restart(crashed.executionId(), RunProgress.silent());
    }

    static JobRepository halting(JobRepository repository) {
        return (JobRepository) Proxy.newProxyInstance(CrashDrill.class.getClassLoader(),
                new Class<?>[] {JobRepository.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("update") && args[0] instanceof StepExecution step
                            && step.getStatus() == BatchStatus.COMPLETED) {
                        reached("step.completing:" + step.getStepName());
                    }
                    if (name.equals("update") && args[0] instanceof JobExecution job
                            && job.getStatus() == BatchStatus.COMPLETED) {
                        reached("job.completing");
                    }
                    Object result = invoke(repository, method, args);
                    if (name.equals("createJobInstance")) {
                        reached("job.instance-created");
                    }
                    if (name.equals("createStepExecution")) {
                        reached("step.created:" + args[0]);
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
