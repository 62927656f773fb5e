package org.provena.sbom.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.provena.sbom.domain.StoredBlob;
import org.provena.sbom.domain.StoredBlobRepository;

@ApplicationScoped
public class JpaStoredBlobRepository implements StoredBlobRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<StoredBlob> find(String sha256) {
    return Optional.ofNullable(em.find(StoredBlob.class, sha256));
  }

  @Override
  public void store(StoredBlob blob) {
    if (em.find(StoredBlob.class, blob.sha256()) == null) {
      em.persist(blob);
      // Documents refer to the blob by a plain column, which EclipseLink does not order inserts
      // by: the row must be written before one that references it in the same transaction.
      em.flush();
    }
  }
}
