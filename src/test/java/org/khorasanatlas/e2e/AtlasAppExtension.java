package org.khorasanatlas.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the production jar and one headless Chromium once for the whole test run (both live in the root
 * store, which closes them when the run ends) and gives each test method a fresh {@link AtlasPage}, or the
 * {@link RunningApp} itself for a test that talks HTTP without a browser.
 * After each test it fails the test on uncaught page errors, a Vaadin system error or a request to any host
 * but the app's own, and keeps a screenshot of a failed test in target/e2e-screenshots/failed-*.png.
 */
public final class AtlasAppExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AtlasAppExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AtlasPage.class || type == RunningApp.class || type == AttackData.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        if (parameter.getParameter().getType() == AttackData.class) {
            return root.computeIfAbsent(AttackData.class, key -> AttackData.load(), AttackData.class);
        }
        RunningApp app = root.computeIfAbsent(RunningApp.class, key -> RunningApp.start(), RunningApp.class);
        if (parameter.getParameter().getType() == RunningApp.class) {
            return app;
        }
        root.computeIfAbsent("screenshots-cleared", key -> AtlasPage.clearScreenshots(), Boolean.class);
        SharedBrowser browser =
                root.computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class);
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        AtlasPage page = new AtlasPage(browser.browser(), app.baseUri(), name);
        context.getStore(NAMESPACE).put(AtlasPage.class, page);
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AtlasPage page = context.getStore(NAMESPACE).remove(AtlasPage.class, AtlasPage.class);
        if (page == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try {
            if (context.getExecutionException().isPresent()) {
                AppThreads.dump(page.baseUri(), page.testName());
                Path shot = page.screenshot("failed-" + page.testName());
                System.out.println("[e2e] screenshot of the failure: " + shot);
            }
            if (page.systemErrorsShown() > 0) {
                problems.add("Vaadin showed a system error: "
                        + page.page().locator(".v-system-error").first().innerText());
            }
        } catch (RuntimeException e) {
            System.out.println("[e2e] could not inspect the page after " + page.testName() + ": " + e);
        } finally {
            page.close();
        }
        if (!page.externalRequests().isEmpty()) {
            problems.add("Requests to hosts other than the app (it must work offline): " + page.externalRequests());
        }
        if (!page.pageErrors().isEmpty()) {
            problems.add("Uncaught errors in the page: " + page.pageErrors());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(page.testName() + ": " + String.join("; ", problems));
        }
    }
}
