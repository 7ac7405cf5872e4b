package com.winccreports.web.api;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-user request limit on the API: at most {@code requestsPerMinute} calls per user and minute (any endpoint);
 * beyond that {@code 429 Too Many Requests} as problem+json with {@code Retry-After}. Runs after Spring Security,
 * so the limit is per logged-in user; a request without a user was already refused.
 */
final class ApiRequestLimit extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RateLimiterRegistry limiters;
    private final int requestsPerMinute;

    ApiRequestLimit(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom().limitForPeriod(requestsPerMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1)).timeoutDuration(Duration.ZERO).build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || !request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiter limiter = limiters.rateLimiter(user.getName());
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = limiter instanceof AtomicRateLimiter atomic
                ? Math.max(1, (atomic.getDetailedMetrics().getNanosToWait() + 999_999_999L) / 1_000_000_000L) : 60;
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", user.getName() + " made more than " + requestsPerMinute + " API requests within a "
                + "minute; try again in " + seconds + " s");
        problem.put("instance", request.getRequestURI());
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
