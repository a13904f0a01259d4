package dev.libsql4j.hibernate.schema;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The second version: a new column and a new reference to a new table. */
@Entity(name = "Gadget")
@Table(name = "gadget")
public class GadgetV2 {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  public String color;

  @ManyToOne
  public Maker maker;
}
