package dev.libsql4j.tenancy;

/**
 * Work that needs a tenant's database ran while no tenant was selected ({@link TenantContext} empty,
 * or a Hibernate session opened without a tenant id). A web layer answers it with 400: the request
 * did not say which tenant it is for.
 */
public class NoTenantSelectedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** {@code what} needs a tenant; the message adds how to select one. */
  public NoTenantSelectedException(String what) {
    super(what + ": run the work inside TenantContext.run(tenant, work) / TenantContext.call(tenant, work)"
        + " (or, for a web request, send the tenant header)");
  }
}
