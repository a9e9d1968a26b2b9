package store

import (
	"context"
	"database/sql"
	"fmt"

	sqlite3 "modernc.org/sqlite/lib"
)

// migration is one step of the schema's history. PRAGMA user_version holds
// the number of steps applied; steps are never edited once released, only
// appended.
type migration struct {
	name string
	sql  string
}

// migrations returns the schema's history, oldest first.
func migrations() []migration {
	return []migration{
		{name: "initial schema", sql: schemaV1},
	}
}

// schemaV1 is the first schema.
//
// Times are Unix nanoseconds. articles.seq is the arrival order (rowids are
// never reused: articles are hidden, never deleted) and fixes each article's
// archive document. The partial index articles_recent serves Recent and
// Count without touching hidden rows.
//
// The full-text index is contentless (the text lives compressed in
// articles.piece only) and its rowid is articles.fkey: the published time in
// seconds shifted left by fkeyBits, plus a counter within that second, so
// that FTS5 hands out matches newest first and Search can stop early.
//
// author_names has one row per author key with the number of visible
// articles crediting it, so Authors need not visit every credit.
const schemaV1 = `
CREATE TABLE files (
	id    INTEGER PRIMARY KEY,
	path  TEXT    NOT NULL UNIQUE,
	size  INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	hash  TEXT    NOT NULL
);

CREATE TABLE articles (
	seq         INTEGER PRIMARY KEY,
	id          TEXT    NOT NULL UNIQUE,
	visible     INTEGER NOT NULL,
	published   INTEGER NOT NULL,
	first_seen  INTEGER NOT NULL,
	updated     INTEGER NOT NULL,
	hidden_at   INTEGER NOT NULL DEFAULT 0,
	page_date   TEXT    NOT NULL,
	page_number TEXT    NOT NULL,
	page_key    BLOB    NOT NULL,
	page_name   TEXT    NOT NULL,
	position    INTEGER NOT NULL,
	sum         BLOB    NOT NULL,
	piece       BLOB    NOT NULL,
	fkey        INTEGER NOT NULL UNIQUE
);

CREATE INDEX articles_recent ON articles (published DESC, page_key, position, seq) WHERE visible = 1;

CREATE TABLE links (
	file_id  INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
	article  INTEGER NOT NULL REFERENCES articles (seq),
	position INTEGER NOT NULL,
	PRIMARY KEY (file_id, article)
) WITHOUT ROWID;

CREATE INDEX links_article ON links (article);

CREATE TABLE authors (
	key     TEXT    NOT NULL,
	article INTEGER NOT NULL REFERENCES articles (seq),
	name    TEXT    NOT NULL,
	PRIMARY KEY (key, article)
) WITHOUT ROWID;

CREATE INDEX authors_article ON authors (article);

CREATE TABLE author_names (
	key     TEXT    PRIMARY KEY,
	name    TEXT    NOT NULL,
	visible INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE VIRTUAL TABLE search USING fts5 (
	text,
	content = '',
	contentless_delete = 1,
	tokenize = 'ascii'
);
`

// migrate brings the schema up to date, one transaction per step. It
// reports whether the database was empty (version 0) before. A version newer
// than this code knows is ErrUnusable.
func migrate(ctx context.Context, db *sql.DB) (created bool, err error) {
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, err
	}
	steps := migrations()
	if version > len(steps) {
		return false, fmt.Errorf("%w: schema version %d is newer than this program's %d", ErrUnusable, version, len(steps))
	}
	if version == 0 {
		// A database without our version but with tables is someone else's.
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
			return false, err
		}
		if n > 0 {
			return false, fmt.Errorf("%w: unversioned database with %d schema objects", ErrUnusable, n)
		}
	}
	for i := version; i < len(steps); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return false, err
		}
		if _, err := tx.ExecContext(ctx, steps[i].sql); err != nil {
			tx.Rollback()
			if sqliteCode(err) == sqlite3.SQLITE_ERROR {
				// The statements are fixed, so a plain SQL error means the
				// schema they meet is not the one they were written for.
				return false, fmt.Errorf("%w: migration %d (%s): %v", ErrUnusable, i+1, steps[i].name, err)
			}
			return false, fmt.Errorf("migration %d (%s): %w", i+1, steps[i].name, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return false, fmt.Errorf("migration %d (%s): %w", i+1, steps[i].name, err)
		}
		if err := tx.Commit(); err != nil {
			return false, fmt.Errorf("migration %d (%s): %w", i+1, steps[i].name, err)
		}
	}
	return version == 0, nil
}
