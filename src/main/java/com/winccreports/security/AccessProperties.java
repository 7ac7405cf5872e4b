package com.winccreports.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the service ({@code wincc-reports.security.*} in {@code config/application.yaml}).
 *
 * @param users   user name to bcrypt hash and roles; none configured means the demo users (embedded source only)
 * @param tokens  bearer tokens issued by {@code POST /api/tokens}
 * @param lockout how many failed logins lock a user or an address, and for how long
 */
@ConfigurationProperties("wincc-reports.security")
public record AccessProperties(Map<String, User> users, Tokens tokens, Lockout lockout) {

    public AccessProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        tokens = tokens == null ? new Tokens(null) : tokens;
        lockout = lockout == null ? new Lockout(null, null) : lockout;
    }

    /**
     * One user.
     *
     * @param passwordHash the bcrypt hash of the password ({@code wincc-reports hash-password} makes one)
     * @param roles        one or more of OPERATOR, QUALITY, AUDITOR, ADMIN
     */
    public record User(String passwordHash, List<Role> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** @param lifetime how long a bearer token is valid (default 15 minutes, at most 24 hours) */
    public record Tokens(Duration lifetime) {

        public Tokens {
            lifetime = lifetime == null ? Duration.ofMinutes(15) : lifetime;
        }
    }

    /**
     * @param user    per user name: default 5 failures within 15 minutes lock it for 15 minutes
     * @param address per client address: default 20 failures within 15 minutes lock it for 15 minutes
     */
    public record Lockout(Limit user, Limit address) {

        public Lockout {
            user = Limit.orDefaults(user, 5);
            address = Limit.orDefaults(address, 20);
        }
    }

    /**
     * @param maxFailures failed logins within {@code window} that lock
     * @param window      how far back failures count
     * @param lockFor     how long the lock lasts; every login is refused meanwhile, the right password too
     */
    public record Limit(Integer maxFailures, Duration window, Duration lockFor) {

        private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

        static Limit orDefaults(Limit limit, int maxFailures) {
            Limit given = limit == null ? new Limit(null, null, null) : limit;
            return new Limit(given.maxFailures() == null ? maxFailures : given.maxFailures(),
                    given.window() == null ? FIFTEEN_MINUTES : given.window(),
                    given.lockFor() == null ? FIFTEEN_MINUTES : given.lockFor());
        }
    }
}
