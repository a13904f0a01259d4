package dev.libsql4j.hibernate.model;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A payment subclass. */
@Entity
public class BankTransfer extends Payment {

  public String iban;

  protected BankTransfer() {
  }

  public BankTransfer(BigDecimal amount, String iban) {
    super(amount);
    this.iban = iban;
  }
}
