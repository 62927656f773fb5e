/**
 * The small shared kernel: the supplier scope every supplier-owned query goes through, paging, and
 * the exceptions that every context answers alike.
 */
package org.provena.shared.domain;
