package dev.libsql4j.spring.autoconfigure.consistency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A row whose value the tests set and read back. */
@Entity
public class Counter {

  @Id
  private Long id;

  private int value;

  protected Counter() {
  }

  Counter(long id, int value) {
    this.id = id;
    this.value = value;
  }

  public Long getId() {
    return id;
  }

  public int getValue() {
    return value;
  }

  public void setValue(int value) {
    this.value = value;
  }
}
