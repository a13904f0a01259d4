package dev.libsql4j.example.invoicing.billing;

import dev.libsql4j.consistency.ReadPrimary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** The invoices of the organisation the request is for. Reads in read-only transactions go to a replica. */
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  /**
   * One invoice as it is now, even in the request right after it was issued or paid: replicas may
   * not have that write yet, so this read goes to the primary.
   */
  @ReadPrimary
  @EntityGraph(attributePaths = {"customer", "lines"})
  Optional<Invoice> findWithLinesById(long id);

  @EntityGraph(attributePaths = {"customer", "lines"})
  List<Invoice> findAllByOrderByIdAsc();

  /**
   * The next invoice number, {@code INV-00001} onwards. Called in the write transaction that inserts
   * the invoice, which holds SQLite's write lock from its first statement ({@code BEGIN IMMEDIATE}):
   * two invoices never get the same number. Checked at compile time by sql-lint's annotation processor.
   */
  @NativeQuery("SELECT printf('INV-%05d', count(*) + 1) FROM invoice")
  String nextNumber();
}
