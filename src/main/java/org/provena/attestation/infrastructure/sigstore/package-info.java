/**
 * Sigstore bundles verified offline with sigstore-java against a local trusted root, and the
 * signing certificate's identity matched to the supplier's registered Sigstore identities (ADR
 * 0012).
 */
package org.provena.attestation.infrastructure.sigstore;
