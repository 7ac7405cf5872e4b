package com.winccreports.shiftreport;

import com.winccreports.job.HaltPoints;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
