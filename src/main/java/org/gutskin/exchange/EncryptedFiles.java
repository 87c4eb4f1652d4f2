package org.gutskin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gutskin.crypt.OpenPgp;
import org.gutskin.crypt.WrongPassphraseException;
import org.gutskin.store.DataDirectory;

/**
 * Exports encrypted with a passphrase ({@code .gpg}, the OpenPGP format gpg opens), and such
 * files opened again for an import: decrypted, within the import's size limit, into a hidden
 * owner-only folder in the journal folder that is noted as pending, so that a kill leaves
 * nothing readable behind.
 */
public final class EncryptedFiles {
    public static final String SUFFIX = ".gpg";
    /** How every .zip file starts: a local file header. */
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};

    private EncryptedFiles() {
    }

    /**
     * Whether {@code path} is to be read as an encrypted file: a file named {@code .gpg}, as this
     * app's encrypted exports and gpg's own are. The name decides, not the first bytes, which a
     * damaged CSV file can share with an OpenPGP message.
     */
    public static boolean isEncrypted(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX)
                && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The name of what an encrypted file holds: {@code journal.zip} for {@code journal.zip.gpg}. */
    static String innerName(Path encrypted) {
        String name = encrypted.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && name.length() > SUFFIX.length()
                ? name.substring(0, name.length() - SUFFIX.length()) : name + ".decrypted";
    }

    /** The paths of an import with its encrypted files decrypted; closing removes what was decrypted. */
    public static final class Opened implements AutoCloseable {
        private final List<Path> paths = new ArrayList<>();
        private final PendingExports pending;
        private Path folder;
        private Path note;

        Opened(PendingExports pending) {
            this.pending = pending;
        }

        public List<Path> paths() {
            return paths;
        }

        @Override
        public void close() {
            if (folder != null) {
                try {
                    PendingExports.deleteTree(folder);
                    pending.forget(note);
                } catch (IOException e) {
                    // noted as pending: the next start removes it
                }
            }
        }
    }

    /**
     * Decrypts the encrypted ones among {@code paths} with {@code passphrase}; the others are
     * read as they are. A wrong passphrase or a damaged file refuses the whole import in one line.
     */
    public static Opened open(List<Path> paths, char[] passphrase, DataDirectory journal) {
        Opened opened = new Opened(new PendingExports(journal));
        try {
            for (Path path : paths) {
                if (!isEncrypted(path)) {
                    opened.paths.add(path);
                    continue;
                }
                if (passphrase == null) {
                    throw new ExchangeException(path.getFileName() + " is encrypted: its passphrase is needed.");
                }
                if (opened.folder == null) {
                    opened.folder = journal.path().resolve(".import-" + UUID.randomUUID() + ".partial");
                    opened.note = opened.pending.note(opened.folder);
                    Files.createDirectory(opened.folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                }
                Path plain = Files.createDirectory(opened.folder.resolve(Integer.toString(opened.paths.size())))
                        .resolve(innerName(path));
                decrypt(path, passphrase, plain);
                opened.paths.add(asZipWhenOne(plain));
            }
            return opened;
        } catch (IOException e) {
            opened.close();
            throw new ExchangeException("Cannot open the encrypted files beside the journal: "
                    + JournalExporter.describe(e), e);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** A .zip is read by its name: one whose outer name lost ".zip" (x.gpg) gets it back. */
    private static Path asZipWhenOne(Path plain) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(plain)) {
            start = in.readNBytes(ZIP_START.length);
        }
        boolean zip = Arrays.equals(start, ZIP_START);
        return zip && !plain.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                ? Files.move(plain, plain.resolveSibling(plain.getFileName() + ".zip")) : plain;
    }

    private static void decrypt(Path encrypted, char[] passphrase, Path plain) throws IOException {
        DataDirectory.createOwnerOnlyFile(plain);
        try (InputStream in = OpenPgp.decrypt(Files.newInputStream(encrypted), new OpenPgp.Passphrase(passphrase));
             OutputStream out = Files.newOutputStream(plain)) {
            byte[] buffer = new byte[1 << 16];
            long written = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > ReadBudget.MAX_IMPORT_BYTES) {
                    throw new IOException("it unpacks to more than 60 MB, more than one import reads");
                }
                out.write(buffer, 0, n);
            }
        } catch (WrongPassphraseException e) {
            throw new ExchangeException("The passphrase does not open " + encrypted.getFileName() + ".", e);
        } catch (IOException e) {
            throw new ExchangeException("Cannot open " + encrypted.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
