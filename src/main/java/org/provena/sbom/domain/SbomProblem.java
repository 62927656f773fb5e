package org.provena.sbom.domain;

/**
 * One thing wrong with an uploaded SBOM, with where it is: a JSON path ({@code
 * $.components[3].purl}), an XML/tag-value line ({@code line 42}) or {@code $} for the document.
 */
public record SbomProblem(String location, String message) {}
