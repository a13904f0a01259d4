package dev.libsql4j.spring.autoconfigure.consistency;

import dev.libsql4j.consistency.ReadPrimary;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads always current: the whole repository reads from the primary. */
@ReadPrimary
public interface PrimaryCounters extends JpaRepository<Counter, Long> {
}
