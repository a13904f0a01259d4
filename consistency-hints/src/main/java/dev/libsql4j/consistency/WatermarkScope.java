package dev.libsql4j.consistency;

/**
 * Which read-your-writes scope code runs in when it opened none itself ({@link Consistency#configure}):
 * every thread, every Spring transaction, or none. A request scope is opened explicitly per request
 * ({@link Consistency#readYourWrites}, or the servlet filter {@code ReadYourWritesFilter}).
 */
@FunctionalInterface
public interface WatermarkScope {

  /** No implicit scope: only explicit ones remember writes. */
  WatermarkScope NONE = () -> null;

  /** The watermark of the scope the current thread is in, or null. */
  WriteWatermark current();

  /** One watermark per thread, for the thread's life: a thread reads its own writes. */
  static WatermarkScope perThread() {
    ThreadLocal<WriteWatermark> watermarks = ThreadLocal.withInitial(Consistency::newWatermark);
    return watermarks::get;
  }
}
