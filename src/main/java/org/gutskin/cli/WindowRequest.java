package org.gutskin.cli;

import org.gutskin.store.DataDirectory;

/** A start that opens the window: on which journal, and whether minimised (the login entry's start). */
public record WindowRequest(DataDirectory journal, boolean minimized) {
}
