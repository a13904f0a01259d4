package dev.libsql4j.hrana.message;

/**
 * A result column: its name and the declared type of the table column it comes from (null for
 * expressions).
 */
public record Col(String name, String decltype) {}
