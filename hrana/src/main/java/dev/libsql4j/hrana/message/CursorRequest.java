package dev.libsql4j.hrana.message;

/** The body of {@code POST /v3/cursor}: a baton (null opens a new stream) and a batch to stream. */
public record CursorRequest(String baton, Batch batch) {}
