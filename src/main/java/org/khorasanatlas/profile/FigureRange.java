package org.khorasanatlas.profile;

/** A numeric estimate in a profile fact, such as a fighter count; low equals high for a single figure. */
public record FigureRange(int low, int high) {}
