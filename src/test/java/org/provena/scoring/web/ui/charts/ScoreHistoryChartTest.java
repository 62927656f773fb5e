package org.provena.scoring.web.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.shared.web.ui.SvgDocuments.all;
import static org.provena.shared.web.ui.SvgDocuments.number;
import static org.provena.shared.web.ui.SvgDocuments.parse;
import static org.provena.shared.web.ui.SvgDocuments.title;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.Grade;
import org.provena.scoring.web.ui.charts.ScoreHistoryChart.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ScoreHistoryChartTest {

  private static Point point(String at, int value) {
    return new Point(Instant.parse(at), value, Grade.of(value));
  }

  private static Element group(Document svg, String name) {
    return all(svg, "g").stream()
        .filter(g -> g.getAttribute("class").equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void every_score_is_a_point_whose_tooltip_gives_date_value_and_grade() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(
                        point("2026-09-30T08:00:00Z", 64),
                        point("2026-10-31T08:00:00Z", 81),
                        point("2026-11-30T08:00:00Z", 72)))
                .markup());

    List<Element> points = all(group(svg, "points"), "circle");
    assertThat(points).hasSize(3);
    assertThat(points.stream().map(p -> title(p)))
        .containsExactly("2026-09-30: 64 (D)", "2026-10-31: 81 (B)", "2026-11-30: 72 (C)");
  }

  @Test
  void the_grade_bands_are_shaded_from_a_at_the_top_to_f_at_the_bottom_at_their_limits() {
    Document svg =
        parse(new ScoreHistoryChart(List.of(point("2026-11-30T08:00:00Z", 72))).markup());

    List<Element> bands = all(group(svg, "bands"), "rect");
    assertThat(bands.stream().map(b -> b.getAttribute("data-grade")))
        .containsExactly("A", "B", "C", "D", "E", "F");
    double tenPoints = number(bands.get(0), "height");
    assertThat(bands.subList(0, 5))
        .allSatisfy(b -> assertThat(number(b, "height")).isCloseTo(tenPoints, within()));
    assertThat(number(bands.get(5), "height")).isCloseTo(5 * tenPoints, within());
    for (int i = 1; i < bands.size(); i++) {
      Element above = bands.get(i - 1);
      assertThat(number(bands.get(i), "y"))
          .isCloseTo(number(above, "y") + number(above, "height"), within());
    }
    assertThat(title(bands.get(0))).isEqualTo("Grade A: 90–100");
    assertThat(title(bands.get(5))).isEqualTo("Grade F: 0–49");
  }

  @Test
  void a_point_sits_at_its_value_on_the_y_axis() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(point("2026-10-01T00:00:00Z", 90), point("2026-11-01T00:00:00Z", 50)))
                .markup());

    List<Element> bands = all(group(svg, "bands"), "rect");
    List<Element> points = all(group(svg, "points"), "circle");
    assertThat(number(points.get(0), "cy")).isCloseTo(number(bands.get(1), "y"), within());
    assertThat(number(points.get(1), "cy")).isCloseTo(number(bands.get(5), "y"), within());
  }

  @Test
  void scores_given_out_of_order_are_drawn_in_time_order_as_steps() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(
                        point("2026-11-30T00:00:00Z", 72),
                        point("2026-09-30T00:00:00Z", 64),
                        point("2026-10-31T00:00:00Z", 81)))
                .markup());

    List<Element> points = all(group(svg, "points"), "circle");
    assertThat(points.stream().map(p -> number(p, "cx")).toList()).isSorted();
    assertThat(title(points.get(0))).startsWith("2026-09-30");
    String path = all(svg, "path").get(0).getAttribute("d");
    assertThat(path).startsWith("M").contains("H").contains("V");
  }

  @Test
  void the_x_axis_shows_a_few_dates_from_first_to_last() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(point("2026-01-01T00:00:00Z", 70), point("2026-12-31T00:00:00Z", 80)))
                .markup());

    List<String> dates =
        all(group(svg, "x-axis"), "text").stream().map(Element::getTextContent).toList();
    assertThat(dates).hasSizeBetween(3, 6).first().isEqualTo("2026-01-01");
    assertThat(dates).last().isEqualTo("2026-12-31");
    assertThat(dates).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).doesNotHaveDuplicates();
  }

  @Test
  void scores_of_one_day_show_that_day_once() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(point("2026-11-30T08:00:00Z", 70), point("2026-11-30T09:00:00Z", 75)))
                .markup());

    assertThat(all(group(svg, "x-axis"), "text"))
        .extracting(Element::getTextContent)
        .containsExactly("2026-11-30");
  }

  @Test
  void dates_follow_the_zone_given() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(point("2026-11-30T23:30:00Z", 70)), ZoneId.of("Europe/Berlin"))
                .markup());

    assertThat(title(all(group(svg, "points"), "circle").get(0))).isEqualTo("2026-12-01: 70 (C)");
  }

  @Test
  void a_grade_capped_by_a_critical_open_item_says_so_in_red() {
    Document svg =
        parse(
            new ScoreHistoryChart(
                    List.of(new Point(Instant.parse("2026-11-30T00:00:00Z"), 85, Grade.F)))
                .markup());

    Element point = all(group(svg, "points"), "circle").get(0);
    assertThat(title(point)).isEqualTo("2026-11-30: 85 (F, capped by a critical open item)");
    assertThat(point.getAttribute("style")).contains("error");
  }

  @Test
  void without_scores_the_chart_says_so_over_empty_bands() {
    Document svg = parse(new ScoreHistoryChart(List.of()).markup());

    assertThat(all(svg, "circle")).isEmpty();
    assertThat(all(svg, "path")).isEmpty();
    assertThat(all(svg, "text")).extracting(Element::getTextContent).contains("No scores yet");
    assertThat(all(group(svg, "bands"), "rect")).hasSize(6);
  }

  @Test
  void the_chart_fills_its_container_and_describes_itself() {
    ScoreHistoryChart chart =
        new ScoreHistoryChart(
            List.of(point("2026-10-01T00:00:00Z", 64), point("2026-11-30T00:00:00Z", 72)));
    Element root = parse(chart.markup()).getDocumentElement();

    assertThat(root.getAttribute("width")).isEqualTo("100%");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 240");
    assertThat(root.getAttribute("aria-label"))
        .isEqualTo("Score history: 2 scores from 2026-10-01 to 2026-11-30, latest 72 (C)");
    assertThat(chart.getWidth()).isEqualTo("100%");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.02);
  }
}
