package org.khorasanatlas.dashboard;

/**
 * The sizes the Share dialog offers for the embedded map, in CSS pixels (width may be a percentage, for an
 * article column). The smallest is about what a phone's article column shows; /embed reads from 300 px wide.
 */
enum EmbedSize {
    SMALL("400", 360),
    MEDIUM("640", 480),
    LARGE("960", 640),
    FULL_WIDTH("100%", 520);

    private final String width;
    private final int height;

    EmbedSize(String width, int height) {
        this.width = width;
        this.height = height;
    }

    String width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The text key of its name in the size choice. */
    String key() {
        return "share.embed.size." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
