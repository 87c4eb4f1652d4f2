package org.gutskin.ui.common;

import javafx.scene.Scene;

/** Work that waits for a scene's next pulse to lay out what is in it. */
public final class AfterLayout {
    private AfterLayout() {
    }

    /**
     * Runs {@code action} once, on the FX thread, right after the scene's next layout pass: what
     * the scene holds is then laid out and is drawn in the same pulse.
     */
    public static void run(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
