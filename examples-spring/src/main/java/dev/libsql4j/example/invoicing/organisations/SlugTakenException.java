package dev.libsql4j.example.invoicing.organisations;

/** A sign-up asked for a slug that another organisation already has. */
public class SlugTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SlugTakenException(String slug) {
    super("The slug '" + slug + "' is taken; choose another one");
  }
}
