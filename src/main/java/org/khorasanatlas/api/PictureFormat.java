package org.khorasanatlas.api;

import org.springframework.http.MediaType;

/** The file types the map picture comes in: pixels for previews and pages, vectors for print and editing. */
public enum PictureFormat {
    PNG("png", MediaType.IMAGE_PNG),
    SVG("svg", MediaType.valueOf("image/svg+xml"));

    private final String extension;
    private final MediaType mediaType;

    PictureFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
