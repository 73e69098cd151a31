package org.khorasanatlas.events;

/** Attacks and deaths in one calendar year. */
public record YearTotal(int year, int attacks, CasualtyRange killed) {
}
