package org.provena.sbom.domain;

import java.util.Optional;

/** Records of originals in the blob store, by SHA-256. Not supplier-owned: bytes are shared. */
public interface StoredBlobRepository {

  Optional<StoredBlob> find(String sha256);

  /** Records the blob unless a record of the same bytes exists already. */
  void store(StoredBlob blob);
}
