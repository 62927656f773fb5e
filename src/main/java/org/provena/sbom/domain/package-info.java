/**
 * SBOM: the documents suppliers upload for a component release, kept byte for byte as
 * content-addressed originals, the package inventory and dependency edges read from them, and the
 * durable processing jobs that turn an accepted upload into that inventory even across a crash.
 */
package org.provena.sbom.domain;
