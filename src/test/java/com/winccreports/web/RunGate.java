package com.winccreports.web;

import com.winccreports.job.JobRunService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Holds the real {@link JobRunService}'s runs at their start while a test closes it, so "while one runs" is a state
 * the test controls instead of a race it hopes to win; counts the runs started. Everything else passes through.
 */
final class RunGate implements BeanPostProcessor {

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger started = new AtomicInteger();

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    int runsStarted() {
        return started.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JobRunService service)) {
            return bean;
        }
        return Proxy.newProxyInstance(JobRunService.class.getClassLoader(), new Class<?>[] {JobRunService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("run")) {
                        started.incrementAndGet();
                        if (!gate.await(5, TimeUnit.MINUTES)) {
                            throw new IllegalStateException("the test never opened the gate");
                        }
                    }
                    try {
                        return method.invoke(service, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
