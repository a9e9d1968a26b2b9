package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// File is what the store knows of one page file.
type File struct {
	Path    string
	Size    int64
	ModTime time.Time
	Hash    string // hex SHA-256 of the bytes
}

// Entry is one piece of a page as the publisher hands it to the store.
type Entry struct {
	ID         string // from article.Page.IDs
	Piece      article.Piece
	PageDate   article.Date
	PageNumber string
	PageName   string
	Position   int // order within the page, from 0
	// Published is the page's date in the paper's zone when the page states
	// it; zero means the time the article is first seen.
	Published time.Time
}

// Result says what a write did to the articles, by id: for logging and for
// re-rendering only what changed.
type Result struct {
	Added   []string // new articles
	Updated []string // known articles whose content changed (they get a new updated time)
	Moved   []string // unchanged articles now at another position in their page
	Hidden  []string // articles no file links any more
	Shown   []string // hidden articles a file links again
}

// Changed reports whether the write changed anything a feed shows.
func (r Result) Changed() bool {
	return len(r.Added)+len(r.Updated)+len(r.Moved)+len(r.Hidden)+len(r.Shown) > 0
}

// writeStmts are the prepared statements of the writing connection.
type writeStmts struct {
	upsertFile    *sql.Stmt
	fileID        *sql.Stmt
	touchFile     *sql.Stmt
	deleteFile    *sql.Stmt
	fileLinks     *sql.Stmt
	lookup        *sql.Stmt
	insert        *sql.Stmt
	update        *sql.Stmt
	move          *sql.Stmt
	show          *sql.Stmt
	hide          *sql.Stmt
	link          *sql.Stmt
	unlink        *sql.Stmt
	unlinkFile    *sql.Stmt
	linked        *sql.Stmt
	ftsInsert     *sql.Stmt
	ftsDelete     *sql.Stmt
	authorInsert  *sql.Stmt
	authorsDelete *sql.Stmt
	authorName    *sql.Stmt
	authorCount   *sql.Stmt
	lastFKey      *sql.Stmt
}

func (ws *writeStmts) prepare(ctx context.Context, db *sql.DB) error {
	return prepareAll(ctx, db, map[**sql.Stmt]string{
		&ws.upsertFile: `INSERT INTO files (path, size, mtime, hash) VALUES (?1, ?2, ?3, ?4)
			ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash
			RETURNING id`,
		&ws.fileID:     `SELECT id FROM files WHERE path = ?1`,
		&ws.touchFile:  `UPDATE files SET size = ?2, mtime = ?3 WHERE path = ?1 AND hash = ?4`,
		&ws.deleteFile: `DELETE FROM files WHERE id = ?1`,
		&ws.fileLinks:  `SELECT article FROM links WHERE file_id = ?1`,
		&ws.lookup:     `SELECT seq, fkey, sum, position, visible FROM articles WHERE id = ?1`,
		&ws.insert: `INSERT INTO articles (id, visible, published, first_seen, updated, page_date, page_number,
				page_key, page_name, position, sum, piece, fkey)
			VALUES (?1, 1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING seq`,
		&ws.lastFKey: `SELECT max(fkey) FROM articles WHERE fkey BETWEEN ?1 AND ?2`,
		&ws.update: `UPDATE articles SET updated = ?2, page_date = ?3, page_number = ?4, page_key = ?5,
				page_name = ?6, position = ?7, sum = ?8, piece = ?9
			WHERE seq = ?1`,
		&ws.move:       `UPDATE articles SET position = ?2 WHERE seq = ?1`,
		&ws.show:       `UPDATE articles SET visible = 1, hidden_at = 0 WHERE seq = ?1`,
		&ws.hide:       `UPDATE articles SET visible = 0, hidden_at = ?2 WHERE seq = ?1 RETURNING id`,
		&ws.link:       `INSERT INTO links (file_id, article, position) VALUES (?1, ?2, ?3) ON CONFLICT DO UPDATE SET position = excluded.position`,
		&ws.unlink:     `DELETE FROM links WHERE file_id = ?1 AND article = ?2`,
		&ws.unlinkFile: `DELETE FROM links WHERE file_id = ?1`,
		&ws.linked:     `SELECT EXISTS (SELECT 1 FROM links WHERE article = ?1)`,
		// One statement each for the whole transaction: FTS5 flushes its
		// pending index to a new segment at every statement savepoint, so
		// row-by-row writes would cost a segment (and merges) per article.
		&ws.ftsInsert:     `INSERT INTO search (rowid, text) SELECT value ->> 0, value ->> 1 FROM json_each(?1)`,
		&ws.ftsDelete:     `DELETE FROM search WHERE rowid IN (SELECT value FROM json_each(?1))`,
		&ws.authorInsert:  `INSERT OR IGNORE INTO authors (key, article, name) VALUES (?1, ?2, ?3)`,
		&ws.authorsDelete: `DELETE FROM authors WHERE article = ?1`,
		&ws.authorName:    `INSERT INTO author_names (key, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING`,
		&ws.authorCount:   `UPDATE author_names SET visible = visible + ?2 WHERE key IN (SELECT key FROM authors WHERE article = ?1)`,
	})
}

func (ws *writeStmts) close() {
	closeAll(ws.upsertFile, ws.fileID, ws.touchFile, ws.deleteFile, ws.fileLinks, ws.lookup, ws.insert,
		ws.update, ws.move, ws.show, ws.hide, ws.link, ws.unlink, ws.unlinkFile, ws.linked, ws.ftsInsert,
		ws.ftsDelete, ws.authorInsert, ws.authorsDelete, ws.authorName, ws.authorCount, ws.lastFKey)
}

// prepared is an Entry made ready for the database outside the transaction:
// encoded, hashed, tokenized.
type prepared struct {
	*Entry
	sum     []byte
	piece   []byte
	text    string
	pageKey []byte
}

func (s *Store) prepareEntries(entries []Entry) ([]prepared, error) {
	out := make([]prepared, 0, len(entries))
	seen := make(map[string]bool, len(entries))
	for i := range entries {
		e := &entries[i]
		if e.ID == "" {
			return nil, fmt.Errorf("%w: entry %d has no id", ErrInvalid, i)
		}
		if seen[e.ID] {
			// The same id twice in one page: the first one stands.
			continue
		}
		seen[e.ID] = true
		piece, err := s.codec.encode(&e.Piece)
		if err != nil {
			return nil, fmt.Errorf("entry %s: %w", e.ID, err)
		}
		out = append(out, prepared{
			Entry:   e,
			sum:     contentSum(e),
			piece:   piece,
			text:    pieceText(&e.Piece),
			pageKey: pageKey(e.PageNumber),
		})
	}
	return out, nil
}

// PutFile records that file f holds exactly entries, in one transaction.
//
// The file's row is created or updated. An unknown id is inserted with
// first_seen and updated at now, and published at Entry.Published or now. A
// known id whose content (piece and page facts) changed gets the new content
// and updated = now; its published and first_seen never change. An unchanged
// one is left alone, but for its position. The file is linked to exactly
// these ids; ids it linked before and no longer does are unlinked, and
// hidden when no other file links them. Hidden articles linked again are
// shown again with the dates they had.
func (s *Store) PutFile(ctx context.Context, f File, entries []Entry, now time.Time) (Result, error) {
	return s.PutFiles(ctx, []Put{{File: f, Entries: entries, Now: now}})
}

// Put is one file's part of PutFiles.
type Put struct {
	File    File
	Entries []Entry
	Now     time.Time
}

// PutFiles applies several PutFile calls, in order, in one transaction:
// for the first pass over a folder, where batches of about a hundred files
// take half the time of one transaction per file. The Result lists every change in order; an id
// can appear in more than one list when the files disagree.
func (s *Store) PutFiles(ctx context.Context, puts []Put) (Result, error) {
	preps := make([][]prepared, len(puts))
	for i, p := range puts {
		if p.File.Path == "" || p.Now.IsZero() {
			return Result{}, fmt.Errorf("%w: put file %q at %v", ErrInvalid, p.File.Path, p.Now)
		}
		var err error
		if preps[i], err = s.prepareEntries(p.Entries); err != nil {
			return Result{}, s.wrap(fmt.Errorf("store: put %s: %w", p.File.Path, err))
		}
	}
	var res Result
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res = Result{}
		fts := newFTSBatch()
		for i, p := range puts {
			if err := s.putFile(ctx, tx, p.File, preps[i], p.Now.UnixNano(), &res, fts); err != nil {
				return fmt.Errorf("%s: %w", p.File.Path, err)
			}
		}
		return fts.flush(ctx, tx, &s.ws)
	})
	if err != nil {
		return Result{}, s.wrap(fmt.Errorf("store: put: %w", err))
	}
	return res, nil
}

func (s *Store) putFile(ctx context.Context, tx *sql.Tx, f File, preps []prepared, now int64, res *Result, fts *ftsBatch) error {
	st := func(stmt *sql.Stmt) *sql.Stmt { return tx.StmtContext(ctx, stmt) }
	var fileID int64
	if err := st(s.ws.upsertFile).QueryRowContext(ctx, f.Path, f.Size, f.ModTime.UnixNano(), f.Hash).Scan(&fileID); err != nil {
		return fmt.Errorf("file row: %w", err)
	}
	old, err := s.fileLinks(ctx, tx, fileID)
	if err != nil {
		return err
	}
	for i := range preps {
		p := &preps[i]
		seq, err := s.putArticle(ctx, tx, p, now, res, fts)
		if err != nil {
			return fmt.Errorf("article %s: %w", p.ID, err)
		}
		if _, err := st(s.ws.link).ExecContext(ctx, fileID, seq, p.Position); err != nil {
			return fmt.Errorf("link %s: %w", p.ID, err)
		}
		delete(old, seq)
	}
	gone := make([]int64, 0, len(old))
	for seq := range old {
		gone = append(gone, seq)
	}
	slices.Sort(gone)
	for _, seq := range gone {
		if _, err := st(s.ws.unlink).ExecContext(ctx, fileID, seq); err != nil {
			return fmt.Errorf("unlink: %w", err)
		}
	}
	return s.hideOrphans(ctx, tx, gone, now, res)
}

// ftsBatch gathers a transaction's full-text writes, to run last, in one
// statement each: FTS5 flushes its pending index to a new segment at every
// statement savepoint, so row-by-row writes would cost a segment (and
// merges) per article.
type ftsBatch struct {
	deletes []int64          // rows (full-text keys) indexed before this transaction, to drop
	added   map[int64]bool   // rows first indexed in this transaction
	texts   map[int64]string // the text to index, by row
	order   []int64          // rows of texts, in order
}

func newFTSBatch() *ftsBatch {
	return &ftsBatch{added: make(map[int64]bool), texts: make(map[int64]string)}
}

// set queues text as row seq's indexed text; replace says the row had text
// before (in the database or in this batch).
func (b *ftsBatch) set(seq int64, text string, replace bool) {
	if replace && !b.added[seq] {
		if _, queued := b.texts[seq]; !queued {
			b.deletes = append(b.deletes, seq)
		}
	}
	if !replace {
		b.added[seq] = true
	}
	if _, queued := b.texts[seq]; !queued {
		b.order = append(b.order, seq)
	}
	b.texts[seq] = text
}

func (b *ftsBatch) flush(ctx context.Context, tx *sql.Tx, ws *writeStmts) error {
	if len(b.deletes) > 0 {
		js, err := json.Marshal(b.deletes)
		if err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
		if _, err := tx.StmtContext(ctx, ws.ftsDelete).ExecContext(ctx, string(js)); err != nil {
			return fmt.Errorf("unindex: %w", err)
		}
	}
	if len(b.order) > 0 {
		rows := make([][2]any, len(b.order))
		for i, seq := range b.order {
			rows[i] = [2]any{seq, b.texts[seq]}
		}
		js, err := json.Marshal(rows)
		if err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if _, err := tx.StmtContext(ctx, ws.ftsInsert).ExecContext(ctx, string(js)); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	return nil
}

// putArticle inserts or updates one article and returns its seq.
func (s *Store) putArticle(ctx context.Context, tx *sql.Tx, p *prepared, now int64, res *Result, fts *ftsBatch) (int64, error) {
	st := func(stmt *sql.Stmt) *sql.Stmt { return tx.StmtContext(ctx, stmt) }
	var (
		seq, fkey int64
		sum       []byte
		position  int
		visible   bool
	)
	err := st(s.ws.lookup).QueryRowContext(ctx, p.ID).Scan(&seq, &fkey, &sum, &position, &visible)
	if errors.Is(err, sql.ErrNoRows) {
		published := now
		if !p.Published.IsZero() {
			published = p.Published.UnixNano()
		}
		if fkey, err = s.nextFKey(ctx, tx, published); err != nil {
			return 0, err
		}
		err := st(s.ws.insert).QueryRowContext(ctx, p.ID, published, now, p.PageDate.String(), p.PageNumber,
			p.pageKey, p.PageName, p.Position, p.sum, p.piece, fkey).Scan(&seq)
		if err != nil {
			return 0, fmt.Errorf("insert: %w", err)
		}
		if err := s.index(ctx, tx, seq, fkey, p, false, true, fts); err != nil {
			return 0, err
		}
		res.Added = append(res.Added, p.ID)
		return seq, nil
	}
	if err != nil {
		return 0, fmt.Errorf("lookup: %w", err)
	}
	switch {
	case !bytes.Equal(sum, p.sum):
		_, err := st(s.ws.update).ExecContext(ctx, seq, now, p.PageDate.String(), p.PageNumber, p.pageKey,
			p.PageName, p.Position, p.sum, p.piece)
		if err != nil {
			return 0, fmt.Errorf("update: %w", err)
		}
		if err := s.index(ctx, tx, seq, fkey, p, true, visible, fts); err != nil {
			return 0, err
		}
		res.Updated = append(res.Updated, p.ID)
	case position != p.Position:
		if _, err := st(s.ws.move).ExecContext(ctx, seq, p.Position); err != nil {
			return 0, fmt.Errorf("move: %w", err)
		}
		res.Moved = append(res.Moved, p.ID)
	}
	if !visible {
		if _, err := st(s.ws.show).ExecContext(ctx, seq); err != nil {
			return 0, fmt.Errorf("show: %w", err)
		}
		if _, err := st(s.ws.authorCount).ExecContext(ctx, seq, 1); err != nil {
			return 0, fmt.Errorf("show: authors: %w", err)
		}
		res.Shown = append(res.Shown, p.ID)
	}
	return seq, nil
}

// fkeyBits is the width of the counter within one published second in an
// article's full-text key.
const fkeyBits = 22

// fkeyGroup returns the first full-text key of the published second of
// published (Unix nanoseconds).
func fkeyGroup(published int64) int64 {
	sec := published / 1e9
	if published < 0 && published%1e9 != 0 {
		sec-- // floor, so the order holds before 1970 too
	}
	const limit = 1 << (62 - fkeyBits)
	sec = max(min(sec, limit-1), -limit)
	return sec << fkeyBits
}

// nextFKey returns a free full-text key for an article published at
// published: the next counter value in its second.
func (s *Store) nextFKey(ctx context.Context, tx *sql.Tx, published int64) (int64, error) {
	lo := fkeyGroup(published)
	hi := lo + 1<<fkeyBits - 1
	var last sql.NullInt64
	if err := tx.StmtContext(ctx, s.ws.lastFKey).QueryRowContext(ctx, lo, hi).Scan(&last); err != nil {
		return 0, fmt.Errorf("full-text key: %w", err)
	}
	if !last.Valid {
		return lo, nil
	}
	if last.Int64 == hi {
		return 0, fmt.Errorf("full-text key: more than %d articles published in one second", 1<<fkeyBits)
	}
	return last.Int64 + 1, nil
}

// index (re)writes an article's author rows, keeping the visible counts of
// author_names when the article is visible, and queues its full-text row.
func (s *Store) index(ctx context.Context, tx *sql.Tx, seq, fkey int64, p *prepared, replace, visible bool, fts *ftsBatch) error {
	st := func(stmt *sql.Stmt) *sql.Stmt { return tx.StmtContext(ctx, stmt) }
	if replace {
		if visible {
			if _, err := st(s.ws.authorCount).ExecContext(ctx, seq, -1); err != nil {
				return fmt.Errorf("authors: %w", err)
			}
		}
		if _, err := st(s.ws.authorsDelete).ExecContext(ctx, seq); err != nil {
			return fmt.Errorf("authors: %w", err)
		}
	}
	fts.set(fkey, p.text, replace)
	for _, a := range p.Piece.Authors {
		key := authorKey(a.Name)
		if key == "" {
			continue
		}
		if _, err := st(s.ws.authorInsert).ExecContext(ctx, key, seq, a.Name); err != nil {
			return fmt.Errorf("author: %w", err)
		}
		if _, err := st(s.ws.authorName).ExecContext(ctx, key, a.Name); err != nil {
			return fmt.Errorf("author: %w", err)
		}
	}
	if visible {
		if _, err := st(s.ws.authorCount).ExecContext(ctx, seq, 1); err != nil {
			return fmt.Errorf("authors: %w", err)
		}
	}
	return nil
}

func (s *Store) fileLinks(ctx context.Context, tx *sql.Tx, fileID int64) (map[int64]struct{}, error) {
	rows, err := tx.StmtContext(ctx, s.ws.fileLinks).QueryContext(ctx, fileID)
	if err != nil {
		return nil, fmt.Errorf("links: %w", err)
	}
	defer rows.Close()
	old := make(map[int64]struct{})
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, fmt.Errorf("links: %w", err)
		}
		old[seq] = struct{}{}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("links: %w", err)
	}
	return old, nil
}

// hideOrphans hides those of seqs that no file links any more.
func (s *Store) hideOrphans(ctx context.Context, tx *sql.Tx, seqs []int64, now int64, res *Result) error {
	st := func(stmt *sql.Stmt) *sql.Stmt { return tx.StmtContext(ctx, stmt) }
	for _, seq := range seqs {
		var linked bool
		if err := st(s.ws.linked).QueryRowContext(ctx, seq).Scan(&linked); err != nil {
			return fmt.Errorf("linked: %w", err)
		}
		if linked {
			continue
		}
		var id string
		if err := st(s.ws.hide).QueryRowContext(ctx, seq, now).Scan(&id); err != nil {
			return fmt.Errorf("hide: %w", err)
		}
		if _, err := st(s.ws.authorCount).ExecContext(ctx, seq, -1); err != nil {
			return fmt.Errorf("hide: authors: %w", err)
		}
		res.Hidden = append(res.Hidden, id)
	}
	return nil
}

// RemoveFile forgets the file at path: its articles are unlinked, and those
// no other file links are hidden (kept with their dates, shown again when a
// file links them). Removing an unknown file does nothing.
func (s *Store) RemoveFile(ctx context.Context, path string, now time.Time) (Result, error) {
	if path == "" || now.IsZero() {
		return Result{}, fmt.Errorf("%w: remove file %q at %v", ErrInvalid, path, now)
	}
	var res Result
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res = Result{}
		st := func(stmt *sql.Stmt) *sql.Stmt { return tx.StmtContext(ctx, stmt) }
		var fileID int64
		err := st(s.ws.fileID).QueryRowContext(ctx, path).Scan(&fileID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("file row: %w", err)
		}
		old, err := s.fileLinks(ctx, tx, fileID)
		if err != nil {
			return err
		}
		if _, err := st(s.ws.unlinkFile).ExecContext(ctx, fileID); err != nil {
			return fmt.Errorf("unlink: %w", err)
		}
		if _, err := st(s.ws.deleteFile).ExecContext(ctx, fileID); err != nil {
			return fmt.Errorf("delete file row: %w", err)
		}
		gone := make([]int64, 0, len(old))
		for seq := range old {
			gone = append(gone, seq)
		}
		slices.Sort(gone)
		return s.hideOrphans(ctx, tx, gone, now.UnixNano(), &res)
	})
	if err != nil {
		return Result{}, s.wrap(fmt.Errorf("store: remove %s: %w", path, err))
	}
	return res, nil
}

// TouchFile records a new size and modification time for a known file whose
// bytes (f.Hash) are unchanged, so the next start skips it on size and time
// alone. A file unknown with that hash is ErrNotFound: put it instead.
func (s *Store) TouchFile(ctx context.Context, f File) error {
	if f.Path == "" {
		return fmt.Errorf("%w: touch file with no path", ErrInvalid)
	}
	var n int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		r, err := tx.StmtContext(ctx, s.ws.touchFile).ExecContext(ctx, f.Path, f.Size, f.ModTime.UnixNano(), f.Hash)
		if err != nil {
			return err
		}
		n, err = r.RowsAffected()
		return err
	})
	if err != nil {
		return s.wrap(fmt.Errorf("store: touch %s: %w", f.Path, err))
	}
	if n == 0 {
		return s.wrap(fmt.Errorf("store: touch %s: %w", f.Path, ErrNotFound))
	}
	return nil
}
