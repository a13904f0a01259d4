package dev.libsql4j.spring.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plain Boot application, configured only by {@code application.yml}, as a user would write it. */
// JPA joins once dev.libsql4j.hibernate.LibSqlDialect is on main.
@SpringBootApplication(excludeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
public class NotesApplication {
}
