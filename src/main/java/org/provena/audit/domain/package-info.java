/**
 * Audit: the append-only log of every change to evidence, findings and assessments. Each entry's
 * hash covers its content and the previous entry's hash, so that altering or removing an entry
 * breaks the chain from there on and shows.
 */
package org.provena.audit.domain;
