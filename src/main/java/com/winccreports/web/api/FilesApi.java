package com.winccreports.web.api;

import com.winccreports.audit.AuditActions;
import com.winccreports.audit.AuditTrail;
import com.winccreports.web.PublishedFiles;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of published files and of a version's package ZIP, for programs ({@code /api/files/...},
 * {@code /api/packages/<job>/<period>/v<n>}) and for the page ({@code /files/...}, {@code /packages/...}, the
 * session login): streamed from disk with {@code Content-Length}, byte ranges ({@code Range}, 206) and the SHA-256
 * the package's manifest records for the file (for the ZIP: of its bytes) — hex in {@code X-Checksum-SHA256} and
 * as {@code Repr-Digest} (RFC 9530) — so a client checks what it received. Every download is an audit row.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
class FilesApi {

    /** The SHA-256 of the whole file as the manifest records it, lower-case hex. */
    static final String CHECKSUM_HEADER = "X-Checksum-SHA256";

    private final PublishedFiles published;
    private final AuditTrail audit;

    FilesApi(PublishedFiles published, AuditTrail audit) {
        this.published = published;
        this.audit = audit;
    }

    @GetMapping({"/api/files/{job}/{period}/{version}/{*file}", "/files/{job}/{period}/{version}/{*file}"})
    ResponseEntity<Resource> download(@PathVariable String job, @PathVariable String period,
            @PathVariable String version, @PathVariable String file,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range, Authentication user) {
        return send(published.download(job, period, version, file), job + " " + period + " " + version + " "
                + file.substring(1), range, user);
    }

    @GetMapping({"/api/packages/{job}/{period}/{version}", "/packages/{job}/{period}/{version}"})
    ResponseEntity<Resource> packageZip(@PathVariable String job, @PathVariable String period,
            @PathVariable String version, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            Authentication user) {
        PublishedFiles.Download zip = published.packageZip(job, period, version);
        return send(zip, job + " " + period + " " + version + " " + zip.name(), range, user);
    }

    /** Streams {@code download} (Spring's resource handling answers a {@code Range} with 206), as an audit row. */
    private ResponseEntity<Resource> send(PublishedFiles.Download download, String target, String range,
            Authentication user) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("bytes", Long.toString(download.bytes()));
        details.put("sha256", download.sha256());
        if (range != null) {
            details.put("range", range);
        }
        audit.record(user.getName(), AuditActions.DOWNLOAD, target, details);
        MediaType type = MediaTypeFactory.getMediaType(download.name()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.name(), StandardCharsets.UTF_8).build().toString())
                .header(CHECKSUM_HEADER, download.sha256())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(download.sha256())) + ":")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(new FileSystemResource(download.file()));
    }
}
