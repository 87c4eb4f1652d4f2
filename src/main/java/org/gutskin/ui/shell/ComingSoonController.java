package org.gutskin.ui.shell;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** An honest panel for a section that is not built yet: it says what will be there and does nothing else. */
public final class ComingSoonController {
    @FXML
    private Label title;
    @FXML
    private Label description;
    @FXML
    private ResourceBundle resources;

    public void show(Section section) {
        title.setText(resources.getString(section.key()));
        description.setText(resources.getString(section.key() + ".planned"));
    }
}
