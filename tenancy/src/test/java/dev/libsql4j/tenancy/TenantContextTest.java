package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The per-thread tenant scope. */
class TenantContextTest {

  @Test
  void scopesNestAndRestoreTheOuterTenant() {
    assertThat(TenantContext.current()).isEmpty();
    TenantContext.run("outer", () -> {
      assertThat(TenantContext.require()).isEqualTo(TenantName.of("outer"));
      String inner = TenantContext.call("inner", () -> TenantContext.require().value());
      assertThat(inner).isEqualTo("inner");
      assertThat(TenantContext.require()).isEqualTo(TenantName.of("outer"));
    });
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void aFailingWorkLeavesNoTenantBehindAndKeepsItsException() {
    assertThatThrownBy(() -> TenantContext.call("failing", () -> {
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void anotherThreadDoesNotSeeTheTenant() throws Exception {
    Boolean seenElsewhere = TenantContext.call("mine", () ->
        CompletableFuture.supplyAsync(() -> TenantContext.current().isPresent()).get());
    assertThat(seenElsewhere).isFalse();
  }

  @Test
  void anInvalidNameIsRefusedBeforeTheWorkRuns() {
    assertThatThrownBy(() -> TenantContext.run("Not Valid", () -> {
      throw new AssertionError("must not run");
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("may only contain lowercase letters");
  }

  @Test
  void withoutAScopeRequireSaysHowToSetOne() {
    assertThatThrownBy(TenantContext::require)
        .isInstanceOf(NoTenantSelectedException.class)
        .hasMessageContaining("TenantContext.run(tenant, work)");
  }

  @Test
  void closingAScopeTwiceRestoresOnlyOnce() {
    try (TenantContext.Scope outer = TenantContext.open(TenantName.of("a"))) {
      TenantContext.Scope inner = TenantContext.open(TenantName.of("b"));
      inner.close();
      try (TenantContext.Scope later = TenantContext.open(TenantName.of("c"))) {
        inner.close();   // stale: must not put "a" back while "c" is open
        assertThat(TenantContext.require()).isEqualTo(TenantName.of("c"));
      }
      assertThat(TenantContext.require()).isEqualTo(TenantName.of("a"));
    }
    assertThat(TenantContext.current()).isEmpty();
  }
}
