package org.khorasanatlas.picture;

import org.khorasanatlas.leaflet.Legend;

/**
 * What a picture says in words: its title (the filter), the totals, the source line with the dataset's version
 * and the day it was made, and the legend.
 */
public record PictureText(String title, String totals, String source, Legend legend) {}
