package org.khorasanatlas.dashboard;

import org.jsoup.nodes.Element;

/**
 * The HTML a newsroom pastes into an article to show the map: an iframe of the read-only /embed page. Jsoup writes
 * the attributes, escaping their values, so a title or an address cannot break out of the snippet.
 */
final class EmbedCode {

    private EmbedCode() {}

    static String iframe(String embedLink, EmbedSize size, String title) {
        return new Element("iframe")
                .attr("src", embedLink)
                .attr("width", String.valueOf(size.width()))
                .attr("height", String.valueOf(size.height()))
                .attr("title", title)
                .attr("style", "border:0;max-width:100%")
                .attr("loading", "lazy")
                .outerHtml();
    }
}
