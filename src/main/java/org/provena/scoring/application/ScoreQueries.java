package org.provena.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.RiskScoreRepository;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.shared.domain.NotPermittedException;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * Current scores and their history, within the caller's scope: a supplier reads its own
 * component-release and supplier scores (another's are absent, as if they did not exist), the
 * manufacturer's staff read all, and device-release scores are the manufacturer's only.
 */
@ApplicationScoped
@Transactional
public class ScoreQueries {

  /** How many earlier scores a view carries for its trend and history chart. */
  public static final int HISTORY = 60;

  @Inject RiskScoreRepository scores;
  @Inject SupplierScopeResolver scopes;

  public Optional<ScoreView> ofRelease(UUID componentReleaseId) {
    return one(ScoreSubject.COMPONENT_RELEASE, componentReleaseId);
  }

  public Optional<ScoreView> ofSupplier(UUID supplierId) {
    return one(ScoreSubject.SUPPLIER, supplierId);
  }

  public Optional<ScoreView> ofDeviceRelease(UUID deviceReleaseId) {
    requireManufacturer();
    return one(ScoreSubject.DEVICE_RELEASE, deviceReleaseId);
  }

  /** Current scores of many subjects, without history: for grids and trees. */
  public Map<UUID, ScoreView> current(ScoreSubject type, Collection<UUID> subjectIds) {
    if (type == ScoreSubject.DEVICE_RELEASE) {
      requireManufacturer();
    }
    Map<UUID, RiskScore> found = scores.latest(scope(), type, subjectIds);
    return found.entrySet().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> ScoreView.of(e.getValue(), List.of(e.getValue()))));
  }

  /** A supplier's component releases with their current scores, worst first. */
  public List<ScoreView> releasesOf(UUID supplierId) {
    return scores.latestOfSupplier(scope(), ScoreSubject.COMPONENT_RELEASE, supplierId).stream()
        .map(s -> ScoreView.of(s, List.of(s)))
        .toList();
  }

  /** Every supplier's current score with its history, best first: the scorecards. */
  public List<ScoreView> supplierScorecards(PageRequest page) {
    requireManufacturer();
    return scores.latestOfType(scope(), ScoreSubject.SUPPLIER, page).stream()
        .map(s -> ScoreView.of(s, history(s.subjectType(), s.subjectId())))
        .toList();
  }

  private Optional<ScoreView> one(ScoreSubject type, UUID id) {
    List<RiskScore> history = history(type, id);
    return history.stream().findFirst().map(latest -> ScoreView.of(latest, history));
  }

  private List<RiskScore> history(ScoreSubject type, UUID id) {
    return scores.history(scope(), type, id, PageRequest.first(HISTORY));
  }

  private SupplierScope scope() {
    return scopes.current();
  }

  private void requireManufacturer() {
    if (!scopes.current().seesAllSuppliers()) {
      throw new NotPermittedException("Device risk is the manufacturer's");
    }
  }
}
