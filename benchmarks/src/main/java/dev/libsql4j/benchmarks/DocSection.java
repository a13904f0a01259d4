package dev.libsql4j.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a Markdown file that one generator owns, between {@code <!-- section:ID -->} and
 * {@code <!-- /section:ID -->}: that generator replaces it (or appends it), and a generator that rewrites
 * the whole file carries it over, so that separate suites can share {@code docs/benchmarks.md}.
 */
final class DocSection {

    private static final Pattern ANY = Pattern.compile("(?s)<!-- section:([\\w-]+) -->.*?<!-- /section:\\1 -->\n?");

    private DocSection() {
    }

    /** {@code document} with section {@code id} set to {@code body} (appended at the end when new). */
    static String replace(String document, String id, String body) {
        String section = "<!-- section:" + id + " -->\n" + body.strip() + "\n<!-- /section:" + id + " -->\n";
        Matcher existing = Pattern.compile("(?s)<!-- section:" + Pattern.quote(id) + " -->.*?<!-- /section:"
                + Pattern.quote(id) + " -->\n?").matcher(document);
        if (existing.find()) {
            return document.substring(0, existing.start()) + section + document.substring(existing.end());
        }
        return document + (document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n")
                + section;
    }

    /** {@code rewritten} followed by every section of {@code previous}: the sections other suites own. */
    static String carryOver(String previous, String rewritten) {
        String result = rewritten;
        Matcher sections = ANY.matcher(previous);
        while (sections.find()) {
            String block = sections.group();
            int bodyStart = block.indexOf("-->") + 3;
            int bodyEnd = block.lastIndexOf("<!-- /section:");
            result = replace(result, sections.group(1), block.substring(bodyStart, bodyEnd));
        }
        return result;
    }
}
