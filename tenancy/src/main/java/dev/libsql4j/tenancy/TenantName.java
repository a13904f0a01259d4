package dev.libsql4j.tenancy;

import java.util.regex.Pattern;

/**
 * The name of a tenant, which is also the name of its database (an sqld namespace or a Turso
 * database). Turso's rule applies everywhere, so a name that works on a local sqld also works in
 * the cloud: lowercase letters, digits and dashes, 1 to 64 characters.
 */
public final class TenantName implements Comparable<TenantName> {

  /** The longest name Turso accepts. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern VALID = Pattern.compile("[a-z0-9-]{1," + MAX_LENGTH + "}");

  private final String value;

  private TenantName(String value) {
    this.value = value;
  }

  /**
   * The tenant called {@code name}.
   *
   * @throws IllegalArgumentException when the name breaks Turso's rule; the message says which part
   */
  public static TenantName of(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("A tenant name must not be empty");
    }
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Tenant name '" + name + "' has " + name.length()
          + " characters; at most " + MAX_LENGTH + " are allowed");
    }
    if (!VALID.matcher(name).matches()) {
      throw new IllegalArgumentException("Tenant name '" + name
          + "' may only contain lowercase letters a-z, digits and dashes (Turso's rule for database names)");
    }
    return new TenantName(name);
  }

  /** The name as text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TenantName other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenantName that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
