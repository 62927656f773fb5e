package org.provena.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.provena.audit.domain.AuditEvent;
import org.provena.audit.domain.AuditLog;
import org.provena.shared.domain.PageRequest;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  @PersistenceContext EntityManager em;

  @Override
  public void lockHead() {
    em.createNativeQuery("update audit_chain_head set appends = appends + 1 where id = 1")
        .executeUpdate();
  }

  @Override
  public long nextSeq() {
    // nextval('…') is understood by PostgreSQL and by H2 2.x alike.
    return ((Number) em.createNativeQuery("select nextval('audit_event_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public Optional<AuditEvent> latest() {
    return em.createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AuditEvent> list(PageRequest page) {
    return em.createQuery("select e from AuditEvent e order by e.seq desc", AuditEvent.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }
}
