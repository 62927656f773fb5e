package org.provena.shared.web.rest;

import java.util.List;

/** A page of a list answer: the items and where they sit in the whole. */
public record Page<T>(List<T> items, int offset, int limit, long total) {}
