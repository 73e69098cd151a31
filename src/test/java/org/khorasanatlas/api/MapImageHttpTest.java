package org.khorasanatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.khorasanatlas.events.AttackCatalog;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.EventFilter;
import org.khorasanatlas.events.YearRange;
import org.khorasanatlas.picture.MapPicture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The map of a filter as a PNG over real HTTP: size, markers where the attacks are, the title burned in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapImageHttpTest {

    private static final String AIRPORT = "2021-08-26-kabul-airport";
    /** The Okabe–Ito vermilion of "claimed by the Islamic State", drawn at 85% over the pale land. */
    private static final Color CLAIMED_ON_LAND = new Color(218, 116, 35);
    /** Pictures are kept here for a person to look at. */
    private static final Path PICTURES = Path.of("target", "pictures");

    @LocalServerPort
    private int port;

    @Autowired
    AttackCatalog catalog;

    @Autowired
    MapPicture picture;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPreviewIs1200By630WithTheAttacksMarkersWhereTheyAre() throws Exception {
        HttpResponse<byte[]> response = get("/api/map.png?year=2021", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=300"));
        keep("map-2021-1200.png", response.body());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);

        // The Kabul airport bombing (183 killed, claimed) is the year's biggest marker: vermilion at its centre.
        List<AttackEvent> attacks = catalog.find(EventFilter.year(2021));
        AttackEvent airport = catalog.byId(AIRPORT).orElseThrow();
        Point2D at = picture.position(airport, attacks, true, 1200);
        assertThat(at.getX()).isBetween(0.0, 1200.0);
        // Other Kabul attacks are drawn on top near its centre: look around it, at four fifths of its radius.
        double radius = 1.7 * Math.sqrt(183);
        int inColour = 0;
        for (int step = 0; step < 8; step++) {
            double angle = step * Math.PI / 4;
            Color c = new Color(image.getRGB((int) (at.getX() + 0.8 * radius * Math.cos(angle)), (int)
                    (at.getY() + 0.8 * radius * Math.sin(angle))));
            inColour += distance(c, CLAIMED_ON_LAND) < 45 ? 1 : 0;
        }
        assertThat(inColour)
                .as("points of the airport's marker in its colour, of 8")
                .isGreaterThanOrEqualTo(5);
        // 10 px beyond its edge (radius 1.7 × √183 ≈ 23 px), no marker colour: the map's land or sea.
        Color outside = new Color(image.getRGB((int) at.getX() + 34, (int) at.getY() + 34));
        assertThat(distance(outside, CLAIMED_ON_LAND)).isGreaterThan(100);
    }

    @Test
    void theTitleAndTheSourceLineAreBurnedIn() throws Exception {
        byte[] png = get("/api/map.png?year=2021&width=3000", null).body();
        keep("map-2021-3000.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(3000);
        assertThat(image.getHeight()).isEqualTo(1575);
        // Dark text on white: the title band at the top and the source line at the bottom.
        assertThat(darkPixels(image, 0, 0, 3000, 150)).as("title").isGreaterThan(3000);
        assertThat(darkPixels(image, 0, 1475, 3000, 100)).as("source line").isGreaterThan(1000);
        assertThat(darkPixels(image, 2000, 170, 1000, 60))
                .as("right of a short title")
                .isZero();
    }

    @Test
    void theSvgHasTheTitleAsTextAndAMarkerForEachAttack() throws Exception {
        HttpResponse<byte[]> response = get("/api/map.svg?year=2021", null);
        keep("map-2021.svg", response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("khorasan-atlas_year-2021_1200px.svg");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The SVG 1.0 DOCTYPE names a DTD on the web; a test runs offline.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = xml.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("1200");
        assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo("630");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1200 630");
        assertThat(texts(svg)).contains("ISKP attacks, 2021", "Claimed by the Islamic State");
        // A marker is a circle; the legend adds one for each claim status.
        int attacks = catalog.find(EventFilter.allYears().withYears(YearRange.of(2021)))
                .size();
        assertThat(svg.getElementsByTagName("circle").getLength()).isGreaterThanOrEqualTo(attacks);
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void itIsCachedByDataQueryWidthAndDay() throws Exception {
        HttpResponse<byte[]> first = get("/api/map.png?country=PAK", null);
        String eTag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/api/map.png?country=pak", eTag).statusCode()).isEqualTo(304);
        assertThat(get("/api/map.png?country=PAK&width=600", eTag).statusCode()).isEqualTo(200);
    }

    @Test
    void aBadWidthOrFilterIsRefusedNamingIt() throws Exception {
        HttpResponse<byte[]> tooWide = get("/api/map.png?width=5000", null);
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(new String(tooWide.body())).contains("\"parameter\":\"width\"");
        assertThat(get("/api/map.png?year=abc", null).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> post = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/map.png"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void theDashboardsHeadCarriesAPreviewImageOfItsFilter() throws Exception {
        String html = new String(get("/?year=2021&country=AFG&bogus=1", null).body());

        assertThat(html)
                .contains("<meta property=\"og:image\" content=\"http://localhost:" + port
                        + "/api/map.png?year=2021&amp;country=AFG&amp;width=1200\">")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                .contains("<meta property=\"og:title\" content=\"Khorasan Atlas: ISKP attacks, 2021; Afghanistan\">");
    }

    private static void keep(String name, byte[] png) throws IOException {
        Files.createDirectories(PICTURES);
        Files.write(PICTURES.resolve(name), png);
    }

    private static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static int darkPixels(BufferedImage image, int x, int y, int width, int height) {
        int dark = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                Color c = new Color(image.getRGB(i, j));
                if (c.getRed() + c.getGreen() + c.getBlue() < 250) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
