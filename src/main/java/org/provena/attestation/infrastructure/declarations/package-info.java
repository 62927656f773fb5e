/**
 * CycloneDX 1.6 declarations (claims, evidence, attestations, affirmation, standards) and their
 * JSON Signature Format signatures, verified against the supplier's registered keys.
 */
package org.provena.attestation.infrastructure.declarations;
