package dev.libsql4j.consistency.servlet;

import dev.libsql4j.consistency.Consistency;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Read-your-writes per HTTP request: each request runs in its own scope, so its reads see the
 * writes it made (on the request's thread).
 */
public final class ReadYourWritesFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try (Consistency.Scope scope = Consistency.enterReadYourWrites(Consistency.newWatermark())) {
      chain.doFilter(request, response);
    }
  }
}
