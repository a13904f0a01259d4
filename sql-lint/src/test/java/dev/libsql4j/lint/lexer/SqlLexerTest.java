package dev.libsql4j.lint.lexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void stringsQuotedIdentifiersAndCommentsAreSingleTokens() {
        List<Token> tokens = SqlLexer.tokenize("SELECT 'it''s ILIKE', \"a\"\"b\", `c`, [d e] -- x::y\n/* ; */ FROM t");

        assertThat(tokens).extracting(Token::type).containsExactly(
                TokenType.WORD, TokenType.STRING, TokenType.SYMBOL, TokenType.QUOTED_IDENTIFIER, TokenType.SYMBOL,
                TokenType.QUOTED_IDENTIFIER, TokenType.SYMBOL, TokenType.QUOTED_IDENTIFIER, TokenType.COMMENT,
                TokenType.COMMENT, TokenType.WORD, TokenType.WORD);
        assertThat(tokens.get(1).text()).isEqualTo("'it''s ILIKE'");
        assertThat(tokens.get(7).text()).isEqualTo("[d e]");
    }

    @Test
    void dollarQuotedBodiesAreStringsButDollarNamesAreParameters() {
        List<Token> tokens = SqlLexer.tokenize("AS $fn$ BEGIN x := 1; END $fn$ LANGUAGE plpgsql; SELECT $$a;b$$, $name");

        assertThat(tokens.get(1)).isEqualTo(new Token(TokenType.STRING, "$fn$ BEGIN x := 1; END $fn$", 3, 30));
        assertThat(tokens).extracting(Token::text).contains("$$a;b$$", "$name");
        assertThat(tokens.get(tokens.size() - 1).type()).isEqualTo(TokenType.PARAMETER);
    }

    @Test
    void multiCharacterOperatorsAndParameters() {
        assertThat(SqlLexer.tokenize("a::int ->> '$.x' -> ? ?1 :id @p != <= ~* !~*"))
                .extracting(Token::text)
                .containsExactly("a", "::", "int", "->>", "'$.x'", "->", "?", "?1", ":id", "@p", "!=", "<=", "~*", "!~*");
    }

    @Test
    void frameworkPlaceholdersAreTemplateTokens() {
        assertThat(SqlLexer.tokenize("{a.*} {h-schema}t :#{#p.id} ?#{[0]} #{#entityName} : @"))
                .extracting(t -> t.type() + " " + t.text())
                .containsExactly("TEMPLATE {a.*}", "TEMPLATE {h-schema}", "WORD t", "TEMPLATE :#{#p.id}", "TEMPLATE ?#{[0]}",
                        "TEMPLATE #{#entityName}", "SYMBOL :", "SYMBOL @");
    }

    @Test
    void numbersIncludeHexDecimalsAndExponents() {
        assertThat(SqlLexer.tokenize("0x1F 1.5e-3 .5 42")).extracting(Token::type).containsOnly(TokenType.NUMBER);
    }

    @Test
    void unterminatedLiteralRunsToTheEndInsteadOfFailing() {
        assertThat(SqlLexer.tokenize("SELECT 'oops")).extracting(Token::text).containsExactly("SELECT", "'oops");
    }

    @Test
    void lineMapCountsLinesAndColumnsFromOne() {
        LineMap lines = new LineMap("ab\ncd\r\nef\rg");

        assertThat(lines.line(0)).isEqualTo(1);
        assertThat(lines.line(4)).isEqualTo(2);
        assertThat(lines.column(4)).isEqualTo(2);
        assertThat(lines.line(7)).isEqualTo(3);
        assertThat(lines.line(10)).isEqualTo(4);
        assertThat(lines.column(10)).isEqualTo(1);
    }
}
