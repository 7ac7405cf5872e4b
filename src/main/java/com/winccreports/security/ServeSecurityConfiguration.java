package com.winccreports.security;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Security of the {@code serve} context. Two filter chains:
 * <ul>
 * <li>machine clients, {@code /api/**} and {@code /actuator/**}: HTTP Basic or a bearer token on every request,
 * no session, no CSRF (neither credential is sent by a browser on its own: the 401 challenges with
 * {@code Bearer} only, so no browser caches a Basic login); health is open to anyone, the other actuator
 * endpoints need {@link Permission#SYSTEM_MONITOR};</li>
 * <li>pages, everything else: form login with a session and CSRF tokens on every form post.</li>
 * </ul>
 * Both check user name and password through the {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
class ServeSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServeSecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(AccessProperties properties, Environment environment, PasswordEncoder encoder) {
        UserDirectory users = UserDirectory.of(properties, !sourcesConfigured(environment), encoder);
        if (users.demo()) {
            log.warn("""

                    ************************************************************************************
                    DEMO USERS ACTIVE — no users configured and the source is the embedded simulator.
                    Log in as operator/operator, quality/quality, auditor/auditor or admin/admin.
                    Configure wincc-reports.security.users before connecting a real WinCC.
                    ************************************************************************************""");
        } else {
            log.info("Users: {}", users.names());
        }
        return users;
    }

    @Bean
    LoginThrottle loginThrottle(AccessProperties properties, Clock clock) {
        return new LoginThrottle(properties.lockout(), clock);
    }

    @Bean
    BearerTokens bearerTokens(@Value("${wincc-reports.home}") Path home, UserDirectory users,
            AccessProperties properties, Clock clock) {
        return new BearerTokens(TokenKey.in(home.resolve("data")), users, properties.tokens().lifetime(), clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http, UserDirectory users, PasswordEncoder encoder,
            LoginThrottle throttle, AuditTrail audit, BearerTokens tokens) throws Exception {
        JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(tokens.decoder());
        bearer.setJwtAuthenticationConverter(tokens::authentication);
        BearerChallenge challenge = new BearerChallenge();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasAuthority(Permission.SYSTEM_MONITOR.authority())
                            .requestMatchers(HttpMethod.POST, "/api/tokens").authenticated();
                    EndpointRules.apply(EndpointRules.API, requests);
                    requests.anyRequest().authenticated();
                })
                .authenticationManager(logins(users, encoder, throttle, audit, "basic"))
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(challenge)
                        .accessDeniedHandler(challenge).jwt(jwt -> jwt.authenticationManager(new ProviderManager(bearer))))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge)
                        .accessDeniedHandler(challenge))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserDirectory users, PasswordEncoder encoder,
            LoginThrottle throttle, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(EndpointRules.OPEN_PAGES).permitAll();
                    EndpointRules.apply(EndpointRules.PAGES, requests);
                    requests.anyRequest().authenticated();
                })
                .authenticationManager(logins(users, encoder, throttle, audit, "form"))
                .formLogin(form -> form.loginPage("/login").successHandler(auditedLogin(audit)).permitAll())
                .logout(logout -> logout.permitAll());
        return http.build();
    }

    private static AuthenticationManager logins(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditTrail audit, String method) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledLogin(passwords, throttle, audit, method));
    }

    private static AuthenticationSuccessHandler auditedLogin(AuditTrail audit) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            audit.record(authentication.getName(), AuditActions.LOGIN, "user " + authentication.getName(),
                    Map.of("address", request.getRemoteAddr(), "method", "form"));
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Whether any {@code wincc-reports.sources.*} is set: then the source is a real WinCC, not the simulator. */
    static boolean sourcesConfigured(Environment environment) {
        ConfigurationPropertyName sources = ConfigurationPropertyName.of("wincc-reports.sources");
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source.containsDescendantOf(sources) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }
}
