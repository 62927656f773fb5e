package org.provena.sbom.application;

import java.util.List;
import java.util.UUID;

/** A package of an SBOM's inventory, with the packages it depends on. */
public record PackageView(
    UUID id,
    String bomRef,
    String type,
    String namespace,
    String name,
    String version,
    String purl,
    String cpe,
    String licence,
    String supplier,
    List<String> hashes,
    List<UUID> dependsOn) {}
