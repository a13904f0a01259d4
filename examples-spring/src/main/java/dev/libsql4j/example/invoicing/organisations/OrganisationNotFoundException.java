package dev.libsql4j.example.invoicing.organisations;

/** The organisation has a database but no row yet: its sign-up did not finish. */
public class OrganisationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OrganisationNotFoundException(String slug) {
    super("Organisation '" + slug + "' has not finished signing up; send its sign-up again");
  }
}
