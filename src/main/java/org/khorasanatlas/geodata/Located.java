package org.khorasanatlas.geodata;

/** A value read from a data file, with the line it starts on, so later checks can point at it. */
public record Located<T>(T value, int line) {}
