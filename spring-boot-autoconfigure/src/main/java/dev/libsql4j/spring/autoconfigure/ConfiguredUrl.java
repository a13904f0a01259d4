package dev.libsql4j.spring.autoconfigure;

import dev.libsql4j.jdbc.config.JdbcUrl;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The database URL the application configured, and the property it came from.
 *
 * <p>{@code spring.datasource.url} wins (it is what every Boot user sets, and other tools read it);
 * {@code libsql.url} is used when it is absent, and also accepts the {@code libsql://host} and
 * {@code https://host} forms that the Turso CLI prints.
 *
 * @param jdbcUrl the URL for the driver ({@code jdbc:…})
 * @param property the property that set it, for messages
 */
record ConfiguredUrl(String jdbcUrl, String property) {

  static final String SPRING_URL = "spring.datasource.url";
  static final String LIBSQL_URL = "libsql.url";

  /** The configured URL, if any (blank counts as absent). */
  static Optional<ConfiguredUrl> find(Environment environment) {
    Binder binder = Binder.get(environment);
    String springUrl = binder.bind(SPRING_URL, String.class).orElse(null);
    if (StringUtils.hasText(springUrl)) {
      return Optional.of(new ConfiguredUrl(springUrl.trim(), SPRING_URL));
    }
    String libSqlUrl = binder.bind(LIBSQL_URL, String.class).orElse(null);
    return StringUtils.hasText(libSqlUrl)
        ? Optional.of(new ConfiguredUrl(toJdbcUrl(libSqlUrl.trim()), LIBSQL_URL))
        : Optional.empty();
  }

  /** Whether this URL is for the libSQL driver (a {@code spring.datasource.url} may name another database). */
  boolean isLibSql() {
    return JdbcUrl.accepts(jdbcUrl);
  }

  /** The URL as it may be printed: a token in it is masked. */
  String printable() {
    return printable(jdbcUrl);
  }

  /** {@code url} with a token masked; an unparsable URL is printed as such (its text may hold a token). */
  static String printable(String url) {
    try {
      return JdbcUrl.parse(url).toString();
    } catch (IllegalArgumentException e) {
      return "<malformed URL>";
    }
  }

  private static String toJdbcUrl(String url) {
    return url.startsWith("jdbc:") ? url : JdbcUrl.PREFIX + url;
  }
}
