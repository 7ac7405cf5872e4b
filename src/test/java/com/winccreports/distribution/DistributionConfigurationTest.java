package com.winccreports.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.system.ProductSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The distribution's {@code config/application.yaml} names every setting the product reads
 * ({@link ProductSettings}), so a plant engineer finds each one there, commented, with its default.
 */
class DistributionConfigurationTest {

    private static final Path SHIPPED_CONFIG = Path.of("src/dist/config/application.yaml");

    @Test
    void theShippedConfigurationNamesEverySettingOfTheProduct() throws Exception {
        String config = Files.readString(SHIPPED_CONFIG);
        Set<String> settings = ProductSettings.all();

        assertThat(settings).as("settings found").hasSizeGreaterThan(30);
        assertThat(settings).allSatisfy(setting -> assertThat(config)
                .as("%s names %s", SHIPPED_CONFIG, setting)
                .containsPattern("(^|[\\s{,#])" + Pattern.quote(setting.substring(setting.lastIndexOf('.') + 1)) + ":"));
    }
}
