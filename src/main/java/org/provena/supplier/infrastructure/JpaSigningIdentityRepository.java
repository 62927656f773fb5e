package org.provena.supplier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.supplier.domain.SigningIdentity;
import org.provena.supplier.domain.SigningIdentityRepository;

@ApplicationScoped
public class JpaSigningIdentityRepository implements SigningIdentityRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SigningIdentity> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select i from SigningIdentity i where i.id = :id and "
                    + ScopeFilter.on("i.supplierId"),
                SigningIdentity.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SigningIdentity> listBySupplier(SupplierScope scope, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select i from SigningIdentity i where i.supplierId = :supplier and "
                    + ScopeFilter.on("i.supplierId")
                    + " order by i.registeredAt desc, i.id",
                SigningIdentity.class),
            scope)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  @Override
  public boolean keyRegistered(String fingerprint) {
    return !em.createQuery(
            "select i.id from SigningIdentity i where i.fingerprint = :fingerprint", UUID.class)
        .setParameter("fingerprint", fingerprint)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void store(SupplierScope scope, SigningIdentity identity) {
    ScopeFilter.requireWritable(scope, identity.supplierId(), "Signing identity " + identity.id());
    if (em.find(SigningIdentity.class, identity.id()) == null) {
      em.persist(identity);
    } else {
      em.merge(identity);
    }
  }
}
