package org.khorasanatlas.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and nothing else. The first byte that is not UTF-8 stops the reading with the line it is on:
 * {@link java.io.InputStreamReader} would either replace it silently, losing text, or fail without saying
 * where. A leading byte order mark, which spreadsheet programs write, is skipped.
 */
final class StrictUtf8Reader extends Reader {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean finished;
    private long line = 1;

    StrictUtf8Reader(InputStream in) throws IOException {
        this.in = new BufferedInputStream(in);
        skipByteOrderMark();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (finished) {
                return -1;
            }
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            countLines(target, before, out.position());
            if (result.isError()) {
                throw new NotUtf8Exception(line, bytes.get(bytes.position()));
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    finished = true;
                } else {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countLines(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                line++;
            }
        }
    }

    private void skipByteOrderMark() throws IOException {
        in.mark(BYTE_ORDER_MARK.length);
        byte[] start = in.readNBytes(BYTE_ORDER_MARK.length);
        if (!java.util.Arrays.equals(start, BYTE_ORDER_MARK)) {
            in.reset();
        }
    }

    /** The input is not UTF-8 at {@code line}. */
    static final class NotUtf8Exception extends IOException {

        private final long line;

        NotUtf8Exception(long line, byte offending) {
            super(String.format("not UTF-8 (byte 0x%02X); save the file as UTF-8", offending & 0xFF));
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
