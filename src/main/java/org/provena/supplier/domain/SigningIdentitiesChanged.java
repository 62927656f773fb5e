package org.provena.supplier.domain;

import java.util.UUID;

/**
 * A supplier registered, rotated or revoked a signing identity: evidence signed by it is to be
 * checked again.
 */
public record SigningIdentitiesChanged(UUID supplierId) {}
