/**
 * Supplier: the vendor organizations that deliver components, their status, disclosure contact and
 * signing identities. A supplier is a Keycloak organization; its alias links logins to data.
 */
package org.provena.supplier.domain;
