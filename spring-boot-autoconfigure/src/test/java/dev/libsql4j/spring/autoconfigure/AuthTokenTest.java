package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The token on a sqld that requires JWTs: passed to the driver, and explained when the server refuses it. */
class AuthTokenTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
          DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + url());

  private static String url() {
    return "jdbc:libsql:" + SQLD.node().httpUrl();
  }

  @Test
  void libsqlAuthTokenReachesTheServer() {
    runner.withPropertyValues("libsql.auth-token=" + SQLD.jwt().fullAccessToken()).run(context -> {
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    });
  }

  @Test
  void springDatasourcePasswordIsTheTokenWhenLibsqlAuthTokenIsAbsent() {
    runner.withPropertyValues("spring.datasource.password=" + SQLD.jwt().fullAccessToken()).run(context -> {
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    });
  }

  @Test
  void tokenIsNeverPrinted() {
    String token = SQLD.jwt().fullAccessToken();
    runner.withPropertyValues("libsql.auth-token=" + token).run(context -> {
      assertThat(context.getBean(LibSqlConnectionDetails.class).toString()).doesNotContain(token);
      assertThat(context.getBean(LibSqlPooledDataSource.class).getDataSource().toString()).doesNotContain(token);
    });
  }

  @Test
  void forgedTokenIsExplained() {
    String forged = JwtKeys.generate().fullAccessToken();
    runner.withPropertyValues("libsql.auth-token=" + forged).run(context -> {
      FailureAnalysis analysis = StartupFailureTest.analysisOf(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .startsWith("The libSQL server at " + url() + " (spring.datasource.url) rejected the auth token as "
              + "invalid or expired (")
          .doesNotContain(forged);
      assertThat(analysis.getAction()).isEqualTo("Set libsql.auth-token (e.g. libsql.auth-token: "
          + "${TURSO_AUTH_TOKEN}) to a valid, unexpired token for this database; 'turso db tokens create "
          + "<database>' makes one.");
    });
  }

  @Test
  void expiredTokenIsExplained() {
    runner.withPropertyValues("libsql.auth-token=" + SQLD.jwt().expiredToken()).run(context -> {
      assertThat(StartupFailureTest.analysisOf(context.getStartupFailure()).getDescription())
          .contains("rejected the auth token as invalid or expired");
    });
  }

  @Test
  void missingTokenIsExplained() {
    runner.run(context -> {
      assertThat(StartupFailureTest.analysisOf(context.getStartupFailure()).getDescription())
          .startsWith("The libSQL server at " + url() + " (spring.datasource.url) requires an auth token and "
              + "none is configured (");
    });
  }
}
