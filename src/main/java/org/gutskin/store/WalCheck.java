package org.gutskin.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the journal's write-ahead log as SQLite will when it opens the file, to tell a torn last
 * write (a crash while a save was being written — that save was never acknowledged) from damage
 * in the middle: saves written whole after a frame that no longer checks out. SQLite recovers
 * only up to the first frame that fails its checksum and silently drops the rest, then deletes
 * the log at its next checkpoint; the app keeps such a log aside first, and says so.
 *
 * <p>The format is SQLite's (sqlite.org/fileformat2.html, "The Write-Ahead Log"): a 32-byte
 * header, then frames of a 24-byte header and one page, each frame's checksum running on from
 * the one before it.
 */
final class WalCheck {
    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final int MAGIC = 0x377f0682;

    /** What the log holds: frames SQLite will recover, and frames of the same log after a broken one. */
    record Verdict(int recovered, int lostAfterDamage) {
        boolean damaged() {
            return lostAfterDamage > 0;
        }
    }

    private WalCheck() {
    }

    /** Reads the whole log once; linear in its size. */
    static Verdict check(Path wal) throws IOException {
        try (InputStream in = Files.newInputStream(wal)) {
            byte[] header = in.readNBytes(HEADER);
            if (header.length < HEADER) {
                return new Verdict(0, 0); // nothing was ever committed through it
            }
            ByteBuffer head = ByteBuffer.wrap(header); // the header itself is big-endian
            int magic = head.getInt(0);
            if ((magic & 0xfffffffe) != MAGIC) {
                return new Verdict(0, framesLeft(in) > 0 ? 1 : 0);
            }
            ByteOrder order = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            int pageSize = head.getInt(8);
            if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
                return new Verdict(0, framesLeft(in) > 0 ? 1 : 0);
            }
            int salt1 = head.getInt(16);
            int salt2 = head.getInt(20);
            int[] sum = checksum(header, 0, 24, order, new int[] {0, 0});
            if (sum[0] != head.getInt(24) || sum[1] != head.getInt(28)) {
                return new Verdict(0, framesLeft(in) > 0 ? 1 : 0);
            }
            byte[] frame = new byte[FRAME_HEADER + pageSize];
            int recovered = 0;
            int lost = 0;
            boolean broken = false;
            while (in.readNBytes(frame, 0, frame.length) == frame.length) {
                ByteBuffer frameHeader = ByteBuffer.wrap(frame, 0, FRAME_HEADER);
                boolean sameLog = frameHeader.getInt(8) == salt1 && frameHeader.getInt(12) == salt2;
                if (broken) {
                    lost += sameLog ? 1 : 0;
                    continue;
                }
                int[] next = checksum(frame, FRAME_HEADER, frame.length,
                        order, checksum(frame, 0, 8, order, sum.clone()));
                if (sameLog && frameHeader.getInt(0) != 0 && next[0] == frameHeader.getInt(16)
                        && next[1] == frameHeader.getInt(20)) {
                    sum = next;
                    recovered++;
                } else {
                    broken = true;
                }
            }
            return new Verdict(recovered, lost);
        }
    }

    private static int framesLeft(InputStream in) throws IOException {
        return in.read() >= 0 ? 1 : 0;
    }

    /** SQLite's WAL checksum over {@code bytes[from, to)}, running on from {@code sum}. */
    private static int[] checksum(byte[] bytes, int from, int to, ByteOrder order, int[] sum) {
        ByteBuffer words = ByteBuffer.wrap(bytes, from, to - from).order(order);
        int s0 = sum[0];
        int s1 = sum[1];
        for (int i = from; i + 8 <= to; i += 8) {
            s0 += words.getInt(i) + s1;
            s1 += words.getInt(i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
