package org.provena.device.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;

/** The manufacturer's devices; callers are manufacturer staff (checked by the registry). */
public interface DeviceRepository {

  Optional<Device> find(UUID id);

  Optional<Device> findByName(String name);

  List<Device> list(PageRequest page);

  long count();

  void store(Device device);
}
