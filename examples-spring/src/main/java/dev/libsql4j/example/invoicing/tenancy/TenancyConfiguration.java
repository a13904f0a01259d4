package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.jdbc.config.JdbcUrl;
import dev.libsql4j.spring.autoconfigure.LibSqlConnectionDetails;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceFactory;
import dev.libsql4j.spring.autoconfigure.LibSqlProperties;
import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Database per organisation: namespaces on the libSQL server, a pool per tenant, Hibernate per tenant. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyConfiguration {

  @Bean(destroyMethod = "close")
  ReplicatedTenantDatabases tenantDatabases(LibSqlConnectionDetails server, LibSqlProperties libsql,
      TenancyProperties properties) {
    JdbcUrl url = JdbcUrl.parse(server.getJdbcUrl());
    SqldAdminTenantDatabases sqld = SqldAdminTenantDatabases.builder(url.baseUrl(false), properties.getAdminUrl())
        .authToken(server.getAuthToken())
        .build();
    return new ReplicatedTenantDatabases(sqld, LibSqlDataSourceFactory.replicas(server, libsql));
  }

  @Bean(destroyMethod = "close")
  TenantDataSources tenantDataSources(TenantDatabases databases) {
    return TenantDataSources.builder(databases).build();
  }

  @Bean
  FanOut fanOut(TenantDataSources tenants) {
    return FanOut.over(tenants).build();
  }

  @Bean
  TenantMigrator tenantMigrator(TenantDataSources tenants) {
    return TenantMigrator.builder(tenants).build();
  }

  @Bean
  TenantProvisioner tenantProvisioner(TenantDataSources tenants, TenantMigrator migrator, TenancyProperties properties) {
    return new TenantProvisioner(tenants, migrator, new LiquibaseTenantMigration(properties.getMigration().getChangelog()));
  }

  @Bean
  FilterRegistrationBean<TenantRequestFilter> tenantRequestFilter(TenancyProperties properties,
      TenantDatabases databases) {
    return new FilterRegistrationBean<>(new TenantRequestFilter(properties.getResolver().getHeader(), databases));
  }

  /** Hibernate's DATABASE multi-tenancy: each session's connections come from its tenant's pool. */
  @Bean
  HibernatePropertiesCustomizer multiTenancy(DataSource main, TenantDataSources tenants) {
    return hibernate -> {
      hibernate.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, new TenantConnectionProvider(main, tenants));
      hibernate.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new RequestTenantResolver());
    };
  }
}
