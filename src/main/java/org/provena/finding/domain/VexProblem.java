package org.provena.finding.domain;

/** A problem in a VEX document and where it lies (a JSON path such as {@code $.statements[2]}). */
public record VexProblem(String location, String message) {}
