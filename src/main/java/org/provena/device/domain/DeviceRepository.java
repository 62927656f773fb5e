package org.provena.device.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;

/** The manufacturer's devices; callers are manufacturer staff (checked by the registry). */
public interface DeviceRepository {

  Optional<Device> find(UUID id);

  Optional<Device> findByName(String name);

  /** The device one of whose releases has this id. */
  Optional<Device> findByRelease(UUID deviceReleaseId);

  /** Ids of the device releases this component release is built into. */
  List<UUID> releasesContaining(UUID componentReleaseId);

  List<Device> list(PageRequest page);

  long count();

  void store(Device device);
}
