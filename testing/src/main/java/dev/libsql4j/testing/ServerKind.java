package dev.libsql4j.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which libSQL server the harness starts: the real {@code sqld}, or libsql4j's pure-Java devserver
 * (run as its own process, with the same flags). Both speak the same protocol; the devserver's
 * deliberate differences are listed in {@code devserver/README.md}.
 *
 * <p>{@link #configured()} reads the system property {@value #PROPERTY}, so that one test suite runs
 * against either server: {@code -Dlibsql4j.test.server=devserver}.
 */
public enum ServerKind {
    /** The real libSQL server binary ({@link SqldBinary}). */
    SQLD("sqld"),
    /** libsql4j's devserver ({@link DevServerLauncher}). */
    DEVSERVER("devserver");

    /** The system property that picks the server of {@link #configured()}: {@code sqld} or {@code devserver}. */
    public static final String PROPERTY = "libsql4j.test.server";

    private final String id;

    ServerKind(String id) {
        this.id = id;
    }

    /** The name used in the system property, logs and file names. */
    public String id() {
        return id;
    }

    /**
     * The server picked by {@value #PROPERTY}; {@link #SQLD} when it is not set.
     *
     * @throws IllegalStateException for a value that names no server
     */
    public static ServerKind configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return SQLD;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("system property " + PROPERTY + " is '" + value
                        + "'; use one of " + Arrays.stream(values()).map(ServerKind::id)
                        .collect(Collectors.joining(", "))));
    }
}
