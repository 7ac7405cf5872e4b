package com.winccreports.security;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/users}: the users of the service and their roles, for administrators (never a hash). Users are
 * changed in {@code config/application.yaml}, not here: the file is what the plant reviews and backs up.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UsersController {

    private final UserDirectory users;

    UsersController(UserDirectory users) {
        this.users = users;
    }

    /** One user and its roles. */
    record UserView(String user, List<String> roles) {
    }

    @GetMapping("/api/users")
    List<UserView> all() {
        return users.roles().entrySet().stream().map(e -> new UserView(e.getKey(), e.getValue())).toList();
    }
}
