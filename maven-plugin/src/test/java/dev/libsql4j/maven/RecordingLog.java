package dev.libsql4j.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps its lines ({@code [INFO] …}) for assertions, and prints them as Maven would. */
final class RecordingLog extends SystemStreamLog {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  List<String> lines() {
    return lines;
  }

  String text() {
    return String.join("\n", lines);
  }

  @Override
  public void info(CharSequence content) {
    lines.add("[INFO] " + content);
    super.info(content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[WARNING] " + content);
    super.warn(content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("[ERROR] " + content);
    super.error(content);
  }
}
