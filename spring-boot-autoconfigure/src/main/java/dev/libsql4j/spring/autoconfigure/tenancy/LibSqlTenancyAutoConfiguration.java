package dev.libsql4j.spring.autoconfigure.tenancy;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.jdbc.config.JdbcUrl;
import dev.libsql4j.spring.autoconfigure.LibSqlConnectionDetails;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceAutoConfiguration;
import dev.libsql4j.spring.autoconfigure.LibSqlDataSourceFactory;
import dev.libsql4j.spring.autoconfigure.LibSqlProperties;
import dev.libsql4j.spring.autoconfigure.LibSqlStartupException;
import dev.libsql4j.spring.autoconfigure.tenancy.LibSqlTenancyProperties.OnStartup;
import dev.libsql4j.tenancy.SqldAdminTenantDatabases;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.hibernate.TenantConnectionProvider;
import dev.libsql4j.tenancy.hibernate.TenantContextIdentifierResolver;
import dev.libsql4j.tenancy.liquibase.LiquibaseTenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigration;
import dev.libsql4j.tenancy.migration.TenantMigrator;
import java.net.URI;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringResourceAccessor;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Database per tenant ({@code libsql.tenancy.enabled: true}) on the libSQL server of the application's
 * DataSource: tenants are namespaces created through the sqld admin API
 * ({@code libsql.tenancy.admin-url}, or the embedded devserver's), their connections come from a
 * bounded cache of pools that inherit the DataSource's token and replicas, and each tenant gets the
 * Liquibase changelog {@code libsql.tenancy.migration.changelog} — eagerly at start-up, lazily on first
 * use, or not at all. With Hibernate, JPA works on the current tenant's database
 * ({@code TenantContext}); in a servlet application {@link TenantRequestFilter} takes the tenant from
 * a header or a JWT claim.
 *
 * <p>Every bean backs off when the application defines its own of that type.
 */
@AutoConfiguration(after = LibSqlDataSourceAutoConfiguration.class,
    beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(TenantDataSources.class)
@ConditionalOnBooleanProperty("libsql.tenancy.enabled")
@ConditionalOnBean(LibSqlConnectionDetails.class)
@EnableConfigurationProperties(LibSqlTenancyProperties.class)
public class LibSqlTenancyAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(TenantDatabases.class)
  SqldAdminTenantDatabases tenantDatabases(LibSqlConnectionDetails details, LibSqlProperties libsql,
                                           LibSqlTenancyProperties tenancy,
                                           ObjectProvider<DevServerAdminUrl> devServerAdmin) {
    JdbcUrl url = JdbcUrl.parse(details.getJdbcUrl());
    boolean tls = Boolean.parseBoolean(url.parameters().getProperty("tls", String.valueOf(libsql.isTls())));
    URI adminUrl = tenancy.getAdminUrl();
    if (adminUrl == null) {
      DevServerAdminUrl devServer = devServerAdmin.getIfAvailable();
      if (devServer == null) {
        throw new LibSqlStartupException("libsql.tenancy.enabled is true but libsql.tenancy.admin-url is not set: "
            + "tenant databases are created through the sqld admin API.",
            "Set libsql.tenancy.admin-url to the admin API of the sqld behind " + details.getUrlSource()
                + " (started with --enable-namespaces --admin-listen-addr 127.0.0.1:9090), or use the embedded "
                + "devserver (no URL configured), which then runs with namespaces and an admin API.", null);
      }
      adminUrl = devServer.url();
    }
    return SqldAdminTenantDatabases.builder(url.baseUrl(tls), adminUrl)
        .authToken(details.getAuthToken())
        .adminAuthKey(tenancy.getAdminAuthKey())
        .replicas(LibSqlDataSourceFactory.replicas(details, libsql))
        .build();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  TenantDataSources tenantDataSources(TenantDatabases databases, LibSqlTenancyProperties tenancy,
                                      ObjectProvider<TenantMigration> migration) {
    LibSqlTenancyProperties.Pools pools = tenancy.getPools();
    TenantDataSources.Builder builder = TenantDataSources.builder(databases)
        .maxPools(pools.getMaxOpen())
        .idleTimeout(pools.getIdleTimeout())
        .maxConnectionsPerTenant(pools.getMaxPoolSize());
    TenantMigration lazy = migratesOnFirstUse(tenancy) ? migration.getIfAvailable() : null;
    if (lazy != null) {
      builder.migrateOnFirstUse(lazy);
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  TenantMigrator tenantMigrator(TenantDataSources tenants, LibSqlTenancyProperties tenancy) {
    return TenantMigrator.builder(tenants).parallelism(tenancy.getMigration().getParallelism()).build();
  }

  @Bean
  @ConditionalOnMissingBean
  FanOut tenantFanOut(TenantDataSources tenants) {
    return FanOut.over(tenants).build();
  }

  @Bean
  @ConditionalOnMissingBean
  TenantProvisioner tenantProvisioner(TenantDataSources tenants, ObjectProvider<TenantMigration> migration,
                                      LibSqlTenancyProperties tenancy) {
    return new TenantProvisioner(tenants, migration.getIfAvailable(), migratesOnFirstUse(tenancy));
  }

  @Bean
  @ConditionalOnProperty(name = "libsql.tenancy.migration.on-startup", havingValue = "eager")
  TenantStartupMigration tenantStartupMigration(TenantMigrator migrator, ObjectProvider<TenantMigration> migration) {
    return new TenantStartupMigration(migrator, migration.getIfAvailable());
  }

  private static boolean migratesOnFirstUse(LibSqlTenancyProperties tenancy) {
    return tenancy.getMigration().getOnStartup() == OnStartup.LAZY;
  }

  /** The admin API of the embedded devserver, which runs with namespaces when tenancy is enabled. */
  record DevServerAdminUrl(URI url) {
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.libsql4j.devserver.DevServer")
  static class EmbeddedDevServer {

    @Bean
    @ConditionalOnBean(DevServer.class)
    DevServerAdminUrl devServerAdminUrl(DevServer devServer) {
      return new DevServerAdminUrl(devServer.adminUrl());
    }
  }

  /** The changelog as a {@link TenantMigration}, read through Spring's resource loading ({@code classpath:…}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "liquibase.integration.spring.SpringResourceAccessor")
  @ConditionalOnProperty("libsql.tenancy.migration.changelog")
  static class LiquibaseMigration {

    @Bean
    @ConditionalOnMissingBean
    TenantMigration tenantMigration(LibSqlTenancyProperties tenancy, ResourceLoader resourceLoader) {
      return new LiquibaseTenantMigration(tenancy.getMigration().getChangelog(),
          new SpringResourceAccessor(resourceLoader), null);
    }
  }

  /** A changelog is configured but Liquibase is missing: say so at start-up rather than never migrate. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("liquibase.integration.spring.SpringResourceAccessor")
  @ConditionalOnProperty("libsql.tenancy.migration.changelog")
  static class LiquibaseMissing {

    @Bean
    TenantMigration tenantMigration() {
      throw new LibSqlStartupException("libsql.tenancy.migration.changelog is set but Liquibase is not on the "
          + "class path.", "Add the dependency org.liquibase:liquibase-core, or remove "
          + "libsql.tenancy.migration.changelog.", null);
    }
  }

  /** JPA on the current tenant's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HibernatePropertiesCustomizer.class, MultiTenantConnectionProvider.class})
  static class Hibernate {

    @Bean
    @ConditionalOnMissingBean(MultiTenantConnectionProvider.class)
    TenantConnectionProvider tenantConnectionProvider(TenantDataSources tenants, DataSource dataSource) {
      // Hibernate's tenant-less work (metadata at start-up) uses the application's main database.
      return new TenantConnectionProvider(tenants, dataSource);
    }

    @Bean
    @ConditionalOnMissingBean(CurrentTenantIdentifierResolver.class)
    TenantContextIdentifierResolver tenantIdentifierResolver() {
      return new TenantContextIdentifierResolver();
    }

    @Bean
    HibernatePropertiesCustomizer tenancyHibernatePropertiesCustomizer(
        MultiTenantConnectionProvider<?> connectionProvider, CurrentTenantIdentifierResolver<?> tenantResolver) {
      return properties -> {
        properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connectionProvider);
        properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, tenantResolver);
      };
    }
  }

  /** The tenant of each web request. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"org.springframework.web.filter.OncePerRequestFilter", "jakarta.servlet.Filter"})
  static class Web {

    @Bean
    @ConditionalOnMissingBean
    RequestTenantResolver requestTenantResolver(LibSqlTenancyProperties tenancy) {
      return new RequestTenantResolver(tenancy.getResolver().getHeader(), tenancy.getResolver().getJwtClaim());
    }

    @Bean
    @ConditionalOnMissingBean
    TenantRequestFilter tenantRequestFilter(RequestTenantResolver resolver) {
      return new TenantRequestFilter(resolver);
    }
  }
}
