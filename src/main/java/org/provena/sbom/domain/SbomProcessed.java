package org.provena.sbom.domain;

import java.util.UUID;

/** An SBOM's inventory is stored: matching and scoring may look at the release again. */
public record SbomProcessed(UUID sbomId, UUID componentReleaseId, UUID supplierId) {}
