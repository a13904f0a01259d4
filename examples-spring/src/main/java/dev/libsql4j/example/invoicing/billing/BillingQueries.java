package dev.libsql4j.example.invoicing.billing;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads of billing, in read-only transactions. */
@Service
@Transactional(readOnly = true)
public class BillingQueries {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;

  BillingQueries(CustomerRepository customers, InvoiceRepository invoices) {
    this.customers = customers;
    this.invoices = invoices;
  }

  public List<Customer> customers() {
    return customers.findAllByOrderByNameAsc();
  }

  public List<Invoice> invoices() {
    return invoices.findAllByOrderByIdAsc();
  }

  public Invoice invoice(long id) {
    return invoices.findWithLinesById(id).orElseThrow(() -> new NotFoundException("invoice", id));
  }
}
