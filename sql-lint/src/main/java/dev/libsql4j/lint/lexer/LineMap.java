package dev.libsql4j.lint.lexer;

import java.util.Arrays;

/**
 * Turns character offsets of one text into 1-based line and column numbers, as compilers print
 * them, optionally shifted to where the text sits inside an enclosing file.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int firstLine;
    private final int firstColumn;

    /** Indexes the line starts of {@code text} ({@code \n}, {@code \r\n} and lone {@code \r} all end a line). */
    public LineMap(String text) {
        this(text, 1, 1);
    }

    /** Like {@link #LineMap(String)}, for text starting at {@code firstLine:firstColumn} of an enclosing file. */
    public LineMap(String text, int firstLine, int firstColumn) {
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        return lineIndex(offset) + firstLine;
    }

    /** The 1-based column of {@code offset} within its line. */
    public int column(int offset) {
        int index = lineIndex(offset);
        return offset - lineStarts[index] + (index == 0 ? firstColumn : 1);
    }

    private int lineIndex(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }
}
