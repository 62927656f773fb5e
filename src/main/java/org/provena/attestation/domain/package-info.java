/**
 * Attestation: evidence about a supplier or a component release (in-toto and SLSA provenance,
 * Sigstore bundles, CycloneDX declarations, the CISA secure software development attestation,
 * certificates), with its stored original and the outcome of checking its signature, its subject
 * against the delivered artifact, and its validity period.
 */
package org.provena.attestation.domain;
