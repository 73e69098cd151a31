package org.khorasanatlas.geodata;

import java.time.LocalDate;

/**
 * Which edition of the data the app serves (geodata/dataset.json): shown on the page and in the API so a figure
 * can be cited with the version it came from. geodata/CHANGELOG.md says what changed between versions.
 */
public record DatasetVersion(String title, String version, LocalDate dataAsOf) {}
