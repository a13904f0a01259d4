package dev.libsql4j.example.invoicing.organisations;

/** No organisation of that name has signed up (or its sign-up did not finish). */
public class OrganisationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OrganisationNotFoundException(String slug) {
    super("No organisation '" + slug + "' has signed up; POST /api/organisations signs it up");
  }
}
