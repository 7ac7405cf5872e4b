package com.winccreports.security;

/**
 * What a user may do; endpoints ask for a permission, never for a role, so a role's rights are read in one
 * place ({@link Role}). The authority string is what Spring Security checks ({@code hasAuthority}).
 */
public enum Permission {
    /** View reports and exports, their versions and run status; download the published files. */
    REPORTS_READ("reports.read"),
    /** Request a report or an export (a run on demand). */
    REPORTS_REQUEST("reports.request"),
    /** Verify a published package (checksums and signature). */
    PACKAGES_VERIFY("packages.verify"),
    /** Read and export the audit trail. */
    AUDIT_READ("audit.read"),
    /** Change schedules. */
    SCHEDULES_MANAGE("schedules.manage"),
    /** See the users and their roles. */
    USERS_MANAGE("users.manage"),
    /** Actuator endpoints beyond health: info, metrics. */
    SYSTEM_MONITOR("system.monitor");

    private final String authority;

    Permission(String authority) {
        this.authority = authority;
    }

    /** The authority string, e.g. {@code reports.read}. */
    public String authority() {
        return authority;
    }
}
