package dev.libsql4j.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws operations per second as horizontal bars, one panel per scenario, on a shared
 * logarithmic axis: the in-process ceiling is a hundred times the network peers, and a linear
 * axis would flatten the differences that matter. Plain SVG, no library.
 */
final class SvgBarChart {

    private static final int WIDTH = 900;
    private static final int LABEL_WIDTH = 150;
    private static final int PLOT_LEFT = LABEL_WIDTH + 10;
    private static final int PLOT_RIGHT = WIDTH - 90;
    private static final int BAR_HEIGHT = 16;
    private static final int BAR_GAP = 4;
    private static final int PANEL_TITLE = 26;
    private static final int PANEL_GAP = 14;
    private static final int AXIS_HEIGHT = 30;
    private static final List<String> COLOURS = List.of("#d9480f", "#1971c2", "#2f9e44", "#868e96", "#7048e8");

    private final Results results;

    SvgBarChart(Results results) {
        this.results = results;
    }

    String render() {
        List<String> peers = results.peers();
        int panelHeight = PANEL_TITLE + peers.size() * (BAR_HEIGHT + BAR_GAP) + PANEL_GAP;
        int height = 40 + results.scenarios().size() * panelHeight + AXIS_HEIGHT;
        double[] decades = decades();
        StringBuilder svg = new StringBuilder()
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height))
                .append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height))
                .append(text(10, 22, "Operations per second (log scale), higher is better", "font-size=\"15\" font-weight=\"bold\""));
        int plotBottom = height - AXIS_HEIGHT;
        for (double decade = decades[0]; decade <= decades[1]; decade++) {
            double x = x(Math.pow(10, decade), decades);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"34\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dee2e6\"/>%n",
                            x, x, plotBottom))
                    .append(text(x, plotBottom + 16, axisLabel(decade), "text-anchor=\"middle\" fill=\"#495057\""));
        }
        int y = 40;
        for (Scenario scenario : results.scenarios()) {
            svg.append(text(10, y + 16, scenario.title(), "font-weight=\"bold\""));
            int barY = y + PANEL_TITLE;
            for (int p = 0; p < peers.size(); p++) {
                String peer = peers.get(p);
                svg.append(text(LABEL_WIDTH, barY + BAR_HEIGHT - 4, peer, "text-anchor=\"end\""));
                Optional<ScenarioStats> stats = results.stats(scenario, peer);
                if (stats.isPresent()) {
                    double value = stats.get().opsPerSecond();
                    double end = x(value, decades);
                    svg.append(String.format(Locale.ROOT,
                                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                                    PLOT_LEFT, barY, Math.max(1, end - PLOT_LEFT), BAR_HEIGHT, COLOURS.get(p % COLOURS.size())))
                            .append(text(end + 4, barY + BAR_HEIGHT - 4, format(value), "fill=\"#212529\""));
                } else {
                    svg.append(text(PLOT_LEFT + 4, barY + BAR_HEIGHT - 4, "failed (see the table)",
                            "fill=\"#c92a2a\" font-style=\"italic\""));
                }
                barY += BAR_HEIGHT + BAR_GAP;
            }
            y += panelHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Whole decades around every measured value: {lowest, highest} exponents of ten. */
    private double[] decades() {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Scenario scenario : results.scenarios()) {
            for (String peer : results.peers()) {
                Optional<ScenarioStats> stats = results.stats(scenario, peer);
                if (stats.isPresent()) {
                    min = Math.min(min, stats.get().opsPerSecond());
                    max = Math.max(max, stats.get().opsPerSecond());
                }
            }
        }
        if (max == 0) {
            return new double[] {0, 1};
        }
        double low = Math.floor(Math.log10(min));
        return new double[] {low, Math.max(low + 1, Math.ceil(Math.log10(max)))};
    }

    private static double x(double value, double[] decades) {
        double fraction = (Math.log10(value) - decades[0]) / (decades[1] - decades[0]);
        return PLOT_LEFT + fraction * (PLOT_RIGHT - PLOT_LEFT);
    }

    private static String axisLabel(double decade) {
        if (decade < 0) {
            return String.format(Locale.ROOT, "%s", Math.pow(10, decade));
        }
        long value = Math.round(Math.pow(10, decade));
        return value >= 1_000_000 ? value / 1_000_000 + "M" : value >= 1_000 ? value / 1_000 + "k" : Long.toString(value);
    }

    private static String format(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.3gM", value / 1e6);
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "%.3gk", value / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String text(double x, double y, String content, String attributes) {
        String escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attributes, escaped);
    }
}
