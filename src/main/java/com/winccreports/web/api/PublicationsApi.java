package com.winccreports.web.api;

import com.winccreports.web.InvalidParameterException;
import com.winccreports.web.PackageCheck;
import com.winccreports.web.PackageVerifications;
import com.winccreports.web.PublishedFiles;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published versions: {@code GET /api/publications} lists them, {@code GET /api/publications/{job}/{period}/{version}}
 * shows one with its files (size, SHA-256, download address), {@code POST .../verification} verifies the package
 * against its manifest (an audit row each).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class PublicationsApi {

    private final PublishedFiles published;
    private final PackageVerifications verifications;

    PublicationsApi(PublishedFiles published, PackageVerifications verifications) {
        this.published = published;
        this.verifications = verifications;
    }

    @GetMapping("/api/publications")
    List<PublishedFiles.PublishedVersion> recent(@RequestParam(required = false) String job,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameterException("limit", "limit is 1 to 1000, got " + limit);
        }
        return published.recent(job, limit);
    }

    @GetMapping("/api/publications/{job}/{period}/{version}")
    PublishedFiles.PublishedVersion version(@PathVariable String job, @PathVariable String period,
            @PathVariable String version) {
        return published.version(job, period, version);
    }

    @PostMapping("/api/publications/{job}/{period}/{version}/verification")
    PackageCheck.Verification verify(@PathVariable String job, @PathVariable String period,
            @PathVariable String version, Authentication user) {
        return verifications.verify(job, period, version, user.getName());
    }
}
