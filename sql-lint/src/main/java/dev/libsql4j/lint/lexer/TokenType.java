package dev.libsql4j.lint.lexer;

/** The kinds of token {@link SqlLexer} produces; enough to tell code from text, never a full grammar. */
public enum TokenType {
    /** A keyword or unquoted identifier (SQL does not reserve words consistently across dialects). */
    WORD,
    /** An identifier in {@code "double quotes"}, {@code `backticks`} or {@code [brackets]}. */
    QUOTED_IDENTIFIER,
    /** A string literal: {@code 'single quoted'} or PostgreSQL {@code $tag$dollar quoted$tag$}. */
    STRING,
    /** A numeric literal. */
    NUMBER,
    /** A bind parameter: {@code ?}, {@code ?1}, {@code :name}, {@code @name}, {@code $name}. */
    PARAMETER,
    /**
     * A framework placeholder the SQL is a template for: Spring Data SpEL ({@code :#{…}},
     * {@code ?#{…}}, {@code #{#entityName}}) and Hibernate's native-query braces ({@code {alias.*}},
     * {@code {h-schema}}). SQLite never uses braces, so they cannot hide real SQL.
     */
    TEMPLATE,
    /** An operator or punctuation, including multi-character ones such as {@code ::} and {@code ->>}. */
    SYMBOL,
    /**
     * A statement end other than {@code ;}: the custom delimiter set by a MySQL client
     * {@code DELIMITER //} line (the directive line itself is lexed as a {@link #COMMENT}, since
     * the client, Flyway or Liquibase consumes it and the database never sees it).
     */
    DELIMITER,
    /** A {@code -- line} or {@code /* block *}{@code /} comment; kept for suppression comments. */
    COMMENT
}
