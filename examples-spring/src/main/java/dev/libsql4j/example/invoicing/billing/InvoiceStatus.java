package dev.libsql4j.example.invoicing.billing;

/** Where an invoice stands; stored as text, checked by the table's CHECK constraint. */
public enum InvoiceStatus {
  OPEN,
  PAID
}
