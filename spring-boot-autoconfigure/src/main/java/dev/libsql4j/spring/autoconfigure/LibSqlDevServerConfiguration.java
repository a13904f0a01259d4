package dev.libsql4j.spring.autoconfigure;

import dev.libsql4j.devserver.DevServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded devserver when no URL is configured and {@code libsql4j-devserver} is on the
 * class path, so that an application runs out of the box (like Boot's embedded H2). Its data stays
 * in {@code libsql.devserver.data-dir} between runs; it listens on 127.0.0.1 only and stops with the
 * application context (after the pool, which depends on it).
 *
 * <p>With {@code libsql.devserver.replicas} above 0 it also starts that many devserver replicas of it
 * ({@link DevServerReplicas}), whose URLs become the DataSource's replicas exactly as
 * {@code libsql.replicas} would. The context stops the pool, then the replicas, then the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = LibSqlDataSourceAutoConfiguration.DEVSERVER_CLASS)
@Conditional(UrlConditions.NoUrlConfigured.class)
@ConditionalOnBooleanProperty(name = "libsql.devserver.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(LibSqlConnectionDetails.class)
class LibSqlDevServerConfiguration {

  private static final Log LOG = LogFactory.getLog(LibSqlDevServerConfiguration.class);

  @Bean(destroyMethod = "close")
  DevServer libSqlDevServer(LibSqlProperties properties, Environment environment) {
    Path dataDir = properties.getDevserver().getDataDir().toAbsolutePath();
    try {
      DevServer.Builder builder = DevServer.builder()
          .dbPath(dataDir)
          .httpListen("127.0.0.1", properties.getDevserver().getPort());
      if (tenancyEnabled(environment)) {
        // Tenant databases are namespaces, created through the admin API (libsql.tenancy.*).
        builder.namespaces(true).adminListen("127.0.0.1", 0);
      }
      DevServer server = builder.start();
      LOG.info("No libSQL URL configured: started the libsql4j devserver at " + server.httpUrl()
          + " (jdbc:libsql:" + server.httpUrl() + ") with data in " + dataDir
          + "; set spring.datasource.url to use another database");
      return server;
    } catch (IOException e) {
      throw new LibSqlStartupException("Could not start the libsql4j devserver on 127.0.0.1:"
          + properties.getDevserver().getPort() + " with data in " + dataDir + ": " + e.getMessage() + ".",
          "Set libsql.devserver.port to a free port (0 picks one) and libsql.devserver.data-dir to a writable "
              + "directory, or set spring.datasource.url to use another database.", e);
    }
  }

  @Bean(destroyMethod = "close")
  DevServerReplicas libSqlDevServerReplicas(DevServer primary, LibSqlProperties properties, Environment environment) {
    int count = properties.getDevserver().getReplicas();
    Path dataDir = properties.getDevserver().getDataDir().toAbsolutePath();
    if (count < 0) {
      throw new LibSqlStartupException("libsql.devserver.replicas is " + count + ", a negative number of replicas.",
          "Set libsql.devserver.replicas to 0 (no replica) or to the number of devserver replicas to start.", null);
    }
    try {
      DevServerReplicas replicas = DevServerReplicas.start(primary, count, dataDir, tenancyEnabled(environment));
      if (count > 0) {
        LOG.info("Started " + count + " libsql4j devserver replica(s) of " + primary.httpUrl() + " at "
            + replicas.httpUrls() + " with data in " + dataDir.resolve("replica-<n>")
            + "; reads in autocommit mode and read-only transactions go to them");
      }
      return replicas;
    } catch (IOException e) {
      throw new LibSqlStartupException("Could not start the libsql4j devserver replicas of " + primary.httpUrl()
          + " with data in " + dataDir.resolve("replica-<n>") + ": " + e.getMessage() + ".",
          "Set libsql.devserver.data-dir to a writable directory, or libsql.devserver.replicas to 0.", e);
    }
  }

  private static boolean tenancyEnabled(Environment environment) {
    return environment.getProperty("libsql.tenancy.enabled", Boolean.class, false);
  }

  @Bean
  LibSqlConnectionDetails devServerConnectionDetails(DevServer server, DevServerReplicas replicas) {
    return new DevServerConnectionDetails(server, replicas);
  }

  /** The devserver's URL and its replicas' URLs; it needs no token. */
  private record DevServerConnectionDetails(DevServer server, DevServerReplicas replicas)
      implements LibSqlConnectionDetails {

    @Override
    public String getJdbcUrl() {
      return "jdbc:libsql:" + server.httpUrl();
    }

    @Override
    public List<String> getReplicas() {
      return replicas.httpUrls().stream().map(URI::toString).toList();
    }

    @Override
    public String getUrlSource() {
      return "the embedded devserver";
    }
  }
}
