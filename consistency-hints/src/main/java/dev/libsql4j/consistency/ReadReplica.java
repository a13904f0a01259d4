package dev.libsql4j.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Reads made by the annotated method (or class) may go to a replica even inside code that would
 * otherwise read from the primary ({@link ReadPrimary} on the class, read-your-writes after a write).
 * With {@link #maxStaleness()} the replica must have applied every write the primary had reported to
 * this application's data source that long ago (it waits for it, at most {@code replicaWaitMillis},
 * or the primary serves the read). Without Spring use
 * {@link Consistency#replica}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadReplica {

  /** The largest staleness allowed, in {@link #unit()}; negative (the default) = no bound. */
  long maxStaleness() default -1;

  /** The unit of {@link #maxStaleness()}. */
  TimeUnit unit() default TimeUnit.MILLISECONDS;
}
