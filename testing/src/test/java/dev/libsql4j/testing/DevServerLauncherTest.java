package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the harness finds the devserver, and how it picks the server of a test run. */
class DevServerLauncherTest {

    private static final String MAIN = "dev.libsql4j.devserver.cli.DevServerCommand";

    @Test
    void anExplicitJarWinsOverTheClassPath(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("devserver.jar"));
        List<String> command = command(Map.of(DevServerLauncher.PROPERTY, jar.toString()), Map.of(), dir, true);
        assertThat(command).endsWith("-jar", jar.toString());
        assertThat(command.get(0)).endsWith("/bin/java");
    }

    @Test
    void aWrongExplicitJarIsAnErrorNotAFallback(@TempDir Path dir) {
        assertThatThrownBy(() -> command(Map.of(), Map.of(DevServerLauncher.ENV, dir.resolve("nope.jar").toString()),
                dir, true))
                .hasMessageContaining("environment variable " + DevServerLauncher.ENV);
    }

    @Test
    void theClassPathIsUsedWhenItHoldsTheDevserver(@TempDir Path dir) {
        assertThat(command(Map.of("java.class.path", "a.jar:b.jar"), Map.of(), dir, true))
                .endsWith("-cp", "a.jar:b.jar", MAIN);
    }

    @Test
    void elseTheRepositorysBuiltJarIsFoundFromASubdirectory(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("devserver/target/libsql4j-devserver.jar");
        Files.createDirectories(jar.getParent());
        Files.createFile(jar);
        Path module = Files.createDirectories(dir.resolve("jdbc"));
        assertThat(command(Map.of(), Map.of(), module, false)).endsWith("-jar", jar.toString());
    }

    @Test
    void nothingFoundSaysHowToGetIt(@TempDir Path dir) {
        assertThatThrownBy(() -> command(Map.of(), Map.of(), dir, false))
                .hasMessageContaining("libsql4j-devserver")
                .hasMessageContaining("mvn -q -pl devserver -am package -DskipTests");
    }

    @Test
    void theServerOfATestRunComesFromASystemProperty() {
        String before = System.getProperty(ServerKind.PROPERTY);
        try {
            System.clearProperty(ServerKind.PROPERTY);
            assertThat(ServerKind.configured()).isEqualTo(ServerKind.SQLD);
            System.setProperty(ServerKind.PROPERTY, "DevServer");
            assertThat(ServerKind.configured()).isEqualTo(ServerKind.DEVSERVER);
            System.setProperty(ServerKind.PROPERTY, "postgres");
            assertThatThrownBy(ServerKind::configured).hasMessageContaining("sqld, devserver");
        } finally {
            if (before == null) {
                System.clearProperty(ServerKind.PROPERTY);
            } else {
                System.setProperty(ServerKind.PROPERTY, before);
            }
        }
    }

    private static List<String> command(Map<String, String> properties, Map<String, String> env, Path dir,
                                        boolean onClassPath) {
        Map<String, String> all = new HashMap<>(properties);
        all.putIfAbsent("java.home", "/opt/jdk");
        return DevServerLauncher.command(all::get, env::get, dir, onClassPath);
    }
}
