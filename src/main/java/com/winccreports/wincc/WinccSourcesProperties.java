package com.winccreports.wincc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WinCC servers reports read from: {@code wincc-reports.sources.<name>.*} in
 * {@code config/application.yaml}. None configured means the embedded simulator (source {@code embedded}).
 *
 * @param sources servers by name; the name appears in logs, errors and job definitions
 */
@ConfigurationProperties("wincc-reports")
public record WinccSourcesProperties(Map<String, Source> sources) {

    public WinccSourcesProperties {
        sources = sources == null ? Map.of() : new TreeMap<>(sources);
    }

    /**
     * One WinCC server. Passwords only by reference (environment variable or file), never inline.
     *
     * @param url                      base URL, e.g. {@code https://scada1:34569/WinCCRestService}
     * @param user                     WinCC user (a read-only account is recommended)
     * @param passwordEnv              environment variable holding the password
     * @param passwordFile             file holding the password (first line; e.g. a Docker/K8s secret)
     * @param truststore               PKCS12/JKS truststore with the plant's certificate or CA
     * @param truststorePasswordEnv    environment variable holding the truststore password
     * @param pinnedCertificateSha256  SHA-256 fingerprint (hex, colons allowed) of the one server certificate to trust
     * @param trustAll                 trust any certificate — testing only, logged as a warning at every start
     * @param maxRequestsPerSecond     request starts allowed in any one second (default 20)
     * @param maxConcurrentRequests    requests in flight at once (default 4)
     * @param pageSize                 values asked per archive request; the server may cap it lower (default 10000)
     * @param connectTimeout           connect timeout (default 10 s)
     * @param readTimeout              time allowed for one whole answer, headers and body (default 60 s)
     * @param retry                    retry policy of transient failures
     * @param boundingLookBack         how far before a window the value in force may lie (default 7 days)
     * @param acceptLanguage           language of texts (default en-US)
     * @param valuesRequest            {@code query} (default) or {@code body}: the form of archive value requests
     */
    public record Source(String url, String user, String passwordEnv, Path passwordFile, Path truststore,
            String truststorePasswordEnv, String pinnedCertificateSha256, boolean trustAll,
            Integer maxRequestsPerSecond, Integer maxConcurrentRequests, Integer pageSize, Duration connectTimeout,
            Duration readTimeout, RetrySettings retry, Duration boundingLookBack, String acceptLanguage,
            SourceSettings.ValuesRequestForm valuesRequest) {

        @Override
        public String toString() {
            return "Source[url=" + url + ", user=" + user + ", passwordEnv=" + passwordEnv + ", passwordFile="
                    + passwordFile + ", truststore=" + truststore + ", pinned=" + (pinnedCertificateSha256 != null)
                    + ", trustAll=" + trustAll + ", maxRequestsPerSecond=" + maxRequestsPerSecond
                    + ", maxConcurrentRequests=" + maxConcurrentRequests + ", pageSize=" + pageSize + "]";
        }
    }
}
