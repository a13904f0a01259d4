package dev.libsql4j.spring.autoconfigure.consistency;

import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.RoutingListener;
import dev.libsql4j.jdbc.routing.WorkKind;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The application under test: auto-configuration, the repositories and service of this package. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConsistencyTestApplication {

  /** Which role served the reads (the metrics hook, as an application would register it). */
  static final class ReadCounts implements RoutingListener {
    final LongAdder primary = new LongAdder();
    final LongAdder replica = new LongAdder();

    @Override
    public void onStatement(String node, NodeRole role, WorkKind kind, Long replicationIndex) {
      if (kind == WorkKind.READ) {
        (role == NodeRole.PRIMARY ? primary : replica).increment();
      }
    }

    void reset() {
      primary.reset();
      replica.reset();
    }
  }

  @Bean
  ReadCounts readCounts() {
    return new ReadCounts();
  }

  @Bean
  CounterService counterService(Counters counters) {
    return new CounterService(counters);
  }
}
