package org.provena.scoring.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.Scorecards;
import org.provena.scoring.application.Scorecards.Scorecard;
import org.provena.scoring.web.ui.charts.GradeBadge;
import org.provena.scoring.web.ui.charts.Sparkline;
import org.provena.ui.MainLayout;

/**
 * Two to four suppliers side by side: grade, trend, overdue requests and critical items in one row
 * of cards, then every factor that lowers any of them with each supplier's points — so that the
 * difference between two vendors of the same part is visible at a glance.
 */
@Route(value = "scorecards/compare", layout = MainLayout.class)
@PageTitle("Compare suppliers · Provena")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class CompareSuppliersView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient Scorecards scorecards;

  @Inject
  public CompareSuppliersView(Scorecards scorecards) {
    this.scorecards = scorecards;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<UUID> ids =
        event
            .getLocation()
            .getQueryParameters()
            .getParameters()
            .getOrDefault("suppliers", List.of())
            .stream()
            .map(RouteIds::uuid)
            .flatMap(Optional::stream)
            .distinct()
            .limit(4)
            .toList();
    removeAll();
    H2 title = new H2("Compare suppliers");
    title.setId("view-title");
    add(title, new Anchor("scorecards", "Back to the scorecards"));
    List<Scorecard> chosen = scorecards.of(ids);
    if (chosen.size() < 2) {
      add(new Paragraph("Choose two to four suppliers on the scorecards to compare them."));
      return;
    }
    HorizontalLayout cards = new HorizontalLayout();
    cards.setId("comparison-cards");
    cards.setWidthFull();
    chosen.forEach(c -> cards.add(card(c)));
    add(cards, new H3("Factors"), factors(chosen));
  }

  private static VerticalLayout card(Scorecard c) {
    VerticalLayout card = new VerticalLayout();
    card.addClassNames(
        LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM);
    Anchor name = new Anchor("suppliers/" + c.supplierId() + "/scorecard", c.supplierName());
    name.addClassNames(LumoUtility.FontWeight.BOLD);
    card.add(
        name,
        c.score().isPresent()
            ? new GradeBadge(c.score().get().grade(), c.score().get().value())
            : GradeBadge.none(),
        new Sparkline(c.recentValues()),
        line("Change", c.score().map(ScorecardsView::trend).orElse("—")),
        line("Overdue requests", Long.toString(c.overdueRequests())),
        line("Critical items", Long.toString(c.criticalItems())));
    return card;
  }

  private static Div line(String label, String value) {
    Span l = new Span(label + ": ");
    l.addClassNames(LumoUtility.TextColor.SECONDARY);
    return new Div(l, new Span(value));
  }

  /** One row per factor any of them has, one column per supplier with its points there. */
  private static Grid<Map.Entry<String, String>> factors(List<Scorecard> chosen) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Scorecard c : chosen) {
      c.score().ifPresent(s -> s.factors().forEach(f -> labels.putIfAbsent(f.code(), f.label())));
    }
    Grid<Map.Entry<String, String>> grid = new Grid<>();
    grid.setId("comparison-factors");
    grid.addColumn(Map.Entry::getValue).setHeader("Factor").setFlexGrow(1);
    for (Scorecard c : chosen) {
      Map<String, Integer> points = new LinkedHashMap<>();
      c.score()
          .ifPresent(
              s -> s.factors().forEach(f -> points.merge(f.code(), f.points(), Integer::sum)));
      grid.addColumn(
              e ->
                  Optional.ofNullable(points.get(e.getKey()))
                      .map(CompareSuppliersView::signed)
                      .orElse("—"))
          .setHeader(c.supplierName())
          .setAutoWidth(true);
    }
    grid.setItems(List.copyOf(labels.entrySet()));
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    return grid;
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }
}
