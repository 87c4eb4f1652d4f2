package org.gutskin.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for start-up: the smallest JavaFX window, started the same way as the app. */
public final class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), 400, 300));
        stage.setOnShown(event -> {
            System.out.println("probe shown " + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
            Platform.exit();
        });
        stage.show();
    }

    /** Started through a plain main, as the app's Launcher starts the app. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
