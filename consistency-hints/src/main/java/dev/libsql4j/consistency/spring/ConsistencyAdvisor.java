package dev.libsql4j.consistency.spring;

import dev.libsql4j.consistency.ReadPrimary;
import dev.libsql4j.consistency.ReadReplica;
import java.lang.reflect.Method;
import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.Ordered;

/**
 * The Spring AOP advisor for {@link ReadPrimary} and {@link ReadReplica} on beans' classes and
 * methods and on Spring Data repository interfaces. Declare it as a bean in a context with
 * auto-proxying (Spring Boot's AOP auto-configuration, or {@code @EnableAspectJAutoProxy}); the
 * libsql4j Spring Boot auto-configuration does. It runs before the transaction interceptor, so the
 * hint is in force when a transaction begins.
 */
public final class ConsistencyAdvisor extends AbstractPointcutAdvisor {

  private static final long serialVersionUID = 1L;

  private final transient ConsistencyAnnotations annotations = new ConsistencyAnnotations();
  private final transient ConsistencyInterceptor interceptor = new ConsistencyInterceptor(annotations);
  private final transient Pointcut pointcut = new StaticMethodMatcherPointcut() {
    @Override
    public boolean matches(Method method, Class<?> targetClass) {
      return annotations.find(method, targetClass) != null;
    }
  };

  /** An advisor ordered just after the highest precedence (before {@code @Transactional}'s). */
  public ConsistencyAdvisor() {
    setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
  }

  @Override
  public Pointcut getPointcut() {
    return pointcut;
  }

  @Override
  public Advice getAdvice() {
    return interceptor;
  }
}
