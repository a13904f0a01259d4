package dev.libsql4j.example.invoicing.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The writes of billing: customers, invoices, payments (in the request's organisation database). */
@Service
@Transactional
public class Billing {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final Clock clock;

  Billing(CustomerRepository customers, InvoiceRepository invoices, Clock clock) {
    this.customers = customers;
    this.invoices = invoices;
    this.clock = clock;
  }

  public Customer addCustomer(String name, String email) {
    return customers.save(new Customer(name, email, Instant.now(clock)));
  }

  /** Issues an invoice today, due in {@code paymentTermDays}. */
  public Invoice issueInvoice(long customerId, int paymentTermDays, List<NewLine> lines) {
    Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
    LocalDate today = LocalDate.now(clock);
    Invoice invoice = new Invoice(customer, invoices.nextNumber(), today, today.plusDays(paymentTermDays));
    lines.forEach(line -> invoice.addLine(line.description(), line.quantity(), line.unitPriceCents()));
    return invoices.save(invoice);
  }

  public Invoice markPaid(long invoiceId) {
    Invoice invoice = invoices.findWithLinesById(invoiceId).orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    invoice.markPaid();
    return invoice;
  }
}
