package dev.libsql4j.consistency.spring;

import dev.libsql4j.consistency.Consistency;
import dev.libsql4j.consistency.ReadPrimary;
import dev.libsql4j.consistency.ReadReplica;
import java.lang.annotation.Annotation;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Runs a call under the hint its {@link ReadPrimary} / {@link ReadReplica} annotation asks for (see
 * {@link ConsistencyAnnotations} for where annotations are looked up).
 */
public final class ConsistencyInterceptor implements MethodInterceptor {

  private final ConsistencyAnnotations annotations;

  ConsistencyInterceptor(ConsistencyAnnotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    Object target = invocation.getThis();
    // The target's own class, not AopUtils.getTargetClass: a Spring Data repository is a proxy whose
    // class implements the annotated repository interface, while its "target class" does not.
    Annotation annotation = annotations.find(invocation.getMethod(), target == null ? null : target.getClass());
    if (annotation instanceof ReadPrimary) {
      return Consistency.primary(invocation::proceed);
    }
    if (annotation instanceof ReadReplica replica) {
      return replica.maxStaleness() < 0 ? Consistency.replica(invocation::proceed)
          : Consistency.replica(Duration.ofNanos(replica.unit().toNanos(replica.maxStaleness())), invocation::proceed);
    }
    return invocation.proceed();
  }
}
