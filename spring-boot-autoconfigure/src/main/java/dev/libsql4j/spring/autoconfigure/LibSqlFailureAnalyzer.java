package dev.libsql4j.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link LibSqlStartupException} anywhere in a start-up failure into Boot's "APPLICATION
 * FAILED TO START" report: its one-sentence description and the action, without the stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
public class LibSqlFailureAnalyzer extends AbstractFailureAnalyzer<LibSqlStartupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, LibSqlStartupException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
  }
}
