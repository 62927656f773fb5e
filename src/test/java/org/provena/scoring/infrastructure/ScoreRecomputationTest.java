package org.provena.scoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.scoring.application.ScoreRecomputation;
import org.provena.scoring.domain.OpenItem;
import org.provena.scoring.domain.RiskScore;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.scoring.domain.ScoringWeights;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.application.SupplierScopeResolver;

/**
 * The score worker's pass on {@link JdbcScoringInputsTest}'s fixture in a migrated H2: a marked
 * release is scored, its supplier and the device release containing it follow in the next batches,
 * the backlog empties, and a second pass over unchanged evidence stores nothing new — history holds
 * changes, not repetitions.
 */
class ScoreRecomputationTest {

  private static JpaRiskScoreRepository scores;
  private static JdbcScoreBacklog backlog;
  private static ScoreRecomputation recomputation;

  @BeforeAll
  static void wire() throws SQLException, ReflectiveOperationException {
    JdbcScoringInputsTest.fixture();
    var db = JdbcScoringInputsTest.db;
    scores = db.inject(new JpaRiskScoreRepository());
    backlog = db.inject(new JdbcScoreBacklog());
    SupplierScopeResolver scopes = new SupplierScopeResolver();
    scopes.actAsSystem();
    recomputation = new ScoreRecomputation();
    set(recomputation, "backlog", backlog);
    set(recomputation, "inputs", JdbcScoringInputsTest.inputs);
    set(recomputation, "scores", scores);
    set(recomputation, "weights", ScoringWeights.defaults());
    set(recomputation, "scopes", scopes);
    set(recomputation, "clock", Clock.fixed(JdbcScoringInputsTest.NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void close() throws SQLException {
    JdbcScoringInputsTest.db.close();
  }

  @Test
  void a_marked_release_is_scored_then_its_supplier_and_device_and_nothing_twice() {
    var db = JdbcScoringInputsTest.db;
    db.inTransaction(
        () ->
            backlog.mark(
                ScoreSubject.COMPONENT_RELEASE,
                List.of(JdbcScoringInputsTest.RELEASE),
                JdbcScoringInputsTest.NOW));

    var first = db.inTransaction(() -> recomputation.next(500));
    var second = db.inTransaction(() -> recomputation.next(500));
    var third = db.inTransaction(() -> recomputation.next(500));
    var done = db.inTransaction(() -> recomputation.next(500));

    assertThat(first.type()).isEqualTo(ScoreSubject.COMPONENT_RELEASE);
    assertThat(first.changed()).isEqualTo(1);
    assertThat(second.type())
        .as("the supplier follows its release")
        .isEqualTo(ScoreSubject.SUPPLIER);
    assertThat(third.type())
        .as("then the device release that contains it")
        .isEqualTo(ScoreSubject.DEVICE_RELEASE);
    assertThat(done.isEmpty()).isTrue();
    assertThat(db.inTransaction(backlog::size)).isZero();

    RiskScore release =
        scores
            .latest(
                SupplierScope.all(), ScoreSubject.COMPONENT_RELEASE, JdbcScoringInputsTest.RELEASE)
            .orElseThrow();
    assertThat(release.supplierId()).contains(JdbcScoringInputsTest.SUPPLIER);
    assertThat(org.provena.scoring.application.ScoreJson.read(release.factors()).openItems())
        .as("the unanswered KEV finding is a critical open item")
        .anySatisfy(i -> assertThat(i.severity()).isEqualTo(OpenItem.Severity.CRITICAL));
    RiskScore device =
        scores
            .latest(
                SupplierScope.all(),
                ScoreSubject.DEVICE_RELEASE,
                JdbcScoringInputsTest.DEVICE_RELEASE)
            .orElseThrow();
    assertThat(device.supplierId()).isEmpty();
    assertThat(
            scores.latest(
                SupplierScope.only(JdbcScoringInputsTest.SUPPLIER),
                ScoreSubject.SUPPLIER,
                JdbcScoringInputsTest.SUPPLIER))
        .as("the supplier reads its own score")
        .isPresent();

    db.inTransaction(() -> recomputation.markAll());
    int computed = 0;
    int changed = 0;
    ScoreRecomputation.Batch batch;
    while (!(batch = db.inTransaction(() -> recomputation.next(500))).isEmpty()) {
      computed += batch.computed();
      changed += batch.changed();
    }
    assertThat(computed).as("everything was looked at again").isGreaterThanOrEqualTo(4);
    assertThat(
            scores.history(
                SupplierScope.all(),
                ScoreSubject.COMPONENT_RELEASE,
                JdbcScoringInputsTest.RELEASE,
                PageRequest.first(10)))
        .as("an unchanged score is not stored again")
        .hasSize(1);
    assertThat(changed).as("only the never-scored bare release is new").isLessThanOrEqualTo(1);
  }

  private static void set(Object bean, String name, Object value)
      throws ReflectiveOperationException {
    Field f = bean.getClass().getDeclaredField(name);
    f.setAccessible(true);
    f.set(bean, value);
  }
}
