package org.gutskin.ui.today;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Today's columns for the window's width: three (meals and note · sleep, stress, skin · habits and
 * the week) where they fit, else two, the habits under the skin and the week under the note.
 * Each column scrolls on its own.
 */
final class TodayColumns {
    /**
     * Below this width of the view the third column's parts move into the other two: the three
     * columns' least widths and the gaps between them (TodayView.fxml), so that none is squeezed
     * below what its cards need. The columns' row claims no least width of its own, so that the
     * view can become narrower than three columns and this can notice.
     */
    static final double THREE_COLUMNS_FROM = 340 + 360 + 300 + 2 * 14;

    private final VBox first;
    private final VBox second;
    private final ScrollPane thirdScroll;
    private final VBox third;
    private final Node habits;
    private final Node week;
    private boolean three = true;

    TodayColumns(VBox first, VBox second, ScrollPane thirdScroll, VBox third, Node habits, Node week) {
        this.first = first;
        this.second = second;
        this.thirdScroll = thirdScroll;
        this.third = third;
        this.habits = habits;
        this.week = week;
    }

    /** Follows {@code view}'s width from now on. */
    void follow(Region view) {
        view.widthProperty().addListener((observable, was, now) -> arrange(now.doubleValue()));
        arrange(view.getWidth());
    }

    /** Scrolls the column holding {@code node} so that it shows, when it is out of sight. */
    static void scrollTo(Node node) {
        ScrollPane scroll = null;
        for (Node at = node.getParent(); at != null && scroll == null; at = at.getParent()) {
            if (at instanceof ScrollPane pane) {
                scroll = pane;
            }
        }
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        double shownFrom = scroll.getVvalue() * (contentHeight - viewport);
        if (top < shownFrom || top + node.getBoundsInLocal().getHeight() > shownFrom + viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (top - 24) / (contentHeight - viewport))));
        }
    }

    void arrange(double width) {
        boolean fits = width == 0 || width >= THREE_COLUMNS_FROM;
        if (fits == three) {
            return;
        }
        three = fits;
        if (three) {
            second.getChildren().remove(habits);
            first.getChildren().remove(week);
            third.getChildren().setAll(habits, week);
        } else {
            third.getChildren().clear();
            second.getChildren().add(habits);
            first.getChildren().add(week);
        }
        thirdScroll.setVisible(three);
        thirdScroll.setManaged(three);
    }
}
