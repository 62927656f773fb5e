package org.provena.scoring.web.ui.charts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provena.scoring.domain.Grade;
import org.provena.shared.web.ui.SvgImage;
import org.provena.shared.web.ui.SvgMarkup;

/**
 * A subject's scores over time on a 0–100 axis over the grade bands (A from 90 down to F below 50),
 * as steps: a score holds until the next computation replaces it, so a sloped line between two
 * computations would show values that never were. Each computation is a point whose tooltip gives
 * date, value and grade; a grade capped by a critical open item below what its value earns is drawn
 * in red and says so. The chart fills the width of its container.
 */
public final class ScoreHistoryChart extends SvgImage {

  private static final long serialVersionUID = 1L;

  /** One computed score. */
  public record Point(Instant at, int value, Grade grade) {
    public Point {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(grade, "grade");
      if (value < 0 || value > 100) {
        throw new IllegalArgumentException("A score lies between 0 and 100: " + value);
      }
    }

    /** True when a critical open item holds the grade below the one the value earns. */
    boolean capped() {
      return grade != Grade.of(value);
    }
  }

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int LEFT = 34;
  private static final int RIGHT = 22;
  private static final int TOP = 10;
  private static final int BOTTOM = 26;
  private static final int MAX_TICKS = 6;

  /** The lowest value of each grade's band; F runs from 0. */
  static final Map<Grade, Integer> BAND_FLOOR =
      Map.of(Grade.A, 90, Grade.B, 80, Grade.C, 70, Grade.D, 60, Grade.E, 50, Grade.F, 0);

  /** Dates as in UTC. */
  public ScoreHistoryChart(List<Point> points) {
    this(points, ZoneOffset.UTC);
  }

  /** Dates as in {@code zone}, typically the browser's. */
  public ScoreHistoryChart(List<Point> points, ZoneId zone) {
    super(draw(sorted(points), DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone)));
    setWidthFull();
    getStyle().set("display", "block");
  }

  private static List<Point> sorted(List<Point> points) {
    List<Point> copy = new ArrayList<>(points);
    copy.sort(Comparator.comparing(Point::at));
    return copy;
  }

  private static SvgMarkup draw(List<Point> points, DateTimeFormatter date) {
    String label = label(points, date);
    SvgMarkup svg =
        new SvgMarkup()
            .open(
                "svg",
                "xmlns",
                SvgMarkup.NAMESPACE,
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "width",
                "100%",
                "preserveAspectRatio",
                "xMidYMid meet",
                "role",
                "img",
                "aria-label",
                label,
                "style",
                "font-family:var(--lumo-font-family, sans-serif);font-size:11px")
            .text("title", label);
    bands(svg);
    if (points.isEmpty()) {
      return svg.text(
              "text",
              "No scores yet",
              "x",
              SvgMarkup.number(LEFT + plotWidth() / 2.0),
              "y",
              SvgMarkup.number(y(50)),
              "text-anchor",
              "middle",
              "class",
              "empty",
              "style",
              "fill:" + Palette.NEUTRAL + ";font-size:14px")
          .close();
    }
    Instant first = points.get(0).at();
    Instant last = points.get(points.size() - 1).at();
    xAxis(svg, first, last, date);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      String px = SvgMarkup.number(x(p.at(), first, last));
      String py = SvgMarkup.number(y(p.value()));
      path.append(i == 0 ? "M" + px + " " + py : " H" + px + " V" + py);
    }
    svg.empty(
        "path",
        "d",
        path.toString(),
        "class",
        "line",
        "style",
        "fill:none;stroke-width:2;stroke-linejoin:round;stroke:" + Palette.LINE);
    svg.open("g", "class", "points");
    for (Point p : points) {
      svg.open(
              "circle",
              "cx",
              SvgMarkup.number(x(p.at(), first, last)),
              "cy",
              SvgMarkup.number(y(p.value())),
              "r",
              "3.5",
              "style",
              "stroke:#fff;stroke-width:1;fill:" + (p.capped() ? Palette.BAD : Palette.LINE))
          .text("title", tooltip(p, date))
          .close();
    }
    return svg.close().close();
  }

  /** Grade bands with their letters on the right, and the band limits as the y axis. */
  private static void bands(SvgMarkup svg) {
    svg.open("g", "class", "bands");
    int top = 100;
    for (Grade grade : Grade.values()) {
      int floor = BAND_FLOOR.get(grade);
      svg.open(
              "rect",
              "x",
              Integer.toString(LEFT),
              "y",
              SvgMarkup.number(y(top)),
              "width",
              Integer.toString(plotWidth()),
              "height",
              SvgMarkup.number(y(floor) - y(top)),
              "data-grade",
              grade.name(),
              "style",
              Palette.band(grade))
          .text("title", "Grade " + grade + ": " + floor + (top == 100 ? "–100" : "–" + (top - 1)))
          .close();
      svg.text(
          "text",
          grade.name(),
          "x",
          SvgMarkup.number(WIDTH - RIGHT + 6),
          "y",
          SvgMarkup.number((y(top) + y(floor)) / 2),
          "dominant-baseline",
          "central",
          "style",
          "fill:" + Palette.NEUTRAL);
      top = floor;
    }
    svg.close();
    svg.open("g", "class", "y-axis");
    for (int value : new int[] {0, 50, 60, 70, 80, 90, 100}) {
      svg.empty(
          "line",
          "x1",
          Integer.toString(LEFT),
          "x2",
          Integer.toString(LEFT + plotWidth()),
          "y1",
          SvgMarkup.number(y(value)),
          "y2",
          SvgMarkup.number(y(value)),
          "style",
          "stroke-width:0.5;stroke:" + Palette.GRID);
      svg.text(
          "text",
          Integer.toString(value),
          "x",
          Integer.toString(LEFT - 6),
          "y",
          SvgMarkup.number(y(value)),
          "text-anchor",
          "end",
          "dominant-baseline",
          "central",
          "style",
          "fill:" + Palette.NEUTRAL);
    }
    svg.close();
  }

  /**
   * A few evenly spaced dates under the plot; ticks that would read the same date (a history of a
   * few hours) are shown once.
   */
  private static void xAxis(SvgMarkup svg, Instant first, Instant last, DateTimeFormatter date) {
    svg.open("g", "class", "x-axis");
    Map<String, Instant> ticks = new LinkedHashMap<>();
    long span = Duration.between(first, last).toMillis();
    int count = span == 0 ? 1 : MAX_TICKS;
    for (int i = 0; i < count; i++) {
      Instant at = count == 1 ? first : first.plusMillis(span * i / (count - 1));
      ticks.putIfAbsent(date.format(at), at);
    }
    ticks.forEach(
        (text, at) -> {
          double x = x(at, first, last);
          String anchor =
              ticks.size() == 1
                  ? "middle"
                  : at.equals(first) ? "start" : at.equals(last) ? "end" : "middle";
          svg.empty(
              "line",
              "x1",
              SvgMarkup.number(x),
              "x2",
              SvgMarkup.number(x),
              "y1",
              SvgMarkup.number(y(0)),
              "y2",
              SvgMarkup.number(y(0) + 4),
              "style",
              "stroke:" + Palette.NEUTRAL);
          svg.text(
              "text",
              text,
              "x",
              SvgMarkup.number(x),
              "y",
              SvgMarkup.number(y(0) + 16),
              "text-anchor",
              anchor,
              "style",
              "fill:" + Palette.NEUTRAL);
        });
    svg.close();
  }

  private static int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static double y(int value) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (100 - value) / 100.0;
  }

  /** A lone computation, or several at one instant, sit in the middle. */
  private static double x(Instant at, Instant first, Instant last) {
    long span = Duration.between(first, last).toMillis();
    if (span == 0) {
      return LEFT + plotWidth() / 2.0;
    }
    return LEFT + plotWidth() * (Duration.between(first, at).toMillis() / (double) span);
  }

  static String tooltip(Point p, DateTimeFormatter date) {
    String text = date.format(p.at()) + ": " + p.value() + " (" + p.grade();
    return text + (p.capped() ? ", capped by a critical open item)" : ")");
  }

  private static String label(List<Point> points, DateTimeFormatter date) {
    if (points.isEmpty()) {
      return "Score history: no scores yet";
    }
    Point latest = points.get(points.size() - 1);
    String latestText = "latest " + latest.value() + " (" + latest.grade() + ")";
    if (points.size() == 1) {
      return "Score history: one score on " + date.format(latest.at()) + ", " + latestText;
    }
    return "Score history: "
        + points.size()
        + " scores from "
        + date.format(points.get(0).at())
        + " to "
        + date.format(latest.at())
        + ", "
        + latestText;
  }
}
