package dev.libsql4j.jooq;

import dev.libsql4j.lint.SqliteVersion;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code <properties>} of a {@link LibSqlDatabase}, read once and checked: exactly one schema
 * source (a live database, {@code .sql} scripts, or a Liquibase changelog), lint switches, and
 * the directory relative paths are resolved against.
 *
 * <p>The token is kept out of {@link #toString()} (records print every component otherwise).
 *
 * @param url           {@code jdbc:libsql:} URL of a live database, or null
 * @param authToken     its token, or null
 * @param scripts       directories or files of {@code .sql} migrations, applied in natural order
 * @param changelog     a Liquibase changelog, or null
 * @param lint          whether the schema's SQL is linted (errors fail the generation)
 * @param targetVersion the SQLite version the lint checks against
 * @param lintDisabled  rule ids the lint skips
 * @param excludeLiquibaseTables whether {@code DATABASECHANGELOG*} tables are left out
 * @param basedir       what relative paths are relative to
 */
record CodegenSettings(String url, String authToken, List<Path> scripts, String changelog, boolean lint,
                       SqliteVersion targetVersion, List<String> lintDisabled, boolean excludeLiquibaseTables,
                       Path basedir) {

  /** Every property name {@link LibSqlDatabase} understands; anything else is a typo. */
  static final Set<String> NAMES = Set.of("url", "urlEnv", "authToken", "authTokenEnv", "scripts", "changelog",
      "lint", "targetVersion", "lintDisable", "excludeLiquibaseTables");

  /** Where the token is looked up when no property names it. */
  static final String DEFAULT_TOKEN_ENV = "LIBSQL_AUTH_TOKEN";

  /**
   * Reads the jOOQ {@code <database><properties>}.
   *
   * @param properties the configured properties (may be null when none are configured)
   * @param env        the environment, e.g. {@code System::getenv}
   * @param basedir    the project directory, or null for the working directory
   * @throws IllegalArgumentException with the property to fix when the configuration is unusable
   */
  static CodegenSettings read(Properties properties, Function<String, String> env, String basedir) {
    Properties p = properties == null ? new Properties() : properties;
    for (String name : p.stringPropertyNames()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("Unknown LibSqlDatabase property '" + name + "'; known: "
            + NAMES.stream().sorted().toList());
      }
    }
    String url = valueOrEnv(p, "url", "urlEnv", null, env);
    String token = valueOrEnv(p, "authToken", "authTokenEnv", DEFAULT_TOKEN_ENV, env);
    Path base = Path.of(basedir == null || basedir.isBlank() ? "" : basedir).toAbsolutePath();
    List<Path> scripts = list(p.getProperty("scripts")).stream().map(base::resolve).toList();
    String changelog = blankToNull(p.getProperty("changelog"));
    int sources = (url == null ? 0 : 1) + (scripts.isEmpty() ? 0 : 1) + (changelog == null ? 0 : 1);
    if (sources != 1) {
      throw new IllegalArgumentException("LibSqlDatabase needs exactly one schema source, found " + sources
          + ": set 'url' (or 'urlEnv') for a live database, 'scripts' for .sql migrations,"
          + " or 'changelog' for a Liquibase changelog");
    }
    if (url != null && !url.startsWith("jdbc:libsql:")) {
      throw new IllegalArgumentException("LibSqlDatabase 'url' must start with jdbc:libsql:");
    }
    SqliteVersion target = Optional.ofNullable(blankToNull(p.getProperty("targetVersion")))
        .map(SqliteVersion::parse).orElse(SqliteVersion.SQLD_DEFAULT);
    return new CodegenSettings(url, token, scripts, changelog, bool(p, "lint", true), target,
        list(p.getProperty("lintDisable")), bool(p, "excludeLiquibaseTables", true), base);
  }

  /** True when the schema comes from a running database rather than from migrations. */
  boolean live() {
    return url != null;
  }

  @Override
  public String toString() {
    return "CodegenSettings[" + (live() ? "live" : changelog != null ? "changelog=" + changelog : "scripts=" + scripts)
        + ", lint=" + lint + ", targetVersion=" + targetVersion + "]";
  }

  private static String valueOrEnv(Properties p, String name, String envName, String defaultEnv,
                                   Function<String, String> env) {
    String value = blankToNull(p.getProperty(name));
    if (value != null) {
      return value;
    }
    String variable = blankToNull(p.getProperty(envName));
    if (variable != null) {
      String fromEnv = blankToNull(env.apply(variable));
      if (fromEnv == null) {
        throw new IllegalArgumentException("LibSqlDatabase '" + envName + "' names the environment variable "
            + variable + ", which is not set");
      }
      return fromEnv;
    }
    return defaultEnv == null ? null : blankToNull(env.apply(defaultEnv));
  }

  private static boolean bool(Properties p, String name, boolean defaultValue) {
    String value = blankToNull(p.getProperty(name));
    if (value == null) {
      return defaultValue;
    }
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("LibSqlDatabase '" + name + "' must be true or false, not " + value);
    }
    return Boolean.parseBoolean(value);
  }

  private static List<String> list(String value) {
    return value == null ? List.of()
        : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The environment of this process, as a lookup function. */
  static Function<String, String> systemEnv() {
    Map<String, String> env = System.getenv();
    return env::get;
  }
}
