package org.gutskin.crypt;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.S2K;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * The AES-256 key a passphrase gives through OpenPGP's iterated and salted string-to-key (S2K):
 * SHA-256 over the salt and passphrase repeated to 65,011,712 bytes, the most the format allows
 * (RFC 4880 §3.7.1.3), so each guess at the passphrase costs a noticeable fraction of a second.
 * Keeping the key (never the passphrase) lets copies be made without asking for it each time.
 *
 * @param salt         eight random bytes, stored in every file the key encrypts
 * @param encodedCount the S2K count as its one-byte code
 * @param key          32 bytes
 */
public record PassphraseKey(byte[] salt, int encodedCount, byte[] key) {
    /** The largest count the one-byte code can say: 65,011,712 bytes hashed. */
    public static final int STRONGEST_COUNT = 0xFF;
    /** Shorter passphrases are refused. */
    public static final int MIN_PASSPHRASE_LENGTH = 10;

    public PassphraseKey {
        salt = salt.clone();
        key = key.clone();
    }

    /** A new key from {@code passphrase} with a fresh random salt. */
    public static PassphraseKey derive(char[] passphrase) {
        byte[] salt = new byte[8];
        new SecureRandom().nextBytes(salt);
        return derive(passphrase, salt, STRONGEST_COUNT);
    }

    /** The key {@code passphrase} gives with this salt and count: what a file made with them needs. */
    public static PassphraseKey derive(char[] passphrase, byte[] salt, int encodedCount) {
        try {
            byte[] key = new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider())
                    .makeKeyFromPassPhrase(SymmetricKeyAlgorithmTags.AES_256, s2k(salt, encodedCount));
            return new PassphraseKey(salt, encodedCount, key);
        } catch (PGPException e) {
            throw new IllegalStateException("SHA-256 and AES-256 are always there", e);
        }
    }

    /** Why {@code passphrase} cannot be chosen (too short, spaces not counted), or null when it can. */
    public static String problemWith(char[] passphrase) {
        int counted = 0;
        for (char c : passphrase) {
            counted += Character.isWhitespace(c) ? 0 : 1;
        }
        return counted < MIN_PASSPHRASE_LENGTH
                ? "A passphrase needs at least " + MIN_PASSPHRASE_LENGTH + " characters besides spaces; a few words"
                + " are easy to remember and hard to guess" : null;
    }

    S2K s2k() {
        return s2k(salt, encodedCount);
    }

    private static S2K s2k(byte[] salt, int encodedCount) {
        return S2K.saltedAndIteratedS2K(HashAlgorithmTags.SHA256, salt, encodedCount);
    }

    /** Whether a file's S2K is this key's: same hash, salt and count. */
    boolean matches(S2K other) {
        return other.getType() == S2K.SALTED_AND_ITERATED && other.getHashAlgorithm() == HashAlgorithmTags.SHA256
                && Arrays.equals(other.getIV(), salt) && other.getIterationCount() == s2k().getIterationCount();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PassphraseKey that && encodedCount == that.encodedCount
                && Arrays.equals(salt, that.salt) && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + encodedCount;
    }

    @Override
    public String toString() {
        return "PassphraseKey[salt, count " + encodedCount + ", key hidden]";
    }
}
