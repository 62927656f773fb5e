package org.provena.scoring.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.provena.component.application.ReleaseDetails;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.web.ui.charts.GradeBadge;

/** A supplier's component releases with their grades, worst first, each linking to its findings. */
class ReleaseScores extends Grid<ScoreView> {

  private static final long serialVersionUID = 1L;

  ReleaseScores(List<ScoreView> scores, List<ReleaseDetails> releases) {
    Map<UUID, ReleaseDetails> byId =
        releases.stream().collect(Collectors.toMap(ReleaseDetails::id, Function.identity()));
    setId("release-scores");
    addComponentColumn(
            s -> {
              ReleaseDetails r = byId.get(s.subjectId());
              String label =
                  r == null ? s.subjectId().toString() : r.componentName() + " " + r.version();
              return new Anchor("component-releases/" + s.subjectId() + "/findings", label);
            })
        .setHeader("Component release")
        .setFlexGrow(1);
    addComponentColumn(s -> new GradeBadge(s.grade(), s.value()))
        .setHeader("Grade")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(
            s -> s.openItemsOf(OpenItem.Severity.CRITICAL) + s.openItemsOf(OpenItem.Severity.HIGH))
        .setHeader("Critical + high items")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(
            s ->
                s.deductions().stream()
                    .findFirst()
                    .map(f -> f.label() + " (" + f.points() + ")")
                    .orElse("—"))
        .setHeader("Largest deduction")
        .setFlexGrow(1);
    setItems(scores);
    setAllRowsVisible(true);
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
  }
}
