package dev.libsql4j.example.invoicing.billing;

/** The request names a customer or invoice that the organisation does not have. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, long id) {
    super("No " + what + " " + id + " in this organisation");
  }
}
