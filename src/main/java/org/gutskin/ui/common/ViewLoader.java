package org.gutskin.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML and gives it a controller built by the composition root. By convention
 * {@code org.gutskin.ui.today.TodayController} goes with {@code org/gutskin/ui/today/TodayView.fxml}.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers;
    private final ResourceBundle bundle;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers, ResourceBundle bundle) {
        this.controllers = Map.copyOf(controllers);
        this.bundle = bundle;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(Class<C> controllerType) {
        FXMLLoader loader = new FXMLLoader(fxmlFor(controllerType), bundle);
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view of " + controllerType.getSimpleName(), e);
        }
    }

    static URL fxmlFor(Class<?> controllerType) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL url = controllerType.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing " + name + " beside " + controllerType.getName());
        }
        return url;
    }

    private Object create(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
