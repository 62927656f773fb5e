/**
 * Benchmarks ({@code ./mvnw verify -Pbench}): the built portal on a real Payara Micro with the heap
 * it is sized for, driven over HTTP like supplier CI, with generated documents of known size. They
 * measure and report (results in {@code target/bench/*.md}, copied by hand into {@code
 * docs/benchmarks.md}); they never fail on a time, only on a wrong result.
 */
package org.provena.bench;
