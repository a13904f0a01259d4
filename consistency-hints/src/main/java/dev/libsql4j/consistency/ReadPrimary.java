package dev.libsql4j.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads made by the annotated method (or every method of the annotated class or interface, e.g. a
 * Spring Data repository) go to the primary: always current, never stale. A method's annotation
 * wins over its class's. Honoured by the Spring interceptor
 * ({@link dev.libsql4j.consistency.spring.ConsistencyAdvisor}); without Spring use
 * {@link Consistency#primary}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadPrimary {
}
