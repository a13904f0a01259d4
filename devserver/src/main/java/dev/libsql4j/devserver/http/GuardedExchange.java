package dev.libsql4j.devserver.http;

import com.sun.net.httpserver.HttpExchange;
import dev.libsql4j.devserver.error.ProtocolException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How both listeners (user API, admin API) serve one exchange: the route's {@link ProtocolException}
 * becomes its error body; any other failure becomes a logged 500, unless an answer has started (then
 * the client usually went away mid-response); the exchange is always closed.
 */
final class GuardedExchange {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedExchange.class);

  /** Answers one exchange. */
  @FunctionalInterface
  interface Route {
    void serve(HttpExchange exchange) throws IOException, ProtocolException;
  }

  private GuardedExchange() {}

  static void serve(HttpExchange exchange, Route route) throws IOException {
    // Not try-with-resources: the exchange must stay open while a catch clause answers.
    try {
      route.serve(exchange);
    } catch (ProtocolException e) {
      HttpResponses.error(exchange, e);
    } catch (IOException | RuntimeException e) {
      if (exchange.getResponseCode() < 0) {
        LOG.error("Internal error on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        HttpResponses.error(exchange, new ProtocolException(500, "INTERNAL", "Internal server error"));
      } else {
        LOG.debug("Response to {} cut short: {}", exchange.getRequestURI(), e.toString());
      }
    } finally {
      exchange.close();
    }
  }
}
