package org.provena.sbom.application;

import java.nio.file.Path;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.ParsedSbom;

/**
 * Turns a stored original into a {@link ParsedSbom}: expands a .gz or single-entry .zip body within
 * bounds, detects the format from the content, validates it against its schema and reads it.
 */
public interface SbomParser {

  ParsedSbom parse(Path original) throws InvalidSbomException;
}
