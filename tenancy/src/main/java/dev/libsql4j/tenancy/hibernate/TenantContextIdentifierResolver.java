package dev.libsql4j.tenancy.hibernate;

import dev.libsql4j.tenancy.TenantContext;
import dev.libsql4j.tenancy.TenantName;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's current tenant is {@link TenantContext}'s: sessions opened inside
 * {@code TenantContext.run("acme", …)} (or a web request the tenant filter scoped) work on acme's
 * database through {@link TenantConnectionProvider}.
 *
 * <p>Outside any scope it answers {@link #NO_TENANT} instead of failing: Hibernate resolves the
 * tenant when a session is <em>opened</em>, and frameworks open sessions ahead of need (Spring's
 * open-in-view opens one per web request, also for requests that never touch a tenant). Such a
 * session fails only if it asks for a connection, with a message saying how to select a tenant.
 */
public final class TenantContextIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

  /**
   * The identifier of "no tenant selected". Not a valid {@link TenantName}, so it can never reach a
   * tenant's database.
   */
  public static final String NO_TENANT = "<no tenant>";

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantContext.current().map(TenantName::value).orElse(NO_TENANT);
  }

  /** {@code getCurrentSession()} checks that the session it returns belongs to the current tenant. */
  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
