package dev.libsql4j.hibernate.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** IDENTITY ids, a unique column, an embeddable, {@code @Version}, one-to-many. */
@Entity
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true)
  public String email;

  public String name;

  @Embedded
  public Address address;

  @Version
  public long version;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  public List<PurchaseOrder> orders = new ArrayList<>();

  protected Customer() {
  }

  public Customer(String email, String name, Address address) {
    this.email = email;
    this.name = name;
    this.address = address;
  }

  public PurchaseOrder addOrder(PurchaseOrder order) {
    order.customer = this;
    orders.add(order);
    return order;
  }
}
