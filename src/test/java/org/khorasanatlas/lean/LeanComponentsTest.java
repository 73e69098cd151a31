package org.khorasanatlas.lean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Span;

class LeanComponentsTest {

    @Test
    void aButtonKeepsItsPrefixInFrontOfANewLabelAndRunsItsActionOnEachPress() {
        LeanButton button = new LeanButton("Play");
        List<String> pressed = new ArrayList<>();
        button.addClickListener(() -> pressed.add("press"));
        Span glyph = new Span();

        button.setPrefix(glyph, "Play");
        button.setText("Pause");
        ReaderPress.click(button);
        ReaderPress.click(button);

        assertThat(button.getText()).isEqualTo("Pause");
        assertThat(button.getElement().getChild(0)).isEqualTo(glyph.getElement());
        assertThat(glyph.getElement().getAttribute("slot")).isEqualTo("prefix");
        assertThat(pressed).hasSize(2);
    }

    @Test
    void aDisabledButtonCannotBePressed() {
        LeanButton button = new LeanButton("Clear");
        button.setEnabled(false);

        assertThat(button.getElement().getAttribute("disabled")).isNotNull();
        assertThatThrownBy(() -> ReaderPress.click(button)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aCheckboxReportsTheReadersTicksButNotTheServersOwn() {
        LeanCheckbox box = new LeanCheckbox();
        box.setLabel("Include");
        box.setHelperText("Why");
        List<Boolean> ticks = new ArrayList<>();
        box.addChangeListener(ticks::add);

        box.setChecked(true);
        ReaderPress.tick(box, false);

        assertThat(ticks).containsExactly(false);
        assertThat(box.isChecked()).isFalse();
        assertThat(box.getElement().getProperty("label")).isEqualTo("Include");
        assertThat(box.getElement().getProperty("helperText")).isEqualTo("Why");
    }
}
