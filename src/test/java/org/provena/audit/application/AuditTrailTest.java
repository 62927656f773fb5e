package org.provena.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provena.audit.domain.AuditEvent;
import org.provena.audit.infrastructure.JpaAuditLog;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.shared.domain.PageRequest;
import org.provena.testing.JpaTestDatabase;

/** The audit trail on the real schema: entries chain, each onto the one before, and verify. */
class AuditTrailTest {

  private static JpaTestDatabase db;
  private static JpaAuditLog log;
  private static AuditTrail trail;

  @BeforeAll
  static void database() throws ReflectiveOperationException {
    db = JpaTestDatabase.h2();
    log = db.inject(new JpaAuditLog());
    trail = new AuditTrail();
    set(trail, "log", log);
    set(
        trail,
        "caller",
        new CurrentCaller() {
          @Override
          public Optional<Caller> get() {
            return Optional.empty();
          }
        });
    set(trail, "clock", Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void entries_recorded_by_work_nobody_started_chain_and_verify() {
    UUID supplier = UUID.randomUUID();
    for (String action : List.of("attestation.uploaded", "vex.uploaded", "vex.answered")) {
      db.inTransaction(() -> trail.record(supplier, action, "test", "1", "{\"n\":1}"));
    }

    List<AuditEvent> newestFirst = db.inTransaction(() -> log.list(PageRequest.first(10)));
    assertThat(newestFirst)
        .extracting(AuditEvent::action)
        .containsExactly("vex.answered", "vex.uploaded", "attestation.uploaded");
    assertThat(newestFirst).allSatisfy(e -> assertThat(e.verifies()).isTrue());
    assertThat(newestFirst).allSatisfy(e -> assertThat(e.actor()).isEqualTo(AuditTrail.SYSTEM));
    assertThat(newestFirst.get(0).follows(newestFirst.get(1))).isTrue();
    assertThat(newestFirst.get(1).follows(newestFirst.get(2))).isTrue();
    assertThat(newestFirst.get(2).previousHash()).isEqualTo(AuditEvent.GENESIS_HASH);
  }

  private static void set(Object bean, String field, Object value)
      throws ReflectiveOperationException {
    Field f = bean.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(bean, value);
  }
}
