package org.provena.attestation.application;

import java.util.List;
import org.provena.attestation.domain.EvidenceContent;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.TrustAnchor;

/**
 * Reads a machine-readable evidence document and checks its signature against the supplier's trust
 * anchors. The kind is detected from the content: a DSSE envelope (its in-toto statement; SLSA
 * provenance when the predicate says so), a bare in-toto statement (unsigned), a Sigstore bundle
 * v0.1–v0.3 (verified against the locally configured Sigstore trusted root, offline), or a
 * CycloneDX 1.6 document with {@code declarations}.
 */
public interface EvidenceReader {

  EvidenceContent read(byte[] document, List<TrustAnchor> anchors) throws InvalidEvidenceException;
}
