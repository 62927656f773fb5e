package org.provena.sbom.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.provena.sbom.domain.SbomProblem;

/**
 * An uploaded SBOM as views and the API show it.
 *
 * @param status pending, processing, processed or rejected
 * @param qualityJson the quality report as JSON text (keyed by profile), null until processed
 */
public record SbomView(
    UUID id,
    UUID componentReleaseId,
    String status,
    String format,
    String specVersion,
    String sha256,
    String mediaType,
    Integer packageCount,
    String serialNumber,
    String author,
    String toolName,
    String toolVersion,
    Instant documentTimestamp,
    String lifecycle,
    String uploadedBy,
    Instant uploadedAt,
    Instant processedAt,
    Instant supersededAt,
    List<SbomProblem> errors,
    String qualityJson) {}
