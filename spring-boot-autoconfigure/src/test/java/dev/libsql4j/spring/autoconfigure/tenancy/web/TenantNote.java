package dev.libsql4j.spring.autoconfigure.tenancy.web;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code tenant_note}, the table {@code db/tenant-notes.yaml} gives every tenant. */
@Entity
@Table(name = "tenant_note")
public class TenantNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String text;

  protected TenantNote() {
  }

  public TenantNote(String text) {
    this.text = text;
  }

  public String getText() {
    return text;
  }
}
