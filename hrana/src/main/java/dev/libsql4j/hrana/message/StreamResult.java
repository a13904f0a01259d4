package dev.libsql4j.hrana.message;

/** The outcome of one request of a pipeline: a response or an error. */
public sealed interface StreamResult permits StreamResult.Ok, StreamResult.Error {

  /** The request succeeded. */
  record Ok(StreamResponse response) implements StreamResult {}

  /** The request failed; later requests of the pipeline still ran. */
  record Error(HranaError error) implements StreamResult {}
}
