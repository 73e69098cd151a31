package org.khorasanatlas.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.CasualtySummary;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.ParameterProblem;
import org.khorasanatlas.geodata.Wording;
import org.khorasanatlas.language.Language;
import org.khorasanatlas.picture.MapPicture;
import org.khorasanatlas.picture.PictureText;
import org.khorasanatlas.picture.PictureTexts;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The map of a filter as a PNG (or an SVG), drawn on the server ({@link MapPicture}): the image of a shared link's preview and
 * the dashboard's "Download image". Takes the API's query plus {@code width} (600 to 3000 pixels; 1200 gives the
 * 1200 × 630 of link previews). The picture says the day it was made, so its ETag and the server's small cache
 * change with the day as well as with the data and the query.
 */
@RestController
class MapImageController {

    static final String PATH = "/api/map.png";
    static final String SVG_PATH = "/api/map.svg";
    static final String WIDTH = "width";
    static final int DEFAULT_WIDTH = 1200;
    static final int MIN_WIDTH = 600;
    static final int MAX_WIDTH = 3000;
    /** Pictures kept, most recently used first; a 1200 px picture is about 100 KB. */
    private static final int CACHED = 64;
    /** Drawing a big picture takes a core for a moment: a few at once, the rest wait a little or are told to retry. */
    private static final int DRAWING_AT_ONCE = 2;

    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final AttackCatalog catalog;
    private final ApiQuery query;
    private final MapPicture picture;
    private final PictureTexts texts;
    private final Semaphore drawing = new Semaphore(DRAWING_AT_ONCE);
    private final Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    });

    MapImageController(AttackCatalog catalog, ApiQuery query, MapPicture picture, PictureTexts texts) {
        this.catalog = catalog;
        this.query = query;
        this.picture = picture;
        this.texts = texts;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> png(ServletWebRequest request) throws InterruptedException {
        return picture(request, PictureFormat.PNG);
    }

    /** The same picture as SVG; {@code width} sets its size in user units. */
    @GetMapping(SVG_PATH)
    ResponseEntity<byte[]> svg(ServletWebRequest request) throws InterruptedException {
        return picture(request, PictureFormat.SVG);
    }

    private ResponseEntity<byte[]> picture(ServletWebRequest request, PictureFormat format)
            throws InterruptedException {
        List<String> rest = new ArrayList<>();
        String widthValue = null;
        String raw = request.getRequest().getQueryString();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            if (pair.startsWith(WIDTH + "=")) {
                widthValue = pair.substring(WIDTH.length() + 1);
            } else {
                rest.add(pair);
            }
        }
        Selection selection = query.read(rest.isEmpty() ? null : String.join("&", rest));
        int width = width(widthValue);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String eTag = selection.eTag(catalog.version() + "|" + format + "|" + width + "|" + today);
        if (request.checkNotModified(eTag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(eTag)
                    .cacheControl(CACHE)
                    .build();
        }
        byte[] picture = cache.get(eTag);
        if (picture == null) {
            if (!drawing.tryAcquire(10, TimeUnit.SECONDS)) {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "5")
                        .build();
            }
            try {
                picture = draw(selection.filter(), format, width, today);
                cache.put(eTag, picture);
            } finally {
                drawing.release();
            }
        }
        return ResponseEntity.ok()
                .eTag(eTag)
                .cacheControl(CACHE)
                .contentType(format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(ExportLinks.image(selection.filter(), width, format)
                                        .fileName())
                                .build()
                                .toString())
                .body(picture);
    }

    /** The attacks of the filter (a selected attack does not narrow the picture, as it does not narrow the map). */
    private byte[] draw(EventFilter filter, PictureFormat format, int width, LocalDate today) {
        List<AttackEvent> attacks = catalog.find(filter);
        PictureText text = texts.of(filter, CasualtySummary.of(attacks), today);
        boolean fitAttacks = !filter.equals(EventFilter.allYears());
        return switch (format) {
            case PNG -> picture.png(text, attacks, fitAttacks, width);
            case SVG -> picture.svg(text, attacks, fitAttacks, width);
        };
    }

    private static int width(String value) {
        if (value == null) {
            return DEFAULT_WIDTH;
        }
        try {
            int width = Integer.parseInt(value);
            if (width >= MIN_WIDTH && width <= MAX_WIDTH) {
                return width;
            }
        } catch (NumberFormatException e) {
            // Reported below, as any other bad parameter.
        }
        throw new BadParametersException(
                List.of(new ParameterProblem(
                        WIDTH, value, Wording.of("problem.width", MIN_WIDTH, MAX_WIDTH), ParameterProblem.IGNORED)),
                Language.ENGLISH);
    }
}
