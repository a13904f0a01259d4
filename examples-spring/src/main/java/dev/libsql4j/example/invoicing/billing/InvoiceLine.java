package dev.libsql4j.example.invoicing.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One line of an invoice: a quantity of something at a unit price in cents. */
@Entity
public class InvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false, length = 200)
  private String description;

  @Column(nullable = false)
  private int quantity;

  @Column(nullable = false)
  private long unitPriceCents;

  protected InvoiceLine() {
  }

  InvoiceLine(Invoice invoice, String description, int quantity, long unitPriceCents) {
    this.invoice = invoice;
    this.description = description;
    this.quantity = quantity;
    this.unitPriceCents = unitPriceCents;
  }

  public String getDescription() {
    return description;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getUnitPriceCents() {
    return unitPriceCents;
  }

  public long amountCents() {
    return Math.multiplyExact(unitPriceCents, quantity);
  }
}
