package dev.libsql4j.tenancy.migration;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for terminals, redrawn in place at most every 200 ms and after the last
 * tenant, followed by the run's {@link MigrationReport#summary()}:
 * <pre>
 * [##############..........]  612/1000  failed 3  skipped 0  14.2 s
 * </pre>
 */
public final class ConsoleProgressBar implements MigrationListener {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private long lastDrawNanos;

  /** A bar on {@code out} (usually {@code System.out} or {@code System.err}). */
  public ConsoleProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public void started(MigrationProgress progress) {
    draw(progress);
  }

  @Override
  public void tenantFinished(TenantOutcome outcome, MigrationProgress progress) {
    long now = System.nanoTime();
    if (progress.done() == progress.total() || now - lastDrawNanos >= REDRAW_NANOS) {
      lastDrawNanos = now;
      draw(progress);
    }
  }

  @Override
  public void finished(MigrationReport report) {
    out.println();
    out.println(report.summary());
    out.flush();
  }

  /** The bar for {@code progress}, without the carriage return. */
  static String render(MigrationProgress progress) {
    int filled = progress.total() == 0 ? WIDTH : (int) ((long) WIDTH * progress.done() / progress.total());
    String width = Integer.toString(Integer.toString(progress.total()).length());
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
        + String.format(Locale.ROOT, "%" + width + "d/%d  failed %d  skipped %d  %.1f s", progress.done(),
        progress.total(), progress.failed(), progress.skipped(), progress.elapsed().toMillis() / 1000.0);
  }

  private void draw(MigrationProgress progress) {
    out.print("\r" + render(progress));
    out.flush();
  }
}
