package com.winccreports.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the service, from {@code wincc-reports.security.users}, each with the authorities of its roles
 * (the role itself and every permission it carries). Asked on every request — HTTP Basic, bearer token — so a
 * user removed from the configuration is refused from the next start on, tokens included.
 *
 * <p>With no users configured and the embedded simulator as the only source, the demo users (one per role,
 * password = name) are used; with a real WinCC source and no users, the service refuses to start.
 */
public final class UserDirectory implements UserDetailsService {

    /** The demo users' names (each one's password is its name): one per role. */
    public static final Map<String, Role> DEMO_USERS = demoUsers();

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");
    private static final String PROPERTY = "wincc-reports.security.users";

    private final Map<String, UserDetails> users;
    private final boolean demo;

    private UserDirectory(Map<String, UserDetails> users, boolean demo) {
        this.users = Map.copyOf(users);
        this.demo = demo;
    }

    /**
     * The configured users, checked; the demo users when none are configured and {@code embeddedSourceOnly}.
     *
     * @throws SecurityConfigurationException naming the user and field at fault, or the missing users
     */
    public static UserDirectory of(AccessProperties properties, boolean embeddedSourceOnly, PasswordEncoder encoder) {
        if (properties.users().isEmpty()) {
            if (!embeddedSourceOnly) {
                throw new SecurityConfigurationException("No users configured: serve refuses to start with a real "
                        + "WinCC source. Add " + PROPERTY + " to config/application.yaml (hash each password "
                        + "with: wincc-reports hash-password) — see docs/operations.md, Users and roles.");
            }
            Map<String, UserDetails> demoUsers = new LinkedHashMap<>();
            DEMO_USERS.forEach((name, role) -> demoUsers.put(name, user(name, encoder.encode(name), List.of(role))));
            return new UserDirectory(demoUsers, true);
        }
        Map<String, UserDetails> configured = new LinkedHashMap<>();
        properties.users().forEach((name, user) -> configured.put(name, checked(name, user)));
        return new UserDirectory(configured, false);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = username == null ? null : users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUserDetails(user).build();  // a copy: Spring Security erases credentials after a login
    }

    /** Whether these are the demo users. */
    public boolean demo() {
        return demo;
    }

    /** The user names, for the start-up log. */
    public Set<String> names() {
        return users.keySet();
    }

    /** The authorities of {@code roles}: each role and every permission it carries. */
    public static Set<GrantedAuthority> authorities(Collection<Role> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        }
        return authorities;
    }

    private static UserDetails checked(String name, AccessProperties.User user) {
        String field = PROPERTY + "." + name;
        if (!name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new SecurityConfigurationException(field + ": a user name is 1-100 letters, digits or . _ @ -");
        }
        if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
            throw new SecurityConfigurationException(field + ".password-hash is not a bcrypt hash: make one with "
                    + "`wincc-reports hash-password` (never put the password itself in the file)");
        }
        if (user.roles().isEmpty()) {
            throw new SecurityConfigurationException(field + ".roles is empty: give one or more of "
                    + List.of(Role.values()));
        }
        return user(name, user.passwordHash(), user.roles());
    }

    private static UserDetails user(String name, String hash, List<Role> roles) {
        return User.withUsername(name).password(hash).authorities(authorities(roles)).build();
    }

    private static Map<String, Role> demoUsers() {
        Map<String, Role> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            users.put(role.name().toLowerCase(java.util.Locale.ROOT), role);
        }
        return java.util.Collections.unmodifiableMap(users);
    }
}
