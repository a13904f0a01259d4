package dev.libsql4j.spring.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Sets Hibernate's dialect to {@code dev.libsql4j.hibernate.LibSqlDialect} (module
 * {@code libsql4j-dialect-hibernate}) for the auto-configured libSQL DataSource, unless the
 * application chose one ({@code spring.jpa.database-platform} or
 * {@code spring.jpa.properties.hibernate.dialect}).
 */
@AutoConfiguration(after = LibSqlDataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(value = HibernatePropertiesCustomizer.class, name = LibSqlHibernateAutoConfiguration.DIALECT)
@ConditionalOnBean(LibSqlConnectionDetails.class)
public class LibSqlHibernateAutoConfiguration {

  static final String DIALECT = "dev.libsql4j.hibernate.LibSqlDialect";
  static final String DIALECT_PROPERTY = "hibernate.dialect";

  @Bean
  HibernatePropertiesCustomizer libSqlDialectCustomizer(ObjectProvider<JpaProperties> jpaProperties) {
    return properties -> {
      JpaProperties jpa = jpaProperties.getIfAvailable();
      if (jpa == null || jpa.getDatabasePlatform() == null) {
        properties.putIfAbsent(DIALECT_PROPERTY, DIALECT);
      }
    };
  }
}
