package com.winccreports.security;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tokens} issues a bearer token to a user who logged in with HTTP Basic (not with a token:
 * a token cannot prolong itself); {@code GET /api/me} tells a client who it is and what it may do.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TokenController {

    private final BearerTokens tokens;
    private final AuditTrail audit;

    TokenController(BearerTokens tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** The token response, in the shape of an OAuth 2 token response. */
    record TokenResponse(String access_token, String token_type, long expires_in, Instant expires_at) {
    }

    @PostMapping("/api/tokens")
    ResponseEntity<?> issue(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                            "A token is issued for a user name and password (HTTP Basic) only, not for a token"));
        }
        BearerTokens.Issued issued = tokens.issue(authentication.getName());
        audit.record(authentication.getName(), AuditActions.TOKEN_ISSUED, "user " + authentication.getName(),
                Map.of("tokenId", issued.id(), "expiresAt", issued.expiresAt().toString(),
                        "address", ThrottledLogin.address(authentication)));
        long seconds = Duration.between(issued.issuedAt(), issued.expiresAt()).toSeconds();
        return ResponseEntity.ok(new TokenResponse(issued.token(), "Bearer", seconds,
                issued.expiresAt()));
    }

    /** Who the caller is: user, roles and permissions, and how it logged in. */
    record Me(String user, List<String> roles, List<String> permissions, String authenticatedBy) {
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .toList();
        return new Me(authentication.getName(),
                authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList(),
                authorities.stream().filter(a -> a.contains(".")).toList(),
                authentication instanceof JwtAuthenticationToken ? "bearer" : "basic");
    }
}
