package dev.libsql4j.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TursoPlatformTenantDatabases} against {@link TursoPlatformStub}, a LOCAL STUB that follows
 * the documented Platform API contract. This proves the requests and the handling of documented
 * answers, not compatibility with the real Turso service (not reachable from these tests).
 */
class TursoPlatformTenantDatabasesTest {

  private static final String API_TOKEN = "platform-secret-token";

  private TursoPlatformStub stub;
  private TursoPlatformTenantDatabases tenants;

  @BeforeEach
  void start() throws IOException {
    stub = TursoPlatformStub.start("my-org", API_TOKEN, "default", "eu");
    tenants = TursoPlatformTenantDatabases.builder("my-org", "default", API_TOKEN).apiUrl(stub.url()).build();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void createdDatabaseExistsAndIsListed() {
    tenants.create(TenantName.of("acme"));
    tenants.create(TenantName.of("beta"));

    assertThat(tenants.exists(TenantName.of("acme"))).isTrue();
    assertThat(tenants.exists(TenantName.of("nope"))).isFalse();
    assertThat(tenants.list()).containsExactly(TenantName.of("acme"), TenantName.of("beta"));
  }

  @Test
  void listShowsOnlyTheConfiguredGroup() {
    TursoPlatformTenantDatabases eu = TursoPlatformTenantDatabases.builder("my-org", "eu", API_TOKEN)
        .apiUrl(stub.url()).build();
    tenants.create(TenantName.of("in-default"));
    eu.create(TenantName.of("in-eu"));

    assertThat(tenants.list()).containsExactly(TenantName.of("in-default"));
    assertThat(eu.list()).containsExactly(TenantName.of("in-eu"));
  }

  @Test
  void connectionIsTheDatabaseHostnameWithAFreshDatabaseToken() {
    tenants.create(TenantName.of("acme"));

    TenantConnection connection = tenants.connection(TenantName.of("acme"));

    assertThat(connection.jdbcUrl()).isEqualTo("jdbc:libsql://acme-my-org.turso.io");
    assertThat(connection.authToken()).isEqualTo("stub-jwt-for-acme");
    assertThat(connection.namespace()).isNull();
    assertThat(connection.toString()).doesNotContain("stub-jwt-for-acme");
    assertThat(stub.tokenRequests()).containsExactly("expiration=never&authorization=full-access");
  }

  @Test
  void tokenLifetimeAndReadOnlyAreSentAsDocumented() {
    TursoPlatformTenantDatabases readOnly = TursoPlatformTenantDatabases.builder("my-org", "default", API_TOKEN)
        .apiUrl(stub.url()).tokenExpiration("2w").readOnlyTokens(true).build();
    readOnly.create(TenantName.of("ro"));

    readOnly.connection(TenantName.of("ro"));

    assertThat(stub.tokenRequests()).containsExactly("expiration=2w&authorization=read-only");
  }

  @Test
  void deletedDatabaseIsGone() {
    tenants.create(TenantName.of("gone"));

    tenants.delete(TenantName.of("gone"));

    assertThat(tenants.exists(TenantName.of("gone"))).isFalse();
    assertThatThrownBy(() -> tenants.connection(TenantName.of("gone"))).isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void existingNameIsTenantExistsAndMissingOneIsTenantNotFound() {
    tenants.create(TenantName.of("twice"));

    assertThatThrownBy(() -> tenants.create(TenantName.of("twice"))).isInstanceOf(TenantExistsException.class);
    assertThatThrownBy(() -> tenants.delete(TenantName.of("never"))).isInstanceOf(TenantNotFoundException.class)
        .hasMessageContaining("Tenant 'never' not found");
  }

  @Test
  void aRefusedTokenIsReportedWithoutShowingIt() {
    TursoPlatformTenantDatabases wrong = TursoPlatformTenantDatabases.builder("my-org", "default", "wrong-secret")
        .apiUrl(stub.url()).build();

    assertThatThrownBy(() -> wrong.create(TenantName.of("acme")))
        .isInstanceOf(TenantDatabasesException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("token contains an invalid number of segments")
        .hasMessageNotContaining("wrong-secret");
    assertThat(wrong.toString()).doesNotContain("wrong-secret");
  }

  @Test
  void anUnknownGroupIsReportedWithTheServersReason() {
    TursoPlatformTenantDatabases nowhere = TursoPlatformTenantDatabases.builder("my-org", "nowhere", API_TOKEN)
        .apiUrl(stub.url()).build();

    assertThatThrownBy(() -> nowhere.create(TenantName.of("acme")))
        .isInstanceOf(TenantDatabasesException.class)
        .hasMessageContaining("HTTP 400: group nowhere not found");
  }
}
