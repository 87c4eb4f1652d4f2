package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.gutskin.app.App;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.exchange.ExportFormat;
import org.gutskin.exchange.JournalExporter;
import org.gutskin.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code gutskin export --format journal|daily|foods --out PATH}: CSV reports and the lossless journal. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the journal as CSV (format: docs/csv-format.md).%n"
                + "journal: a folder, or a .zip, that imports back losslessly; daily: one row per day with every"
                + " daily feature; foods: one row per food eaten.")
public final class ExportCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "journal, daily or foods.", converter = FormatConverter.class)
    private ExportFormat format;
    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write: a folder or a .zip for journal, a .csv file for daily and foods.")
    private Path out;
    @Mixin
    private DateRange range;
    @Option(names = "--bom", description = "Start each file with a UTF-8 byte-order mark, so Excel reads it right.")
    private boolean bom;
    @Option(names = "--overwrite", description = "Replace the file or folder at PATH if there is one already.")
    private boolean overwrite;
    @Option(names = "--encrypt", description = "Encrypt with a passphrase (asked for; in a script, the first line"
            + " of standard input) in the OpenPGP format gpg opens; PATH then ends in .gpg (journal: .zip.gpg).")
    private boolean encrypt;

    /** Accepts the format in any case. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat candidate : ExportFormat.values()) {
                if (candidate.key().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new TypeConversionException("expected journal, daily or foods but was '"
                    + value + "'");
        }
    }

    @Override
    public void run() {
        range.check();
        Optional<PassphraseKey> encryption = Optional.empty();
        if (encrypt) {
            char[] passphrase = Passphrases.askNew("Passphrase for " + out.getFileName() + ": ");
            encryption = Optional.of(PassphraseKey.derive(passphrase));
            Arrays.fill(passphrase, '\0');
        }
        long rows;
        try (App app = parent.openForReading()) {
            rows = app.exchange().export(new JournalExporter.Request(format, out, range.from(), range.to(), bom,
                    overwrite, encryption), progress -> { });
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.println(Messages.text("cli.export.done", rows, format.key(), out));
        writer.flush();
    }
}
