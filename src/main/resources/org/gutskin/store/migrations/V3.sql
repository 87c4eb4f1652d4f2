-- Version 3: meals the user marked as favourites, for logging them again in one click.
CREATE TABLE favourite_meal (
    description TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('breakfast', 'lunch', 'dinner', 'snack', 'drink'))
);
