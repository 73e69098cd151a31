package org.khorasanatlas.sources;

import java.net.URI;
import java.time.LocalDate;

/** A published document a figure or fact comes from. The url is always http(s), so it is safe as a link. */
public record Source(String publisher, String title, LocalDate date, URI url) {}
