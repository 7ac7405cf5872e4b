package com.winccreports.security;

import com.winccreports.publication.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Short-lived bearer tokens for machine clients: a JWT signed with the home folder's HMAC key (HS256), naming
 * the user and a fingerprint of its password hash. A token is accepted only while it has not expired (no
 * clock skew: the service checks what it issued) and its user is still configured with the same password; its
 * rights are the user's roles now, not those it had when the token was issued.
 */
final class BearerTokens {

    static final String ISSUER = "wincc-reports";
    /** Claim holding the fingerprint of the user's password hash: a new password revokes old tokens. */
    static final String CREDENTIAL_CLAIM = "pwd";

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final UserDirectory users;
    private final Duration lifetime;
    private final Clock clock;

    BearerTokens(SecretKey key, UserDirectory users, Duration lifetime, Clock clock) {
        if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new SecurityConfigurationException("wincc-reports.security.tokens.lifetime must be between PT1M "
                    + "and PT24H, was " + lifetime);
        }
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER)));
        this.users = users;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token issued to {@code user}. */
    record Issued(String token, String id, Instant issuedAt, Instant expiresAt) {
    }

    /** A token for {@code username}, who must be configured (its current password hash is fingerprinted). */
    Issued issue(String username) {
        UserDetails user = users.loadUserByUsername(username);
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(user.getUsername()).id(id)
                .issuedAt(now).expiresAt(now.plus(lifetime)).claim(CREDENTIAL_CLAIM, fingerprint(user)).build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return new Issued(jwt.getTokenValue(), id, now, jwt.getExpiresAt());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A verified token as the user it names, checked against the configuration on every request. */
    AbstractAuthenticationToken authentication(Jwt jwt) {
        UserDetails user;
        try {
            user = users.loadUserByUsername(jwt.getSubject());
        } catch (UsernameNotFoundException e) {
            throw new InvalidBearerTokenException("the token's user is no longer configured");
        }
        if (!fingerprint(user).equals(jwt.getClaimAsString(CREDENTIAL_CLAIM))) {
            throw new InvalidBearerTokenException("the token's user has a new password");
        }
        return new JwtAuthenticationToken(jwt, user.getAuthorities(), user.getUsername());
    }

    /** The first 128 bits of SHA-256 over the password hash: changes with the password, reveals nothing of it. */
    private static String fingerprint(UserDetails user) {
        return Sha256.of(user.getPassword().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
