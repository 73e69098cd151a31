package org.khorasanatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    @Test
    void readsUtf8WhoseCharactersStraddleTheBuffer() throws IOException {
        // 'ā' is two bytes and '😀' four: many of them land across the reader's 16 KiB buffer boundaries.
        String text = "Peshāwar 😀\r\n".repeat(3000);

        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        byte[] withMark = ("\uFEFFid,x\n1,a\n").getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(withMark)).isEqualTo("id,x\n1,a\n");
    }

    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = "id,place\n1,Quetta\n2,Caf\u00e9 Bolan\n3,Kabul\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(latin1)).isInstanceOfSatisfying(StrictUtf8Reader.NotUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("0xE9").contains("UTF-8");
        });
    }

    @Test
    void findsTheLineAfterManyBuffersOfGoodText() {
        String good = "a line of text, fine\n".repeat(5000);
        byte[] bytes = (good + "bad \u00ff here\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(bytes))
                .isInstanceOfSatisfying(
                        StrictUtf8Reader.NotUtf8Exception.class,
                        e -> assertThat(e.line()).isEqualTo(5001));
    }

    @Test
    void refusesASequenceCutOffAtTheEnd() {
        byte[] truncated = {'o', 'k', '\n', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> readAll(truncated))
                .isInstanceOfSatisfying(
                        StrictUtf8Reader.NotUtf8Exception.class,
                        e -> assertThat(e.line()).isEqualTo(2));
    }

    private static String readAll(byte[] bytes) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            reader.transferTo(out);
        }
        return out.toString();
    }
}
