package org.gutskin.ui;

import java.io.File;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.stage.Window;
import org.gutskin.ui.common.FileDialogs;

/** File dialogs answered by the test: each question takes the next answer given, or is cancelled. */
public final class ScriptedDialogs implements FileDialogs {
    private final Deque<File> answers = new ArrayDeque<>();
    private final Deque<String> asked = new ArrayDeque<>();

    /** The next dialog, of whatever kind, chooses {@code file}. */
    public void answer(File file) {
        answers.add(file);
    }

    /** What the dialogs asked, in order: "save gutskin-trends-2026-06-15.png", "folder", "open". */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public File saveFile(Window owner, String initialName) {
        asked.add("save " + initialName);
        return answers.poll();
    }

    @Override
    public File chooseFolder(Window owner) {
        asked.add("folder");
        return answers.poll();
    }

    @Override
    public List<File> openFiles(Window owner, String description, List<String> patterns) {
        asked.add("open");
        File file = answers.poll();
        return file == null ? null : List.of(file);
    }
}
