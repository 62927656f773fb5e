package org.provena.scoring.web.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provena.shared.web.ui.SvgDocuments.all;
import static org.provena.shared.web.ui.SvgDocuments.number;
import static org.provena.shared.web.ui.SvgDocuments.parse;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SparklineTest {

  @Test
  void rising_scores_draw_a_green_line_through_every_score_ending_in_a_dot() {
    Sparkline line = new Sparkline(List.of(60, 65, 72, 80));
    Document svg = parse(line.markup());

    Element polyline = all(svg, "polyline").get(0);
    assertThat(polyline.getAttribute("points").split(" ")).hasSize(4);
    assertThat(polyline.getAttribute("style")).contains("success");
    assertThat(line.trend()).isEqualTo(Sparkline.Trend.UP);
    Element dot = all(svg, "circle").get(0);
    String[] lastPoint = polyline.getAttribute("points").split(" ")[3].split(",");
    assertThat(dot.getAttribute("cx")).isEqualTo(lastPoint[0]);
    assertThat(dot.getAttribute("cy")).isEqualTo(lastPoint[1]);
  }

  @Test
  void falling_scores_are_red_and_unchanged_ones_grey() {
    assertThat(
            all(parse(new Sparkline(List.of(90, 70)).markup()), "polyline")
                .get(0)
                .getAttribute("style"))
        .contains("error");
    Sparkline flat = new Sparkline(List.of(75, 80, 75));
    assertThat(flat.trend()).isEqualTo(Sparkline.Trend.FLAT);
    assertThat(all(parse(flat.markup()), "polyline").get(0).getAttribute("style"))
        .contains("secondary-text");
  }

  @Test
  void a_higher_score_is_drawn_higher_and_every_point_stays_inside_the_cell() {
    Document svg = parse(new Sparkline(List.of(0, 100, 50)).markup());

    List<Double> ys =
        Arrays.stream(all(svg, "polyline").get(0).getAttribute("points").split(" "))
            .map(p -> Double.parseDouble(p.split(",")[1]))
            .toList();
    assertThat(ys.get(1)).isLessThan(ys.get(2)).isLessThan(ys.get(0));
    assertThat(ys).allSatisfy(y -> assertThat(y).isBetween(0.0, (double) Sparkline.HEIGHT));
  }

  @Test
  void a_one_point_wobble_does_not_fill_the_cell_like_a_fall_from_a_to_f() {
    Document svg = parse(new Sparkline(List.of(81, 80)).markup());

    String[] points = all(svg, "polyline").get(0).getAttribute("points").split(" ");
    double drop =
        Double.parseDouble(points[1].split(",")[1]) - Double.parseDouble(points[0].split(",")[1]);
    assertThat(drop).isPositive().isLessThan(Sparkline.HEIGHT / 8.0);
  }

  @Test
  void no_score_shows_a_dash() {
    Document svg = parse(new Sparkline(List.of()).markup());

    assertThat(all(svg, "text").get(0).getTextContent()).isEqualTo("—");
    assertThat(all(svg, "polyline")).isEmpty();
    assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("No scores yet");
  }

  @Test
  void a_single_score_is_a_dot() {
    Document svg = parse(new Sparkline(List.of(84)).markup());

    assertThat(all(svg, "polyline")).isEmpty();
    assertThat(all(svg, "circle")).hasSize(1);
    assertThat(number(all(svg, "circle").get(0), "cx")).isEqualTo(Sparkline.WIDTH / 2.0);
  }

  @Test
  void screen_readers_and_tooltips_hear_the_scores_and_where_they_went() {
    Document svg = parse(new Sparkline(List.of(70, 74, 78)).markup());

    String label = "Recent scores 70, 74, 78 (up 8)";
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(label);
    assertThat(all(svg, "title").get(0).getTextContent()).isEqualTo(label);
  }

  @Test
  void a_value_that_is_no_score_is_refused() {
    assertThatThrownBy(() -> new Sparkline(List.of(50, 101)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_sparkline_fits_a_grid_cell() {
    Sparkline line = new Sparkline(List.of(50, 60));

    assertThat(line.getWidth()).isEqualTo("100px");
    assertThat(line.getHeight()).isEqualTo("24px");
    assertThat(line.getElement().getProperty("innerHTML")).isEqualTo(line.markup());
  }
}
