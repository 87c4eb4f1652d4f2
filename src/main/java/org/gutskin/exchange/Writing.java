package org.gutskin.exchange;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gutskin.crypt.OpenPgp;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.store.DataDirectory;

/**
 * An export's files on disk: each written under a hidden temporary name beside its target,
 * owner-only, noted as pending, and moved into place only when complete — a file, a .zip, or a
 * whole folder swapped in at once, so that an export that is killed or fails leaves the previous
 * one untouched and never a mix of old and new files. An encrypted export is encrypted as it is
 * written: its contents never touch the disk in clear.
 */
final class Writing {
    private static final int BUFFER = 1 << 16;

    private final PendingExports pending;
    private final boolean byteOrderMark;
    private final Optional<PassphraseKey> encryption;

    Writing(PendingExports pending, boolean byteOrderMark, Optional<PassphraseKey> encryption) {
        this.pending = pending;
        this.byteOrderMark = byteOrderMark;
        this.encryption = encryption;
    }

    /** The stream a file's contents go to: the file itself, or an encryption into it. */
    private OutputStream contentsOf(Path temporary, Path target) throws IOException {
        OutputStream file = Files.newOutputStream(temporary);
        return encryption.isEmpty() ? file : OpenPgp.encrypt(file, encryption.get(),
                EncryptedFiles.innerName(target), Instant.EPOCH); // no date: the file's own says when
    }

    long file(Path target, JournalExporter.CsvBody body) throws IOException {
        return intoFile(target, out -> {
            try (Writer writer = utf8(out)) {
                return write(writer, body);
            }
        });
    }

    long zip(Path target, List<InterchangeExport.Part> parts, DoubleConsumer progress) throws IOException {
        return intoFile(target, out -> {
            long rows = 0;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER))) {
                Writer writer = utf8(new NonClosing(zip));
                for (int i = 0; i < parts.size(); i++) {
                    zip.putNextEntry(new ZipEntry(parts.get(i).file()));
                    rows += write(writer, parts.get(i).body());
                    writer.flush();
                    zip.closeEntry();
                    progress.accept((i + 1.0) / parts.size());
                }
            }
            return rows;
        });
    }

    /** What goes into one file; returns the rows written, and closes the stream. */
    private interface FileBody {
        long write(OutputStream out) throws IOException;
    }

    /** One file written under its temporary name (encrypted when asked) and moved into place whole. */
    private long intoFile(Path target, FileBody body) throws IOException {
        Path temporary = temporaryFor(target);
        Path note = pending.note(temporary);
        try {
            DataDirectory.createOwnerOnlyFile(temporary);
            long rows = body.write(contentsOf(temporary, target));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(temporary);
            pending.forget(note);
        }
    }

    /** The whole folder is built beside the target and swapped in; a folder it replaces is removed after. */
    long folder(Path target, List<InterchangeExport.Part> parts, DoubleConsumer progress) throws IOException {
        Path building = temporaryFor(target);
        Path replaced = temporaryFor(target);
        Path buildingNote = pending.note(building);
        Path replacedNote = pending.noteReplaced(replaced, target);
        try {
            Files.createDirectory(building, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            long rows = 0;
            for (int i = 0; i < parts.size(); i++) {
                Path file = building.resolve(parts.get(i).file());
                DataDirectory.createOwnerOnlyFile(file);
                try (Writer writer = utf8(Files.newOutputStream(file))) {
                    rows += write(writer, parts.get(i).body());
                }
                progress.accept((i + 1.0) / parts.size());
            }
            if (Files.exists(target)) {
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            if (Files.exists(replaced) && !Files.exists(target)) {
                Files.move(replaced, target); // the new folder never took its place: the old one stays
            }
            for (Path leftover : new Path[] {building, replaced}) {
                if (Files.exists(leftover)) {
                    PendingExports.deleteTree(leftover);
                }
            }
            pending.forget(buildingNote);
            pending.forget(replacedNote);
        }
    }

    private long write(Writer writer, JournalExporter.CsvBody body) throws IOException {
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        return body.write(writer);
    }

    /** A hidden sibling of the target, ".NAME.RANDOM.partial", on the same disk so that the move is one step. */
    private static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
    }

    /**
     * A buffered UTF-8 writer: the CSV printer writes cell by cell, and unbuffered each cell is a
     * trip through the encoder (a fifth of the time spent writing).
     */
    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    /** Lets a CSV printer close its writer without closing the zip around it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
