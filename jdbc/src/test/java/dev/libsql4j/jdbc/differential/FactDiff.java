package dev.libsql4j.jdbc.differential;

import java.util.List;

/**
 * A readable line diff of two observations: facts both drivers share are shown as context
 * ({@code "  "}), facts only sqlite-jdbc reported start with {@code "- "}, facts only libsql4j
 * reported with {@code "+ "}. Based on the longest common subsequence, so one extra row shows as
 * one line, not as every later line shifted.
 */
final class FactDiff {

  private static final int CONTEXT = 2;

  private FactDiff() {}

  /** Returns the diff, or an empty string when the facts are equal. */
  static String of(Observation expected, Observation actual) {
    List<String> a = expected.facts();
    List<String> b = actual.facts();
    if (a.equals(b)) {
      return "";
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder()
        .append("--- ").append(expected.driver()).append('\n')
        .append("+++ ").append(actual.driver()).append('\n');
    int i = 0;
    int j = 0;
    int sinceChange = CONTEXT;
    boolean skipped = false;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        if (sinceChange < CONTEXT || nextChangeWithin(a, b, i + 1, j + 1)) {
          if (skipped) {
            out.append("  …\n");
            skipped = false;
          }
          out.append("  ").append(a.get(i)).append('\n');
        } else {
          skipped = true;
        }
        sinceChange++;
        i++;
        j++;
        continue;
      }
      if (skipped) {
        out.append("  …\n");
        skipped = false;
      }
      if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.append("- ").append(a.get(i++)).append('\n');
      } else {
        out.append("+ ").append(b.get(j++)).append('\n');
      }
      sinceChange = 0;
    }
    return out.toString();
  }

  /** True when a differing line comes within the next {@link #CONTEXT} common lines. */
  private static boolean nextChangeWithin(List<String> a, List<String> b, int i, int j) {
    for (int k = 0; k < CONTEXT; k++) {
      if (i >= a.size() || j >= b.size() || !a.get(i).equals(b.get(j))) {
        return i < a.size() || j < b.size();
      }
      i++;
      j++;
    }
    return false;
  }
}
