package com.winccreports.wincc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One WinCC server as the client uses it, resolved from configuration (password read, defaults applied).
 *
 * @param name                  source name, used in every log line and error message
 * @param baseUri               base URI ending with {@code /WinCCRestService}
 * @param credentials           Basic-auth user and password (masked in {@link #toString()})
 * @param pageSize              {@code maxValues} asked per archive request (the server may cap it lower)
 * @param maxRequestsPerSecond  request starts allowed in any one-second interval
 * @param maxConcurrentRequests requests allowed in flight at once
 * @param connectTimeout        TCP/TLS connect timeout
 * @param readTimeout           time allowed for one whole answer, headers and body
 * @param retry                 retry policy of transient failures
 * @param boundingLookBack      how far before a window a bounding value may lie
 * @param acceptLanguage        {@code Accept-Language} sent (language of texts)
 * @param valuesRequest         how archive values are asked for (docs/wincc-rest.md §3: query form, or body form as fallback)
 */
public record SourceSettings(String name, URI baseUri, Credentials credentials, int pageSize, int maxRequestsPerSecond,
        int maxConcurrentRequests, Duration connectTimeout, Duration readTimeout, RetrySettings retry,
        Duration boundingLookBack, String acceptLanguage, ValuesRequestForm valuesRequest) {

    /** The two request forms of docs/wincc-rest.md §3. */
    public enum ValuesRequestForm { QUERY, BODY }

    public SourceSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(credentials, "credentials");
        String text = withoutUserInfo(baseUri).toString();
        baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (pageSize < 2) {
            throw new IllegalArgumentException("source " + name + ": page-size must be >= 2, got " + pageSize);
        }
        retry = retry == null ? RetrySettings.defaults() : retry;
        acceptLanguage = acceptLanguage == null ? "en-US" : acceptLanguage;
        valuesRequest = valuesRequest == null ? ValuesRequestForm.QUERY : valuesRequest;
    }

    /**
     * {@code uri} without a {@code user:password@} part: credentials come from {@link #credentials()} only, and
     * the base URI is written into logs, messages and manifests.
     */
    public static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        String text = uri.toString();
        int at = text.indexOf(uri.getRawUserInfo() + "@");
        return URI.create(text.substring(0, at) + text.substring(at + uri.getRawUserInfo().length() + 1));
    }

    /** Settings with the product's defaults for everything but address and credentials. */
    public static SourceSettings withDefaults(String name, URI baseUri, Credentials credentials) {
        return new SourceSettings(name, baseUri, credentials, 10_000, 20, 4, Duration.ofSeconds(10),
                Duration.ofSeconds(60), RetrySettings.defaults(), Duration.ofDays(7), "en-US", ValuesRequestForm.QUERY);
    }

    /** A copy with another page size. */
    public SourceSettings withPageSize(int size) {
        return new SourceSettings(name, baseUri, credentials, size, maxRequestsPerSecond, maxConcurrentRequests,
                connectTimeout, readTimeout, retry, boundingLookBack, acceptLanguage, valuesRequest);
    }

    /** A copy with other limits. */
    public SourceSettings withLimits(int perSecond, int concurrent) {
        return new SourceSettings(name, baseUri, credentials, pageSize, perSecond, concurrent,
                connectTimeout, readTimeout, retry, boundingLookBack, acceptLanguage, valuesRequest);
    }

    /** A copy with another retry policy. */
    public SourceSettings withRetry(RetrySettings policy) {
        return new SourceSettings(name, baseUri, credentials, pageSize, maxRequestsPerSecond, maxConcurrentRequests,
                connectTimeout, readTimeout, policy, boundingLookBack, acceptLanguage, valuesRequest);
    }
}
