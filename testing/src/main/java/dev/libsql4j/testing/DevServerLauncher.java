package dev.libsql4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The command that runs libsql4j's devserver as a process of its own, like sqld: a fresh JVM with the
 * devserver's command-line main class.
 *
 * <p>Where the devserver comes from, first match wins:
 * <ol>
 *   <li>system property {@value #PROPERTY} or environment variable {@value #ENV}: its runnable jar;</li>
 *   <li>the current class path, when it holds the devserver (a test-scoped dependency on
 *       {@code libsql4j-devserver}): the new JVM gets the same class path;</li>
 *   <li>{@code devserver/target/libsql4j-devserver.jar} in the working directory or a parent.</li>
 * </ol>
 * The harness does not depend on the devserver at build time: the devserver's own tests use this
 * harness to compare it with sqld, and the build must not go round in a circle.
 */
final class DevServerLauncher {

    /** System property naming the devserver's runnable jar. */
    static final String PROPERTY = "libsql4j.devserver.jar";
    /** Environment variable naming the devserver's runnable jar. */
    static final String ENV = "LIBSQL4J_DEVSERVER_JAR";
    private static final String MAIN_CLASS = "dev.libsql4j.devserver.cli.DevServerCommand";
    private static final Path IN_REPOSITORY = Path.of("devserver", "target", "libsql4j-devserver.jar");
    // Small heap, quick start: a test server holds little data.
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss512k");

    private DevServerLauncher() {
    }

    /** {@code java … DevServerCommand}, without the server's own arguments. */
    static List<String> command() {
        return command(System::getProperty, System::getenv, Path.of(""),
                DevServerLauncher.class.getClassLoader().getResource(MAIN_CLASS.replace('.', '/') + ".class") != null);
    }

    /** The lookup with its inputs passed in, so that tests can check every branch. */
    static List<String> command(UnaryOperator<String> properties, UnaryOperator<String> environment, Path workingDir,
                                boolean onClassPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(properties.apply("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        Optional<Path> jar = explicitJar(properties.apply(PROPERTY), "system property " + PROPERTY)
                .or(() -> explicitJar(environment.apply(ENV), "environment variable " + ENV));
        if (jar.isEmpty() && onClassPath) {
            command.addAll(List.of("-cp", properties.apply("java.class.path"), MAIN_CLASS));
            return command;
        }
        Path found = jar.or(() -> inDirOrParents(workingDir)).orElseThrow(() -> new IllegalStateException(
                "the libsql4j devserver was not found: add a test dependency on dev.libsql4j:libsql4j-devserver, "
                        + "or build its jar (mvn -q -pl devserver -am package -DskipTests) and point -D" + PROPERTY
                        + "=<jar> or " + ENV + " at it"));
        command.addAll(List.of("-jar", found.toString()));
        return command;
    }

    private static Optional<Path> explicitJar(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(source + " names " + path + ", which is not a file");
        }
        return Optional.of(path);
    }

    private static Optional<Path> inDirOrParents(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(IN_REPOSITORY);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
