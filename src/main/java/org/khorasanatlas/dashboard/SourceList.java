package org.khorasanatlas.dashboard;

import java.util.List;

import org.khorasanatlas.sources.Source;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** Sources as links that open in a new tab: publisher, title and date, so a reader can find them again. */
class SourceList extends UnorderedList {

    SourceList(List<Source> sources) {
        addClassName("source-list");
        for (Source source : sources) {
            Anchor link = new Anchor(
                    source.url().toString(),
                    source.publisher() + ": " + source.title() + " (" + source.date() + ")",
                    AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new ListItem(link));
        }
    }
}
