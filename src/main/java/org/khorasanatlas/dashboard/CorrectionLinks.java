package org.khorasanatlas.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.khorasanatlas.events.AttackEvent;
import org.khorasanatlas.events.Figures;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a reader suggests a correction: a mailto or issue-tracker address with {@code {id}}, {@code {name}},
 * {@code {date}}, {@code {place}}, {@code {killed}} and {@code {injured}} filled in, each URL-encoded. The default
 * opens the reader's mail program with a pre-filled message and no recipient (set one in configuration).
 */
@ConfigurationProperties("atlas.corrections")
record CorrectionLinks(@DefaultValue(DEFAULT) String urlTemplate) {

    static final String DEFAULT = "mailto:?subject=Khorasan%20Atlas%20correction%3A%20{id}"
            + "&body=Attack%3A%20{name}%20({id})%0ADate%3A%20{date}%0APlace%3A%20{place}"
            + "%0AKilled%20(best%2C%20low%E2%80%93high)%3A%20{killed}%0AInjured%3A%20{injured}"
            + "%0A%0AWhat%20should%20change%2C%20and%20the%20source%20that%20says%20so%3A%0A";

    String linkFor(AttackEvent event) {
        Map<String, String> values = Map.of(
                "{id}", event.id(),
                "{name}", event.name(),
                "{date}", event.date().toString(),
                "{place}", event.place(),
                "{killed}", Figures.killed(event.casualties().killed()),
                "{injured}",
                        event.casualties()
                                .injured()
                                .map(i -> Figures.range(i.low(), i.high()))
                                .orElse("?"));
        String link = urlTemplate;
        for (Map.Entry<String, String> value : values.entrySet()) {
            link = link.replace(value.getKey(), encode(value.getValue()));
        }
        return link;
    }

    /** Percent-encoding for a URL's query: mail programs read "+" as a plus sign, so spaces become %20. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
