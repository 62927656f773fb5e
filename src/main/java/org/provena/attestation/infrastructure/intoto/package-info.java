/**
 * in-toto Statements (v1 and v0.1) and the SLSA Provenance predicates (v1 and v0.2) they carry,
 * read into the attestation domain's subjects and {@link
 * org.provena.attestation.domain.Provenance}.
 */
package org.provena.attestation.infrastructure.intoto;
