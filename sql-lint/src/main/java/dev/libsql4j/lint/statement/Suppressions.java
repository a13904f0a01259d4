package dev.libsql4j.lint.statement;

import dev.libsql4j.lint.lexer.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a statement's comments switch off: {@code -- libsql4j-lint: ignore rule-id[, rule-id…]}
 * before or inside the statement. A bare {@code ignore} switches off every rule for it.
 */
public final class Suppressions {

    /** The marker that starts a suppression inside a comment. */
    public static final String MARKER = "libsql4j-lint:";

    private final Set<String> ruleIds;
    private final boolean all;

    private Suppressions(Set<String> ruleIds, boolean all) {
        this.ruleIds = ruleIds;
        this.all = all;
    }

    /** Reads the suppression comments of a statement. */
    public static Suppressions of(SqlStatement statement) {
        Set<String> ids = new HashSet<>();
        boolean all = false;
        for (Token comment : statement.comments()) {
            String text = comment.text();
            int marker = text.toLowerCase(Locale.ROOT).indexOf(MARKER);
            if (marker < 0) {
                continue;
            }
            String directive = text.substring(marker + MARKER.length()).replace("*/", " ").trim();
            String[] words = directive.split("[\\s,]+");
            if (!words[0].equalsIgnoreCase("ignore")) {
                continue;
            }
            if (words.length == 1) {
                all = true;
            }
            for (int i = 1; i < words.length; i++) {
                ids.add(words[i].toLowerCase(Locale.ROOT));
            }
        }
        return new Suppressions(Set.copyOf(ids), all);
    }

    /** True when findings of {@code ruleId} on this statement are to be dropped. */
    public boolean suppresses(String ruleId) {
        return all || ruleIds.contains(ruleId);
    }
}
