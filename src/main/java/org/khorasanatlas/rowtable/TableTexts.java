package org.khorasanatlas.rowtable;

/**
 * What a {@link RowTable} says besides its data, in the reader's language.
 *
 * @param label what the table holds, for screen readers
 * @param empty shown instead of rows when there are none
 * @param failed shown when a page of rows could not be fetched, beside a button ({@code retry}) to fetch it again
 */
public record TableTexts(String label, String empty, String previous, String next, String failed, String retry) {}
