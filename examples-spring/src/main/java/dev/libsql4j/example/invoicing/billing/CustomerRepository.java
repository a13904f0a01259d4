package dev.libsql4j.example.invoicing.billing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The customers of the organisation the request is for. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

  List<Customer> findAllByOrderByNameAsc();
}
