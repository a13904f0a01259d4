package dev.libsql4j.hibernate.model;

import jakarta.persistence.Embeddable;

/** An embeddable: stored in its owner's table. */
@Embeddable
public class Address {

  public String street;
  public String city;

  protected Address() {
  }

  public Address(String street, String city) {
    this.street = street;
    this.city = city;
  }
}
