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
 * <p>SQL embedded in a larger file (a Liquibase {@code <sql>} element, a YAML changelog) keeps its
 * real position through {@link #startingAt}: findings then carry the enclosing file's line and
 * column, not the snippet's.
 *
 * @param name        what to print before {@code :line:col}
 * @param text        the SQL, possibly many statements
 * @param firstLine   line of the enclosing file where {@code text} starts (1 for a file of its own)
 * @param firstColumn column of that line where {@code text} starts (1 for a file of its own)
 */
public record SourceFile(String name, String text, int firstLine, int firstColumn) {

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (firstLine < 1 || firstColumn < 1) {
            throw new IllegalArgumentException("Positions are 1-based: " + firstLine + ":" + firstColumn);
        }
    }

    /** SQL held in memory, e.g. a native query string. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text, 1, 1);
    }

    /** Reads a UTF-8 file; the name is the path as given. */
    public static SourceFile read(Path path) {
        try {
            return of(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The same SQL, located at {@code line:column} of the file named {@link #name()}. */
    public SourceFile startingAt(int line, int column) {
        return new SourceFile(name, text, line, column);
    }
}
