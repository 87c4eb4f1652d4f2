package org.gutskin.ui.common;

import java.io.File;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file dialogs, behind a seam so that a test can answer them. Each returns null when cancelled. */
public interface FileDialogs {
    /** Asks where to save a new file, suggesting {@code initialName}. */
    File saveFile(Window owner, String initialName);

    /** Asks for a folder. */
    File chooseFolder(Window owner);

    /** Asks for one or more files to open, of the kinds {@code patterns} ("*.csv") describe. */
    List<File> openFiles(Window owner, String description, List<String> patterns);

    /** The dialogs of the platform the app runs on. */
    static FileDialogs platform() {
        return new FileDialogs() {
            @Override
            public File saveFile(Window owner, String initialName) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(initialName);
                return chooser.showSaveDialog(owner);
            }

            @Override
            public File chooseFolder(Window owner) {
                return new DirectoryChooser().showDialog(owner);
            }

            @Override
            public List<File> openFiles(Window owner, String description, List<String> patterns) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
                return chooser.showOpenMultipleDialog(owner);
            }
        };
    }
}
