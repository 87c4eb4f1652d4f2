package org.gutskin.crypt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted files that this app and gpg both open, and that say clearly when they cannot be opened. */
class OpenPgpTest {
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Instant MADE = Instant.parse("2026-06-15T09:30:00Z");
    private static PassphraseKey key;

    @TempDir
    Path folder;

    /** A light count keeps this class fast; the gpg test uses the strongest, as the app does. */
    @BeforeAll
    static void deriveOnce() {
        key = PassphraseKey.derive(PASSPHRASE, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 0x60);
    }

    /** Half compressible text, half random bytes, as a journal file is. */
    private static byte[] contents() {
        byte[] bytes = new byte[300_000];
        Arrays.fill(bytes, 0, 150_000, (byte) 'a');
        byte[] random = new byte[150_000];
        new Random(7).nextBytes(random);
        System.arraycopy(random, 0, bytes, 150_000, random.length);
        return bytes;
    }

    private static byte[] encrypt(byte[] plain) throws IOException {
        return encrypt(plain, key);
    }

    private static byte[] encrypt(byte[] plain, PassphraseKey with) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = OpenPgp.encrypt(sealed, with, "journal.db", MADE)) {
            out.write(plain);
        }
        return sealed.toByteArray();
    }

    private static byte[] decrypt(byte[] sealed, OpenPgp.Unlock unlock) throws IOException {
        try (InputStream in = OpenPgp.decrypt(new ByteArrayInputStream(sealed), unlock)) {
            return in.readAllBytes();
        }
    }

    @Test
    void whatIsEncryptedOpensWithThePassphraseOrTheKeptKeyAndNothingIsInClear() throws IOException {
        byte[] plain = contents();
        byte[] sealed = encrypt(plain);
        assertTrue(sealed.length < plain.length, "compressed first");
        assertTrue(new String(sealed, StandardCharsets.ISO_8859_1).indexOf("aaaaaaaa") < 0);
        assertArrayEquals(plain, decrypt(sealed, new OpenPgp.Passphrase(PASSPHRASE)));
        assertArrayEquals(plain, decrypt(sealed, new OpenPgp.Key(key)));
        assertNotEquals(Arrays.toString(sealed), Arrays.toString(encrypt(plain)), "a new session key each time");
    }

    @Test
    void theSameSaltAndCountGiveTheSameKeyAndAnotherPassphraseAnother() {
        assertEquals(key, PassphraseKey.derive(PASSPHRASE, key.salt(), key.encodedCount()));
        assertNotEquals(key, PassphraseKey.derive("correct horse battery stapler".toCharArray(), key.salt(),
                key.encodedCount()));
        assertEquals(32, key.key().length);
        assertTrue(PassphraseKey.problemWith("too short".toCharArray()).startsWith("A passphrase needs at least 10"));
        assertEquals(null, PassphraseKey.problemWith(PASSPHRASE));
    }

    @Test
    void aWrongPassphraseOrAnotherKeyIsSaidToBeWrong() throws IOException {
        byte[] sealed = encrypt(contents());
        for (int i = 0; i < 4; i++) { // the wrong key's session byte varies: the ways it can go wrong
            char[] wrong = ("wrong passphrase " + i).toCharArray();
            assertThrows(WrongPassphraseException.class, () -> decrypt(sealed, new OpenPgp.Passphrase(wrong)));
        }
        PassphraseKey other = PassphraseKey.derive(PASSPHRASE, new byte[8], 0x60);
        assertThrows(WrongPassphraseException.class, () -> decrypt(sealed, new OpenPgp.Key(other)));
    }

    @Test
    void aDamagedOrCutFileIsSaidToBeDamagedNeverReadAsGood() throws IOException {
        byte[] sealed = encrypt(contents());
        for (int at : new int[] {sealed.length / 3, sealed.length / 2, sealed.length - 5}) {
            byte[] damaged = sealed.clone();
            damaged[at] ^= 0x10;
            IOException error = assertThrows(IOException.class, () -> decrypt(damaged, new OpenPgp.Key(key)));
            assertTrue(error.getMessage().startsWith("it is damaged"), error.getMessage());
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 100);
        Arrays.fill(longer, sealed.length, longer.length, (byte) 0x55);
        IOException trailing = assertThrows(IOException.class, () -> decrypt(longer, new OpenPgp.Key(key)));
        assertEquals("it is damaged: more follows its end", trailing.getMessage(), "gpg refuses such a file too");
        byte[] cut = Arrays.copyOf(sealed, sealed.length / 2);
        assertThrows(IOException.class, () -> decrypt(cut, new OpenPgp.Key(key)));
        IOException notOurs = assertThrows(IOException.class,
                () -> decrypt("date,overall\n".getBytes(StandardCharsets.UTF_8), new OpenPgp.Key(key)));
        assertTrue(notOurs.getMessage().startsWith("it is damaged: it is not"), notOurs.getMessage());
    }

    /** gpg, when the machine has it: the copies must open without this app, and gpg's open with it. */
    @Test
    void gpgOpensOurFilesAndWeOpenGpgs() throws Exception {
        assumeTrue(Gpg.available(), "gpg is not installed");
        byte[] plain = contents();
        PassphraseKey strongest = PassphraseKey.derive(PASSPHRASE);
        assertEquals(PassphraseKey.STRONGEST_COUNT, strongest.encodedCount());
        Path ours = Files.write(folder.resolve("journal.db.gpg"), encrypt(plain, strongest));
        Path opened = folder.resolve("opened.db");
        assertNull(Gpg.run(folder, PASSPHRASE, "--output", opened.toString(), "--decrypt", ours.toString()));
        assertArrayEquals(plain, Files.readAllBytes(opened));

        Path theirs = folder.resolve("made-by-gpg.gpg");
        Path source = Files.write(folder.resolve("plain.db"), plain);
        assertNull(Gpg.run(folder, PASSPHRASE, "--symmetric", "--cipher-algo", "AES256", "--output",
                theirs.toString(), source.toString()));
        byte[] sealed = Files.readAllBytes(theirs);
        assertArrayEquals(plain, decrypt(sealed, new OpenPgp.Passphrase(PASSPHRASE)));
        assertThrows(WrongPassphraseException.class,
                () -> decrypt(sealed, new OpenPgp.Passphrase("not it at all".toCharArray())));
    }
}
