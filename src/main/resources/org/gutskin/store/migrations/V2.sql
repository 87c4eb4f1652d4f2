-- Version 2: the user's own food knowledge, laid over the shipped knowledge base.

-- A food the user added, or a shipped food the user re-tagged (same name: the user's row wins).
CREATE TABLE user_food (
    name          TEXT PRIMARY KEY,
    synonyms      TEXT    NOT NULL DEFAULT '',
    food_group    TEXT    NOT NULL DEFAULT 'custom',
    nova          INTEGER CHECK (nova BETWEEN 1 AND 4),
    tags          TEXT    NOT NULL DEFAULT '',
    live_cultures INTEGER CHECK (live_cultures IN (0, 1)),
    alcohol_units REAL    NOT NULL DEFAULT 0 CHECK (alcohol_units >= 0),
    plants        TEXT    NOT NULL DEFAULT ''
);

-- "When I write this phrase I mean that food": the user's corrections of what was recognised.
CREATE TABLE food_alias (
    phrase TEXT PRIMARY KEY,
    food   TEXT NOT NULL
);

-- Small facts the app keeps about itself, e.g. which knowledge the meal items were tagged with.
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
