package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.lint.lexer.SqlLexer;
import dev.libsql4j.lint.statement.SqlStatement;
import dev.libsql4j.lint.statement.StatementSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.api.Test;

/**
 * Differential check of the token-level rules against JSqlParser's AST: wherever JSqlParser can
 * parse a query, the expression-level constructs it finds in the tree (ILIKE, {@code ::} casts,
 * DISTINCT ON, RIGHT/FULL joins) are exactly the ones the linter reports — no more (nothing
 * matched inside strings or comments), no fewer.
 */
class AstAgreementTest {

    private static final Set<String> COMPARED = Set.of("ilike", "double-colon-cast", "distinct-on", "right-full-join");
    /** Before 3.39 so that RIGHT/FULL JOIN is reported too. */
    private static final SqlLinter LINTER = SqlLinter.builder().targetVersion(SqliteVersion.parse("3.38.5")).build();

    private static final List<String> EXTRA_QUERIES = List.of(
            "SELECT a::text, CAST(b AS INTEGER) FROM t WHERE c ILIKE '%x%' AND d NOT ILIKE 'y'",
            "SELECT * FROM (SELECT DISTINCT ON (a) a, b FROM t ORDER BY a) s FULL OUTER JOIN u ON u.a = s.a",
            "SELECT 'ILIKE :: RIGHT JOIN' AS \"DISTINCT ON\" FROM t -- ILIKE\n",
            "SELECT * FROM t WHERE x IN (SELECT y::int FROM u RIGHT JOIN v ON v.id = u.id WHERE z ILIKE 'q')",
            "UPDATE t SET a = b::int WHERE c ILIKE 'x'",
            "DELETE FROM t WHERE a IN (SELECT DISTINCT ON (b) b FROM u)");

    @Test
    void tokenRulesAgreeWithTheAstWhereverJSqlParserParses() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String sql : queries()) {
            Statement parsed;
            try {
                parsed = CCJSqlParserUtil.parse(sql);
            } catch (Exception notParseable) {
                continue; // the token rules alone judge what JSqlParser cannot read
            }
            if (!(parsed instanceof Select || parsed instanceof Insert || parsed instanceof Update || parsed instanceof Delete)) {
                continue;
            }
            Set<String> fromTokens = new TreeSet<>();
            LINTER.lint(SourceFile.of("q.sql", sql)).stream().map(Finding::ruleId).filter(COMPARED::contains).forEach(fromTokens::add);

            assertThat(fromTokens).as(sql).isEqualTo(new ConstructFinder().find(parsed));
            checked.add(sql);
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
    }

    /** Every statement of every corpus file, plus queries aimed at the four constructs. */
    private static List<String> queries() throws Exception {
        List<String> queries = new ArrayList<>(EXTRA_QUERIES);
        Path root = Path.of(AstAgreementTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                SourceFile source = SourceFile.read(file);
                StatementSplitter.split(source, SqlLexer.tokenize(source.text())).stream().map(SqlStatement::text).forEach(queries::add);
            }
        }
        return queries;
    }

    /** Walks the whole tree (TablesNamesFinder visits every select, join and expression) noting the constructs. */
    private static final class ConstructFinder extends TablesNamesFinder<Void> {

        private final Set<String> found = new TreeSet<>();

        Set<String> find(Statement statement) {
            init(false);
            statement.accept(this, null);
            return found;
        }

        @Override
        public <S> Void visit(LikeExpression like, S context) {
            if (like.getLikeKeyWord() == LikeExpression.KeyWord.ILIKE) {
                found.add("ilike");
            }
            return super.visit(like, context);
        }

        @Override
        public <S> Void visit(CastExpression cast, S context) {
            if (!cast.isUseCastKeyword() && !cast.isImplicitCast()) {
                found.add("double-colon-cast");
            }
            return super.visit(cast, context);
        }

        @Override
        public <S> Void visit(PlainSelect select, S context) {
            if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null) {
                found.add("distinct-on");
            }
            if (select.getJoins() != null) {
                for (Join join : select.getJoins()) {
                    if (join.isRight() || join.isFull()) {
                        found.add("right-full-join");
                    }
                }
            }
            return super.visit(select, context);
        }
    }
}
