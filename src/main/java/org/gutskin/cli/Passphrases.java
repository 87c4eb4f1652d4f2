package org.gutskin.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gutskin.crypt.PassphraseKey;

/**
 * Passphrases for the command line: typed without echo at a terminal, or read from the first
 * line of standard input in a script — never taken as an argument, which the process list and
 * the shell's history would show.
 */
final class Passphrases {
    /** Longer than any passphrase; a line beyond it is not a passphrase. */
    private static final int MAX_BYTES = 1024;

    private Passphrases() {
    }

    /** A passphrase to open something with. */
    static char[] ask(String prompt) {
        Console console = System.console();
        char[] passphrase = console != null ? console.readPassword("%s", prompt) : firstLineOfInput();
        if (passphrase == null || passphrase.length == 0) {
            throw new UserException("no passphrase given: type it when asked, or give it on standard input");
        }
        return passphrase;
    }

    /** A new passphrase to encrypt with: typed twice at a terminal, and long enough. */
    static char[] askNew(String prompt) {
        char[] passphrase = ask(prompt);
        String weak = PassphraseKey.problemWith(passphrase);
        if (weak != null) {
            throw new UserException(weak);
        }
        Console console = System.console();
        if (console != null) {
            char[] again = console.readPassword("Type it again: ");
            if (!Arrays.equals(passphrase, again)) {
                throw new UserException("the two passphrases differ; nothing was done");
            }
        }
        return passphrase;
    }

    /** The first line of standard input, read byte by byte so that nothing after it is taken. */
    private static char[] firstLineOfInput() {
        InputStream in = System.in;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (line.size() == MAX_BYTES) {
                    throw new UserException("the first line of standard input is longer than any passphrase");
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UserException("cannot read the passphrase from standard input (" + e.getMessage() + ")");
        }
        CharBuffer chars;
        try {
            // strictly: a byte that is not UTF-8 would become U+FFFD, and every such passphrase the same one
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new UserException("the passphrase on standard input is not UTF-8 text; give it as UTF-8, as gpg"
                    + " reads it from a UTF-8 terminal");
        }
        int length = chars.limit() > 0 && chars.get(chars.limit() - 1) == '\r' ? chars.limit() - 1 : chars.limit();
        char[] passphrase = new char[length];
        chars.get(passphrase);
        return passphrase;
    }
}
