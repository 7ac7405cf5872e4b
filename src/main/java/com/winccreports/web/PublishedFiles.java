package com.winccreports.web;

import com.winccreports.job.publish.Publication;
import com.winccreports.job.publish.PublicationStore;
import com.winccreports.publication.PackageFile;
import com.winccreports.publication.PackageLayout;
import com.winccreports.publication.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published versions under {@code output/} as the API and the page offer them: the register's list, a
 * version's files from its manifest, and a file to download. Every name from a request is checked against what
 * a published name can be, resolved inside the output folder (links out of it refused) and must be a file the
 * manifest lists (or the manifest, its signature and certificate): nothing else under the home folder is served.
 */
public final class PublishedFiles {

    static final String MANIFEST = PackageLayout.MANIFEST;
    private static final Pattern JOB = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern PERIOD = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,199}");
    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,5})");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,199}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A published version and its files ({@code available} false when housekeeping removed its folder). */
    public record PublishedVersion(String job, String period, int version, String lines, Instant publishedAt,
            boolean incompleteData, Integer supersededBy, long executionId, boolean available,
            List<PackageFile> files) {
    }

    /** A file to send: where it is, its size and the SHA-256 the package records for it. */
    public record Download(Path file, String name, long bytes, String sha256) {
    }

    private final Path output;
    private final PublicationStore register;

    public PublishedFiles(Path output, PublicationStore register) {
        this.output = output;
        this.register = register;
    }

    /** The newest published versions, of one job or of all ({@code job == null}), newest first. */
    public List<PublishedVersion> recent(String job, int limit) {
        if (job != null) {
            checked(JOB, job, "job");
        }
        return register.recent(job, limit).stream().map(p -> version(p, false)).toList();
    }

    /** One published version with its files. */
    public PublishedVersion version(String job, String period, String version) {
        Publication publication = register.version(checked(JOB, job, "job"), checked(PERIOD, period, "period"),
                number(version)).orElseThrow(() -> notFound("version", job + " " + period + " " + version
                        + " was never published"));
        return version(publication, true);
    }

    /** The folder of a published version, which must exist. */
    public Path folder(String job, String period, String version) {
        Path folder = inside(output.resolve(checked(JOB, job, "job")).resolve(checked(PERIOD, period, "period"))
                .resolve("v" + number(version)));
        if (!Files.isDirectory(folder)) {
            throw notFound("version", job + " " + period + " " + version + " is not in output/ (never published, "
                    + "or removed by housekeeping)");
        }
        return folder;
    }

    /** A file of a published version; {@code file} is its path inside the package ({@code /}-separated). */
    public Download download(String job, String period, String version, String file) {
        Path folder = folder(job, period, version);
        String path = relative(file);
        Path target = inside(folder.resolve(path));
        if (!target.startsWith(folder) || !Files.isRegularFile(target)) {
            throw notFound("file", path + " is not a file of " + job + " " + period + " " + version);
        }
        if (PackageLayout.OWN_FILES.contains(path)) {
            return new Download(target, target.getFileName().toString(), size(target), Sha256.of(target));
        }
        PackageFile listed = manifestFiles(folder).stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> notFound("file", path + " is not listed in the manifest of " + job + " "
                        + period + " " + version));
        return new Download(target, target.getFileName().toString(), size(target), listed.sha256());
    }

    /**
     * The package ZIP beside a published version ({@code <job>_<period>_v<n>.zip}), with the SHA-256 of its bytes
     * (a ZIP is not in its own manifest: its content is checked by {@code verify}, its transfer by this hash).
     */
    public Download packageZip(String job, String period, String version) {
        Path zip = inside(PackageLayout.zipBeside(folder(job, period, version)));
        if (!Files.isRegularFile(zip)) {
            throw notFound("version", job + " " + period + " " + version + " has no package ZIP (being written, or "
                    + "removed)");
        }
        return new Download(zip, zip.getFileName().toString(), size(zip), Sha256.of(zip));
    }

    /** The files a version's manifest lists (formats 1 and 2 both list {@code files} with path, size, SHA-256). */
    public static List<PackageFile> manifestFiles(Path folder) {
        JsonNode manifest = JSON.readTree(folder.resolve(MANIFEST).toFile());
        List<PackageFile> files = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            files.add(new PackageFile(file.path("path").asString(), file.path("role").asString(""),
                    file.path("bytes").asLong(), file.path("sha256").asString()));
        }
        return files;
    }

    private PublishedVersion version(Publication p, boolean withFiles) {
        Path folder = output.resolve(p.job()).resolve(p.period()).resolve("v" + p.version());
        boolean available = Files.isRegularFile(folder.resolve(MANIFEST));
        List<PackageFile> files = available && withFiles ? manifestFiles(folder) : List.of();
        return new PublishedVersion(p.job(), p.period(), p.version(), p.lines(), p.publishedAt(), p.incompleteData(),
                p.supersededBy(), p.executionId(), available, files);
    }

    private static String relative(String file) {
        String path = file.startsWith("/") ? file.substring(1) : file;
        if (path.isEmpty()) {
            throw new InvalidParameterException("file", "name a file of the version");
        }
        for (String segment : path.split("/", -1)) {
            checked(SEGMENT, segment, "file");
        }
        return path;
    }

    /** {@code path} with links resolved, which must stay inside {@code output/}. */
    private Path inside(Path path) {
        if (!Files.isDirectory(output)) {
            throw notFound("version", "nothing has been published yet");
        }
        try {
            Path root = output.toRealPath();
            Path real = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
            if (!real.startsWith(root)) {
                throw notFound("file", "not a published file");
            }
            return real;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(String version) {
        var matcher = VERSION.matcher(version == null ? "" : version);
        if (!matcher.matches()) {
            throw new InvalidParameterException("version", "a version is v1, v2, …; got '" + version + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String checked(Pattern pattern, String value, String parameter) {
        if (value == null || !pattern.matcher(value).matches() || value.contains("..")) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not a " + parameter
                    + " name of a published version");
        }
        return value;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidParameterException notFound(String parameter, String message) {
        return new InvalidParameterException(HttpStatus.NOT_FOUND, parameter, message);
    }
}
