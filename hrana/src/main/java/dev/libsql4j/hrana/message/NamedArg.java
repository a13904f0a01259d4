package dev.libsql4j.hrana.message;

/**
 * A named statement argument. The name is sent as written in the SQL, sigil included
 * ({@code ":x"}, {@code "@x"}, {@code "$x"}); sqld also accepts it without the sigil.
 */
public record NamedArg(String name, Value value) {}
