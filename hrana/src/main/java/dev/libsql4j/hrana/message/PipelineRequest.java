package dev.libsql4j.hrana.message;

import java.util.List;

/**
 * The body of {@code POST /v2|v3/pipeline}: a baton (null opens a new stream) and the requests to run
 * on that stream, in order.
 */
public record PipelineRequest(String baton, List<StreamRequest> requests) {
  public PipelineRequest {
    requests = List.copyOf(requests);
  }
}
