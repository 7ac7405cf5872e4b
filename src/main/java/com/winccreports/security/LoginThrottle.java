package com.winccreports.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per client address and locks either for a while once too many
 * failures fall within the window. While locked, every login of that user (or from that address) is refused
 * before its password is checked — the right one too — so guessing gains nothing. Plain Java, in memory: a
 * restart forgets the counts. At most {@link #MAX_TRACKED} names or addresses are tracked; beyond that, the
 * ones whose failures have all expired are dropped first.
 */
public final class LoginThrottle {

    /** Tracked names or addresses at most (each a few hundred bytes). */
    static final int MAX_TRACKED = 10_000;

    /** The lock a failure started, if it started one. */
    public record Lock(String kind, String key, Instant until, int failures) {
    }

    private final Counter users;
    private final Counter addresses;
    private final Clock clock;

    public LoginThrottle(AccessProperties.Lockout lockout, Clock clock) {
        this.users = new Counter("user", lockout.user());
        this.addresses = new Counter("address", lockout.address());
        this.clock = clock;
    }

    /** Until when {@code user} or {@code address} is locked; empty when a login may be tried. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        Optional<Instant> userLock = users.lockedUntil(user, now);
        Optional<Instant> addressLock = addresses.lockedUntil(address, now);
        if (userLock.isPresent() && addressLock.isPresent()) {
            return Optional.of(userLock.get().isAfter(addressLock.get()) ? userLock.get() : addressLock.get());
        }
        return userLock.isPresent() ? userLock : addressLock;
    }

    /** Counts a failed login; returns the locks it started (none, the user's, the address's or both). */
    public List<Lock> failed(String user, String address) {
        Instant now = clock.instant();
        List<Lock> started = new ArrayList<>(2);
        users.failed(user, now).ifPresent(started::add);
        addresses.failed(address, now).ifPresent(started::add);
        return started;
    }

    /** A good login clears the user's failures (not the address's: one good login must not hide guessing). */
    public void succeeded(String user) {
        users.clear(user);
    }

    /** Failures and lock of one kind (user names or addresses). */
    private static final class Counter {
        private final String kind;
        private final AccessProperties.Limit limit;
        private final Map<String, Attempts> byKey = new ConcurrentHashMap<>();

        Counter(String kind, AccessProperties.Limit limit) {
            this.kind = kind;
            this.limit = limit;
        }

        Optional<Instant> lockedUntil(String key, Instant now) {
            Attempts attempts = key == null ? null : byKey.get(key);
            return attempts == null ? Optional.empty() : attempts.lockedUntil(now);
        }

        Optional<Lock> failed(String key, Instant now) {
            if (key == null) {
                return Optional.empty();
            }
            if (byKey.size() >= MAX_TRACKED && !byKey.containsKey(key)) {
                byKey.values().removeIf(attempts -> attempts.expired(now, limit.window()));
            }
            Attempts attempts = byKey.computeIfAbsent(key, k -> new Attempts());
            return attempts.failed(now, limit).map(until -> new Lock(kind, key, until, limit.maxFailures()));
        }

        void clear(String key) {
            if (key != null) {
                byKey.remove(key);
            }
        }
    }

    /** The recent failures of one key and its lock. */
    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
        }

        synchronized Optional<Instant> failed(Instant now, AccessProperties.Limit limit) {
            if (now.isBefore(lockedUntil)) {
                return Optional.empty();        // already locked: the lock is not extended
            }
            Instant windowStart = now.minus(limit.window());
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(windowStart)) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() < limit.maxFailures()) {
                return Optional.empty();
            }
            failures.clear();
            lockedUntil = now.plus(limit.lockFor());
            return Optional.of(lockedUntil);
        }

        synchronized boolean expired(Instant now, Duration window) {
            return !now.isBefore(lockedUntil) && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
        }
    }
}
