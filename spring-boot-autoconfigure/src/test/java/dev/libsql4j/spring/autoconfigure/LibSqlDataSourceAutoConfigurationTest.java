package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.jdbc.LibSqlConnection;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.testing.CountingProxy;
import dev.libsql4j.testing.SqldExtension;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The auto-configured DataSource on a real sqld (behind a request-counting proxy). */
class LibSqlDataSourceAutoConfigurationTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.standalone();

  private CountingProxy proxy;
  private ApplicationContextRunner runner;

  @BeforeEach
  void startProxy() {
    proxy = CountingProxy.start(SQLD.node().httpUrl());
    runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
        LibSqlDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class));
  }

  @AfterEach
  void stopProxy() {
    proxy.close();
  }

  private String proxyUrl() {
    return "jdbc:libsql:" + proxy.url();
  }

  @Test
  void springDatasourceUrlGivesAPooledLibSqlDataSource() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl()).run(context -> {
      assertThat(context).hasSingleBean(DataSource.class).hasSingleBean(LibSqlPooledDataSource.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      jdbc.execute("CREATE TABLE IF NOT EXISTS greeting (id INTEGER PRIMARY KEY, text TEXT)");
      jdbc.update("INSERT INTO greeting (text) VALUES (?)", "hello");
      assertThat(jdbc.queryForObject("SELECT text FROM greeting WHERE text = ?", String.class, "hello"))
          .isEqualTo("hello");
    });
  }

  @Test
  void startUpCostsTheProbeAndOneRequestThenAQueryCostsOne() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl()).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(proxy.requests("/v3")).as("protocol probe").isEqualTo(1);
      assertThat(proxy.requests("/v3/pipeline")).as("start-up check").isEqualTo(1);
      assertThat(proxy.requests()).isEqualTo(2);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

      proxy.reset();
      assertThat(jdbc.queryForObject("SELECT 40 + 2", Integer.class)).isEqualTo(42);
      assertThat(proxy.requests("/v3/pipeline"))
          .as("the query, and Hikari's once-per-pool check that isValid works").isEqualTo(2);

      proxy.reset();
      assertThat(jdbc.queryForObject("SELECT 40 + 3", Integer.class)).isEqualTo(43);
      assertThat(proxy.requests()).as("a query through the warm pool").isEqualTo(1);
    });
  }

  @Test
  void withoutTheStartUpCheckStartingSendsNothing() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl(), "libsql.check-on-startup=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DataSource.class);
          assertThat(proxy.requests()).isZero();
        });
  }

  @Test
  void libsqlUrlIsUsedWhenSpringDatasourceUrlIsAbsentAndMayOmitTheJdbcPrefix() {
    runner.withPropertyValues("libsql.url=" + proxy.url()).run(context -> {
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
      assertThat(context.getBean(LibSqlConnectionDetails.class).getJdbcUrl()).isEqualTo(proxyUrl());
      assertThat(context.getBean(LibSqlConnectionDetails.class).getUrlSource()).isEqualTo("libsql.url");
    });
  }

  @Test
  void springDatasourceUrlWinsOverLibsqlUrl() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl(), "libsql.url=http://127.0.0.1:9")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(LibSqlConnectionDetails.class).getJdbcUrl()).isEqualTo(proxyUrl());
        });
  }

  @Test
  void standsAsideWhenSpringDatasourceUrlNamesAnotherDatabase() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1/app", "libsql.url=" + proxyUrl())
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class)
              .doesNotHaveBean(LibSqlConnectionDetails.class);
          assertThat(proxy.requests()).isZero();
        });
  }

  @Test
  void standsAsideForTheApplicationsOwnDataSource() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl())
        .withBean("appDataSource", DataSource.class, SimpleDriverDataSource::new)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(LibSqlPooledDataSource.class);
          assertThat(proxy.requests()).isZero();
        });
  }

  @Test
  void usesTheApplicationsConnectionDetails() {
    LibSqlConnectionDetails details = this::proxyUrl;
    runner.withBean(LibSqlConnectionDetails.class, () -> details).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 7", Integer.class)).isEqualTo(7);
    });
  }

  @Test
  void poolDefaultsFitLibSql() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl()).run(context -> {
      HikariDataSource pool = context.getBean(LibSqlPooledDataSource.class);
      assertThat(pool.getKeepaliveTime()).as("keepalive off").isZero();
      assertThat(pool.getPoolName()).isEqualTo("libsql");
      assertThat(pool.getConnectionTestQuery()).as("validation through isValid").isNull();
      assertThat(pool.getDataSource()).isInstanceOf(LibSqlDataSource.class);
    });
  }

  @Test
  void anUnsupportedFeatureDoesNotEvictTheConnection() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl(), "spring.datasource.hikari.maximum-pool-size=1")
        .run(context -> {
          DataSource pool = context.getBean(DataSource.class);
          LibSqlConnection first;
          try (Connection connection = pool.getConnection()) {
            first = connection.unwrap(LibSqlConnection.class);
            assertThatThrownBy(connection::createClob).isInstanceOf(SQLFeatureNotSupportedException.class);
          }
          try (Connection connection = pool.getConnection()) {
            assertThat(connection.unwrap(LibSqlConnection.class)).as("the same connection, kept").isSameAs(first);
          }
        });
  }

  @Test
  void springDatasourceHikariOverridesThePoolDefaults() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl(),
        "spring.datasource.hikari.keepalive-time=60000", "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.pool-name=mine").run(context -> {
          HikariDataSource pool = context.getBean(LibSqlPooledDataSource.class);
          assertThat(pool.getKeepaliveTime()).isEqualTo(60000);
          assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
          assertThat(pool.getPoolName()).isEqualTo("mine");
        });
  }

  @Test
  void libsqlPropertiesReachTheDriver() {
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl(), "libsql.transaction-mode=deferred",
        "libsql.default-fetch-size=50", "libsql.request-timeout=30s", "libsql.date-time-format=epochMillis")
        .run(context -> {
          LibSqlDataSource driver = (LibSqlDataSource) context.getBean(LibSqlPooledDataSource.class).getDataSource();
          assertThat(driver.getProperty("transactionMode")).isEqualTo("deferred");
          assertThat(driver.getProperty("defaultFetchSize")).isEqualTo("50");
          assertThat(driver.getProperty("requestTimeout")).isEqualTo("30");
          assertThat(driver.getProperty("dateTimeFormat")).isEqualTo("epochMillis");
        });
  }

  @Test
  void webSocketTransportFromLibsqlTransport() {
    // Straight to sqld: the counting proxy speaks HTTP only.
    runner.withPropertyValues("spring.datasource.url=jdbc:libsql:" + SQLD.node().httpUrl(), "libsql.transport=ws")
        .run(context -> {
          LibSqlDataSource driver = (LibSqlDataSource) context.getBean(LibSqlPooledDataSource.class).getDataSource();
          assertThat(driver.getProperty("transport")).isEqualTo("ws");
          assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 6 * 7", Integer.class)).isEqualTo(42);
        });
  }

  @Test
  void closingTheContextClosesThePool() {
    HikariDataSource[] pool = new HikariDataSource[1];
    runner.withPropertyValues("spring.datasource.url=" + proxyUrl())
        .run(context -> pool[0] = context.getBean(LibSqlPooledDataSource.class));
    assertThat(pool[0].isClosed()).isTrue();
  }
}
