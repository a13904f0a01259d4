package dev.libsql4j.hibernate.model;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A payment subclass. */
@Entity
public class CardPayment extends Payment {

  public String lastDigits;

  protected CardPayment() {
  }

  public CardPayment(BigDecimal amount, String lastDigits) {
    super(amount);
    this.lastDigits = lastDigits;
  }
}
