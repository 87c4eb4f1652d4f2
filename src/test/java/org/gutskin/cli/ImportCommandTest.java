package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin import}: the preview, the refusals, and a look that creates nothing. */
class ImportCommandTest {
    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun(ImportCommand::new);

    private Path journal() {
        return folder.resolve("journal");
    }

    private Path skin(String rows) throws Exception {
        return Files.writeString(folder.resolve("skin.csv"), "date,overall\n" + rows);
    }

    @Test
    void aDryRunOnAFolderWithoutAJournalShowsThePreviewAndCreatesNothing() throws Exception {
        Path skin = skin("2026-06-01,3\n2026-06-02,4\n");
        assertEquals(0, command.run("--data-dir", journal().toString(), "import", "--dry-run", skin.toString()));
        assertEquals(List.of("  2 skin checks", "  2 days: 2 new, 0 already in your journal (those are skipped)",
                "Dry run: nothing was written."), command.out().lines().toList());
        assertFalse(Files.exists(journal()), "no journal, no log, no folder");
    }

    @Test
    void aMissingOrUnknownFileIsOneProblemWithoutAPreviewOrAnOfferToImportTheRest() throws Exception {
        Path unknown = Files.writeString(folder.resolve("x.csv"), "a,b\n1,2\n");
        assertEquals(1, command.run("--data-dir", journal().toString(), "import", folder.resolve("none.csv").toString(),
                unknown.toString()));
        assertEquals("", command.out(), "no '0 days' preview");
        List<String> lines = command.err().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("none.csv: file: there is no such file or folder"), lines.get(0));
        assertTrue(lines.get(1).startsWith("x.csv:1: header: not a file this app knows"), lines.get(1));
        assertEquals("gutskin: nothing was imported: nothing in the files could be read (2 problems above)",
                lines.get(2));
        assertFalse(Files.exists(journal().resolve("journal.db")), "a refused import creates no journal");
    }

    @Test
    void aFileWithABadRowIsRefusedUnlessOnlyTheValidRowsAreAskedFor() throws Exception {
        Path skin = skin("2026-06-01,3\n2026-06-02,99\n");
        assertEquals(1, command.run("--data-dir", journal().toString(), "import", skin.toString()));
        assertTrue(command.out().contains("1 day: 1 new"), command.out());
        assertTrue(command.err().endsWith("gutskin: nothing was imported: 1 problem in the files (fix them, or add"
                + " --valid-rows-only to import the rest)" + System.lineSeparator()), command.err());
        assertEquals(0, command.run("--data-dir", journal().toString(), "import", "--valid-rows-only", skin.toString()));
        assertTrue(command.out().endsWith("Imported 1 day." + System.lineSeparator()), command.out());
        assertEquals(0, command.run("--data-dir", journal().toString(), "import", "--valid-rows-only", skin.toString()));
        assertTrue(command.out().endsWith("Imported 0 days (1 day already in the journal was skipped)."
                + System.lineSeparator()), command.out());
    }
}
