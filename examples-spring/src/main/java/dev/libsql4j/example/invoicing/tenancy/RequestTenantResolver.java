package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.TenantName;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate's current tenant is the TenantContext's. */
class RequestTenantResolver implements CurrentTenantIdentifierResolver<String> {

  static final String NO_TENANT = "<no tenant>";

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantContext.current().map(TenantName::value).orElse(NO_TENANT);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
