package dev.libsql4j.spring.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import dev.libsql4j.jdbc.LibSqlDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The application's DataSource for a libSQL database: a {@link LibSqlPooledDataSource} (Hikari over
 * the driver's {@link LibSqlDataSource}) built from {@link LibSqlConnectionDetails}.
 *
 * <p>The details come from {@code spring.datasource.url} (or {@code libsql.url}) and
 * {@code libsql.auth-token}; when no URL is configured, {@link LibSqlDevServerConfiguration} starts
 * the embedded devserver if it is on the class path; otherwise the start fails with a
 * {@link LibSqlStartupException} saying what to set. Stands aside when the application defines its
 * own DataSource or points {@code spring.datasource.url} at another database. Runs before Boot's
 * {@link DataSourceAutoConfiguration}, which then backs off.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({HikariDataSource.class, LibSqlDataSource.class})
@ConditionalOnMissingBean(DataSource.class)
@Conditional(UrlConditions.LibSqlDatabase.class)
@EnableConfigurationProperties(LibSqlProperties.class)
@Import({LibSqlDataSourceAutoConfiguration.FromProperties.class, LibSqlDevServerConfiguration.class})
public class LibSqlDataSourceAutoConfiguration {

  static final String DEVSERVER_CLASS = "dev.libsql4j.devserver.DevServer";

  /**
   * The pool. Hikari settings are bound from {@code spring.datasource.hikari.*} after the libSQL
   * defaults are set, so the user's win. (Bound here rather than with {@code @ConfigurationProperties}
   * so that Boot's own metadata for those properties stays the only one.)
   */
  @Bean
  LibSqlPooledDataSource dataSource(ObjectProvider<LibSqlConnectionDetails> connectionDetails,
                                    LibSqlProperties properties, Environment environment,
                                    ResourceLoader resourceLoader) {
    LibSqlConnectionDetails details = connectionDetails.getIfAvailable();
    if (details == null) {
      throw StartupFailures.urlMissing(ClassUtils.isPresent(DEVSERVER_CLASS, resourceLoader.getClassLoader()));
    }
    LibSqlDataSource dataSource = LibSqlDataSourceFactory.create(details, properties);
    try {
      if (properties.isCheckOnStartup()) {
        LibSqlDataSourceFactory.check(dataSource, details);
      }
      LibSqlPooledDataSource pool = new LibSqlPooledDataSource(dataSource);
      Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
      return pool;
    } catch (RuntimeException e) {
      dataSource.close(); // its HTTP client; the pool has not started
      throw e;
    }
  }

  /** Connection details from the URL and token properties. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(UrlConditions.UrlConfigured.class)
  static class FromProperties {

    @Bean
    @ConditionalOnMissingBean(LibSqlConnectionDetails.class)
    PropertiesLibSqlConnectionDetails libSqlConnectionDetails(Environment environment, LibSqlProperties properties) {
      ConfiguredUrl url = ConfiguredUrl.find(environment).orElseThrow();
      String password = Binder.get(environment).bind("spring.datasource.password", String.class).orElse(null);
      return new PropertiesLibSqlConnectionDetails(url, properties.getAuthToken(), password);
    }
  }
}
