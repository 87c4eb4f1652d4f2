-- The person's settings (theme, first day of the week, alcohol unit, symptoms shown, reminders),
-- one text value a key, as journal/Settings reads and writes them; a key not here has its default.
-- (app_setting keeps the app's own facts, such as which food knowledge tagged the meals.)
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Days the person said they do not remember (Today's catch-up strip): still not logged, never
-- zero, but no longer offered for catching up.
CREATE TABLE skipped_day (
    date TEXT PRIMARY KEY
);
