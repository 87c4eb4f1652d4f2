-- Version 1: the journal of days. Dates are ISO yyyy-MM-dd, times HH:mm.
-- What was not logged has no row (or a NULL column), never a zero.

CREATE TABLE meal (
    id          INTEGER PRIMARY KEY,
    date        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    time        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('breakfast', 'lunch', 'dinner', 'snack', 'drink')),
    description TEXT    NOT NULL
);
CREATE INDEX meal_by_date ON meal (date, position);

CREATE TABLE meal_item (
    meal_id  INTEGER NOT NULL REFERENCES meal (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    food     TEXT    NOT NULL,
    quantity REAL    NOT NULL CHECK (quantity >= 0),
    unit     TEXT    NOT NULL,
    PRIMARY KEY (meal_id, position)
);
CREATE INDEX meal_item_by_food ON meal_item (food);

CREATE TABLE sleep (
    date      TEXT PRIMARY KEY,
    bed_time  TEXT    NOT NULL,
    wake_time TEXT    NOT NULL,
    quality   INTEGER NOT NULL CHECK (quality BETWEEN 1 AND 5)
);

CREATE TABLE stress (
    date     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    time     TEXT    NOT NULL,
    level    INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    note     TEXT,
    PRIMARY KEY (date, position)
);

CREATE TABLE skin (
    date      TEXT PRIMARY KEY,
    overall   INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),
    acne      INTEGER CHECK (acne BETWEEN 0 AND 3),
    redness   INTEGER CHECK (redness BETWEEN 0 AND 3),
    dryness   INTEGER CHECK (dryness BETWEEN 0 AND 3),
    itch      INTEGER CHECK (itch BETWEEN 0 AND 3),
    eczema    INTEGER CHECK (eczema BETWEEN 0 AND 3),
    psoriasis INTEGER CHECK (psoriasis BETWEEN 0 AND 3),
    rash      INTEGER CHECK (rash BETWEEN 0 AND 3),
    oiliness  INTEGER CHECK (oiliness BETWEEN 0 AND 3),
    dullness  INTEGER CHECK (dullness BETWEEN 0 AND 3),
    areas     TEXT,
    note      TEXT
);

CREATE TABLE habit (
    key      TEXT PRIMARY KEY,
    name     TEXT    NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('yes_no', 'number')),
    built_in INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
);
INSERT INTO habit (key, name, kind, built_in, position) VALUES
    ('probiotic', 'Probiotic supplement', 'yes_no', 1, 0),
    ('antibiotic', 'Antibiotic course', 'yes_no', 1, 1),
    ('alcohol_units', 'Alcohol units', 'number', 1, 2);

CREATE TABLE habit_value (
    date  TEXT NOT NULL,
    habit TEXT NOT NULL REFERENCES habit (key) ON UPDATE CASCADE,
    value REAL NOT NULL CHECK (value >= 0),
    PRIMARY KEY (date, habit)
);

CREATE TABLE day_note (
    date TEXT PRIMARY KEY,
    note TEXT NOT NULL
);
