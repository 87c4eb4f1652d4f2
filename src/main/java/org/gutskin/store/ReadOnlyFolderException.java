package org.gutskin.store;

import java.nio.file.Path;

/**
 * The journal folder cannot be written (a read-only disk or folder): nothing can be saved there
 * until it is writable again, though the journal may still be read.
 */
public final class ReadOnlyFolderException extends StoreException {
    public ReadOnlyFolderException(Path folder, String why) {
        super("The journal folder " + folder + " cannot be written (" + why + "), so nothing can be saved there."
                + " Make it writable, or choose another folder with --data-dir.");
    }
}
