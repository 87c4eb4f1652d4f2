package org.gutskin.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The most an import reads: {@link #MAX_FILE_BYTES} from any one file and {@link #MAX_IMPORT_BYTES}
 * from all of them together, counted as the bytes come — so that a .zip whose entries unpack to far
 * more than they say (a zip bomb), or an endless stream, is stopped in time proportional to the
 * limit, not read until memory runs out.
 */
final class ReadBudget {
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_IMPORT_BYTES = 60L * 1024 * 1024;
    /** The most rows one import reads, from all its files. */
    static final int MAX_ROWS = 500_000;

    private long read;

    /** Thrown when a limit is reached; its message says which, for the user. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    /** The stream, counted against this file's limit and the whole import's. */
    InputStream limit(InputStream in) {
        return new FilterInputStream(in) {
            private long fromThisFile;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                fromThisFile += n;
                read += n;
                if (fromThisFile > MAX_FILE_BYTES) {
                    throw new Exceeded("the file holds more than 50 MB of text; split it before importing");
                }
                if (read > MAX_IMPORT_BYTES) {
                    throw new Exceeded("the files of this import hold more than 60 MB of text together; import them"
                            + " in parts");
                }
            }
        };
    }
}
