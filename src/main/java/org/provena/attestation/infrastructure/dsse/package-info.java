/**
 * DSSE envelopes (https://github.com/secure-systems-lab/dsse): reading, the pre-authentication
 * encoding, and verification of their signatures against a supplier's registered public keys; also
 * the opening of VEX documents that arrive signed in an envelope.
 */
package org.provena.attestation.infrastructure.dsse;
