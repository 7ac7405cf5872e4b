package com.winccreports.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a user is given in {@code config/application.yaml}, and the permissions each carries. Every role
 * includes OPERATOR's (view and download); beyond that they do not include each other: an administrator
 * does not request reports or read the audit trail by being one (who runs the system is not who audits it).
 * A user who needs two roles is given both.
 */
public enum Role {
    /** Views and downloads reports. */
    OPERATOR(EnumSet.of(Permission.REPORTS_READ)),
    /** Also requests reports and exports. */
    QUALITY(EnumSet.of(Permission.REPORTS_READ, Permission.REPORTS_REQUEST)),
    /** Also verifies packages and reads the audit trail. */
    AUDITOR(EnumSet.of(Permission.REPORTS_READ, Permission.PACKAGES_VERIFY, Permission.AUDIT_READ)),
    /** Also manages schedules and users and reads the service's metrics. */
    ADMIN(EnumSet.of(Permission.REPORTS_READ, Permission.SCHEDULES_MANAGE, Permission.USERS_MANAGE,
            Permission.SYSTEM_MONITOR));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    /** The authority string of the role itself, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
