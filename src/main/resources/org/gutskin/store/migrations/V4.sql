-- Marks the file as a Gutskin journal in SQLite's header (application id "GSKJ"), so that no
-- command ever mistakes another app's SQLite database for a journal, or a journal for one.
PRAGMA application_id = 1196641098;
