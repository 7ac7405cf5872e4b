package com.winccreports.wincc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns configured sources into clients: reads the password from the environment or a file, builds the
 * TLS trust and the JDK {@link HttpClient}, and takes the source's node-wide throttle. Fails at start with a
 * message naming the source and property when something is missing.
 */
public final class WinccClientFactory {

    private static final Logger log = LoggerFactory.getLogger(WinccClientFactory.class);

    private final Map<String, String> environment;
    private final Ticker ticker;

    public WinccClientFactory(Map<String, String> environment, Ticker ticker) {
        this.environment = Map.copyOf(environment);
        this.ticker = ticker;
    }

    /** A client of one configured source. */
    public WinccClient create(String name, WinccSourcesProperties.Source source) {
        SourceSettings settings = settings(name, source);
        return create(settings, sslContext(name, source));
    }

    /** A client of resolved settings (the embedded simulator, tests); {@code ssl == null}: JDK default trust. */
    public WinccClient create(SourceSettings settings, SSLContext ssl) {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        if (ssl != null) {
            http.sslContext(ssl);
        }
        return new WinccClient(new WinccTransport(settings, http.build(), ticker, ThreadLocalRandom.current()));
    }

    /**
     * The settings of one configured source, checked and resolved (its password read): a source that cannot
     * be used as configured throws {@link SourceSettingsException} naming the property.
     */
    public SourceSettings settings(String name, WinccSourcesProperties.Source source) {
        if (source.url() == null || source.url().isBlank()) {
            throw new SourceSettingsException("wincc-reports.sources." + name + ".url is missing");
        }
        if (source.user() == null || source.user().isBlank()) {
            throw new SourceSettingsException("wincc-reports.sources." + name + ".user is missing");
        }
        Credentials credentials = new Credentials(source.user(), password(name, source));
        URI url = url(name, source.url());
        if (url.getRawUserInfo() != null) {
            log.warn("wincc-reports.sources.{}.url holds a user and password: they are not used and never written "
                    + "(the url is {}); the source logs in with its user and password-env/password-file", name,
                    SourceSettings.withoutUserInfo(url));
        }
        return new SourceSettings(name, url, credentials, atLeast(name, "page-size", source.pageSize(), 2, 10_000),
                atLeast(name, "max-requests-per-second", source.maxRequestsPerSecond(), 1, 20),
                atLeast(name, "max-concurrent-requests", source.maxConcurrentRequests(), 1, 4),
                orDefault(source.connectTimeout(), Duration.ofSeconds(10)),
                orDefault(source.readTimeout(), Duration.ofSeconds(60)), source.retry(),
                orDefault(source.boundingLookBack(), Duration.ofDays(7)), source.acceptLanguage(),
                source.valuesRequest());
    }

    private char[] password(String name, WinccSourcesProperties.Source source) {
        if (source.passwordEnv() != null) {
            String value = environment.get(source.passwordEnv());
            if (value == null) {
                throw new SourceSettingsException("wincc-reports.sources." + name + ".password-env names "
                        + source.passwordEnv() + ", which is not set in the environment");
            }
            return value.toCharArray();
        }
        if (source.passwordFile() != null) {
            try {
                return Files.readAllLines(source.passwordFile()).stream().findFirst().orElse("").strip().toCharArray();
            } catch (IOException e) {
                throw new SourceSettingsException("wincc-reports.sources." + name + ".password-file "
                        + source.passwordFile() + " cannot be read: " + e.getMessage(), e);
            }
        }
        throw new SourceSettingsException("wincc-reports.sources." + name + " needs password-env or password-file");
    }

    private SSLContext sslContext(String name, WinccSourcesProperties.Source source) {
        try {
            if (source.trustAll()) {
                log.warn("WinCC source '{}': TRUST-ALL is on — any server certificate is accepted; "
                        + "configure a truststore or pinned-certificate-sha256 for production", name);
                return TlsContexts.trustAll();
            }
            if (source.pinnedCertificateSha256() != null) {
                return TlsContexts.pinned(source.pinnedCertificateSha256());
            }
            if (source.truststore() != null) {
                String env = source.truststorePasswordEnv();
                char[] password = env == null ? null : environment.getOrDefault(env, "").toCharArray();
                return TlsContexts.truststore(source.truststore(), password);
            }
            return null;
        } catch (Exception e) {
            throw new SourceSettingsException("wincc-reports.sources." + name + ": TLS trust cannot be set up: "
                    + e.getMessage(), e);
        }
    }

    private static URI url(String name, String url) {
        try {
            URI parsed = new URI(url.strip());
            if (parsed.getScheme() == null || !parsed.getScheme().matches("(?i)https?") || parsed.getHost() == null) {
                throw new SourceSettingsException("wincc-reports.sources." + name + ".url: " + SourceSettings
                        .withoutUserInfo(parsed) + " is not an http(s) URL with a host, e.g. "
                        + "https://scada1.plant.local:34569/WinCCRestService");
            }
            return parsed;
        } catch (java.net.URISyntaxException e) {
            throw new SourceSettingsException("wincc-reports.sources." + name + ".url is not a URL: " + e.getReason(),
                    e);
        }
    }

    private static int atLeast(String name, String property, Integer value, int minimum, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < minimum) {
            throw new SourceSettingsException("wincc-reports.sources." + name + "." + property + " must be at least "
                    + minimum + ", got " + value);
        }
        return value;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
