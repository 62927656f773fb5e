package org.provena.sbom.domain;

import java.util.UUID;

/** An upload was stored and queued for processing. */
public record SbomAccepted(UUID sbomId) {}
