package org.gutskin.exchange;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gutskin.store.DataDirectory;

/** Where an export may go: never onto the journal, never through a link, never over a file unless asked to. */
final class ExportTarget {
    private ExportTarget() {
    }

    /** Refuses a target the export must not write, with the reason; says nothing when it may. */
    static void check(JournalExporter.Request request, DataDirectory journal) {
        Path out = request.out();
        Optional<DataDirectory.Part> harm = journal.partAt(out);
        if (harm.isPresent()) {
            throw new ExchangeException("Cannot export to " + out + ": it is " + harm.get().description()
                    + ". Choose a place outside the journal folder " + journal.path() + ".");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExchangeException("Cannot write " + out + ": the folder does not exist");
        }
        if (Files.isSymbolicLink(out)) {
            throw new ExchangeException(out + " is a link; give the path of a file or folder itself.");
        }
        String name = out.toString().toLowerCase(Locale.ROOT);
        String ending = request.format() == ExportFormat.JOURNAL ? ".zip" + EncryptedFiles.SUFFIX : EncryptedFiles.SUFFIX;
        if (request.encryption().isPresent() && (!name.endsWith(ending)
                || out.getFileName().toString().length() == ending.length())) {
            throw new ExchangeException("An encrypted export is one file whose name ends in " + ending + ", such as "
                    + (request.format() == ExportFormat.JOURNAL ? "journal.zip.gpg" : request.format().key()
                    + ".csv.gpg") + "; got " + out.getFileName());
        }
        boolean folderExport = request.format() == ExportFormat.JOURNAL && request.encryption().isEmpty()
                && !name.endsWith(".zip");
        if (folderExport && Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new ExchangeException(out + " is a file; a journal export in a folder needs a folder's name.");
        }
        if (!folderExport && Files.isDirectory(out)) {
            throw new ExchangeException(out + " is a folder; give a file name such as "
                    + out.resolve(request.format().key() + (request.format() == ExportFormat.JOURNAL ? ".zip" : ".csv")
                    + (request.encryption().isPresent() ? EncryptedFiles.SUFFIX : "")));
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !request.overwrite()) {
            throw new ExchangeException(out + " already exists. Choose another name, or replace it (--overwrite).");
        }
    }
}
