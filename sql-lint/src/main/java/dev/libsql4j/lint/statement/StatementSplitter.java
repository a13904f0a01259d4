package dev.libsql4j.lint.statement;

import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.lexer.Token;
import dev.libsql4j.lint.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a token stream into statements at top-level semicolons.
 *
 * <p>Semicolons inside strings, quoted identifiers and comments never reach this class (they
 * are inside tokens). The one SQL construct that holds real semicolons is a compound body —
 * SQLite's {@code CREATE TRIGGER … BEGIN …; …; END}, and the {@code BEGIN … END} of other
 * dialects' procedures — so inside a CREATE TRIGGER/PROCEDURE/FUNCTION/EVENT statement the
 * splitter counts BEGIN/CASE against END and only cuts at depth zero. A custom MySQL client
 * delimiter ({@code DELIMITER //}) always ends the statement, as it does in the mysql client.
 */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /** The statements of {@code source}; empty statements (stray semicolons) are dropped. */
    public static List<SqlStatement> split(SourceFile source, List<Token> tokens) {
        List<SqlStatement> statements = new ArrayList<>();
        List<Token> code = new ArrayList<>();
        List<Token> comments = new ArrayList<>();
        int blockDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == TokenType.COMMENT) {
                comments.add(token);
                continue;
            }
            if ((token.isSymbol(";") && blockDepth == 0) || token.type() == TokenType.DELIMITER) {
                if (!code.isEmpty()) {
                    statements.add(new SqlStatement(source, code, comments));
                }
                code = new ArrayList<>();
                comments = new ArrayList<>();
                blockDepth = 0;
                continue;
            }
            if (!code.isEmpty() && (token.isWord("BEGIN") || (token.isWord("CASE") && blockDepth > 0))
                    && isCompoundStatement(code)) {
                blockDepth++;
            } else if (token.isWord("END") && blockDepth > 0 && !endsControlFlowBlock(tokens, i)) {
                blockDepth--;
            }
            code.add(token);
        }
        if (!code.isEmpty()) {
            statements.add(new SqlStatement(source, code, comments));
        }
        return statements;
    }

    /** CREATE [OR REPLACE] [TEMP] [DEFINER=…] TRIGGER/PROCEDURE/FUNCTION/EVENT: the statements that may hold a body. */
    private static boolean isCompoundStatement(List<Token> code) {
        if (!code.get(0).isWord("CREATE")) {
            return false;
        }
        for (int i = 1; i < Math.min(code.size(), 12); i++) {
            Token token = code.get(i);
            if (token.isWord("TRIGGER") || token.isWord("PROCEDURE") || token.isWord("FUNCTION") || token.isWord("EVENT")) {
                return true;
            }
        }
        return false;
    }

    /** MySQL's {@code END IF}, {@code END LOOP}, … close blocks that never counted as BEGIN. */
    private static boolean endsControlFlowBlock(List<Token> tokens, int endIndex) {
        for (int i = endIndex + 1; i < tokens.size(); i++) {
            Token next = tokens.get(i);
            if (next.type() != TokenType.COMMENT) {
                return next.isWord("IF") || next.isWord("LOOP") || next.isWord("WHILE") || next.isWord("REPEAT");
            }
        }
        return false;
    }
}
