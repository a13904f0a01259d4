package dev.libsql4j.example.invoicing.billing;

/** A payment for an invoice that is paid already. */
public class InvoiceAlreadyPaidException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvoiceAlreadyPaidException(String number) {
    super("Invoice " + number + " is already paid");
  }
}
