package dev.libsql4j.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** TABLE ids: Hibernate's pooled table generator, blocks of 50. */
@Entity
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
  @TableGenerator(name = "ticket_ids", allocationSize = 50)
  public Long id;

  public String subject;

  protected Ticket() {
  }

  public Ticket(String subject) {
    this.subject = subject;
  }
}
