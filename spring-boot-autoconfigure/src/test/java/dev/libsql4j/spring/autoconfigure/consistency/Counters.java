package dev.libsql4j.spring.autoconfigure.consistency;

import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

/** The same rows without a repository-wide hint: Spring Data's read-only transactions read from replicas. */
public interface Counters extends JpaRepository<Counter, Long> {

  /** One query sent to the primary by its Hibernate comment. */
  @QueryHints(@QueryHint(name = "org.hibernate.comment", value = "libsql:primary"))
  Optional<Counter> findFreshById(Long id);
}
