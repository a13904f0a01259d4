package dev.libsql4j.example.invoicing.organisations;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current organisation's row. */
public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

  Optional<Organisation> findFirstByOrderByIdAsc();
}
