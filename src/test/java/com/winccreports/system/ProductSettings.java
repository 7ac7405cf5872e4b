package com.winccreports.system;

import com.winccreports.publication.SigningSettings;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every setting the product reads from {@code config/application.yaml}, derived from its configuration records:
 * each {@code @ConfigurationProperties} record's components in kebab case ({@code *} for a map's keys), and the
 * signing settings, which are bound by hand ({@link SigningSettings} and {@code previous-certificates}).
 */
public final class ProductSettings {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private ProductSettings() {
    }

    /** Full names, e.g. {@code wincc-reports.sources.*.retry.max-attempts}. */
    public static Set<String> all() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> settings = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.winccreports")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            collect(type, type.getAnnotation(ConfigurationProperties.class).value(), settings);
        }
        collect(SigningSettings.class, "wincc-reports.packages.signing", settings);
        settings.add("wincc-reports.packages.signing.previous-certificates");
        return settings;
    }

    private static void collect(Class<?> type, String prefix, Set<String> settings) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + CAMEL_HUMP.matcher(component.getName()).replaceAll("$1-$2").toLowerCase();
            Class<?> nested = elementRecord(component.getGenericType());
            if (nested != null) {
                collect(nested, name + (nested == component.getType() ? "" : ".*"), settings);
            } else {
                settings.add(name);
            }
        }
    }

    /** The record a component holds directly or as the elements (values) of a list (map), else null. */
    private static Class<?> elementRecord(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            return elementRecord(arguments[arguments.length - 1]);
        }
        return null;
    }
}
