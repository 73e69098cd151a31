package org.khorasanatlas.sources;

/** A source as written in the data files. */
public record SourceJson(String publisher, String title, String date, String url) {}
