package dev.libsql4j.tenancy;

import java.util.List;

/** A {@link TenantDatabases} that forwards everything, for tests that change one answer. */
class DelegatingDatabases implements TenantDatabases {

  private final TenantDatabases delegate;

  DelegatingDatabases(TenantDatabases delegate) {
    this.delegate = delegate;
  }

  @Override
  public void create(TenantName tenant) {
    delegate.create(tenant);
  }

  @Override
  public void delete(TenantName tenant) {
    delegate.delete(tenant);
  }

  @Override
  public boolean exists(TenantName tenant) {
    return delegate.exists(tenant);
  }

  @Override
  public List<TenantName> list() {
    return delegate.list();
  }

  @Override
  public TenantConnection connection(TenantName tenant) {
    return delegate.connection(tenant);
  }
}
