package dev.libsql4j.spring.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plain Boot application, configured only by {@code application.yml}, as a user would write it. */
@SpringBootApplication
public class NotesApplication {
}
