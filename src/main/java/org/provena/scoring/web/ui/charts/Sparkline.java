package org.provena.scoring.web.ui.charts;

import java.util.List;
import java.util.stream.Collectors;
import org.provena.shared.web.ui.SvgImage;
import org.provena.shared.web.ui.SvgMarkup;

/**
 * A subject's recent scores, oldest first, as a line of 100 × 24 pixels for a grid cell; the latest
 * score is a dot, and the colour says where the scores went over the shown period: green up, red
 * down, grey unchanged. No score shows a dash, a single score a dot.
 */
public final class Sparkline extends SvgImage {

  private static final long serialVersionUID = 1L;

  static final int WIDTH = 100;
  static final int HEIGHT = 24;
  private static final double PAD = 3;

  /**
   * The smallest span of scores the height stands for: scaled to their own minimum and maximum, a
   * wobble of one point would fill the cell like a fall from A to F.
   */
  private static final int MIN_SPAN = 20;

  /** Where the scores went from the first shown to the last. */
  public enum Trend {
    UP,
    DOWN,
    FLAT
  }

  private final Trend trend;

  public Sparkline(List<Integer> values) {
    this(List.copyOf(values), trendOf(values));
  }

  private Sparkline(List<Integer> values, Trend trend) {
    super(draw(values, trend));
    this.trend = trend;
    getStyle().set("display", "inline-block").set("line-height", "0");
    setWidth(WIDTH + "px");
    setHeight(HEIGHT + "px");
  }

  public Trend trend() {
    return trend;
  }

  private static Trend trendOf(List<Integer> values) {
    values.forEach(Sparkline::checkScore);
    if (values.size() < 2) {
      return Trend.FLAT;
    }
    int change = values.get(values.size() - 1) - values.get(0);
    return change > 0 ? Trend.UP : change < 0 ? Trend.DOWN : Trend.FLAT;
  }

  private static void checkScore(Integer value) {
    if (value == null || value < 0 || value > 100) {
      throw new IllegalArgumentException("A score lies between 0 and 100: " + value);
    }
  }

  private static SvgMarkup draw(List<Integer> values, Trend trend) {
    String label = label(values, trend);
    SvgMarkup svg =
        new SvgMarkup()
            .open(
                "svg",
                "xmlns",
                SvgMarkup.NAMESPACE,
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "width",
                Integer.toString(WIDTH),
                "height",
                Integer.toString(HEIGHT),
                "role",
                "img",
                "aria-label",
                label)
            .text("title", label);
    if (values.isEmpty()) {
      return svg.text(
              "text",
              "—",
              "x",
              SvgMarkup.number(WIDTH / 2.0),
              "y",
              SvgMarkup.number(HEIGHT / 2.0),
              "text-anchor",
              "middle",
              "dominant-baseline",
              "central",
              "style",
              "fill:" + Palette.NEUTRAL + ";font-size:14px")
          .close();
    }
    int low = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int high = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
    if (high - low < MIN_SPAN) {
      int middle = (low + high) / 2;
      low = Math.max(0, Math.min(100 - MIN_SPAN, middle - MIN_SPAN / 2));
      high = low + MIN_SPAN;
    }
    String colour =
        switch (trend) {
          case UP -> Palette.GOOD;
          case DOWN -> Palette.BAD;
          case FLAT -> Palette.NEUTRAL;
        };
    double stepX = values.size() == 1 ? 0 : (WIDTH - 2 * PAD) / (values.size() - 1);
    StringBuilder points = new StringBuilder();
    double x = 0;
    double y = 0;
    for (int i = 0; i < values.size(); i++) {
      x = values.size() == 1 ? WIDTH / 2.0 : PAD + i * stepX;
      y = PAD + (HEIGHT - 2 * PAD) * (high - values.get(i)) / (double) (high - low);
      points.append(i == 0 ? "" : " ").append(SvgMarkup.number(x)).append(',');
      points.append(SvgMarkup.number(y));
    }
    if (values.size() > 1) {
      svg.empty(
          "polyline",
          "points",
          points.toString(),
          "style",
          "fill:none;stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round;stroke:" + colour);
    }
    return svg.empty(
            "circle",
            "cx",
            SvgMarkup.number(x),
            "cy",
            SvgMarkup.number(y),
            "r",
            "2.5",
            "style",
            "fill:" + colour)
        .close();
  }

  private static String label(List<Integer> values, Trend trend) {
    if (values.isEmpty()) {
      return "No scores yet";
    }
    if (values.size() == 1) {
      return "One score: " + values.get(0);
    }
    int change = values.get(values.size() - 1) - values.get(0);
    String direction =
        switch (trend) {
          case UP -> "up " + change;
          case DOWN -> "down " + -change;
          case FLAT -> "unchanged";
        };
    return "Recent scores "
        + values.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + " ("
        + direction
        + ")";
  }
}
