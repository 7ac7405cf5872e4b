package com.winccreports.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Report labels in one language, read from {@code messages.properties} (English, the fallback) and
 * {@code messages_<language>.properties} in the templates folder (UTF-8), so a plant edits texts without
 * a developer.
 */
public final class ReportMessages {

    public static final String BASE_NAME = "messages";

    private final Locale locale;
    private final Map<String, String> texts;

    public ReportMessages(Locale locale, Map<String, String> texts) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.texts = Map.copyOf(texts);
    }

    /** Labels for {@code locale} from {@code templatesDir}; keys missing in the language fall back to English. */
    public static ReportMessages load(Path templatesDir, Locale locale) {
        Map<String, String> texts = new HashMap<>(read(templatesDir.resolve(BASE_NAME + ".properties")));
        Path language = templatesDir.resolve(BASE_NAME + "_" + locale.getLanguage() + ".properties");
        if (!locale.getLanguage().isEmpty() && Files.isRegularFile(language)) {
            texts.putAll(read(language));
        }
        return new ReportMessages(locale, texts);
    }

    /** Keys of one messages file, for {@code templates check}. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("messages file " + file + " does not exist");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return texts;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /** The text of {@code key}; a missing key shows as {@code [key]} so it is seen, not hidden. */
    public String get(String key) {
        String text = texts.get(key);
        return text == null ? "[" + key + "]" : text;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key).replace("'", "''"), locale);
        return format.format(arguments);
    }
}
