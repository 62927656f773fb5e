/**
 * Component: the products suppliers deliver and their releases, with the identifiers, artifact
 * hashes and support commitment (level of support, end of support) that evidence and regulators
 * refer to.
 */
package org.provena.component.domain;
