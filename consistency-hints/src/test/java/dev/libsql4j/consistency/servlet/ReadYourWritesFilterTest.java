package dev.libsql4j.consistency.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.jdbc.routing.RoutingContext;
import dev.libsql4j.jdbc.routing.RoutingHint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each request gets a read-your-writes scope of its own, gone when the request is done. */
class ReadYourWritesFilterTest {

  @Test
  void eachRequestReadsItsOwnWritesOnly() throws Exception {
    ReadYourWritesFilter filter = new ReadYourWritesFilter();
    List<Long> required = new ArrayList<>();
    filter.doFilter(null, null, (request, response) -> {
      RoutingHint hint = RoutingContext.current();
      hint.wrote(7);
      required.add(hint.minReplicationIndex());
    });
    filter.doFilter(null, null, (request, response) -> required.add(RoutingContext.current().minReplicationIndex()));

    assertThat(required).containsExactly(7L, 0L);
    assertThat(RoutingContext.current().minReplicationIndex()).isZero();
  }
}
