package org.khorasanatlas.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.ClaimStatus;
import org.khorasanatlas.leaflet.Legend;
import org.khorasanatlas.map.AttackMarkers;
import org.khorasanatlas.region.CountryOutlines;
import org.khorasanatlas.region.KhorasanRegion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws the map of a filter as a PNG or an SVG on the server, without a browser (Java2D): the countries and the region from
 * the app's own geometry, the attacks as the dashboard draws them (area by deaths, colour by claim, suspected ones
 * as rings), the legend, and the title, totals and source line burned in, so a shared or downloaded picture
 * still says what it shows and where it comes from. The proportions are those of a link preview (1200 × 630).
 */
@Component
public class MapPicture {

    /** Width over height of Open Graph and Twitter preview images. */
    public static final double ASPECT = 1200.0 / 630.0;
    /** The width the dashboard's marker sizes are made for. */
    private static final double REFERENCE_WIDTH = 1200;
    /** The whole region, as the dashboard opens on it. */
    private static final Envelope REGION = new Envelope(44, 86, 23, 44);
    /** Like the dashboard's fit (pad 0.3, no closer than zoom 7): a few attacks do not fill the picture. */
    private static final double PAD = 0.3;

    private static final double MIN_SPAN_DEGREES = 7;
    private static final Color SEA = new Color(0xcfe3ef);
    private static final Color LAND = new Color(0xf4f1ea);
    private static final Color BORDER = new Color(0x8c8c8c);
    private static final Color TEXT = new Color(0x1f1f1f);
    private static final Color MUTED = new Color(0x4a4a4a);
    private static final Color HISTORIC_FILL = new Color(0xf0, 0xc3, 0x6b, 71);
    private static final Color HISTORIC_LINE = new Color(0x8a5a00);

    private final CountryOutlines countries;
    private final KhorasanRegion region;

    public MapPicture(CountryOutlines countries, KhorasanRegion region) {
        this.countries = countries;
        this.region = region;
    }

    /**
     * @param fitAttacks whether the picture closes in on the attacks (a filter) or shows the whole region
     */
    public byte[] png(PictureText text, List<AttackEvent> attacks, boolean fitAttacks, int width) {
        int height = height(width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, text, attacks, fitAttacks, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same picture as SVG, {@code width} user units wide: shapes and text stay sharp at any size and an editor
     * can restyle or translate them.
     */
    public byte[] svg(PictureText text, List<AttackEvent> attacks, boolean fitAttacks, int width) {
        int height = height(width);
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not set up", e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        draw(g, text, attacks, fitAttacks, width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Element root = g.getRoot();
        // Scales with the box it is put in, as a page or an editor sizes it.
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // Attributes, not CSS: more tools read them.
            g.stream(root, writer, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(
            Graphics2D g, PictureText text, List<AttackEvent> attacks, boolean fitAttacks, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = width / REFERENCE_WIDTH;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double top = height * 0.15;
        Rectangle2D area = mapArea(width, height);
        MercatorView view = MercatorView.fit(bounds(attacks, fitAttacks), area);
        drawMap(g, view, area, s);
        drawAttacks(g, view, attacks, s);
        g.setClip(null);
        drawLegend(g, text.legend(), area, s);
        drawTexts(g, text, width, height, top, s);
    }

    private static int height(int width) {
        return (int) Math.round(width / ASPECT);
    }

    /** Below the title and totals (the top 15 %), above the source line (the bottom 7 %). */
    private static Rectangle2D mapArea(int width, int height) {
        double top = height * 0.15;
        return new Rectangle2D.Double(0, top, width, height - top - height * 0.07);
    }

    /** Where an attack's marker is drawn in a picture of {@code width}: for checks of the picture. */
    public Point2D position(AttackEvent attack, List<AttackEvent> attacks, boolean fitAttacks, int width) {
        return MercatorView.fit(bounds(attacks, fitAttacks), mapArea(width, height(width)))
                .project(attack.location().longitude(), attack.location().latitude());
    }

    private static Envelope bounds(List<AttackEvent> attacks, boolean fitAttacks) {
        if (!fitAttacks || attacks.isEmpty()) {
            return REGION;
        }
        Envelope bounds = new Envelope();
        attacks.forEach(attack -> bounds.expandToInclude(
                attack.location().longitude(), attack.location().latitude()));
        double padX = Math.max(bounds.getWidth() * PAD, (MIN_SPAN_DEGREES - bounds.getWidth()) / 2);
        double padY = Math.max(bounds.getHeight() * PAD, (MIN_SPAN_DEGREES / 1.5 - bounds.getHeight()) / 2);
        bounds.expandBy(padX, padY);
        return bounds;
    }

    private void drawMap(Graphics2D g, MercatorView view, Rectangle2D area, double s) {
        g.setClip(area);
        g.setColor(SEA);
        g.fill(area);
        Envelope visible = view.visible();
        visible.expandBy(2);
        g.setStroke(new BasicStroke((float) (0.9 * s)));
        for (Geometry country : countries.shapes()) {
            if (country.getEnvelopeInternal().intersects(visible)) {
                Shape shape = view.path(country);
                g.setColor(LAND);
                g.fill(shape);
                g.setColor(BORDER);
                g.draw(shape);
            }
        }
        // The historic region, as the dashboard's first overlay.
        region.layers().stream()
                .findFirst()
                .flatMap(layer -> region.shape(layer.id()))
                .ifPresent(shape -> {
                    Shape path = view.path(shape);
                    g.setColor(HISTORIC_FILL);
                    g.fill(path);
                    g.setColor(HISTORIC_LINE);
                    g.setStroke(new BasicStroke((float) (1.5 * s)));
                    g.draw(path);
                });
    }

    private static void drawAttacks(Graphics2D g, MercatorView view, List<AttackEvent> attacks, double s) {
        // The biggest first, so a small attack beside a big one stays visible on top.
        List<AttackEvent> bySize = attacks.stream()
                .sorted(Comparator.comparingInt(
                                (AttackEvent a) -> a.casualties().killed().best())
                        .reversed())
                .toList();
        for (AttackEvent attack : bySize) {
            Point2D at = view.project(
                    attack.location().longitude(), attack.location().latitude());
            double r = AttackMarkers.radius(attack.casualties().killed().best()) * s;
            Ellipse2D circle = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            ClaimStatus status = attack.claim().status();
            Color color = Color.decode(AttackMarkers.color(status));
            if (status == ClaimStatus.SUSPECTED) {
                g.setColor(color);
                g.setStroke(new BasicStroke((float) (3 * s)));
                g.draw(circle);
            } else {
                g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 217));
                g.fill(circle);
                g.setColor(new Color(0, 0, 0, 140));
                g.setStroke(new BasicStroke((float) (1.5 * s)));
                g.draw(circle);
            }
        }
    }

    private static void drawLegend(Graphics2D g, Legend legend, Rectangle2D area, double s) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * s));
        Font entry = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * s));
        double line = 22 * s;
        double pad = 10 * s;
        double swatch = 12 * s;
        // As wide as its longest line, whatever the fonts the machine has.
        double textWidth = g.getFontMetrics(title).stringWidth(legend.title());
        for (Legend.Entry item : legend.entries()) {
            textWidth =
                    Math.max(textWidth, swatch + 8 * s + g.getFontMetrics(entry).stringWidth(item.label()));
        }
        double boxWidth = textWidth + 2 * pad;
        double boxHeight = pad * 2 + line * (legend.entries().size() + 1);
        double x = area.getMaxX() - boxWidth - 12 * s;
        double y = area.getMaxY() - boxHeight - 12 * s;
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new Rectangle2D.Double(x, y, boxWidth, boxHeight));
        g.setColor(BORDER);
        g.setStroke(new BasicStroke((float) s));
        g.draw(new Rectangle2D.Double(x, y, boxWidth, boxHeight));
        g.setColor(TEXT);
        g.setFont(title);
        g.drawString(legend.title(), (float) (x + pad), (float) (y + pad + line * 0.7));
        g.setFont(entry);
        for (int i = 0; i < legend.entries().size(); i++) {
            Legend.Entry item = legend.entries().get(i);
            double rowY = y + pad + line * (i + 1);
            Ellipse2D dot = new Ellipse2D.Double(x + pad, rowY + (line - swatch) / 2, swatch, swatch);
            Color color = Color.decode(item.color());
            g.setColor(color);
            if (item.hollow()) {
                g.setStroke(new BasicStroke((float) (2.5 * s)));
                g.draw(dot);
            } else {
                g.fill(dot);
            }
            g.setColor(TEXT);
            g.drawString(item.label(), (float) (x + pad + swatch + 8 * s), (float) (rowY + line * 0.7));
        }
    }

    private static void drawTexts(Graphics2D g, PictureText text, int width, int height, double top, double s) {
        double margin = 24 * s;
        g.setColor(TEXT);
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(34 * s));
        g.setFont(fitted(g, titleFont, text.title(), width - 2 * margin));
        g.drawString(text.title(), (float) margin, (float) (top * 0.48));
        g.setColor(MUTED);
        Font totalsFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(22 * s));
        g.setFont(fitted(g, totalsFont, text.totals(), width - 2 * margin));
        g.drawString(text.totals(), (float) margin, (float) (top * 0.85));
        Font sourceFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * s));
        g.setFont(fitted(g, sourceFont, text.source(), width - 2 * margin));
        g.drawString(text.source(), (float) margin, (float) (height - height * 0.07 * 0.35));
    }

    /** The font, made smaller until the text fits the width (a long filter must not run off the picture). */
    private static Font fitted(Graphics2D g, Font font, String text, double width) {
        Font fitted = font;
        FontMetrics metrics = g.getFontMetrics(fitted);
        while (metrics.stringWidth(text) > width && fitted.getSize() > 8) {
            fitted = fitted.deriveFont((float) fitted.getSize() - 1);
            metrics = g.getFontMetrics(fitted);
        }
        return fitted;
    }
}
