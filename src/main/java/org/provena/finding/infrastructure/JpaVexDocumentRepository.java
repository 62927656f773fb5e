package org.provena.finding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.domain.VexDocument;
import org.provena.finding.domain.VexDocumentRepository;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaVexDocumentRepository implements VexDocumentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<VexDocument> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from VexDocument d where d.id = :id and "
                    + ScopeFilter.on("d.supplierId"),
                VexDocument.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<VexDocument> listBySupplier(SupplierScope scope, UUID supplierId, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from VexDocument d where d.supplierId = :supplier and "
                    + ScopeFilter.on("d.supplierId")
                    + " order by d.uploadedAt desc, d.id",
                VexDocument.class),
            scope)
        .setParameter("supplier", supplierId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<VexDocument> listSigned(SupplierScope scope, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select d from VexDocument d where d.supplierId = :supplier"
                    + " and d.signatureOutcome <> :unsigned and "
                    + ScopeFilter.on("d.supplierId")
                    + " order by d.uploadedAt, d.id",
                VexDocument.class),
            scope)
        .setParameter("supplier", supplierId)
        .setParameter("unsigned", org.provena.attestation.domain.SignatureOutcome.UNSIGNED)
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, VexDocument document) {
    ScopeFilter.requireWritable(scope, document.supplierId(), "VEX document " + document.id());
    if (em.find(VexDocument.class, document.id()) == null) {
      em.persist(document);
    } else {
      em.merge(document);
    }
  }
}
