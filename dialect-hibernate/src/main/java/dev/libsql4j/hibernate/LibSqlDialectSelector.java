package dev.libsql4j.hibernate;

import org.hibernate.boot.registry.selector.spi.DialectSelector;
import org.hibernate.dialect.Dialect;

/**
 * Lets {@code hibernate.dialect} name the dialect briefly: {@code libsql} or {@code LibSql} select
 * {@link LibSqlDialect}. Hibernate finds it through {@code META-INF/services}.
 */
public final class LibSqlDialectSelector implements DialectSelector {

  @Override
  public Class<? extends Dialect> resolve(String name) {
    return switch (name) {
      case "libsql", "LibSql", "libSQL" -> LibSqlDialect.class;
      default -> null;
    };
  }
}
