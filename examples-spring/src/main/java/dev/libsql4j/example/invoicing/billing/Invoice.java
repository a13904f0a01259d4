package dev.libsql4j.example.invoicing.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An invoice to a customer, with its lines (saved and deleted with it). */
@Entity
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(nullable = false, unique = true, length = 32)
  private String number;

  @Column(nullable = false)
  private LocalDate issuedOn;

  @Column(nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private InvoiceStatus status = InvoiceStatus.OPEN;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<InvoiceLine> lines = new ArrayList<>();

  protected Invoice() {
  }

  public Invoice(Customer customer, String number, LocalDate issuedOn, LocalDate dueOn) {
    this.customer = customer;
    this.number = number;
    this.issuedOn = issuedOn;
    this.dueOn = dueOn;
  }

  public void addLine(String description, int quantity, long unitPriceCents) {
    lines.add(new InvoiceLine(this, description, quantity, unitPriceCents));
  }

  /** Marks the invoice paid; paying it twice is a mistake the caller hears about. */
  public void markPaid() {
    if (status == InvoiceStatus.PAID) {
      throw new InvoiceAlreadyPaidException(number);
    }
    status = InvoiceStatus.PAID;
  }

  public long totalCents() {
    return lines.stream().mapToLong(InvoiceLine::amountCents).reduce(0, Math::addExact);
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public List<InvoiceLine> getLines() {
    return List.copyOf(lines);
  }
}
