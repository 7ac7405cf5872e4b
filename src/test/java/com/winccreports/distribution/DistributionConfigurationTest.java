package com.winccreports.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The distribution's {@code config/application.yaml} names every setting the product binds with
 * {@code @ConfigurationProperties}, so a plant engineer finds each one there, commented, with its default.
 */
class DistributionConfigurationTest {

    private static final Path SHIPPED_CONFIG = Path.of("src/dist/config/application.yaml");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    @Test
    void theShippedConfigurationNamesEverySettingOfTheProduct() throws Exception {
        String config = Files.readString(SHIPPED_CONFIG);
        Set<String> settings = productSettings();

        assertThat(settings).as("settings found").hasSizeGreaterThan(30);
        assertThat(settings).allSatisfy(setting -> assertThat(config)
                .as("%s names %s", SHIPPED_CONFIG, setting)
                .containsPattern("(^|[\\s{,#])" + Pattern.quote(setting.substring(setting.lastIndexOf('.') + 1)) + ":"));
    }

    /** Every leaf property of the product's configuration records, e.g. {@code sources.*.retry.max-attempts}. */
    private static Set<String> productSettings() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<String> settings = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.winccreports")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            collect(type, type.getAnnotation(ConfigurationProperties.class).value(), settings);
        }
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
