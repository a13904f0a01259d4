package dev.libsql4j.example.invoicing.organisations;

import dev.libsql4j.example.invoicing.InvoicingApplication;
import dev.libsql4j.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, and the organisation a request is for. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

  /** A sign-up. The slug names the organisation's database: Turso's rule for database names. */
  record SignUp(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "may only contain a-z, 0-9 and dashes")
      String slug,
      @NotBlank @Size(max = 200) String name) {
  }

  record OrganisationView(String slug, String name, Instant signedUpAt) {
  }

  private final SignUps signUps;
  private final Organisations organisations;

  OrganisationController(SignUps signUps, Organisations organisations) {
    this.signUps = signUps;
    this.organisations = organisations;
  }

  /**
   * Signs up, then answers with the organisation as its database now shows it: read from a replica
   * right after the write, and not stale because the read carries the write's replication index
   * (read-your-writes per request).
   */
  @PostMapping
  ResponseEntity<OrganisationView> signUp(@Valid @RequestBody SignUp request) {
    signUps.signUp(request.slug(), request.name());
    OrganisationView created = TenantContext.call(request.slug(), () -> view(request.slug()));
    return ResponseEntity.created(URI.create("/api/organisations/current")).body(created);
  }

  /** The organisation named by the request's tenant header. */
  @GetMapping("/current")
  OrganisationView current(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation) {
    return view(organisation);
  }

  private OrganisationView view(String slug) {
    Organisation organisation = organisations.current();
    return new OrganisationView(slug, organisation.getName(), organisation.getSignedUpAt());
  }
}
