package dev.libsql4j.spring.autoconfigure.tenancy.web;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data over the current tenant's {@code tenant_note}. */
public interface TenantNoteRepository extends JpaRepository<TenantNote, Long> {
}
