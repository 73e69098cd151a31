package org.khorasanatlas.imports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the import prints passes through here: control characters other than line feed and tab are dropped, C0
 * (ESC, CR, BEL...) as single bytes and C1 as their two UTF-8 bytes, so nothing a CSV file or a file name holds can
 * move the cursor, recolour or rewrite the operator's terminal. The data itself is already cleaned when it is read
 * ({@link PlainText}); this also covers paths and the messages of the libraries that read the file.
 */
final class TerminalOutput extends FilterOutputStream {

    private static final int C1_LEAD = 0xC2;
    private boolean afterC1Lead;

    private TerminalOutput(OutputStream out) {
        super(out);
    }

    static PrintStream of(PrintStream out) {
        return new PrintStream(new TerminalOutput(out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xFF;
        if (afterC1Lead) {
            afterC1Lead = false;
            if (unsigned >= 0x80 && unsigned <= 0x9F) {
                return;
            }
            out.write(C1_LEAD);
        }
        if (unsigned == C1_LEAD) {
            afterC1Lead = true;
        } else if ((unsigned >= 0x20 && unsigned != 0x7F) || unsigned == '\n' || unsigned == '\t') {
            out.write(unsigned);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }
}
