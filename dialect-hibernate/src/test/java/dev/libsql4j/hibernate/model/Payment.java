package dev.libsql4j.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.math.BigDecimal;

/** Joined inheritance: a table for the root and one per subclass. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public BigDecimal amount;

  protected Payment() {
  }

  protected Payment(BigDecimal amount) {
    this.amount = amount;
  }
}
