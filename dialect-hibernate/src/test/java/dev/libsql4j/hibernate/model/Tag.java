package dev.libsql4j.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

/** UUID ids; the other side of a many-to-many. */
@Entity
public class Tag {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  public UUID id;

  @Column(unique = true)
  public String label;

  protected Tag() {
  }

  public Tag(String label) {
    this.label = label;
  }
}
