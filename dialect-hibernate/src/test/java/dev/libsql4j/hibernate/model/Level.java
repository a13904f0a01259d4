package dev.libsql4j.hibernate.model;

/** Stored by ordinal in {@link Sample}. */
public enum Level {
  LOW, MEDIUM, HIGH
}
