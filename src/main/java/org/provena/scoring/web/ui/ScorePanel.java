package org.provena.scoring.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.web.ui.charts.GradeBadge;
import org.provena.scoring.web.ui.charts.ScoreHistoryChart;

/**
 * One score, explained: its grade and value with the trend, what lowers it (each deduction with the
 * points it costs, why, and a link to the evidence), the open items that would raise it once
 * closed, and its history. Used for a supplier's scorecard, a supplier's own score and a device
 * release's risk.
 */
public class ScorePanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Headings name the deductions and the open items the way the reader thinks of them. */
  public ScorePanel(ScoreView score, String lowersHeading, String openHeading) {
    this(score, lowersHeading, openHeading, false);
  }

  /**
   * {@code supplierReader}: links lead to the supplier's own pages rather than the manufacturer's.
   */
  public ScorePanel(
      ScoreView score, String lowersHeading, String openHeading, boolean supplierReader) {
    setPadding(false);
    add(headline(score));

    H3 lowers = new H3(lowersHeading);
    Grid<Factor> factors = new Grid<>();
    factors.setId("score-factors");
    factors.addColumn(Factor::label).setHeader("Factor").setAutoWidth(true).setFlexGrow(0);
    factors
        .addColumn(f -> f.points() > 0 ? "+" + f.points() : Integer.toString(f.points()))
        .setHeader("Points")
        .setAutoWidth(true)
        .setFlexGrow(0);
    factors.addColumn(Factor::explanation).setHeader("Why").setFlexGrow(1);
    factors
        .addComponentColumn(f -> evidence(link(f.evidence(), supplierReader)))
        .setHeader("Evidence")
        .setAutoWidth(true)
        .setFlexGrow(0);
    factors.setItems(score.factors());
    factors.setAllRowsVisible(true);
    factors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);

    H3 open = new H3(openHeading + " (" + score.openItems().size() + ")");
    Component items;
    if (score.openItems().isEmpty()) {
      items = new Paragraph("Nothing is owed: every check passes.");
    } else {
      Grid<OpenItem> grid = new Grid<>();
      grid.setId("score-open-items");
      grid.addComponentColumn(i -> severity(i.severity()))
          .setHeader("Severity")
          .setAutoWidth(true)
          .setFlexGrow(0);
      grid.addColumn(OpenItem::message).setHeader("What is owed").setFlexGrow(1);
      grid.addComponentColumn(i -> evidence(link(i.evidence(), supplierReader)))
          .setHeader("Where")
          .setAutoWidth(true)
          .setFlexGrow(0);
      grid.setItems(score.openItems());
      grid.setAllRowsVisible(true);
      grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
      items = grid;
    }

    H3 history = new H3("History");
    ScoreHistoryChart chart =
        new ScoreHistoryChart(
            score.history().stream()
                .map(h -> new ScoreHistoryChart.Point(h.at(), h.value(), h.grade()))
                .toList());
    chart.setId("score-history");
    // Wide enough to read the dates, not so wide that the chart takes the whole screen.
    chart.setMaxWidth("56em");
    add(open, items, lowers, factors, history, chart);
  }

  private static Component headline(ScoreView score) {
    GradeBadge badge = new GradeBadge(score.grade(), score.value());
    badge.setId("score-grade");
    badge.addClassNames(LumoUtility.FontSize.XLARGE);
    int trend = score.trend();
    Span change =
        new Span(
            score.previousValue() == null
                ? "first score"
                : trend == 0
                    ? "unchanged since the previous score"
                    : (trend > 0 ? "▲ +" : "▼ ") + trend + " since the previous score");
    change.setId("score-trend");
    change.addClassNames(
        trend > 0
            ? LumoUtility.TextColor.SUCCESS
            : trend < 0 ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
    Span when =
        new Span(
            "computed "
                + WHEN.format(score.computedAt())
                + " · scoring model "
                + score.modelVersion());
    when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
    HorizontalLayout line = new HorizontalLayout(badge, change, when);
    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return line;
  }

  private static String link(String path, boolean supplierReader) {
    return supplierReader ? forSupplier(path) : path;
  }

  static Component severity(OpenItem.Severity severity) {
    Span badge = new Span(severity.name().toLowerCase(Locale.ROOT));
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (severity) {
              case CRITICAL -> "badge error primary";
              case HIGH -> "badge error";
              case MEDIUM -> "badge";
              case LOW -> "badge contrast";
            });
    return badge;
  }

  static Component evidence(String path) {
    if (path == null || path.isBlank()) {
      return new Div();
    }
    return new Anchor(path, "Open");
  }

  /**
   * The same evidence as a supplier reaches it: the manufacturer's view of a supplier's evidence is
   * the supplier's own Evidence page, and the supplier list is not theirs to open.
   */
  static String forSupplier(String path) {
    if (path == null) {
      return null;
    }
    if (path.matches("suppliers/[^/]+/evidence")) {
      return "evidence";
    }
    return path.equals("suppliers") ? null : path;
  }
}
