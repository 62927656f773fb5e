package org.provena.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.domain.SupplierInputs;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierScopeResolver;
import org.provena.supplier.application.SupplierSummary;

/**
 * Procurement's supplier scorecards: every supplier with its current score, trend, overdue requests
 * and critical open items — worst first, since those are the ones to act on — and the same as CSV
 * or PDF to take to a supplier review. The manufacturer's only.
 */
@ApplicationScoped
@Transactional
public class Scorecards {

  /** One supplier's scorecard; {@code score} is empty until the supplier was first scored. */
  public record Scorecard(
      UUID supplierId, String supplierName, Optional<ScoreView> score, long overdueRequests) {

    public long criticalItems() {
      return score.map(s -> s.openItemsOf(OpenItem.Severity.CRITICAL)).orElse(0L);
    }

    public List<Integer> recentValues() {
      return score
          .map(s -> s.history().stream().map(ScoreView.HistoryPoint::value).toList())
          .orElse(List.of());
    }
  }

  @Inject SupplierDirectory suppliers;
  @Inject ScoreQueries scores;
  @Inject ScoringInputs inputs;
  @Inject SupplierScopeResolver scopes;
  @Inject ScorecardWriter writer;
  @Inject Clock clock;

  public List<Scorecard> all() {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Supplier scorecards are the manufacturer's");
    }
    List<SupplierSummary> all = suppliers.list(new PageRequest(0, PageRequest.MAX_LIMIT));
    Map<UUID, ScoreView> scored =
        scores.supplierScorecards(new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
            .collect(Collectors.toMap(ScoreView::subjectId, Function.identity()));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Map<UUID, Long> overdue =
        inputs.suppliers(all.stream().map(SupplierSummary::id).toList()).stream()
            .collect(
                Collectors.toMap(
                    SupplierInputs::supplierId,
                    s ->
                        s.awaitedRequests().stream()
                            .filter(r -> r.dueDate().isBefore(today))
                            .count()));
    return all.stream()
        .map(
            s ->
                new Scorecard(
                    s.id(),
                    s.name(),
                    Optional.ofNullable(scored.get(s.id())),
                    overdue.getOrDefault(s.id(), 0L)))
        .sorted(
            Comparator.comparing(
                    (Scorecard c) -> c.score().map(ScoreView::value).orElse(Integer.MAX_VALUE))
                .thenComparing(Scorecard::supplierName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The chosen suppliers' scorecards, in the order asked, for a side-by-side comparison. */
  public List<Scorecard> of(List<UUID> supplierIds) {
    Map<UUID, Scorecard> all =
        all().stream().collect(Collectors.toMap(Scorecard::supplierId, Function.identity()));
    return supplierIds.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
  }

  public void csv(OutputStream out) throws IOException {
    writer.csv(rows(), out);
  }

  public void pdf(OutputStream out) throws IOException {
    writer.pdf(rows(), "Supplier scorecards", clock.instant(), out);
  }

  private List<ScorecardRow> rows() {
    return all().stream()
        .filter(c -> c.score().isPresent())
        .map(
            c -> {
              ScoreView s = c.score().orElseThrow();
              return new ScorecardRow(
                  c.supplierId(),
                  c.supplierName(),
                  s.value(),
                  s.grade(),
                  s.previousValue(),
                  s.trend(),
                  c.overdueRequests(),
                  c.criticalItems(),
                  s.deductions().stream().limit(3).toList(),
                  s.computedAt());
            })
        .toList();
  }
}
