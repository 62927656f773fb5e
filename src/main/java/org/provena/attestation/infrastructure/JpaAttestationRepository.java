package org.provena.attestation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.attestation.domain.Attestation;
import org.provena.attestation.domain.AttestationRepository;
import org.provena.attestation.domain.VerificationStatus;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;

@ApplicationScoped
public class JpaAttestationRepository implements AttestationRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Attestation> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select a from Attestation a where a.id = :id and "
                    + ScopeFilter.on("a.supplierId"),
                Attestation.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Attestation> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select a from Attestation a where "
                    + ScopeFilter.on("a.supplierId")
                    + " order by a.uploadedAt desc, a.id",
                Attestation.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public List<Attestation> listByRelease(SupplierScope scope, UUID componentReleaseId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select a from Attestation a where a.componentReleaseId = :release and "
                    + ScopeFilter.on("a.supplierId")
                    + " order by a.uploadedAt desc, a.id",
                Attestation.class),
            scope)
        .setParameter("release", componentReleaseId)
        .getResultList();
  }

  @Override
  public List<Attestation> listBySupplier(SupplierScope scope, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select a from Attestation a where a.supplierId = :supplier and "
                    + ScopeFilter.on("a.supplierId")
                    + " order by a.uploadedAt desc, a.id",
                Attestation.class),
            scope)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  @Override
  public List<Attestation> listChangingWithTime(SupplierScope scope, Instant now, Instant horizon) {
    return ScopeFilter.bind(
            em.createQuery(
                "select a from Attestation a where ((a.expiresAt < :horizon"
                    + " and a.verificationStatus not in :settled)"
                    + " or (a.validFrom is not null and a.validFrom <= :now"
                    + " and a.verificationStatus = :invalid"
                    + " and a.signatureOutcome <> :forged)) and "
                    + ScopeFilter.on("a.supplierId")
                    + " order by a.expiresAt, a.id",
                Attestation.class),
            scope)
        .setParameter("horizon", horizon)
        .setParameter("now", now)
        .setParameter(
            "settled",
            List.of(
                VerificationStatus.EXPIRED, VerificationStatus.INVALID, VerificationStatus.PENDING))
        .setParameter("invalid", VerificationStatus.INVALID)
        .setParameter("forged", org.provena.attestation.domain.SignatureOutcome.INVALID)
        .getResultList();
  }

  @Override
  public void store(SupplierScope scope, Attestation attestation) {
    ScopeFilter.requireWritable(scope, attestation.supplierId(), "Attestation " + attestation.id());
    if (em.find(Attestation.class, attestation.id()) == null) {
      em.persist(attestation);
    } else {
      em.merge(attestation);
    }
  }
}
