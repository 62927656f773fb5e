package org.provena.supplier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;
import org.provena.shared.infrastructure.ScopeFilter;
import org.provena.supplier.domain.ApiClient;
import org.provena.supplier.domain.ApiClientRepository;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ApiClient> find(SupplierScope scope, UUID id) {
    return ScopeFilter.bind(
            em.createQuery(
                "select c from ApiClient c where c.id = :id and " + ScopeFilter.on("c.supplierId"),
                ApiClient.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiClient> listBySupplier(SupplierScope scope, UUID supplierId) {
    return ScopeFilter.bind(
            em.createQuery(
                "select c from ApiClient c where c.supplierId = :supplier and "
                    + ScopeFilter.on("c.supplierId")
                    + " order by c.createdAt desc, c.id",
                ApiClient.class),
            scope)
        .setParameter("supplier", supplierId)
        .getResultList();
  }

  @Override
  public Optional<ApiClient> findByClientId(String clientId) {
    return em.createQuery("select c from ApiClient c where c.clientId = :clientId", ApiClient.class)
        .setParameter("clientId", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(SupplierScope scope, ApiClient client) {
    ScopeFilter.requireWritable(scope, client.supplierId(), "API client " + client.id());
    if (em.find(ApiClient.class, client.id()) == null) {
      em.persist(client);
    } else {
      em.merge(client);
    }
  }
}
