package com.winccreports.wincc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** User and password of one WinCC server; the password never appears in {@link #toString()}. */
public record Credentials(String user, char[] password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        password = password == null ? new char[0] : password.clone();
    }

    /** The {@code Authorization} header value of HTTP Basic. */
    String basicAuthorization() {
        byte[] raw = (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(raw);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credentials c && user.equals(c.user) && java.util.Arrays.equals(password, c.password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
