package org.khorasanatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * "Download image" in the Share dialog: the file a reader saves opens as a 1200 × 630 picture whose title reads as
 * the golden picture of it does. The golden title band (src/test/resources/golden/) was drawn by this build on
 * Debian's DejaVu Sans; run with {@code -Dgolden.update=true} to draw it again after an intended change, and look
 * at it before committing it.
 */
@E2ETest
class PictureDownloadIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** The title's line: the picture's top 60 pixels at 1200 wide, above the totals. */
    private static final int TITLE_BAND = 60;
    /** Two pixels differ when their channels differ by more than this in sum (anti-aliasing moves a little). */
    private static final int PIXEL_TOLERANCE = 96;
    /** A pixel of the text: not the white of the background. */
    private static final int INK = 3 * 255 - 96;
    /**
     * Differing pixels that may be, as a share of the golden title's text pixels: another text, even two digits
     * of another year, differs far more.
     */
    private static final double TEXT_TOLERANCE = 0.02;

    @Test
    void theDownloadedPictureHasTheSizeAndTheTitleOfTheGoldenOne(AtlasPage atlas) throws IOException {
        BufferedImage picture2021 = download(atlas, "/?year=2021", "picture-2021");
        BufferedImage picture2018 = download(atlas, "/?year=2018", "picture-2018");

        assertThat(picture2021.getWidth()).isEqualTo(1200);
        assertThat(picture2021.getHeight()).isEqualTo(630);
        BufferedImage title = picture2021.getSubimage(0, 0, 1200, TITLE_BAND);
        Path golden = GOLDEN.resolve("picture-title-2021.png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(title, "png", golden.toFile());
        }
        BufferedImage expected;
        try (InputStream in = Files.newInputStream(golden)) {
            expected = ImageIO.read(in);
        }
        assertThat(differingShare(title, expected))
                .as("differing pixels, as a share of the golden title's text")
                .isLessThanOrEqualTo(TEXT_TOLERANCE);
        // The comparison can fail: another year's title is told apart.
        assertThat(differingShare(picture2018.getSubimage(0, 0, 1200, TITLE_BAND), expected))
                .as("the 2018 title's differing pixels, as a share of the golden 2021 title's text")
                .isGreaterThan(TEXT_TOLERANCE * 4);
    }

    private static BufferedImage download(AtlasPage atlas, String view, String name) throws IOException {
        atlas.open(view);
        Page page = atlas.page();
        page.locator("#share-open").click();
        Download file =
                page.waitForDownload(() -> page.locator("#download-image").click());
        Path kept = RunningApp.targetDir().resolve("e2e-screenshots").resolve(name + ".png");
        Files.createDirectories(kept.getParent());
        file.saveAs(kept);
        BufferedImage image = ImageIO.read(kept.toFile());
        assertThat(image).as("the downloaded file opens as a picture").isNotNull();
        return image;
    }

    private static double differingShare(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        long differing = 0;
        long text = 0;
        for (int x = 0; x < actual.getWidth(); x++) {
            for (int y = 0; y < actual.getHeight(); y++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int difference = Math.abs((a >> 16 & 0xff) - (e >> 16 & 0xff))
                        + Math.abs((a >> 8 & 0xff) - (e >> 8 & 0xff))
                        + Math.abs((a & 0xff) - (e & 0xff));
                if (difference > PIXEL_TOLERANCE) {
                    differing++;
                }
                if ((e >> 16 & 0xff) + (e >> 8 & 0xff) + (e & 0xff) < INK) {
                    text++;
                }
            }
        }
        assertThat(text).as("text in the golden title band").isPositive();
        return (double) differing / text;
    }
}
