package store

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Article is a stored article as queries return it. Its times are in UTC:
// format them in the paper's zone.
type Article struct {
	Entry // Entry.Published is filled: the page's date, else FirstSeen
	// FirstSeen is when the store first saw the article.
	FirstSeen time.Time
	// Updated is when its content last changed (FirstSeen until then).
	Updated time.Time
}

// articleCols are the columns scanArticle reads, in order.
const articleCols = `id, published, first_seen, updated, page_date, page_number, page_name, position, piece`

// recentOrder is the feeds' order: newest first, then page order.
const recentOrder = `ORDER BY published DESC, page_key, position, seq`

// searchQuery returns matches newest first by full-text key, which orders
// by the published second; search reads on until the second of its last
// wanted row is complete. CROSS JOIN keeps the full-text index the outer
// loop whatever the planner's statistics say.
func searchQuery() string {
	return `SELECT a.seq, a.page_key, search.rowid, ` + prefixed("a.", articleCols) + `
	FROM search CROSS JOIN articles AS a ON a.fkey = search.rowid
	WHERE search MATCH ?1 AND a.visible = 1 ORDER BY search.rowid DESC`
}

// readStmts are the prepared statements of the reading connections.
type readStmts struct {
	files       *sql.Stmt
	recent      *sql.Stmt
	article     *sql.Stmt
	count       *sql.Stmt
	archive     *sql.Stmt
	archiveLast *sql.Stmt
	search      *sql.Stmt
	byAuthor    *sql.Stmt
	authors     *sql.Stmt
}

func (rs *readStmts) prepare(ctx context.Context, db *sql.DB) error {
	return prepareAll(ctx, db, map[**sql.Stmt]string{
		&rs.files:   `SELECT path, size, mtime, hash FROM files`,
		&rs.recent:  `SELECT ` + articleCols + ` FROM articles WHERE visible = 1 ` + recentOrder + ` LIMIT ?1`,
		&rs.article: `SELECT ` + articleCols + ` FROM articles WHERE id = ?1 AND visible = 1`,
		&rs.count:   `SELECT count(*) FROM articles WHERE visible = 1`,
		&rs.archive: `SELECT ` + articleCols + ` FROM articles
			WHERE seq BETWEEN ?1 AND ?2 AND visible = 1 ` + recentOrder,
		// NOT INDEXED: walk the rowids down from the newest, rather than
		// the whole partial index.
		&rs.archiveLast: `SELECT seq FROM articles NOT INDEXED WHERE visible = 1 ORDER BY seq DESC LIMIT 1`,
		&rs.search:      searchQuery(),
		&rs.byAuthor: `SELECT ` + articleCols + ` FROM articles
			WHERE visible = 1 AND seq IN (SELECT article FROM authors WHERE key = ?1) ` + recentOrder + ` LIMIT ?2`,
		&rs.authors: `SELECT name FROM author_names WHERE visible > 0 ORDER BY key`,
	})
}

func (rs *readStmts) close() {
	closeAll(rs.files, rs.recent, rs.article, rs.count, rs.archive, rs.archiveLast, rs.search, rs.byAuthor, rs.authors)
}

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

// rawArticle is a row of articleCols before its piece is decoded.
type rawArticle struct {
	a                         Article
	published, first, updated int64
	pageDate                  string
	piece                     []byte
}

// dest returns the scan destinations of articleCols.
func (r *rawArticle) dest() []any {
	return []any{&r.a.ID, &r.published, &r.first, &r.updated, &r.pageDate, &r.a.PageNumber, &r.a.PageName,
		&r.a.Position, &r.piece}
}

func (s *Store) decodeArticle(r *rawArticle) (Article, error) {
	a := r.a
	var err error
	if a.PageDate, err = parseDate(r.pageDate); err != nil {
		return Article{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	if a.Piece, err = s.codec.decode(r.piece); err != nil {
		return Article{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	a.Published, a.FirstSeen, a.Updated = unixNano(r.published), unixNano(r.first), unixNano(r.updated)
	return a, nil
}

func (s *Store) scanArticle(r rowScanner) (Article, error) {
	var raw rawArticle
	if err := r.Scan(raw.dest()...); err != nil {
		return Article{}, err
	}
	return s.decodeArticle(&raw)
}

// prefixed qualifies each of a comma-separated column list.
func prefixed(prefix, cols string) string {
	parts := strings.Split(cols, ", ")
	for i, p := range parts {
		parts[i] = prefix + p
	}
	return strings.Join(parts, ", ")
}

// queryArticles runs a prepared article query and decodes its rows.
func (s *Store) queryArticles(ctx context.Context, stmt *sql.Stmt, args ...any) ([]Article, error) {
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		a, err := s.scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Files returns every file the store knows, by path: the caller compares
// them with the folder at start to skip unchanged files.
func (s *Store) Files(ctx context.Context) (map[string]File, error) {
	rows, err := s.rs.files.QueryContext(ctx)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: files: %w", err))
	}
	defer rows.Close()
	files := make(map[string]File)
	for rows.Next() {
		var (
			f     File
			mtime int64
		)
		if err := rows.Scan(&f.Path, &f.Size, &mtime, &f.Hash); err != nil {
			return nil, s.wrap(fmt.Errorf("store: files: %w", err))
		}
		f.ModTime = time.Unix(0, mtime)
		files[f.Path] = f
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(fmt.Errorf("store: files: %w", err))
	}
	return files, nil
}

// Recent returns up to limit visible articles, newest first by Published,
// then by page number in natural order (2 < 10, A2 < A10, no number last),
// then by position in the page. limit <= 0 returns nothing.
func (s *Store) Recent(ctx context.Context, limit int) ([]Article, error) {
	if limit <= 0 {
		return nil, nil
	}
	arts, err := s.queryArticles(ctx, s.rs.recent, limit)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: recent: %w", err))
	}
	return arts, nil
}

// Article returns the visible article with the id; ok is false when there
// is none (or it is hidden).
func (s *Store) Article(ctx context.Context, id string) (a Article, ok bool, err error) {
	a, err = s.scanArticle(s.rs.article.QueryRowContext(ctx, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, false, nil
	}
	if err != nil {
		return Article{}, false, s.wrap(fmt.Errorf("store: article %s: %w", id, err))
	}
	return a, true, nil
}

// Count returns the number of visible articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.rs.count.QueryRowContext(ctx).Scan(&n); err != nil {
		return 0, s.wrap(fmt.Errorf("store: count: %w", err))
	}
	return n, nil
}

// The archive (RFC 5005 archived feeds).
//
// Every article gets a sequence number when the store first sees it, in
// arrival order, and keeps it for good (hidden articles keep theirs too).
// Archive document k (the oldest is 1) holds the visible articles whose
// sequence numbers fall in ((k-1)·size, k·size], in the feeds' order. So:
//
//   - a new article always lands in the newest document, n; documents 1…n-1
//     are complete and never gain or lose an article through arrivals;
//   - walking n, n-1, …, 1 yields every visible article exactly once;
//   - when an old article is hidden, only its own document changes (it has
//     one item fewer, down to none); when it comes back it returns to the
//     same document; a corrected article changes its document's content and
//     updated time, nothing else;
//   - document n is the open one: it fills up as articles arrive and is
//     complete once it holds size sequence numbers. Serve it with a short
//     cache lifetime, the complete ones with a long one.
//
// The main feed (Recent) is the RFC's subscription document; it links
// prev-archive to document n, and its items overlap document n (and, when
// n is nearly empty, n-1), which RFC 5005 allows: readers merge by id.
//
// The pages are fixed by size: changing the size renumbers everything, so
// pick it once (a few hundred) and keep it.

// ArchivePages returns the number of archive documents of the given size:
// the document holding the newest visible article. 0 when there is none.
func (s *Store) ArchivePages(ctx context.Context, size int) (int, error) {
	if size <= 0 {
		return 0, fmt.Errorf("%w: archive size %d", ErrInvalid, size)
	}
	var last int64
	err := s.rs.archiveLast.QueryRowContext(ctx).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, s.wrap(fmt.Errorf("store: archive pages: %w", err))
	}
	return int((last + int64(size) - 1) / int64(size)), nil
}

// ArchivePage returns the visible articles of archive document k (1 is the
// oldest) of the given size, in the feeds' order. A document past the last
// one, or one whose articles are all hidden, is empty.
func (s *Store) ArchivePage(ctx context.Context, k, size int) ([]Article, error) {
	if size <= 0 || k <= 0 {
		return nil, fmt.Errorf("%w: archive page %d of size %d", ErrInvalid, k, size)
	}
	lo := int64(k-1)*int64(size) + 1
	hi := int64(k) * int64(size)
	arts, err := s.queryArticles(ctx, s.rs.archive, lo, hi)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: archive page %d: %w", k, err))
	}
	return arts, nil
}

// ArchiveComplete reports whether archive document k can no longer gain
// articles: some article with a later sequence number exists (visible or not).
// Only the newest document is ever incomplete.
func (s *Store) ArchiveComplete(ctx context.Context, k, size int) (bool, error) {
	if size <= 0 || k <= 0 {
		return false, fmt.Errorf("%w: archive page %d of size %d", ErrInvalid, k, size)
	}
	var max sql.NullInt64
	if err := s.r.QueryRowContext(ctx, `SELECT max(seq) FROM articles`).Scan(&max); err != nil {
		return false, s.wrap(fmt.Errorf("store: archive complete: %w", err))
	}
	return max.Valid && max.Int64 >= int64(k)*int64(size), nil
}

// Search returns up to limit visible articles matching q, newest first (the
// feeds' order). Every space-separated word of q must occur in the title,
// headlines, dateline, body or author names; Chinese words match as
// substrings of any length (嘉定, 区), other words whole and
// case-insensitively. FTS5 syntax in q has no effect. A q with nothing to
// search for returns nothing. Matches come newest first straight from the
// index, so a common term costs about as little as a rare one; a lone
// Chinese character is a prefix scan of the index (about 0.1 s on 290,000
// articles).
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Article, error) {
	expr := matchExpr(q)
	if expr == "" || limit <= 0 {
		return nil, nil
	}
	arts, err := s.search(ctx, expr, limit)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: search %q: %w", q, err))
	}
	return arts, nil
}

// search reads matches newest first by full-text key, that is by published
// second, until it has limit rows and the second of the limit-th is
// complete; then it sorts those into the feeds' exact order.
func (s *Store) search(ctx context.Context, expr string, limit int) ([]Article, error) {
	rows, err := s.rs.search.QueryContext(ctx, expr)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type hit struct {
		seq     int64
		pageKey []byte
		raw     rawArticle
	}
	var (
		hits []hit
		cut  int64
	)
	for rows.Next() {
		var (
			h    hit
			fkey int64
		)
		if err := rows.Scan(append([]any{&h.seq, &h.pageKey, &fkey}, h.raw.dest()...)...); err != nil {
			return nil, err
		}
		group := fkey >> fkeyBits
		if len(hits) >= limit && group != cut {
			break
		}
		hits = append(hits, h)
		if len(hits) == limit {
			cut = group
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	slices.SortFunc(hits, func(x, y hit) int {
		return cmp.Or(
			cmp.Compare(y.raw.published, x.raw.published),
			bytes.Compare(x.pageKey, y.pageKey),
			cmp.Compare(x.raw.a.Position, y.raw.a.Position),
			cmp.Compare(x.seq, y.seq))
	})
	hits = hits[:min(len(hits), limit)]
	arts := make([]Article, len(hits))
	for i := range hits {
		if arts[i], err = s.decodeArticle(&hits[i].raw); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

// ByAuthor returns up to limit visible articles credited to name (any
// role), newest first. Names match after NFKC, case folding and dropping
// spaces.
func (s *Store) ByAuthor(ctx context.Context, name string, limit int) ([]Article, error) {
	key := authorKey(name)
	if key == "" || limit <= 0 {
		return nil, nil
	}
	arts, err := s.queryArticles(ctx, s.rs.byAuthor, key, limit)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: by author %q: %w", name, err))
	}
	return arts, nil
}

// Authors returns the names credited on visible articles, one per matching
// key (see ByAuthor; the spelling first seen), in key order.
func (s *Store) Authors(ctx context.Context) ([]string, error) {
	rows, err := s.rs.authors.QueryContext(ctx)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: authors: %w", err))
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, s.wrap(fmt.Errorf("store: authors: %w", err))
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(fmt.Errorf("store: authors: %w", err))
	}
	return names, nil
}

// Sharing returns, in path order, the other files that link any article
// the file at path links: the copies whose text should stand for those
// articles once path is gone.
func (s *Store) Sharing(ctx context.Context, path string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT other.path
		FROM files f
		JOIN links l ON l.file_id = f.id
		JOIN links ol ON ol.article = l.article AND ol.file_id != f.id
		JOIN files other ON other.id = ol.file_id
		WHERE f.path = ?1
		ORDER BY other.path`, path)
	if err != nil {
		return nil, s.wrap(fmt.Errorf("store: sharing %s: %w", path, err))
	}
	defer rows.Close()
	var paths []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, s.wrap(fmt.Errorf("store: sharing %s: %w", path, err))
		}
		paths = append(paths, p)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(fmt.Errorf("store: sharing %s: %w", path, err))
	}
	return paths, nil
}
