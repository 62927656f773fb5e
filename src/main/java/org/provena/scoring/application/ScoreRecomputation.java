package org.provena.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.provena.scoring.domain.DeviceInputs;
import org.provena.scoring.domain.DeviceScoring;
import org.provena.scoring.domain.ReleaseInputs;
import org.provena.scoring.domain.ReleaseScoring;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.RiskScoreRepository;
import org.provena.scoring.domain.Score;
import org.provena.scoring.domain.ScoreBacklog;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.scoring.domain.ScoringModel;
import org.provena.scoring.domain.ScoringWeights;
import org.provena.scoring.domain.SupplierInputs;
import org.provena.scoring.domain.SupplierScoring;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * Computes scores again for what the backlog holds, one batch per transaction: component releases
 * first, then the suppliers and device releases that roll them up. A score is stored only when its
 * outcome differs from the current one (value, grade, explanation or model version), so history
 * holds every change and nothing else; a release whose score changed marks its supplier and the
 * device releases that contain it, which the next batch computes.
 *
 * <p>Runs as the system (it reads every supplier's evidence); what it stores is still owned by the
 * supplier it concerns, so suppliers read only their own scores.
 */
@ApplicationScoped
public class ScoreRecomputation {

  /** What one batch did. */
  public record Batch(ScoreSubject type, int computed, int changed) {

    public boolean isEmpty() {
      return computed == 0;
    }
  }

  @Inject ScoreBacklog backlog;
  @Inject ScoringInputs inputs;
  @Inject RiskScoreRepository scores;
  @Inject ScoringWeights weights;
  @Inject SupplierScopeResolver scopes;
  @Inject Clock clock;

  /** Computes one batch of at most {@code max} marked subjects of one type; empty when none. */
  @ActivateRequestContext
  @Transactional
  public Batch next(int max) {
    scopes.actAsSystem();
    List<ScoreBacklog.Mark> marks = backlog.take(max);
    if (marks.isEmpty()) {
      return new Batch(ScoreSubject.COMPONENT_RELEASE, 0, 0);
    }
    ScoreSubject type = marks.get(0).type();
    List<UUID> ids = marks.stream().map(ScoreBacklog.Mark::subjectId).toList();
    int changed =
        switch (type) {
          case COMPONENT_RELEASE -> releases(ids);
          case SUPPLIER -> suppliers(ids);
          case DEVICE_RELEASE -> deviceReleases(ids);
        };
    backlog.clear(marks);
    return new Batch(type, ids.size(), changed);
  }

  /** Marks everything for the daily pass, when time alone moves scores (SLA age, expiry, EOS). */
  @ActivateRequestContext
  @Transactional
  public void markAll() {
    backlog.markAll(clock.instant());
  }

  /** Marks what was never scored (a supplier without releases yet, a new empty device release). */
  @ActivateRequestContext
  @Transactional
  public void markUnscored() {
    backlog.markUnscored(clock.instant());
  }

  /** Marks subjects for computing, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void mark(ScoreSubject type, Collection<UUID> ids) {
    backlog.mark(type, ids, clock.instant());
  }

  private int releases(List<UUID> ids) {
    Instant now = clock.instant();
    List<ReleaseInputs> found = inputs.releases(ids);
    Map<UUID, RiskScore> current = scores.latest(system(), ScoreSubject.COMPONENT_RELEASE, ids);
    Set<UUID> moved = new LinkedHashSet<>();
    Set<UUID> suppliers = new LinkedHashSet<>();
    for (ReleaseInputs release : found) {
      Score score = ReleaseScoring.score(release, now, weights);
      if (store(
          ScoreSubject.COMPONENT_RELEASE,
          release.releaseId(),
          release.supplierId(),
          score,
          current.get(release.releaseId()),
          now)) {
        moved.add(release.releaseId());
        suppliers.add(release.supplierId());
      }
    }
    if (!moved.isEmpty()) {
      backlog.mark(ScoreSubject.SUPPLIER, suppliers, now);
      backlog.mark(ScoreSubject.DEVICE_RELEASE, inputs.deviceReleasesContaining(moved), now);
    }
    return moved.size();
  }

  private int suppliers(List<UUID> ids) {
    Instant now = clock.instant();
    List<SupplierInputs> found = inputs.suppliers(ids);
    Map<UUID, Score> releaseScores =
        releaseScores(found.stream().flatMap(s -> s.releaseIds().stream()).toList(), now);
    Map<UUID, RiskScore> current = scores.latest(system(), ScoreSubject.SUPPLIER, ids);
    int changed = 0;
    for (SupplierInputs supplier : found) {
      Score score = SupplierScoring.score(supplier, releaseScores, now, weights);
      if (store(
          ScoreSubject.SUPPLIER,
          supplier.supplierId(),
          supplier.supplierId(),
          score,
          current.get(supplier.supplierId()),
          now)) {
        changed++;
      }
    }
    return changed;
  }

  private int deviceReleases(List<UUID> ids) {
    Instant now = clock.instant();
    List<DeviceInputs> found = inputs.deviceReleases(ids);
    Map<UUID, Score> releaseScores =
        releaseScores(found.stream().flatMap(d -> d.componentReleaseIds().stream()).toList(), now);
    Map<UUID, RiskScore> current = scores.latest(system(), ScoreSubject.DEVICE_RELEASE, ids);
    int changed = 0;
    for (DeviceInputs device : found) {
      Score score = DeviceScoring.score(device, releaseScores, now, weights);
      if (store(
          ScoreSubject.DEVICE_RELEASE,
          device.deviceReleaseId(),
          null,
          score,
          current.get(device.deviceReleaseId()),
          now)) {
        changed++;
      }
    }
    return changed;
  }

  /**
   * The current scores of these releases, computing (and storing) those never scored yet, so that a
   * roll-up never silently leaves out a release the worker has not reached.
   */
  private Map<UUID, Score> releaseScores(Collection<UUID> releaseIds, Instant now) {
    Set<UUID> ids = new LinkedHashSet<>(releaseIds);
    Map<UUID, Score> out = new HashMap<>();
    scores
        .latest(system(), ScoreSubject.COMPONENT_RELEASE, ids)
        .forEach((id, stored) -> out.put(id, toScore(stored)));
    List<UUID> missing = ids.stream().filter(id -> !out.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      for (ReleaseInputs release : inputs.releases(missing)) {
        Score score = ReleaseScoring.score(release, now, weights);
        store(
            ScoreSubject.COMPONENT_RELEASE,
            release.releaseId(),
            release.supplierId(),
            score,
            null,
            now);
        out.put(release.releaseId(), score);
      }
    }
    return out;
  }

  private boolean store(
      ScoreSubject type,
      UUID subjectId,
      UUID supplierId,
      Score score,
      RiskScore current,
      Instant now) {
    String explanation = ScoreJson.write(score.factors(), score.openItems());
    if (current != null
        && current.value() == score.value()
        && current.grade() == score.grade()
        && current.modelVersion().equals(score.modelVersion())
        && current.factors().equals(explanation)) {
      return false;
    }
    scores.store(
        system(),
        RiskScore.computed(
            type,
            subjectId,
            supplierId,
            score.value(),
            score.grade(),
            explanation,
            score.modelVersion(),
            now));
    return true;
  }

  static Score toScore(RiskScore stored) {
    ScoreJson.Explanation explanation = ScoreJson.read(stored.factors());
    return new Score(
        stored.value(),
        stored.grade(),
        explanation.factors(),
        explanation.openItems(),
        stored.modelVersion());
  }

  private static SupplierScope system() {
    return SupplierScope.all();
  }

  /** The model version scores are computed with now. */
  public static String modelVersion() {
    return ScoringModel.VERSION;
  }
}
