package org.provena.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.device.domain.Device;
import org.provena.device.domain.DeviceRepository;
import org.provena.shared.domain.PageRequest;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Device> find(UUID id) {
    return Optional.ofNullable(em.find(Device.class, id));
  }

  @Override
  public Optional<Device> findByName(String name) {
    return em.createQuery("select d from Device d where d.name = :name", Device.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Device> findByRelease(UUID deviceReleaseId) {
    return em.createQuery("select r.device from DeviceRelease r where r.id = :id", Device.class)
        .setParameter("id", deviceReleaseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UUID> releasesContaining(UUID componentReleaseId) {
    return em.createQuery(
            "select c.deviceRelease.id from DeviceComponent c"
                + " where c.componentReleaseId = :id order by c.deviceRelease.id",
            UUID.class)
        .setParameter("id", componentReleaseId)
        .getResultList();
  }

  @Override
  public List<Device> list(PageRequest page) {
    return em.createQuery("select d from Device d order by d.name, d.id", Device.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(d) from Device d", Long.class).getSingleResult();
  }

  @Override
  public void store(Device device) {
    if (em.find(Device.class, device.id()) == null) {
      em.persist(device);
    } else {
      em.merge(device);
    }
  }
}
