package com.winccreports.security;

import com.winccreports.audit.AuditExport;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which permission each endpoint of the API and the page asks for — the one table behind the role matrix of
 * docs/operations.md. An endpoint not listed needs a login and nothing more ({@code /api/me}, {@code /api/tokens},
 * the OpenAPI description); pages' static files and the login page need none.
 */
final class EndpointRules {

    /** {@code method} ({@code null}: any) on {@code pattern} needs {@code permission}. */
    record Rule(HttpMethod method, String pattern, Permission permission) {
    }

    /** The folder under {@code output/} of the audit trail's exports ({@code audit.AuditExport}). */
    static final String AUDIT_EXPORTS = AuditExport.FOLDER;

    static final List<Rule> API = List.of(
            new Rule(HttpMethod.GET, "/api/jobs/*/batches", Permission.REPORTS_REQUEST),
            new Rule(HttpMethod.GET, "/api/jobs", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/jobs/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.POST, "/api/runs", Permission.REPORTS_REQUEST),
            new Rule(HttpMethod.GET, "/api/runs", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/runs/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/executions", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/publications", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/publications/*/*/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.POST, "/api/publications/*/*/*/verification", Permission.PACKAGES_VERIFY),
            // the audit trail's exports are the auditors' (before the general download rules: the first match decides)
            new Rule(HttpMethod.GET, "/api/files/" + AUDIT_EXPORTS + "/**", Permission.AUDIT_READ),
            new Rule(HttpMethod.GET, "/api/packages/" + AUDIT_EXPORTS + "/**", Permission.AUDIT_READ),
            new Rule(HttpMethod.GET, "/api/files/**", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/packages/*/*/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/schedules", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/api/schedules/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.PUT, "/api/schedules/*/pause", Permission.SCHEDULES_MANAGE),
            new Rule(HttpMethod.DELETE, "/api/schedules/*/pause", Permission.SCHEDULES_MANAGE),
            new Rule(HttpMethod.GET, "/api/audit", Permission.AUDIT_READ),
            new Rule(HttpMethod.POST, "/api/audit/verification", Permission.AUDIT_READ),
            new Rule(HttpMethod.POST, "/api/audit/exports", Permission.AUDIT_READ),
            new Rule(HttpMethod.GET, "/api/users", Permission.USERS_MANAGE));

    static final List<Rule> PAGES = List.of(
            new Rule(null, "/request", Permission.REPORTS_REQUEST),
            new Rule(null, "/request/**", Permission.REPORTS_REQUEST),
            new Rule(HttpMethod.GET, "/", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/runs/**", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/files/" + AUDIT_EXPORTS + "/**", Permission.AUDIT_READ),
            new Rule(HttpMethod.GET, "/packages/" + AUDIT_EXPORTS + "/**", Permission.AUDIT_READ),
            new Rule(HttpMethod.GET, "/packages/*/*/*", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/files", Permission.REPORTS_READ),
            new Rule(HttpMethod.GET, "/files/**", Permission.REPORTS_READ),
            new Rule(null, "/verify", Permission.PACKAGES_VERIFY),
            new Rule(null, "/verify/**", Permission.PACKAGES_VERIFY),
            new Rule(HttpMethod.GET, "/schedules", Permission.REPORTS_READ),
            new Rule(HttpMethod.POST, "/schedules/**", Permission.SCHEDULES_MANAGE),
            new Rule(null, "/audit", Permission.AUDIT_READ),
            new Rule(null, "/audit/**", Permission.AUDIT_READ));

    /** Open to anyone: the login page and what it shows (styles, the language switch). */
    static final String[] OPEN_PAGES = {"/login", "/css/**", "/webjars/**", "/favicon.ico"};

    private EndpointRules() {
    }

    static void apply(List<Rule> rules,
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (Rule rule : rules) {
            var matcher = rule.method() == null ? requests.requestMatchers(rule.pattern())
                    : requests.requestMatchers(rule.method(), rule.pattern());
            matcher.hasAuthority(rule.permission().authority());
        }
    }
}
