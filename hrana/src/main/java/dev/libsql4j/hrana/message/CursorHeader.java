package dev.libsql4j.hrana.message;

/** The first line of a cursor response: the next baton and an optional base URL. */
public record CursorHeader(String baton, String baseUrl) {}
