/**
 * Digital signatures of PDF documents (signed secure-development attestations, certificates),
 * checked with PDFBox and BouncyCastle against the supplier's registered keys.
 */
package org.provena.attestation.infrastructure.pdf;
