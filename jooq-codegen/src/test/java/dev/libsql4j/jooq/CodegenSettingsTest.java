package dev.libsql4j.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.lint.SqliteVersion;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the {@code <properties>} of a LibSqlDatabase are read: sources, environment variables, checks. */
class CodegenSettingsTest {

  private static final Map<String, String> ENV = Map.of(
      "SHOP_DB_URL", "jdbc:libsql://shop-org.turso.io",
      "SHOP_DB_TOKEN", "token-from-env",
      "LIBSQL_AUTH_TOKEN", "default-token");

  private static CodegenSettings read(String... keyValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return CodegenSettings.read(properties, ENV::get, "/project");
  }

  @Test
  void urlAndTokenComeFromTheNamedEnvironmentVariables() {
    CodegenSettings settings = read("urlEnv", "SHOP_DB_URL", "authTokenEnv", "SHOP_DB_TOKEN");

    assertThat(settings.live()).isTrue();
    assertThat(settings.url()).isEqualTo("jdbc:libsql://shop-org.turso.io");
    assertThat(settings.authToken()).isEqualTo("token-from-env");
  }

  @Test
  void theTokenDefaultsToLibsqlAuthToken() {
    assertThat(read("url", "jdbc:libsql://x.turso.io").authToken()).isEqualTo("default-token");
  }

  @Test
  void anExplicitTokenWinsOverTheEnvironment() {
    assertThat(read("url", "jdbc:libsql://x.turso.io", "authToken", "explicit").authToken()).isEqualTo("explicit");
  }

  @Test
  void anUnsetEnvironmentVariableIsNamed() {
    assertThatThrownBy(() -> read("urlEnv", "NOT_SET"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LibSqlDatabase 'urlEnv' names the environment variable NOT_SET, which is not set");
  }

  @Test
  void theTokenIsNotPrinted() {
    assertThat(read("urlEnv", "SHOP_DB_URL", "authTokenEnv", "SHOP_DB_TOKEN").toString())
        .doesNotContain("token-from-env").doesNotContain("shop-org");
  }

  @Test
  void scriptsAreResolvedAgainstTheBaseDirectoryInTheOrderGiven() {
    CodegenSettings settings = read("scripts", "db/base, db/tenant");

    assertThat(settings.scripts()).containsExactly(Path.of("/project/db/base"), Path.of("/project/db/tenant"));
    assertThat(settings.live()).isFalse();
    assertThat(settings.lint()).isTrue();
    assertThat(settings.targetVersion()).isEqualTo(SqliteVersion.SQLD_DEFAULT);
    assertThat(settings.excludeLiquibaseTables()).isTrue();
  }

  @Test
  void lintOptionsAreRead() {
    CodegenSettings settings = read("changelog", "db/changelog.xml", "lint", "false", "targetVersion", "3.35",
        "lintDisable", "ilike,interval");

    assertThat(settings.lint()).isFalse();
    assertThat(settings.targetVersion()).isEqualTo(SqliteVersion.of(35));
    assertThat(settings.lintDisabled()).containsExactly("ilike", "interval");
  }

  @Test
  void twoSourcesAreRefused() {
    assertThatThrownBy(() -> read("url", "jdbc:libsql://x.turso.io", "scripts", "db"))
        .hasMessageStartingWith("LibSqlDatabase needs exactly one schema source, found 2");
  }

  @Test
  void aUrlOfAnotherDriverIsRefused() {
    assertThatThrownBy(() -> read("url", "jdbc:sqlite:shop.db"))
        .hasMessage("LibSqlDatabase 'url' must start with jdbc:libsql:");
  }

  @Test
  void aBooleanMustBeTrueOrFalse() {
    assertThatThrownBy(() -> read("scripts", "db", "lint", "yes"))
        .hasMessage("LibSqlDatabase 'lint' must be true or false, not yes");
  }

  @Test
  void anUnknownLintRuleIsRefused() {
    CodegenSettings settings = read("scripts", "db", "lintDisable", "no-such-rule");

    assertThatThrownBy(() -> new SchemaLint(settings)).hasMessage("Unknown rule id: no-such-rule");
  }
}
