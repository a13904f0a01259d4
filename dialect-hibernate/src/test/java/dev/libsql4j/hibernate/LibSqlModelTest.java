package dev.libsql4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The model on real sqld through libsql4j, with the dialect Hibernate resolves by itself. */
class LibSqlModelTest extends JpaModelContract {

  private SqldBackend sqld;

  @Override
  SessionFactory start() {
    sqld = SqldBackend.start();
    return Orm.model(sqld.dataSource(), Map.of());
  }

  @Override
  void stop() {
    if (sqld != null) {
      sqld.close();
    }
  }

  @Override
  Set<CommunityGap> gaps() {
    return Set.of();
  }

  @Test
  void hibernateResolvedTheLibSqlDialect() {
    assertThat(orm().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getJdbcServices().getDialect()).isExactlyInstanceOf(LibSqlDialect.class);
  }
}
