package dev.libsql4j.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * SQL text with the name findings are reported under: a path, a changelog id, or an annotated method.
 *
 * @param name what to print before {@code :line:col}
 * @param text the SQL, possibly many statements
 */
public record SourceFile(String name, String text) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** SQL held in memory, e.g. a native query string. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text);
    }

    /** Reads a UTF-8 file; the name is the path as given. */
    public static SourceFile read(Path path) {
        try {
            return new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
