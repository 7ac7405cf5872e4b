package com.winccreports.security;

import static com.winccreports.security.ServeFixture.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens outlive a restart of the service (the key is the home folder's), but not their user: removed from
 * the configuration, or given a new password, its tokens are refused at the next start.
 */
class TokenRevocationTest {

    @TempDir
    Path root;

    @Test
    void aTokenIsRefusedOnceItsUserIsRemovedOrHasANewPassword() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, String> users = Map.of("quality", "quality-pw-1", "auditor", "auditor-pw-1", "admin", "admin-pw-1");
        try (ServeFixture serve = new ServeFixture(root, users, "")) {
            serve.start();
            String removed = token(serve, client, "quality", "quality-pw-1");
            String kept = token(serve, client, "auditor", "auditor-pw-1");
            String newPassword = token(serve, client, "admin", "admin-pw-1");
            serve.stop();

            serve.writeConfig(Map.of("auditor", "auditor-pw-1", "admin", "admin-pw-2"), "");
            serve.start();

            assertThat(me(serve, client, removed).statusCode()).as("user removed").isEqualTo(401);
            assertThat(me(serve, client, kept).statusCode()).as("user kept, service restarted").isEqualTo(200);
            assertThat(me(serve, client, newPassword).statusCode()).as("password changed").isEqualTo(401);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    serve.home.data().resolve(TokenKey.FILE_NAME)))).isEqualTo("rw-------");
        }
    }

    private static String token(ServeFixture serve, HttpClient client, String user, String password) throws Exception {
        HttpResponse<String> issued = serve.send(client, "POST", "/api/tokens", basic(user, password), null);
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> me(ServeFixture serve, HttpClient client, String token) throws Exception {
        return serve.send(client, "GET", "/api/me", "Bearer " + token, null);
    }
}
