package com.winccreports.shiftreport;

import com.winccreports.system.HomeFolder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database job tests run against: a file H2 in the test home by default; PostgreSQL when
 * {@code -Dwincc-reports.test.postgres-url=jdbc:postgresql://...} is given (.ci/run does), each test home in a
 * schema of its own so tests stay independent.
 */
public final class TestDatabase {

    public static final String POSTGRES_URL = "wincc-reports.test.postgres-url";

    private TestDatabase() {
    }

    public static boolean postgres() {
        return System.getProperty(POSTGRES_URL) != null;
    }

    /** {@code spring.datasource.*} for a home folder. */
    public static Map<String, Object> datasource(HomeFolder home) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (!postgres()) {
            // the product's durability setting (application.yaml), so a halted child JVM leaves what a killed run leaves
            properties.put("spring.datasource.url", "jdbc:h2:file:" + home.data().resolve("wincc-reports")
                    + ";WRITE_DELAY=0");
            return properties;
        }
        String schema = "t_" + Integer.toHexString(home.root().toString().hashCode());
        String url = System.getProperty(POSTGRES_URL);
        try (Connection connection = DriverManager.getConnection(url, user(), password())) {
            connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema + " in " + url, e);
        }
        properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        return properties;
    }

    /** A plain data source on the database of {@code home} (for tests without a Spring context). */
    public static DriverManagerDataSource dataSource(HomeFolder home) {
        Map<String, Object> properties = datasource(home);
        return new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.getOrDefault("spring.datasource.username", "sa"),
                (String) properties.getOrDefault("spring.datasource.password", ""));
    }

    /**
     * The {@code spring.datasource.*} entries as command-line arguments. Builder properties are only defaults:
     * the product's {@code application.yaml} names its H2 file and would win over them.
     */
    public static String[] overridingArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().filter(e -> e.getKey().startsWith("spring.datasource."))
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    static String user() {
        return System.getProperty("wincc-reports.test.postgres-user", "wincc");
    }

    static String password() {
        return System.getProperty("wincc-reports.test.postgres-password", "wincc");
    }
}
