package org.springframework.data.jpa.repository;

/** A stand-in for Spring Data's annotation (sql-lint's processor matches it by name), so the sample needs no dependency. */
public @interface Query {
  String value();

  boolean nativeQuery() default false;
}
