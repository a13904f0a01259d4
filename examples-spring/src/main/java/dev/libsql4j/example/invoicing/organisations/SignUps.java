package dev.libsql4j.example.invoicing.organisations;

import dev.libsql4j.spring.autoconfigure.tenancy.TenantProvisioner;
import dev.libsql4j.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Signs organisations up: a database of their own, created and migrated by the tenant provisioner,
 * with the organisation's row in it.
 */
@Service
public class SignUps {

  private final TenantProvisioner provisioner;
  private final OrganisationRepository organisations;
  private final Clock clock;

  SignUps(TenantProvisioner provisioner, OrganisationRepository organisations, Clock clock) {
    this.provisioner = provisioner;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * Creates and migrates the database {@code slug} (nothing to do if it exists), then writes the
   * organisation's row in it. The table holds one row at most (CHECK (id = 1)): the insert of a
   * second sign-up of the slug fails, also when two race. A sign-up that failed half-way can be sent
   * again and finishes.
   *
   * @throws SlugTakenException when an organisation has the slug already
   * @throws IllegalArgumentException when the slug is not a valid database name
   */
  public void signUp(String slug, String name) {
    provisioner.create(slug);
    try {
      TenantContext.run(slug, () -> organisations.save(new Organisation(name, Instant.now(clock))));
    } catch (DataIntegrityViolationException e) {
      throw new SlugTakenException(slug);
    }
  }
}
