package org.khorasanatlas.picture;

/**
 * What a picture says in words: its title (the filter), the totals, and the source line with the dataset's
 * version and the day it was made.
 */
public record PictureText(String title, String totals, String source) {}
