package dev.libsql4j.hibernate.schema;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first version of a table that {@code ddl-auto=update} evolves. */
@Entity(name = "Gadget")
@Table(name = "gadget")
public class GadgetV1 {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;
}
