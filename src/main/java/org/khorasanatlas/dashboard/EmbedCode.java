package org.khorasanatlas.dashboard;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML a newsroom pastes into an article to show the map: an iframe of the read-only /embed page. Attribute
 * values are escaped, so a title or an address cannot break out of the snippet.
 */
final class EmbedCode {

    private EmbedCode() {}

    static String iframe(String embedLink, EmbedSize size, String title) {
        return "<iframe src=\"" + escape(embedLink) + "\" width=\"" + size.width() + "\" height=\"" + size.height()
                + "\" title=\"" + escape(title) + "\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
