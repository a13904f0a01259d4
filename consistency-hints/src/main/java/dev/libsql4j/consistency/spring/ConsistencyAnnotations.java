package dev.libsql4j.consistency.spring;

import dev.libsql4j.consistency.ReadPrimary;
import dev.libsql4j.consistency.ReadReplica;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link ReadPrimary} or {@link ReadReplica} that applies to a method call: on the
 * implementation method, on the interface method (Spring Data repositories), then on the class or
 * any interface it implements. The most specific wins; results are cached.
 */
final class ConsistencyAnnotations {

  private final Map<MethodClassKey, Optional<Annotation>> cache = new ConcurrentHashMap<>();

  /** The annotation for {@code method} called on an instance of {@code targetClass}, or null. */
  Annotation find(Method method, Class<?> targetClass) {
    return cache.computeIfAbsent(new MethodClassKey(method, targetClass),
        key -> Optional.ofNullable(lookUp(method, targetClass))).orElse(null);
  }

  private static Annotation lookUp(Method method, Class<?> targetClass) {
    Method specific = targetClass == null ? method : ClassUtils.getMostSpecificMethod(method, targetClass);
    Annotation found = on(specific);
    if (found == null && specific != method) {
      found = on(method);
    }
    if (found == null && targetClass != null) {
      found = onType(targetClass);
    }
    return found == null ? onType(method.getDeclaringClass()) : found;
  }

  private static Annotation on(Method method) {
    ReadReplica replica = AnnotatedElementUtils.findMergedAnnotation(method, ReadReplica.class);
    return replica != null ? replica : AnnotatedElementUtils.findMergedAnnotation(method, ReadPrimary.class);
  }

  private static Annotation onType(Class<?> type) {
    ReadReplica replica = AnnotatedElementUtils.findMergedAnnotation(type, ReadReplica.class);
    if (replica != null) {
      return replica;
    }
    ReadPrimary primary = AnnotatedElementUtils.findMergedAnnotation(type, ReadPrimary.class);
    if (primary != null) {
      return primary;
    }
    for (Class<?> implemented : ClassUtils.getAllInterfacesForClassAsSet(type)) {
      Annotation onInterface = implemented == type ? null : onTypeOnly(implemented);
      if (onInterface != null) {
        return onInterface;
      }
    }
    return null;
  }

  private static Annotation onTypeOnly(Class<?> type) {
    ReadReplica replica = type.getAnnotation(ReadReplica.class);
    return replica != null ? replica : type.getAnnotation(ReadPrimary.class);
  }
}
