package org.provena.scoring.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.provena.component.application.ComponentCatalogue;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.ScoreQueries;
import org.provena.scoring.application.ScoreView;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;
import org.provena.ui.MainLayout;

/**
 * One supplier's scorecard for procurement: its grade and trend, the factors behind it with links
 * to the evidence, what it owes, its history, and its component releases worst first.
 */
@Route(value = "suppliers/:id/scorecard", layout = MainLayout.class)
@PageTitle("Supplier scorecard · Provena")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SupplierScorecardView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient SupplierDirectory suppliers;
  private final transient ScoreQueries scores;
  private final transient ComponentCatalogue catalogue;

  @Inject
  public SupplierScorecardView(
      SupplierDirectory suppliers, ScoreQueries scores, ComponentCatalogue catalogue) {
    this.suppliers = suppliers;
    this.scores = scores;
    this.catalogue = catalogue;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<SupplierSummary> supplier =
        event.getRouteParameters().get("id").flatMap(RouteIds::uuid).flatMap(suppliers::find);
    if (supplier.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    SupplierSummary s = supplier.get();
    H2 title = new H2("Scorecard of " + s.name());
    title.setId("view-title");
    add(title, new Anchor("suppliers/" + s.id() + "/evidence", "Evidence on file"));
    Optional<ScoreView> score = scores.ofSupplier(s.id());
    if (score.isEmpty()) {
      add(
          new Paragraph(
              s.name()
                  + " has no score yet: it is computed once the supplier has delivered a"
                  + " component release, within seconds of the change."));
      return;
    }
    add(new ScorePanel(score.get(), "What lowers the score", "Open items"));
    List<ScoreView> releases = scores.releasesOf(s.id());
    add(
        new H3("Component releases (" + releases.size() + ")"),
        new ReleaseScores(
            releases,
            catalogue.findReleases(releases.stream().map(ScoreView::subjectId).toList())));
  }
}
