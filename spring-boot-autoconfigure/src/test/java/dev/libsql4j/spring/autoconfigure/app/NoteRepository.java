package dev.libsql4j.spring.autoconfigure.app;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository of the test application. */
public interface NoteRepository extends JpaRepository<Note, Long> {

  List<Note> findByTextContaining(String fragment);
}
