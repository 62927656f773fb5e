package org.provena.scoring.web.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provena.scoring.domain.Factor;
import org.provena.shared.web.ui.SvgImage;
import org.provena.shared.web.ui.SvgMarkup;

/**
 * The factors of two to four suppliers side by side: one group per factor code, one horizontal bar
 * per supplier in that group, its length the points the factor took away (a documented bonus runs
 * the other way from the zero line). A supplier's factors with the same code are added up, so a
 * group compares like with like; a supplier without the factor shows a zero. Groups come in the
 * order the factors first appear; the legend names the suppliers in their colours. Labels longer
 * than the label column are shortened, with the full text in the tooltip.
 */
public final class ComparisonChart extends SvgImage {

  private static final long serialVersionUID = 1L;

  /** The most suppliers the chart tells apart by colour. */
  public static final int MAX_SERIES = Palette.SERIES.length;

  /** One supplier's factors under the name the chart shows. */
  public record Series(String name, List<Factor> factors) {
    public Series {
      Objects.requireNonNull(name, "name");
      factors = List.copyOf(factors);
    }

    int pointsFor(String code) {
      return factors.stream().filter(f -> f.code().equals(code)).mapToInt(Factor::points).sum();
    }
  }

  static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 210;
  private static final int VALUE_WIDTH = 36;
  private static final int BAR = 12;
  private static final int BAR_GAP = 3;
  private static final int GROUP_GAP = 12;
  private static final int LEGEND = 24;
  private static final int LABEL_CHARS = 34;
  private static final int LEGEND_CHARS = 24;

  public ComparisonChart(List<Series> series) {
    super(draw(checked(series)));
    setWidthFull();
    getStyle().set("display", "block");
  }

  private static List<Series> checked(List<Series> series) {
    if (series.size() > MAX_SERIES) {
      throw new IllegalArgumentException(
          "At most " + MAX_SERIES + " suppliers can be compared: " + series.size());
    }
    return List.copyOf(series);
  }

  private static SvgMarkup draw(List<Series> series) {
    Map<String, String> groups = new LinkedHashMap<>();
    series.forEach(s -> s.factors().forEach(f -> groups.putIfAbsent(f.code(), f.label())));
    int height =
        LEGEND
            + Math.max(40, groups.size() * (series.size() * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP));
    String label = label(series, groups.size());
    SvgMarkup svg =
        new SvgMarkup()
            .open(
                "svg",
                "xmlns",
                SvgMarkup.NAMESPACE,
                "viewBox",
                "0 0 " + WIDTH + " " + height,
                "width",
                "100%",
                "role",
                "img",
                "aria-label",
                label,
                "style",
                "font-family:var(--lumo-font-family, sans-serif);font-size:11px")
            .text("title", label);
    legend(svg, series);
    if (groups.isEmpty()) {
      return svg.text(
              "text",
              series.isEmpty() ? "No suppliers to compare" : "No factors lower these scores",
              "x",
              SvgMarkup.number(WIDTH / 2.0),
              "y",
              Integer.toString(LEGEND + 20),
              "text-anchor",
              "middle",
              "class",
              "empty",
              "style",
              "fill:" + Palette.NEUTRAL + ";font-size:14px")
          .close();
    }
    int most = 0;
    int least = 0;
    for (Series s : series) {
      for (String code : groups.keySet()) {
        most = Math.max(most, s.pointsFor(code));
        least = Math.min(least, s.pointsFor(code));
      }
    }
    double barArea = WIDTH - LABEL_WIDTH - 2.0 * VALUE_WIDTH;
    double scale = (most - least) == 0 ? 0 : barArea / (most - least);
    double zero = LABEL_WIDTH + VALUE_WIDTH + (-least) * scale;
    double y = LEGEND;
    for (Map.Entry<String, String> group : groups.entrySet()) {
      String code = group.getKey();
      double groupHeight = series.size() * (BAR + BAR_GAP) - BAR_GAP;
      svg.open("g", "class", "factor", "data-code", code);
      svg.open(
              "text",
              "x",
              "0",
              "y",
              SvgMarkup.number(y + groupHeight / 2),
              "dominant-baseline",
              "central",
              "style",
              "fill:" + Palette.TEXT)
          .text("title", group.getValue())
          .content(shortened(group.getValue(), LABEL_CHARS))
          .close();
      for (int i = 0; i < series.size(); i++) {
        int points = series.get(i).pointsFor(code);
        double length = Math.abs(points) * scale;
        double x = points < 0 ? zero - length : zero;
        svg.open(
                "rect",
                "x",
                SvgMarkup.number(x),
                "y",
                SvgMarkup.number(y),
                "width",
                SvgMarkup.number(length),
                "height",
                Integer.toString(BAR),
                "class",
                "bar",
                "data-series",
                Integer.toString(i),
                "style",
                "fill:" + Palette.SERIES[i])
            .text("title", series.get(i).name() + " — " + group.getValue() + ": " + points)
            .close();
        svg.text(
            "text",
            Integer.toString(points),
            "x",
            SvgMarkup.number(points < 0 ? x - 4 : x + length + 4),
            "y",
            SvgMarkup.number(y + BAR / 2.0),
            "text-anchor",
            points < 0 ? "end" : "start",
            "dominant-baseline",
            "central",
            "style",
            "fill:" + Palette.NEUTRAL);
        y += BAR + BAR_GAP;
      }
      svg.close();
      y += GROUP_GAP - BAR_GAP;
    }
    svg.empty(
        "line",
        "x1",
        SvgMarkup.number(zero),
        "x2",
        SvgMarkup.number(zero),
        "y1",
        Integer.toString(LEGEND - 4),
        "y2",
        SvgMarkup.number(y),
        "style",
        "stroke-width:1;stroke:" + Palette.NEUTRAL);
    return svg.close();
  }

  private static void legend(SvgMarkup svg, List<Series> series) {
    svg.open("g", "class", "legend");
    double x = 0;
    for (int i = 0; i < series.size(); i++) {
      svg.empty(
          "rect",
          "x",
          SvgMarkup.number(x),
          "y",
          "4",
          "width",
          "10",
          "height",
          "10",
          "style",
          "fill:" + Palette.SERIES[i]);
      svg.open(
              "text",
              "x",
              SvgMarkup.number(x + 14),
              "y",
              "9",
              "dominant-baseline",
              "central",
              "class",
              "series",
              "style",
              "fill:" + Palette.TEXT)
          .text("title", series.get(i).name())
          .content(shortened(series.get(i).name(), LEGEND_CHARS))
          .close();
      x += WIDTH / (double) MAX_SERIES;
    }
    svg.close();
  }

  /** SVG text does not wrap: a long label is cut to what its column holds. */
  static String shortened(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static String label(List<Series> series, int factors) {
    List<String> names = new ArrayList<>();
    series.forEach(s -> names.add(s.name()));
    return "Factor comparison of "
        + (names.isEmpty() ? "no suppliers" : String.join(", ", names))
        + ": "
        + factors
        + (factors == 1 ? " factor" : " factors");
  }
}
