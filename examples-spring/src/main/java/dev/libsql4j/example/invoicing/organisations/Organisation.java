package dev.libsql4j.example.invoicing.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The organisation's own row in its database (there is exactly one). */
@Entity
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private Instant signedUpAt;

  protected Organisation() {
  }

  public Organisation(String name, Instant signedUpAt) {
    this.name = name;
    this.signedUpAt = signedUpAt;
  }

  public String getName() {
    return name;
  }

  public Instant getSignedUpAt() {
    return signedUpAt;
  }
}
