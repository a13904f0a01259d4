package dev.libsql4j.jooq;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TableOptions.TableType;
import org.jooq.impl.DSL;
import org.jooq.meta.DefaultCheckConstraintDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.sqlite.SQLiteDatabase;

/**
 * A jOOQ meta {@code Database} for libSQL / Turso, used by the standard code generator by name:
 *
 * <pre>{@code
 * <database>
 *   <name>dev.libsql4j.jooq.LibSqlDatabase</name>
 *   <properties>
 *     <property><key>scripts</key><value>src/main/resources/db/migration</value></property>
 *   </properties>
 * </database>
 * }</pre>
 *
 * <p>It reads the schema from exactly one source: a live database ({@code url} or {@code urlEnv},
 * token from {@code authToken}, {@code authTokenEnv} or {@code LIBSQL_AUTH_TOKEN}), plain
 * {@code .sql} migrations ({@code scripts}, applied in natural order), or a Liquibase
 * {@code changelog}. Migrations run on a throwaway SQLite file, so no server is needed. The schema's
 * SQL is linted first ({@code lint}, {@code targetVersion}, {@code lintDisable}); an error stops
 * the generation with a {@link SchemaLintException}. The JDBC connection of the generator's
 * {@code <jdbc>} element is not used, and neither the URL nor the token ends up in generated code.
 *
 * <p>What is generated is jOOQ's SQLite mapping of what SQLite stored, with two differences:
 * a rowid alias ({@code INTEGER PRIMARY KEY}) is always an identity, and Liquibase's
 * {@code DATABASECHANGELOG} tables are left out unless {@code excludeLiquibaseTables} is false.
 */
public class LibSqlDatabase extends SQLiteDatabase {

  private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

  private CodegenSettings settings;
  private SchemaSource source;

  @Override
  protected DSLContext create0() {
    return DSL.using(source().connection(), SQLDialect.SQLITE);
  }

  @Override
  protected List<TableDefinition> getTables0() throws SQLException {
    List<TableDefinition> tables = new ArrayList<>();
    for (TableDefinition table : super.getTables0()) {
      if (!excluded(table.getName())) {
        tables.add(new LibSqlTableDefinition(table.getSchema(), table.getName(),
            table.isView() ? TableType.VIEW : TableType.TABLE, table.getSource()));
      }
    }
    return tables;
  }

  /** Every CHECK of every table, read from the DDL SQLite stored (see {@link CheckClauses} for why). */
  @Override
  protected void loadCheckConstraints(DefaultRelations relations) {
    SchemaDefinition schema = getSchemata().get(0);
    for (TableDefinition table : getTables(schema)) {
      if (!table.isView() && table.getSource() != null) {
        for (CheckClauses.Check check : CheckClauses.of(table.getSource())) {
          relations.addCheckConstraint(table,
              new DefaultCheckConstraintDefinition(schema, table, check.name(), check.condition(), true));
        }
      }
    }
  }

  @Override
  public void close() {
    if (source != null) {
      source.close();
      source = null;
    }
    super.close();
  }

  private boolean excluded(String table) {
    return settings().excludeLiquibaseTables() && LIQUIBASE_TABLES.contains(table.toLowerCase(Locale.ROOT));
  }

  private SchemaSource source() {
    if (source == null) {
      source = SchemaSource.open(settings());
    }
    return source;
  }

  private CodegenSettings settings() {
    if (settings == null) {
      settings = CodegenSettings.read(getProperties(), CodegenSettings.systemEnv(), getBasedir());
    }
    return settings;
  }
}
