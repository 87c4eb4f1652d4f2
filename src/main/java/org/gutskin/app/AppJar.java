package org.gutskin.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** The jar the app runs from, for starting it again (at login, in a JVM with a class-data archive). */
final class AppJar {
    private AppJar() {
    }

    /** The jar; empty when the app runs from a folder of classes (a build, an IDE). */
    static Optional<Path> location() {
        CodeSource source = AppJar.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return location.getFileName().toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) { // not a file: nothing to start again
            return Optional.empty();
        }
    }
}
