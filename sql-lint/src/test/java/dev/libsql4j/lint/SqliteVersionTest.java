package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqliteVersionTest {

    @Test
    void parsesTwoAndThreePartVersions() {
        assertThat(SqliteVersion.parse("3.45.1")).isEqualTo(new SqliteVersion(3, 45, 1));
        assertThat(SqliteVersion.parse(" 3.39 ")).isEqualTo(SqliteVersion.of(39));
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(SqliteVersion.parse("3.9.0").atLeast(SqliteVersion.parse("3.10.0"))).isFalse();
        assertThat(SqliteVersion.SQLD_DEFAULT.atLeast(SqliteVersion.of(45))).isTrue();
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertThatThrownBy(() -> SqliteVersion.parse("latest")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqliteVersion.parse("3")).isInstanceOf(IllegalArgumentException.class);
    }
}
