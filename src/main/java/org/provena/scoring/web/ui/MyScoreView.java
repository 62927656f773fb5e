package org.provena.scoring.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
 * A supplier's own score, as the manufacturer sees it: the grade, what lowers it, and what would
 * raise it — the open items in order of weight, each with where to close it — then its component
 * releases worst first.
 */
@Route(value = "my-score", layout = MainLayout.class)
@PageTitle("My score · Provena")
@RolesAllowed(Role.Names.SUPPLIER)
public class MyScoreView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public MyScoreView(
      SupplierDirectory suppliers, ScoreQueries scores, ComponentCatalogue catalogue) {
    H2 title = new H2("My score");
    title.setId("view-title");
    add(title);
    Optional<SupplierSummary> me = suppliers.mine();
    Optional<ScoreView> score = me.flatMap(s -> scores.ofSupplier(s.id()));
    if (score.isEmpty()) {
      add(
          new Paragraph(
              "No score yet. It is computed within seconds of your first component release"
                  + " with an SBOM."));
      return;
    }
    add(new ScorePanel(score.get(), "What lowers my score", "What would raise it", true));
    List<ScoreView> releases = scores.releasesOf(me.get().id());
    add(
        new H3("My component releases (" + releases.size() + ")"),
        new ReleaseScores(
            releases,
            catalogue.findReleases(releases.stream().map(ScoreView::subjectId).toList())));
  }
}
