package org.provena.scoring.web.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provena.shared.web.ui.SvgDocuments.all;
import static org.provena.shared.web.ui.SvgDocuments.number;
import static org.provena.shared.web.ui.SvgDocuments.ownText;
import static org.provena.shared.web.ui.SvgDocuments.parse;
import static org.provena.shared.web.ui.SvgDocuments.title;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.web.ui.charts.ComparisonChart.Series;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ComparisonChartTest {

  private static Factor factor(String code, String label, int points) {
    return new Factor(code, label, points, label + " lowers the score", null);
  }

  private static List<Element> groups(Document svg) {
    return all(svg, "g").stream().filter(g -> g.getAttribute("class").equals("factor")).toList();
  }

  private static List<Element> bars(Element group) {
    return all(group, "rect");
  }

  private static final Series ACME =
      new Series(
          "Acme Medical",
          List.of(
              factor("findings", "Unanswered findings", -20),
              factor("sbom-quality", "SBOM quality", -5)));
  private static final Series BETA =
      new Series(
          "Beta Devices",
          List.of(
              factor("findings", "Unanswered findings", -10),
              factor("overdue", "Overdue requests", -8)));

  @Test
  void each_factor_is_a_group_with_one_bar_per_supplier() {
    Document svg = parse(new ComparisonChart(List.of(ACME, BETA)).markup());

    assertThat(groups(svg))
        .extracting(g -> g.getAttribute("data-code"))
        .containsExactly("findings", "sbom-quality", "overdue");
    assertThat(groups(svg)).allSatisfy(g -> assertThat(bars(g)).hasSize(2));
    assertThat(bars(groups(svg).get(0)))
        .extracting(b -> title(b))
        .containsExactly(
            "Acme Medical — Unanswered findings: -20", "Beta Devices — Unanswered findings: -10");
  }

  @Test
  void a_bar_is_as_long_as_the_points_taken_and_a_missing_factor_has_none() {
    Document svg = parse(new ComparisonChart(List.of(ACME, BETA)).markup());

    List<Element> findings = bars(groups(svg).get(0));
    assertThat(number(findings.get(0), "width"))
        .isCloseTo(2 * number(findings.get(1), "width"), org.assertj.core.data.Offset.offset(0.05));
    List<Element> overdue = bars(groups(svg).get(2));
    assertThat(number(overdue.get(0), "width")).isZero();
    assertThat(number(overdue.get(1), "width")).isPositive();
  }

  @Test
  void lost_points_run_left_from_the_zero_line_and_a_bonus_right() {
    Series bonus =
        new Series(
            "Gamma",
            List.of(
                factor("findings", "Unanswered findings", -10),
                factor("cvd", "Disclosure policy published", 5)));
    Document svg = parse(new ComparisonChart(List.of(bonus, BETA)).markup());

    Element lost = bars(groups(svg).get(0)).get(0);
    Element gained = bars(groups(svg).get(1)).get(0);
    double zero = number(lost, "x") + number(lost, "width");
    assertThat(number(gained, "x")).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void factors_of_one_code_are_added_up() {
    Series twoFindings =
        new Series(
            "Delta",
            List.of(
                factor("findings", "Unanswered findings", -6),
                factor("findings", "Unanswered findings", -4)));
    Document svg = parse(new ComparisonChart(List.of(twoFindings, BETA)).markup());

    assertThat(groups(svg)).hasSize(2);
    assertThat(title(bars(groups(svg).get(0)).get(0))).endsWith(": -10");
  }

  @Test
  void supplier_names_and_labels_with_markup_stay_text() {
    String name = "<img src=x onerror=alert(1)> & \"Sons\"";
    Series hostile = new Series(name, List.of(factor("x", "<b>bold</b>", -3)));
    Document svg = parse(new ComparisonChart(List.of(hostile, BETA)).markup());

    assertThat(all(svg, "img")).isEmpty();
    Element legend =
        all(svg, "text").stream()
            .filter(t -> t.getAttribute("class").equals("series"))
            .findFirst()
            .orElseThrow();
    assertThat(title(legend)).isEqualTo(name);
    assertThat(title(all(groups(svg).get(0), "text").get(0))).isEqualTo("<b>bold</b>");
  }

  @Test
  void a_long_label_is_shortened_with_the_whole_label_in_its_tooltip() {
    String label = "Components past their end of support before the device's own planned end";
    Series series = new Series("Acme", List.of(factor("eos", label, -12)));
    Document svg = parse(new ComparisonChart(List.of(series)).markup());

    Element text = all(groups(svg).get(0), "text").get(0);
    assertThat(title(text)).isEqualTo(label);
    assertThat(ownText(text)).endsWith("…").hasSizeLessThan(label.length());
    assertThat(label).startsWith(ownText(text).replace("…", ""));
  }

  @Test
  void without_factors_the_chart_says_nothing_lowers_the_scores() {
    Document svg =
        parse(
            new ComparisonChart(
                    List.of(new Series("Acme", List.of()), new Series("Beta", List.of())))
                .markup());

    assertThat(all(svg, "text"))
        .extracting(Element::getTextContent)
        .contains("No factors lower these scores");
    assertThat(groups(svg)).isEmpty();
  }

  @Test
  void more_than_four_suppliers_are_refused() {
    assertThatThrownBy(() -> new ComparisonChart(Collections.nCopies(5, ACME)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
