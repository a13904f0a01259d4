package dev.libsql4j.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** UUID ids, many-to-one, many-to-many, an enum by name. */
@Entity
public class PurchaseOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  public UUID id;

  public int number;

  @ManyToOne(optional = false)
  public Customer customer;

  @ManyToMany
  @JoinTable(name = "order_tag")
  public Set<Tag> tags = new HashSet<>();

  @Column(precision = 12, scale = 2)
  public BigDecimal total;

  @Enumerated(EnumType.STRING)
  public OrderStatus status;

  public Instant placedAt;

  @Version
  public int version;

  protected PurchaseOrder() {
  }

  public PurchaseOrder(int number, BigDecimal total, OrderStatus status, Instant placedAt) {
    this.number = number;
    this.total = total;
    this.status = status;
    this.placedAt = placedAt;
  }
}
