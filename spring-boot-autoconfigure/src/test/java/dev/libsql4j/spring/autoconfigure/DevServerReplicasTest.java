package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.devserver.DevServer;
import dev.libsql4j.jdbc.LibSqlDataSource;
import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.RoutingContext;
import dev.libsql4j.jdbc.routing.RoutingHint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code libsql.devserver.replicas}: devserver replicas of the embedded primary, routed to by the
 * pooled DataSource as configured replicas are. Which node served a statement is what the driver's
 * {@code RoutingListener} reports.
 */
class DevServerReplicasTest {

  @TempDir
  Path dataDir;

  private final List<Served> served = new CopyOnWriteArrayList<>();

  /** Read-your-writes for the test thread: a read waits on the replica for the last write's index. */
  private final ReadYourWrites readYourWrites = new ReadYourWrites();

  /** The JVM-wide hint this class found (a cached context of another test class may have set one). */
  private RoutingHint defaultHintBefore;

  /**
   * Starts without the JVM-wide read-your-writes hint that cached Spring contexts of other test classes
   * leave installed (their scope is per thread by default): its watermark holds replication indexes of
   * those classes' servers, which these fresh devservers never reach, and every read would wait
   * {@code libsql.replica-wait} for them.
   */
  @BeforeEach
  void withoutOtherContextsDefaultHint() {
    RoutingContext.set(null);
    defaultHintBefore = RoutingContext.current();   // without a thread hint: the JVM-wide one
    RoutingContext.setDefault(null);
  }

  @AfterEach
  void removeHint() {
    RoutingContext.set(null);
    RoutingContext.setDefault(defaultHintBefore);
  }

  private ApplicationContextRunner runner(int replicas) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LibSqlDataSourceAutoConfiguration.class,
            DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
        .withPropertyValues("libsql.devserver.data-dir=" + dataDir, "libsql.devserver.replicas=" + replicas,
            // a loaded machine may take a while to copy the primary's state
            "libsql.replica-wait=30000ms");
  }

  @Test
  void readOnlyTransactionsAreServedByTheReplicaAndWritesByThePrimary() {
    runner(1).run(context -> {
      DevServer primary = context.getBean(DevServer.class);
      DevServer replica = context.getBean(DevServerReplicas.class).servers().get(0);
      assertThat(replica.isReplica()).isTrue();
      assertThat(context.getBean(LibSqlConnectionDetails.class).getReplicas())
          .containsExactly(replica.httpUrl().toString());
      listenToRouting(context);

      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      RoutingContext.set(readYourWrites);
      jdbc.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
      jdbc.update("INSERT INTO note (text) VALUES (?)", "written to the primary");
      assertThat(served).as("writes").extracting(Served::role).containsOnly(NodeRole.PRIMARY);
      assertThat(served).extracting(Served::node).containsOnly(primary.httpUrl().toString());
      served.clear();

      String text = inReadOnlyTransaction(context, () -> jdbc.queryForObject("SELECT text FROM note", String.class));

      assertThat(text).isEqualTo("written to the primary");
      assertThat(served).as("the read-only transaction").containsExactly(
          new Served(replica.httpUrl().toString(), NodeRole.REPLICA));
      assertThat(replica.replicationIndex("default")).isEqualTo(primary.replicationIndex("default"));
    });
  }

  @Test
  void readsAreSpreadOverEveryReplicaEachWithItsOwnDataDir() throws IOException {
    runner(2).run(context -> {
      List<URI> replicaUrls = context.getBean(DevServerReplicas.class).httpUrls();
      assertThat(replicaUrls).hasSize(2).doesNotHaveDuplicates();
      assertThat(context.getBean(LibSqlConnectionDetails.class).getReplicas())
          .containsExactly(replicaUrls.get(0).toString(), replicaUrls.get(1).toString());
      listenToRouting(context);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      RoutingContext.set(readYourWrites);
      jdbc.execute("CREATE TABLE t (v INTEGER)");
      jdbc.update("INSERT INTO t VALUES (42)");
      served.clear();

      for (int i = 0; i < 4; i++) {
        Integer v = inReadOnlyTransaction(context, () -> jdbc.queryForObject("SELECT v FROM t", Integer.class));
        assertThat(v).isEqualTo(42);
      }
      assertThat(served).extracting(Served::node).containsOnly(replicaUrls.get(0).toString(),
          replicaUrls.get(1).toString()).contains(replicaUrls.get(0).toString(), replicaUrls.get(1).toString());
    });
    assertThat(filesUnder(dataDir.resolve("replica-1"))).as("replica-1's copy").isNotEmpty();
    assertThat(filesUnder(dataDir.resolve("replica-2"))).as("replica-2's copy").isNotEmpty();
  }

  @Test
  void theDataDirIsReusedAcrossRestarts() throws IOException {
    runner(1).run(context -> {
      RoutingContext.set(readYourWrites);
      context.getBean(JdbcTemplate.class).execute("CREATE TABLE kept (v TEXT)");
      context.getBean(JdbcTemplate.class).update("INSERT INTO kept VALUES ('still here')");
    });
    assertThat(filesUnder(dataDir.resolve("replica-1"))).isNotEmpty();

    runner(1).run(context -> {
      listenToRouting(context);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT v FROM kept", String.class)).as("the primary's data").isEqualTo("still here");
      served.clear();
      // after a restart the replica has the rows as soon as it has caught up with the primary's index
      readYourWrites.wrote(context.getBean(DevServer.class).replicationIndex("default"));
      RoutingContext.set(readYourWrites);
      String kept = inReadOnlyTransaction(context, () -> jdbc.queryForObject("SELECT v FROM kept", String.class));
      assertThat(kept).isEqualTo("still here");
      assertThat(served).extracting(Served::role).containsExactly(NodeRole.REPLICA);
    });
  }

  @Test
  void theContextStopsThePoolThenTheReplicasThenThePrimary() {
    List<String> destroyed = new CopyOnWriteArrayList<>();
    List<URI> urls = new ArrayList<>();
    runner(2).withBean(DestructionOrder.class, () -> new DestructionOrder(destroyed)).run(context -> {
      urls.add(context.getBean(DevServer.class).httpUrl());
      urls.addAll(context.getBean(DevServerReplicas.class).httpUrls());
      context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class);
    });
    assertThat(destroyed).containsExactly("pool", "replicas", "primary");
    for (URI url : urls) {
      assertThat(refusesConnections(url)).as("%s stopped", url).isTrue();
    }
  }

  @Test
  void withoutTheSettingNoReplicaStarts() {
    runner(0).run(context -> {
      assertThat(context.getBean(DevServerReplicas.class).servers()).isEmpty();
      assertThat(context.getBean(LibSqlConnectionDetails.class).getReplicas()).isEmpty();
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    });
    assertThat(dataDir.resolve("replica-1")).doesNotExist();
  }

  @Test
  void aNegativeNumberIsExplained() {
    runner(-1).run(context -> assertThat(StartupFailureTest.analysisOf(context.getStartupFailure()))
        .satisfies(analysis -> {
          assertThat(analysis.getDescription()).isEqualTo(
              "libsql.devserver.replicas is -1, a negative number of replicas.");
          assertThat(analysis.getAction()).startsWith("Set libsql.devserver.replicas to 0");
        }));
  }

  private void listenToRouting(AssertableApplicationContext context) {
    LibSqlDataSource dataSource = (LibSqlDataSource) context.getBean(LibSqlPooledDataSource.class).getDataSource();
    dataSource.setRoutingListener((node, role, kind, index) -> served.add(new Served(node, role)));
  }

  /** What {@code @Transactional(readOnly = true)} does with a DataSource transaction manager. */
  private static <T> T inReadOnlyTransaction(AssertableApplicationContext context, Supplier<T> work) {
    TransactionTemplate template = new TransactionTemplate(
        new DataSourceTransactionManager(context.getBean(LibSqlPooledDataSource.class)));
    template.setReadOnly(true);
    return template.execute(status -> work.get());
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static boolean refusesConnections(URI url) {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private record Served(String node, NodeRole role) {
  }

  /** The last write's replication index is required of later reads, as consistency-hints' thread scope does. */
  private static final class ReadYourWrites implements RoutingHint {
    private volatile long lastWrite;

    @Override
    public long minReplicationIndex() {
      return lastWrite;
    }

    @Override
    public void wrote(long replicationIndex) {
      lastWrite = Math.max(lastWrite, replicationIndex);
    }
  }

  /** Records the order in which the context destroys the pool, the replicas and the primary. */
  static final class DestructionOrder implements DestructionAwareBeanPostProcessor {
    private static final Set<Class<?>> WATCHED = Set.of(LibSqlPooledDataSource.class, DevServerReplicas.class,
        DevServer.class);
    private final List<String> destroyed;

    DestructionOrder(List<String> destroyed) {
      this.destroyed = destroyed;
    }

    @Override
    public void postProcessBeforeDestruction(Object bean, String beanName) {
      if (bean instanceof LibSqlPooledDataSource) {
        destroyed.add("pool");
      } else if (bean instanceof DevServerReplicas) {
        destroyed.add("replicas");
      } else if (bean instanceof DevServer) {
        destroyed.add("primary");
      }
    }

    @Override
    public boolean requiresDestruction(Object bean) {
      return WATCHED.stream().anyMatch(type -> type.isInstance(bean));
    }
  }
}
