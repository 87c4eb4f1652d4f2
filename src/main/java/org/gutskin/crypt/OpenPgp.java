package org.gutskin.crypt;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.ContainedPacket;
import org.bouncycastle.bcpg.S2K;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyEncSessionPacket;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.PGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.PGPKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Files encrypted with a passphrase in the OpenPGP message format (RFC 4880), so that
 * {@code gpg --decrypt FILE} opens them without this app: the data compressed (ZLIB), then
 * encrypted with a fresh random AES-256 session key inside an integrity-protected packet (SEIPD
 * with its modification-detection code); the session key itself encrypted with the
 * passphrase's key ({@link PassphraseKey}) in a symmetric-key session packet. Version 4
 * packets throughout: every OpenPGP program in use reads them.
 */
public final class OpenPgp {
    private static final int BUFFER = 1 << 16;

    private OpenPgp() {
    }

    /** How a file is opened: with the passphrase typed, or with the key kept from it. */
    public sealed interface Unlock permits Passphrase, Key {
        PBEDataDecryptorFactory decryptor();
    }

    public record Passphrase(char[] passphrase) implements Unlock {
        @Override
        public PBEDataDecryptorFactory decryptor() {
            return new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider());
        }
    }

    public record Key(PassphraseKey key) implements Unlock {
        @Override
        public PBEDataDecryptorFactory decryptor() {
            return new BcPBEDataDecryptorFactory(new char[0], new BcPGPDigestCalculatorProvider()) {
                @Override
                public byte[] makeKeyFromPassPhrase(int keyAlgorithm, S2K s2k) throws PGPException {
                    if (!key.matches(s2k)) {
                        throw new PGPException("the file was encrypted with another passphrase");
                    }
                    return key.key();
                }
            };
        }
    }

    /**
     * A stream that encrypts what is written to it into {@code sink}, as the file {@code name};
     * closing it finishes the message and closes {@code sink}.
     */
    public static OutputStream encrypt(OutputStream sink, PassphraseKey key, String name, Instant modified)
            throws IOException {
        PGPDataEncryptorBuilder cipher = new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                .setWithIntegrityPacket(true).setSecureRandom(new SecureRandom());
        PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(cipher);
        encryption.addMethod(new KeptKeyMethod(key));
        PGPCompressedDataGenerator compression = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZLIB);
        PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
        try {
            OutputStream encrypted = encryption.open(sink, new byte[BUFFER]);
            OutputStream compressed = compression.open(encrypted, new byte[BUFFER]);
            OutputStream plain = literal.open(compressed, PGPLiteralData.BINARY, name, Date.from(modified),
                    new byte[BUFFER]);
            return new FilterOutputStream(plain) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    try (sink) {
                        literal.close();
                        compression.close();
                        encryption.close();
                    }
                }
            };
        } catch (PGPException e) {
            throw new IOException("Cannot start the encryption: " + e.getMessage(), e);
        }
    }

    /**
     * The decrypted contents of an encrypted message, checked against its integrity code when the
     * end is read. A wrong passphrase is {@link WrongPassphraseException} at once; a damaged file
     * an {@link IOException} saying so, at the latest at its end.
     */
    public static InputStream decrypt(InputStream in, Unlock unlock) throws IOException {
        BcPGPObjectFactory packets = new BcPGPObjectFactory(in);
        PGPPBEEncryptedData encrypted = firstPassphrasePacket(packets);
        if (!encrypted.isIntegrityProtected()) {
            throw new IOException("it is encrypted without an integrity check, which is refused as unsafe");
        }
        InputStream clear;
        try {
            clear = encrypted.getDataStream(unlock.decryptor());
        } catch (PGPException e) {
            throw new WrongPassphraseException();
        }
        InputStream literal = literalData(clear);
        return new FilterInputStream(literal) {
            private boolean verified;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? n : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n;
                try {
                    n = super.read(bytes, offset, length);
                } catch (IOException | RuntimeException e) {
                    throw damaged(e.getMessage() == null ? "it ends too soon" : e.getMessage(), e);
                }
                return n < 0 ? endReached(n) : n;
            }

            private int endReached(int end) throws IOException {
                if (!verified) {
                    verified = true;
                    boolean intact;
                    try {
                        intact = encrypted.verify();
                    } catch (PGPException | IOException e) {
                        throw damaged("its integrity check could not be read", e);
                    }
                    if (!intact) {
                        throw damaged("its integrity check failed", null);
                    }
                    if (somethingFollows(packets)) {
                        throw damaged("more follows its end", null);
                    }
                }
                return end;
            }
        };
    }

    /** Whether anything is left after the message: gpg refuses such a file, and so do we. */
    private static boolean somethingFollows(BcPGPObjectFactory packets) {
        try {
            return packets.nextObject() != null;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static PGPPBEEncryptedData firstPassphrasePacket(BcPGPObjectFactory packets) throws IOException {
        Object first;
        try {
            first = packets.nextObject();
        } catch (IOException | RuntimeException e) {
            throw damaged("it is not an OpenPGP message", e);
        }
        if (!(first instanceof PGPEncryptedDataList list)) {
            throw damaged("it is not an encrypted OpenPGP message", null);
        }
        for (Iterator<?> it = list.getEncryptedDataObjects(); it.hasNext(); ) {
            if (it.next() instanceof PGPPBEEncryptedData passphraseData) {
                return passphraseData;
            }
        }
        throw new IOException("it is encrypted for a key, not with a passphrase");
    }

    private static InputStream literalData(InputStream clear) throws IOException {
        try {
            Object next = new BcPGPObjectFactory(clear).nextObject();
            if (next instanceof PGPCompressedData compressed) {
                next = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
            }
            if (next instanceof PGPLiteralData literal) {
                return literal.getInputStream();
            }
        } catch (PGPException | IOException | RuntimeException e) {
            throw damaged(e.getMessage() == null ? "its contents cannot be read" : e.getMessage(), e);
        }
        throw damaged("it holds no file", null);
    }

    private static IOException damaged(String why, Exception cause) {
        return new IOException("it is damaged: " + why, cause);
    }

    /**
     * The session key encrypted with a kept key, as RFC 4880 §5.3 says: AES-256 in CFB mode with
     * an all-zero IV over the algorithm byte and the key.
     */
    private record KeptKeyMethod(PassphraseKey key) implements PGPKeyEncryptionMethodGenerator {
        @Override
        public ContainedPacket generate(PGPDataEncryptorBuilder data, byte[] sessionKey) throws PGPException {
            byte[] info = new byte[sessionKey.length + 1];
            info[0] = (byte) data.getAlgorithm();
            System.arraycopy(sessionKey, 0, info, 1, sessionKey.length);
            try {
                Cipher aes = Cipher.getInstance("AES/CFB/NoPadding");
                aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.key(), "AES"), new IvParameterSpec(new byte[16]));
                return SymmetricKeyEncSessionPacket.createV4Packet(SymmetricKeyAlgorithmTags.AES_256, key.s2k(),
                        aes.doFinal(info));
            } catch (GeneralSecurityException e) {
                throw new PGPException("AES is always there", e);
            }
        }
    }
}
