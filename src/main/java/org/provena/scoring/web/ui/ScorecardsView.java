package org.provena.scoring.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.application.Scorecards;
import org.provena.scoring.application.Scorecards.Scorecard;
import org.provena.scoring.web.ui.charts.GradeBadge;
import org.provena.scoring.web.ui.charts.Sparkline;
import org.provena.ui.MainLayout;

/**
 * Procurement's supplier scorecards: every supplier's grade and score, its trend as a sparkline,
 * overdue requests and critical open items, worst first; a supplier opens its scorecard, two to
 * four chosen suppliers open side by side, and the whole list downloads as CSV or PDF.
 */
@Route(value = "scorecards", layout = MainLayout.class)
@PageTitle("Supplier scorecards · Provena")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ScorecardsView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public ScorecardsView(Scorecards scorecards) {
    H2 title = new H2("Supplier scorecards");
    title.setId("view-title");
    Paragraph help =
        new Paragraph(
            "Worst first. Scores move when suppliers deliver SBOMs, answer findings or let"
                + " evidence lapse; select two to four suppliers to compare them.");

    Grid<Scorecard> grid = new Grid<>();
    grid.setId("scorecards");
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    grid.addComponentColumn(ScorecardsView::supplierLink)
        .setHeader("Supplier")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addComponentColumn(ScorecardsView::grade).setHeader("Grade").setAutoWidth(true);
    grid.addComponentColumn(c -> new Sparkline(c.recentValues()))
        .setHeader("Trend")
        .setAutoWidth(true);
    grid.addColumn(c -> c.score().map(ScorecardsView::trend).orElse(""))
        .setHeader("Change")
        .setAutoWidth(true);
    grid.addColumn(Scorecard::overdueRequests).setHeader("Overdue requests").setAutoWidth(true);
    grid.addColumn(Scorecard::criticalItems).setHeader("Critical items").setAutoWidth(true);
    grid.addColumn(
            c ->
                c.score()
                    .flatMap(s -> s.deductions().stream().findFirst())
                    .map(f -> f.label() + " (" + f.points() + ")")
                    .orElse(""))
        .setHeader("Largest deduction")
        .setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    List<Scorecard> all = scorecards.all();
    grid.setItems(all);

    Button compare = new Button("Compare selected");
    compare.setId("compare");
    compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    compare.setEnabled(false);
    grid.addSelectionListener(
        event -> {
          int n = event.getAllSelectedItems().size();
          compare.setEnabled(n >= 2 && n <= 4);
          compare.setText(n > 4 ? "Compare (at most 4)" : "Compare selected");
        });
    compare.addClickListener(
        click -> {
          Set<Scorecard> chosen = grid.getSelectedItems();
          List<String> ids = chosen.stream().map(c -> c.supplierId().toString()).toList();
          getUI()
              .ifPresent(
                  ui ->
                      ui.navigate(
                          CompareSuppliersView.class,
                          new QueryParameters(Map.of("suppliers", ids))));
        });

    Anchor csv =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("supplier-scorecards.csv");
                  event.setContentType("text/csv; charset=utf-8");
                  scorecards.csv(event.getOutputStream());
                },
            "Download CSV");
    csv.setId("scorecards-csv");
    Anchor pdf =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("supplier-scorecards.pdf");
                  event.setContentType("application/pdf");
                  scorecards.pdf(event.getOutputStream());
                },
            "Download PDF");
    pdf.setId("scorecards-pdf");
    HorizontalLayout actions = new HorizontalLayout(compare, csv, pdf);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

    setSizeFull();
    add(title, help, actions, grid);
  }

  private static Component supplierLink(Scorecard c) {
    Anchor link = new Anchor("suppliers/" + c.supplierId() + "/scorecard", c.supplierName());
    link.setId("scorecard-" + c.supplierId());
    return link;
  }

  private static Component grade(Scorecard c) {
    return c.score()
        .<Component>map(s -> new GradeBadge(s.grade(), s.value()))
        .orElseGet(GradeBadge::none);
  }

  static String trend(ScoreView s) {
    if (s.previousValue() == null) {
      return "new";
    }
    int t = s.trend();
    return t == 0 ? "±0" : (t > 0 ? "▲ +" + t : "▼ " + t);
  }
}
