package dev.libsql4j.spring.autoconfigure.consistency;

import org.springframework.data.jpa.repository.JpaRepository;

/** The same rows without a hint: Spring Data's read-only transactions read from replicas. */
public interface Counters extends JpaRepository<Counter, Long> {
}
