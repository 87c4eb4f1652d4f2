-- Where the encrypted second copy of the journal goes, and the key its passphrase gave (the
-- passphrase itself is never stored), when the last copy was made and why the last try failed.
-- One row at most; the journal id names this journal's copies in a folder several journals may
-- share, and stays when the copies are turned off and on again. The copies themselves never hold
-- this row.
CREATE TABLE second_copy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    journal_id TEXT NOT NULL,
    folder TEXT,
    s2k_salt BLOB,
    s2k_count INTEGER,
    key BLOB,
    last_copy TEXT,
    last_problem TEXT,
    CHECK ((folder IS NULL) = (key IS NULL) AND (key IS NULL) = (s2k_salt IS NULL)
           AND (s2k_salt IS NULL) = (s2k_count IS NULL))
);
