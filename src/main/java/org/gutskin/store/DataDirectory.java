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
import java.util.Optional;
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
        return DATA.in(env, osName, home);
    }

    /**
     * Where the app keeps files it can make again (never journal data): the platform's cache
     * folder, as {@link #platformDefault} is its data folder.
     */
    public static Path platformCache(Map<String, String> env, String osName, Path home) {
        return CACHE.in(env, osName, home);
    }

    /** A kind of per-user folder on each platform: its variable and usual place, and the app's name in it. */
    private record PlatformFolder(String windowsVariable, String windowsUsual, String windowsName, String macPath,
                                  String xdgVariable, String xdgUsual) {
        Path in(Map<String, String> env, String osName, Path home) {
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.contains("win")) {
                return base(env, windowsVariable, home.resolve(windowsUsual)).resolve(windowsName);
            }
            if (os.contains("mac")) {
                return home.resolve(macPath);
            }
            return base(env, xdgVariable, home.resolve(xdgUsual)).resolve("gutskin");
        }

        private static Path base(Map<String, String> env, String variable, Path usual) {
            String value = env.get(variable);
            return value != null && !value.isBlank() ? Path.of(value) : usual;
        }
    }

    private static final PlatformFolder DATA = new PlatformFolder("APPDATA", "AppData/Roaming", "Gutskin",
            "Library/Application Support/Gutskin", "XDG_DATA_HOME", ".local/share");
    private static final PlatformFolder CACHE = new PlatformFolder("LOCALAPPDATA", "AppData/Local", "Gutskin/Cache",
            "Library/Caches/Gutskin", "XDG_CACHE_HOME", ".cache");

    public Path path() {
        return path;
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_FILE);
    }

    /** The places writing to which would harm the journal, as a person is told of them. */
    public enum Part {
        JOURNAL_FILE("the journal file itself"),
        BESIDE_THE_JOURNAL("a file SQLite keeps beside the journal"),
        LOCK("the journal's lock file"),
        BACKUPS("where the journal's backups are kept"),
        FOLDER("the journal folder"),
        HOLDS_THE_FOLDER("a folder that holds the journal");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * What {@code target} is to this journal when writing there would harm it, or empty when it is
     * none of those places. Links and ".." are followed first.
     */
    public Optional<Part> partAt(Path target) {
        Path folder = resolved(path);
        Path resolved = resolved(target);
        Path journal = folder.resolve(DATABASE_FILE);
        if (resolved.equals(journal)) {
            return Optional.of(Part.JOURNAL_FILE);
        }
        for (String companion : new String[] {"-wal", "-shm", "-journal"}) {
            if (resolved.equals(journal.resolveSibling(DATABASE_FILE + companion))) {
                return Optional.of(Part.BESIDE_THE_JOURNAL);
            }
        }
        if (resolved.equals(folder.resolve(InstanceLock.FILE_NAME))) {
            return Optional.of(Part.LOCK);
        }
        if (resolved.startsWith(folder.resolve(Backups.FOLDER))) {
            return Optional.of(Part.BACKUPS);
        }
        if (folder.startsWith(resolved)) {
            return Optional.of(resolved.equals(folder) ? Part.FOLDER : Part.HOLDS_THE_FOLDER);
        }
        return Optional.empty();
    }

    /** Whether {@code target} is this journal folder or inside it, links and ".." followed. */
    public boolean holds(Path target) {
        return resolved(target).startsWith(resolved(path));
    }

    /** The path with links and ".." resolved as far as it exists, and the rest as written. */
    private static Path resolved(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
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

    /** Creates {@code folder} and any missing folder above it, each readable by its owner only. */
    public static void createOwnerOnlyFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createOwnerOnlyFolders(absolute.getParent());
        }
        if (supportsPosix()) {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectory(absolute);
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

    /** Bytes free for this user on the disk that holds {@code folder}, or -1 when that cannot be told. */
    static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
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
