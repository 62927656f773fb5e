package org.provena.finding.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingView;
import org.provena.shared.domain.PageRequest;

/**
 * Findings in a lazily paged grid, most urgent first, with the filters a triager uses: text
 * (package, purl, vulnerability id or alias), severities, known exploited only, resolved too.
 */
public class FindingsGrid extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  static final List<String> SEVERITIES =
      List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE", "UNKNOWN");

  private final TextField text = new TextField();
  private final MultiSelectComboBox<String> severities = new MultiSelectComboBox<>();
  private final Checkbox kevOnly = new Checkbox("Known exploited only");
  private final Checkbox resolved = new Checkbox("Include resolved");
  private final Grid<FindingView> grid = new Grid<>();
  private final Span total = new Span();
  private String vexFilter;
  private transient Function<FindingView, Component> vexDetails;
  private Runnable reload = () -> {};

  public FindingsGrid(
      BiFunction<FindingFilter, PageRequest, List<FindingView>> page,
      Function<FindingFilter, Long> count) {
    this(page, count, null);
  }

  /**
   * @param vex only findings with this VEX answer ({@link FindingFilter#UNANSWERED} for none), or
   *     null for all
   */
  public FindingsGrid(
      BiFunction<FindingFilter, PageRequest, List<FindingView>> page,
      Function<FindingFilter, Long> count,
      String vex) {
    this.vexFilter = vex;
    setPadding(false);
    text.setId("finding-filter");
    text.setPlaceholder("Package, purl, CVE or alias");
    text.setWidth("20em");
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    severities.setId("finding-severity");
    severities.setPlaceholder("Any severity");
    severities.setItems(SEVERITIES);
    severities.setItemLabelGenerator(FindingsGrid::title);
    kevOnly.setId("finding-kev-only");
    resolved.setId("finding-include-resolved");
    total.setId("finding-total");
    HorizontalLayout filters = new HorizontalLayout(text, severities, kevOnly, resolved, total);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("findings");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addComponentColumn(f -> severityBadge(f.severity()))
        .setHeader("Severity")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(FindingsGrid::vulnerability)
        .setHeader("Vulnerability")
        .setAutoWidth(true);
    grid.addColumn(f -> f.summary() == null ? "" : f.summary()).setHeader("Summary").setFlexGrow(2);
    grid.addColumn(
            f -> f.packageName() + (f.packageVersion() == null ? "" : " " + f.packageVersion()))
        .setHeader("Package")
        .setTooltipGenerator(f -> f.purl() == null ? f.packageName() : f.purl())
        .setFlexGrow(2);
    grid.addColumn(f -> f.cvssScore() == null ? "" : f.cvssScore().toPlainString())
        .setHeader("CVSS")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(FindingsGrid::epss).setHeader("EPSS").setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(FindingsGrid::kev).setHeader("KEV").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(f -> String.join(", ", f.fixedVersions()))
        .setHeader("Fixed in")
        .setAutoWidth(true);
    grid.addColumn(f -> f.firstSeenAt().toString().substring(0, 10))
        .setHeader("First seen")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(FindingsGrid::state).setHeader("State").setAutoWidth(true).setFlexGrow(0);
    grid.addComponentColumn(f -> VexBadges.status(f.vexStatus()))
        .setHeader("VEX")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<Component, FindingView>(
            f -> {
              Component details = details(f);
              if (vexDetails != null) {
                ((VerticalLayout) details).add(vexDetails.apply(f));
              }
              return details;
            }));
    grid.setHeight("32em");

    Runnable load =
        () -> {
          FindingFilter filter = filter();
          long n = count.apply(filter);
          total.setText(n == 1 ? "1 finding" : n + " findings");
          grid.setItems(
              query ->
                  page.apply(filter, new PageRequest(query.getOffset(), query.getLimit())).stream(),
              query -> (int) n);
        };
    reload = load;
    text.addValueChangeListener(e -> load.run());
    severities.addValueChangeListener(e -> load.run());
    kevOnly.addValueChangeListener(e -> load.run());
    resolved.addValueChangeListener(e -> load.run());
    load.run();
    add(filters, grid);
  }

  /**
   * Shows each finding's VEX history in its details, and — when {@code answers} is given (the
   * supplier) — an answer button that records a VEX statement and reloads the grid.
   */
  public FindingsGrid withVex(
      org.provena.finding.application.VexQueries queries,
      org.provena.finding.application.VexAnswers answers) {
    vexDetails =
        f -> {
          VerticalLayout vex = new VerticalLayout();
          vex.setPadding(false);
          vex.setSpacing(false);
          var history = queries.historyOf(f.id());
          if (history.isEmpty()) {
            vex.add(new Span("VEX: the supplier has not answered yet."));
          }
          for (var s : history) {
            Span line =
                new Span(
                    "VEX "
                        + s.recordedAt().toString().substring(0, 10)
                        + " ("
                        + s.source().toLowerCase(Locale.ROOT)
                        + ", "
                        + s.author()
                        + "): "
                        + VexBadges.word(s.status())
                        + (VexBadges.because(s).isEmpty() ? "" : " — " + VexBadges.because(s)));
            line.addClassName("vex-history");
            vex.add(line);
          }
          if (answers != null && "OPEN".equals(f.state())) {
            com.vaadin.flow.component.button.Button answer =
                new com.vaadin.flow.component.button.Button(
                    history.isEmpty() ? "Answer…" : "Answer again…",
                    e ->
                        new VexAnswerDialog(
                                f,
                                claim -> {
                                  try {
                                    answers.answer(f.id(), claim);
                                    reload.run();
                                    return null;
                                  } catch (IllegalArgumentException ex) {
                                    return ex.getMessage();
                                  }
                                })
                            .open());
            answer.setId("vex-answer-" + f.id());
            answer.addClassName("vex-answer");
            vex.add(answer);
          }
          return vex;
        };
    return this;
  }

  /**
   * Shows the manufacturer's current assessment of each finding (a supplier's reads carry none, so
   * its grid never gets this column) and, when {@code triage} is given (the security team), a
   * Triage button that hands the finding to the view.
   */
  public FindingsGrid withTriage(Consumer<FindingView> triage) {
    grid.addComponentColumn(
            f -> {
              Span badge = TriageBadges.state(f.assessment());
              if (triage == null || !"OPEN".equals(f.state())) {
                return badge;
              }
              Button open = new Button("Triage…", e -> triage.accept(f));
              open.setId("triage-" + f.id());
              open.addClassName("triage");
              open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
              HorizontalLayout both = new HorizontalLayout(badge, open);
              both.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
              both.setSpacing(false);
              return both;
            })
        .setHeader("Triage")
        .setAutoWidth(true)
        .setFlexGrow(0);
    return this;
  }

  /** Reads the findings again, with the filters as they are. */
  public void refresh() {
    reload.run();
  }

  private FindingFilter filter() {
    Set<String> chosen = severities.getValue();
    return new FindingFilter(
        text.getValue(), chosen, kevOnly.getValue(), resolved.getValue(), vexFilter);
  }

  static String title(String severity) {
    return severity.charAt(0) + severity.substring(1).toLowerCase(Locale.ROOT);
  }

  static Span severityBadge(String severity) {
    Span badge = new Span(title(severity));
    String theme =
        switch (severity) {
          case "CRITICAL", "HIGH" -> "badge error primary";
          case "MEDIUM" -> "badge error";
          case "LOW" -> "badge contrast";
          default -> "badge";
        };
    badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    return badge;
  }

  private static Component vulnerability(FindingView f) {
    Anchor link =
        new Anchor(
            "vulnerabilities/" + URLEncoder.encode(f.vulnerabilityId(), StandardCharsets.UTF_8),
            f.vulnerabilityId());
    if (f.aliases().isEmpty()) {
      return link;
    }
    Span aliases = new Span(String.join(", ", f.aliases()));
    aliases.getStyle().set("font-size", "var(--lumo-font-size-xs)");
    aliases.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Div both = new Div(link, new Div(aliases));
    return both;
  }

  private static String epss(FindingView f) {
    if (f.epss() == null) {
      return "";
    }
    return String.format(Locale.ROOT, "%.1f %%", f.epss() * 100)
        + (f.epssPercentile() == null
            ? ""
            : String.format(Locale.ROOT, " (p%.0f)", f.epssPercentile() * 100));
  }

  private static Component kev(FindingView f) {
    if (!f.kev()) {
      return new Span();
    }
    Span badge = new Span(f.kevDueDate() == null ? "KEV" : "KEV · due " + f.kevDueDate());
    badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary"));
    badge.getElement().setAttribute("title", "Listed by CISA as known exploited");
    return badge;
  }

  private static String state(FindingView f) {
    return "OPEN".equals(f.state())
        ? "Open"
        : "Resolved " + (f.resolvedAt() == null ? "" : f.resolvedAt().toString().substring(0, 10));
  }

  private static Component details(FindingView f) {
    VerticalLayout details = new VerticalLayout();
    details.setPadding(false);
    details.setSpacing(false);
    details.add(new Span("purl: " + (f.purl() == null ? "—" : f.purl())));
    details.add(
        new Span(
            "Matched by " + f.matchedBy() + (f.matchNote() == null ? "" : ": " + f.matchNote())));
    if (f.cvssVector() != null) {
      details.add(new Span("CVSS vector: " + f.cvssVector()));
    }
    if (f.resolution() != null) {
      details.add(new Span("Resolved: " + f.resolution()));
    }
    return details;
  }
}
