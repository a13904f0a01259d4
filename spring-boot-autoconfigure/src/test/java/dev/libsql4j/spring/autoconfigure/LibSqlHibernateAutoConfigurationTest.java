package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * When the dialect is set, and when the application's choice stands. (That Hibernate then runs with
 * {@code LibSqlDialect} on a real sqld is shown by {@link ApplicationYamlTest}.)
 */
class LibSqlHibernateAutoConfigurationTest {

  private static final String DIALECT = "dev.libsql4j.hibernate.LibSqlDialect";

  // No request is needed to decide the dialect: the start-up check is off and nothing connects.
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
          LibSqlHibernateAutoConfiguration.class))
      .withUserConfiguration(JpaPropertiesConfiguration.class)
      .withPropertyValues("spring.datasource.url=jdbc:libsql://db.example", "libsql.check-on-startup=false");

  @Test
  void setsTheLibSqlDialect() {
    runner.run(context -> assertThat(customized(context.getBean(HibernatePropertiesCustomizer.class)))
        .containsEntry("hibernate.dialect", DIALECT));
  }

  @Test
  void keepsTheDatabasePlatformTheApplicationChose() {
    runner.withPropertyValues("spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect")
        .run(context -> assertThat(customized(context.getBean(HibernatePropertiesCustomizer.class)))
            .doesNotContainKey("hibernate.dialect"));
  }

  @Test
  void keepsTheHibernateDialectPropertyTheApplicationSet() {
    Map<String, Object> properties = new HashMap<>(Map.of("hibernate.dialect", "com.example.MyDialect"));
    runner.run(context -> {
      context.getBean(HibernatePropertiesCustomizer.class).customize(properties);
      assertThat(properties).containsEntry("hibernate.dialect", "com.example.MyDialect");
    });
  }

  @Test
  void notForAnotherDatabase() {
    runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1/app")
        .run(context -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
  }

  @Test
  void notWithoutTheDialectModule() {
    runner.withClassLoader(new FilteredClassLoader(DIALECT))
        .run(context -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
  }

  private static Map<String, Object> customized(HibernatePropertiesCustomizer customizer) {
    Map<String, Object> properties = new HashMap<>();
    customizer.customize(properties);
    return properties;
  }

  /** Binds {@code spring.jpa.*} as Boot's JPA auto-configuration does. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(JpaProperties.class)
  static class JpaPropertiesConfiguration {
  }
}
