package org.khorasanatlas.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One Playwright and one headless Chromium for the whole run; every test opens its own context in it. Public for
 * the benchmark, which drives the same browser.
 */
public final class SharedBrowser implements AutoCloseable {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    private final Playwright playwright;
    private final Browser browser;

    private SharedBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static SharedBrowser launch() {
        Path chromium = Paths.get(chromiumPath());
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium
                    + "; set -DCHROMIUM_PATH=... or the CHROMIUM_PATH environment variable");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(chromium)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run")));
            System.out.println("[e2e] browser " + chromium + " " + browser.version());
            return new SharedBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static String chromiumPath() {
        String property = System.getProperty("CHROMIUM_PATH");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("CHROMIUM_PATH");
        return env != null && !env.isBlank() ? env : DEFAULT_CHROMIUM;
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
