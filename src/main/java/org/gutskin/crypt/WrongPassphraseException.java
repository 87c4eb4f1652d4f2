package org.gutskin.crypt;

import java.io.IOException;

/** The passphrase given does not open an encrypted file. */
public final class WrongPassphraseException extends IOException {
    public WrongPassphraseException() {
        super("the passphrase does not open it");
    }
}
