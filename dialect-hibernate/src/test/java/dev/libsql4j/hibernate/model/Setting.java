package dev.libsql4j.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An assigned id, as {@code StatelessSession.upsert} needs. */
@Entity
public class Setting {

  @Id
  public String name;

  public String value;

  protected Setting() {
  }

  public Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }
}
