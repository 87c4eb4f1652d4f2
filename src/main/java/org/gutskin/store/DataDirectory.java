package org.gutskin.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where the journal lives: the platform's per-user data folder, unless the user names another. */
public final class DataDirectory {
    public static final String ENV_OVERRIDE = "GUTSKIN_DATA_DIR";
    public static final String DATABASE_FILE = "journal.db";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public static DataDirectory at(Path path) {
        return new DataDirectory(path);
    }

    /**
     * The folder to use: an explicit choice (the {@code --data-dir} flag) first, then the
     * {@code GUTSKIN_DATA_DIR} variable, then the platform default.
     */
    public static DataDirectory resolve(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) {
            return at(explicit);
        }
        String override = env.get(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return at(Path.of(override));
        }
        return at(platformDefault(env, osName, home));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Gutskin");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Gutskin");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("gutskin");
    }

    /**
     * Where the app keeps files it can make again (never journal data): the platform's cache
     * folder, as {@link #platformDefault} is its data folder.
     */
    static Path platformCache(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank() ? Path.of(localAppData)
                    : home.resolve("AppData/Local");
            return base.resolve("Gutskin/Cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Gutskin");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("gutskin");
    }

    public Path path() {
        return path;
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_FILE);
    }

    /** True when a journal database already exists here. */
    public boolean holdsJournal() {
        return Files.exists(databaseFile());
    }

    /** Creates the folder, readable by its owner only, or explains why it cannot be. */
    public DataDirectory ensureExists() {
        try {
            if (!Files.isDirectory(path)) {
                if (Files.exists(path)) {
                    throw new StoreException("The journal folder " + path
                            + " is a file, not a folder. Move it away or choose another folder with --data-dir.");
                }
                Files.createDirectories(path);
                restrictToOwner(path, OWNER_ONLY_DIR);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the journal folder " + path + " (" + describe(e)
                    + "). Check its permissions or choose another folder with --data-dir.", e);
        }
        return this;
    }

    /** Says clearly when nothing can be saved here: a read-only disk, or a folder without write permission. */
    public void requireWritable() {
        if (Files.isWritable(path)) {
            return;
        }
        boolean readOnlyDisk;
        try {
            readOnlyDisk = Files.getFileStore(path).isReadOnly();
        } catch (IOException e) {
            readOnlyDisk = false;
        }
        throw new ReadOnlyFolderException(path, readOnlyDisk ? "it is on a read-only disk"
                : "you have no permission to write in it");
    }

    /** Creates an empty file readable by its owner only (if it is not there yet), so nobody else can read it. */
    public static void createOwnerOnlyFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (supportsPosix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(file);
        }
    }

    static void restrictToOwner(Path target, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix()) {
            Files.setPosixFilePermissions(target, permissions);
        }
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason().toLowerCase(Locale.ROOT); // "read-only file system", without the path again
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "AccessDenied" -> "permission denied";
            case "FileAlreadyExists" -> "something is already there";
            case "NoSuchFile" -> "a folder above it does not exist";
            case "NotDirectory" -> "a part of the path is a file";
            case "FileSystem", "" -> e.getMessage() == null ? "input/output error" : e.getMessage();
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
