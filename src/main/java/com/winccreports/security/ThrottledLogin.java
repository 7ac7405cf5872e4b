package com.winccreports.security;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A user-name-and-password login (the form or HTTP Basic) behind the {@link LoginThrottle}: refused unchecked
 * while the user or the client address is locked, counted when it fails. Failed logins and locks are audit
 * rows; a lock's refused attempts are logged, not recorded one by one (a flood must not fill the database).
 */
final class ThrottledLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogin.class);

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final String method;

    /** @param method how the credentials came, for the audit rows: {@code form} or {@code basic} */
    ThrottledLogin(AuthenticationProvider passwordCheck, LoginThrottle throttle, AuditTrail audit, String method) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.audit = audit;
        this.method = method;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String user = login.getName().length() > 100 ? login.getName().substring(0, 100) : login.getName();
        String address = address(login);
        Optional<Instant> locked = throttle.lockedUntil(user, address);
        if (locked.isPresent()) {
            log.warn("Login of '{}' from {} refused: locked until {}", user, address, locked.get());
            throw new LockedException("too many failed logins; try again later");
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(login);
            throttle.succeeded(user);
            return authenticated;
        } catch (AuthenticationException e) {
            failed(user, address, e);
            throw e instanceof BadCredentialsException ? e : new BadCredentialsException("bad credentials", e);
        }
    }

    private void failed(String user, String address, AuthenticationException reason) {
        audit.record(user, AuditActions.LOGIN_FAILED, "user " + user,
                Map.of("address", address, "method", method, "reason", reason.getClass().getSimpleName()));
        for (LoginThrottle.Lock lock : throttle.failed(user, address)) {
            log.warn("{} '{}' locked until {} after {} failed logins", lock.kind(), lock.key(), lock.until(),
                    lock.failures());
            audit.record(user, AuditActions.LOGIN_LOCKED, lock.kind() + " " + lock.key(),
                    Map.of("until", lock.until().toString(), "failures", Integer.toString(lock.failures())));
        }
    }

    static String address(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
