package dev.libsql4j.spring.autoconfigure.tenancy.web;

import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A web application with one entity per tenant, as a user of {@code libsql.tenancy} writes it. */
@SpringBootApplication
public class TenantNotesApplication {

  /** Notes of the request's tenant; {@code /ping} needs none. */
  @RestController
  static class NotesController {

    private final TenantNoteRepository notes;

    NotesController(TenantNoteRepository notes) {
      this.notes = notes;
    }

    @PostMapping("/notes")
    String add(@RequestBody String text) {
      return notes.save(new TenantNote(text)).getText();
    }

    @GetMapping("/notes")
    List<String> list() {
      return notes.findAll().stream().map(TenantNote::getText).toList();
    }

    @GetMapping("/ping")
    String ping() {
      return "pong";
    }
  }
}
