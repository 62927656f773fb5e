package org.provena.attestation.domain;

/** One reason an evidence document was refused, with where it lies (a JSON path, or "$"). */
public record EvidenceProblem(String location, String message) {}
