package org.provena.supplier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.supplier.domain.Supplier;
import org.provena.supplier.domain.SupplierRepository;

@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Supplier> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from Supplier s where s.id = :id and " + ScopeFilter.on("s.id"),
                Supplier.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Supplier> list(SupplierScope scope, PageRequest page) {
    return ScopeFilter.bind(
            em.createQuery(
                "select s from Supplier s where " + ScopeFilter.on("s.id") + " order by s.name",
                Supplier.class),
            scope)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(SupplierScope scope) {
    return ScopeFilter.bind(
            em.createQuery(
                "select count(s) from Supplier s where " + ScopeFilter.on("s.id"), Long.class),
            scope)
        .getSingleResult();
  }

  @Override
  public Optional<Supplier> findByOrganization(String organizationAlias) {
    return em.createQuery(
            "select s from Supplier s where s.organizationAlias = :alias", Supplier.class)
        .setParameter("alias", organizationAlias)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(SupplierScope scope, Supplier supplier) {
    ScopeFilter.requireWritable(scope, supplier.id(), "Supplier " + supplier.id());
    if (em.find(Supplier.class, supplier.id()) == null) {
      em.persist(supplier);
      // Other contexts refer to a supplier by id only, so EclipseLink cannot order their inserts
      // after this one: write it now.
      em.flush();
    } else {
      em.merge(supplier);
    }
  }
}
