/**
 * Request: what the manufacturer asks a supplier for — an SBOM, a VEX answer, an attestation or its
 * renewal — by a due date, and every change of state since, so that overdue and declined requests
 * can count against the supplier.
 */
package org.provena.request.domain;
