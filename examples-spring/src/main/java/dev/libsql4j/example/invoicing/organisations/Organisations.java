package dev.libsql4j.example.invoicing.organisations;

import dev.libsql4j.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the current organisation's row, in a read-only transaction: served by a replica. */
@Service
@Transactional(readOnly = true)
public class Organisations {

  private final OrganisationRepository organisations;

  Organisations(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  /** The organisation of the current tenant context. */
  public Organisation current() {
    return organisations.findFirstByOrderByIdAsc()
        .orElseThrow(() -> new OrganisationNotFoundException(TenantContext.require().value()));
  }
}
