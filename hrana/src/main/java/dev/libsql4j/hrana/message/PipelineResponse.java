package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * The answer to a pipeline: the baton for the next request on the stream (null once closed), an
 * optional base URL to send that request to, and one result per request.
 */
public record PipelineResponse(String baton, String baseUrl, List<StreamResult> results) {
  public PipelineResponse {
    results = List.copyOf(results);
  }
}
