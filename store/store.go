// Package store keeps what paperfeed has published in an embedded SQLite
// database (modernc.org/sqlite, pure Go): every file seen with its size, time
// and hash, every article with its stable id, first-seen, published and
// updated times, the links between them, a full-text index and the author
// lists, so that feeds come out the same after a restart and old articles can
// be paged through (RFC 5005 archives) and searched.
//
// An article is visible while at least one file links it. A file that goes
// away unlinks its articles; an article left with no file is hidden but kept,
// with its dates, so that a page that comes back (a rename, a re-drop) keeps
// its published date.
//
// A Store is safe for use by several goroutines. Writes are serialized on one
// connection; reads of a file store run concurrently on others (WAL mode).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Memory is the path of a store that lives in memory only, for tests and the
// one-shot build command.
const Memory = ":memory:"

// Defaults for Config.
const (
	DefaultReaders          = 4
	DefaultQuickCheckBytes  = 32 << 20
	defaultBusyTimeoutMilli = 10000
)

// Errors a Store returns.
var (
	// ErrInvalid reports an argument the store cannot accept: an empty path or
	// id, a zero time.
	ErrInvalid = errors.New("store: invalid argument")
	// ErrNotFound reports a file the store does not know (TouchFile).
	ErrNotFound = errors.New("store: not found")
	// ErrUnusable reports a database file that cannot serve as the store:
	// not a database, corrupt, or with a schema this version cannot use.
	// Open moves such a file aside and starts afresh, so from Open it is seen
	// only when that fails too. From any other method (Check included) it
	// means damage was met while running: the store has left a marker, and
	// closing and opening it again checks it whole and rebuilds it.
	ErrUnusable = errors.New("store: database unusable")
)

// Config configures a Store. The zero value of every field but Path is a
// usable default.
type Config struct {
	// Path is the database file, created when missing, or Memory.
	Path string
	// Logger receives the warning when a corrupt store is rebuilt.
	// Default: discard.
	Logger *slog.Logger
	// Now names the file a corrupt store is moved to. Default: time.Now.
	Now func() time.Time
	// Readers is the number of reading connections of a file store.
	// Default: DefaultReaders.
	Readers int
	// QuickCheckBytes bounds the size of a database file that Open checks
	// whole with PRAGMA quick_check (about 20 ms per MB, mostly the full-text
	// index). A larger file gets the header and schema checks, quick_check of
	// the files and links tables and a Recent read only, unless a marker
	// says corruption was met while running; Check does the rest.
	// Negative: always check everything. Default: DefaultQuickCheckBytes.
	QuickCheckBytes int64
}

// Store is paperfeed's persistent memory. Create one with Open or New.
type Store struct {
	log     *slog.Logger
	path    string
	w       *sql.DB // the one writing connection (all of a memory store)
	r       *sql.DB // reading connections; == w for a memory store
	ws      writeStmts
	rs      readStmts
	rebuilt bool        // a corrupt file was moved aside at Open
	fresh   bool        // the store was created empty at Open
	suspect atomic.Bool // corruption was met and marked

	codec codec
}

// Open opens the store at path (a file, created when missing, or Memory)
// with default settings. See New.
func Open(ctx context.Context, path string, logger *slog.Logger) (*Store, error) {
	return New(ctx, Config{Path: path, Logger: logger})
}

// New opens the store cfg describes. A file store runs in WAL mode
// (synchronous=NORMAL: a killed process loses no committed write). A file
// that is not a usable database (not SQLite, corrupt, failing quick_check,
// an unknown schema) is moved aside to Path+".corrupt-<unixtime>", with its
// -wal and -shm files, and a fresh store is created in its place with a
// logged warning; Rebuilt then reports true and the caller rebuilds the
// contents from the folder. See Config.QuickCheckBytes for what is checked.
func New(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Path == "" {
		return nil, fmt.Errorf("%w: empty path", ErrInvalid)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Readers <= 0 {
		cfg.Readers = DefaultReaders
	}
	if cfg.QuickCheckBytes == 0 {
		cfg.QuickCheckBytes = DefaultQuickCheckBytes
	}
	if cfg.Path == Memory {
		s, err := openMemory(ctx, cfg)
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", cfg.Path, err)
		}
		return s, nil
	}
	if strings.ContainsRune(cfg.Path, '?') || strings.HasPrefix(cfg.Path, "file:") {
		return nil, fmt.Errorf("%w: path %q: no '?' or file: URIs", ErrInvalid, cfg.Path)
	}
	s, err := openFile(ctx, cfg)
	if err == nil {
		return s, nil
	}
	if !errors.Is(err, ErrUnusable) {
		return nil, fmt.Errorf("store: open %s: %w", cfg.Path, err)
	}
	aside, merr := moveAside(cfg.Path, cfg.Now())
	if merr != nil {
		return nil, fmt.Errorf("store: open %s: %w (and moving it aside: %v)", cfg.Path, err, merr)
	}
	cfg.Logger.Warn("store unusable, moved aside and rebuilt", "path", cfg.Path, "moved_to", aside, "error", err)
	s, err = openFile(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open %s after moving it aside: %w", cfg.Path, err)
	}
	s.rebuilt = true
	return s, nil
}

// Rebuilt reports whether Open found the file unusable, moved it aside and
// started a fresh store: everything must be rebuilt from the folder, and
// first-seen dates fall back to what the caller passes (file times).
func (s *Store) Rebuilt() bool { return s.rebuilt }

// Fresh reports whether the store was created empty by this Open: a missing
// file, a memory store, or a rebuilt one.
func (s *Store) Fresh() bool { return s.fresh }

// Close closes the store. A file store is checkpointed, so its -wal file goes.
func (s *Store) Close() error {
	var errs []error
	if s.r != s.w {
		s.rs.close()
		errs = append(errs, s.r.Close())
	}
	s.ws.close()
	if s.w != s.r {
		// Cheap upkeep of the planner's statistics; harmless when it fails.
		_, _ = s.w.Exec("PRAGMA optimize")
	} else {
		s.rs.close()
	}
	errs = append(errs, s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

func openMemory(ctx context.Context, cfg Config) (*Store, error) {
	db, err := sql.Open("sqlite", Memory+"?_pragma=foreign_keys(1)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	// Every connection to ":memory:" is a database of its own: keep exactly one, forever.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	s := &Store{log: cfg.Logger, path: cfg.Path, w: db, r: db}
	if err := s.setUp(ctx, checkBasic); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func fileDSN(path string, pragmas ...string) string {
	var b strings.Builder
	b.WriteString(path)
	b.WriteString("?_pragma=busy_timeout(")
	fmt.Fprint(&b, defaultBusyTimeoutMilli)
	b.WriteString(")")
	for _, p := range pragmas {
		b.WriteString("&_pragma=")
		b.WriteString(p)
	}
	return b.String()
}

// suffixSuspect names the marker file a store leaves beside its database
// when it has met corruption while running; the next Open then checks the
// whole database, whatever its size.
const suffixSuspect = "-suspect"

// How much Open checks an existing database.
type checkLevel int

const (
	checkBasic checkLevel = iota // header, schema, the files and links tables, a Recent read
	checkFull                    // and PRAGMA quick_check of everything
)

func openFile(ctx context.Context, cfg Config) (*Store, error) {
	size := int64(-1)
	if fi, err := os.Stat(cfg.Path); err == nil {
		size = fi.Size()
		if err := checkHeader(cfg.Path, size); err != nil {
			return nil, err
		}
	}
	_, err := os.Stat(cfg.Path + suffixSuspect)
	suspect := err == nil
	w, err := sql.Open("sqlite", fileDSN(cfg.Path,
		"journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)",
		"cache_size(-8000)", "journal_size_limit(67108864)")+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, classify(err, size >= 0)
	}
	r, err := sql.Open("sqlite", fileDSN(cfg.Path, "foreign_keys(1)", "cache_size(-4000)", "query_only(1)"))
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(cfg.Readers)
	r.SetMaxIdleConns(cfg.Readers)
	s := &Store{log: cfg.Logger, path: cfg.Path, w: w, r: r}
	level := checkBasic
	if size > 0 && (suspect || cfg.QuickCheckBytes < 0 || size <= cfg.QuickCheckBytes) {
		level = checkFull
	}
	if err := s.setUp(ctx, level); err != nil {
		s.rs.close()
		s.ws.close()
		r.Close()
		w.Close()
		return nil, classify(err, size >= 0)
	}
	if size <= 0 {
		s.fresh = true
	}
	if suspect {
		os.Remove(cfg.Path + suffixSuspect)
	}
	return s, nil
}

// setUp checks an existing database, migrates the schema and prepares the
// statements, which probes that the schema is the one this code expects.
func (s *Store) setUp(ctx context.Context, level checkLevel) error {
	if level == checkFull {
		if err := quickCheck(ctx, s.w, ""); err != nil {
			return err
		}
	}
	created, err := migrate(ctx, s.w)
	if err != nil {
		return err
	}
	if created {
		s.fresh = true
	}
	if err := s.ws.prepare(ctx, s.w); err != nil {
		return fmt.Errorf("%w: schema: %v", ErrUnusable, err)
	}
	if err := s.rs.prepare(ctx, s.r); err != nil {
		return fmt.Errorf("%w: schema: %v", ErrUnusable, err)
	}
	if level == checkBasic && !created {
		// What the first minutes depend on: the skip decisions and the links
		// between files and articles. The big tables are checked by Check.
		for _, table := range []string{"files", "links"} {
			if err := quickCheck(ctx, s.w, table); err != nil {
				return err
			}
		}
	}
	// Read what a served feed reads first, so that damage there shows now.
	if _, err := s.queryArticles(ctx, s.rs.recent, 50); err != nil {
		return err
	}
	return nil
}

// quickCheck runs PRAGMA quick_check on table, or on everything when table
// is "". Full-text index checks make the latter cost seconds on big stores.
func quickCheck(ctx context.Context, db *sql.DB, table string) error {
	q := "PRAGMA quick_check"
	if table != "" {
		q += "(" + table + ")"
	}
	var res string
	if err := db.QueryRowContext(ctx, q).Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return fmt.Errorf("%w: %s: %s", ErrUnusable, q, res)
	}
	return nil
}

// Check runs PRAGMA quick_check over the whole database, full-text index
// included, on a reading connection (writers go on). It takes about 20 ms
// per MB, so run it in the background after start. When the database is
// damaged it returns an error wrapping ErrUnusable and leaves a marker
// beside the file, so that the next Open checks everything and rebuilds:
// close the store and open it again (or let the daemon restart).
func (s *Store) Check(ctx context.Context) error {
	err := quickCheck(ctx, s.r, "")
	if err == nil {
		return nil
	}
	if errors.Is(err, ErrUnusable) || isCorrupt(err) {
		s.markSuspect(err)
		return fmt.Errorf("store: check %s: %w", s.path, classify(err, true))
	}
	return fmt.Errorf("store: check %s: %w", s.path, err)
}

// isCorrupt reports whether err says the database file is damaged.
func isCorrupt(err error) bool {
	code := sqliteCode(err)
	return code == sqlite3.SQLITE_CORRUPT || code == sqlite3.SQLITE_NOTADB
}

// markSuspect leaves the marker that makes the next Open check everything,
// and logs the first time.
func (s *Store) markSuspect(err error) {
	if !s.suspect.CompareAndSwap(false, true) {
		return
	}
	s.log.Error("store damaged, will be checked and rebuilt at next start", "path", s.path, "error", err)
	if s.path != Memory {
		if werr := os.WriteFile(s.path+suffixSuspect, []byte(err.Error()+"\n"), 0o644); werr != nil {
			s.log.Error("store damage marker not written", "path", s.path, "error", werr)
		}
	}
}

// wrap returns err, marked as ErrUnusable (and noted for the next Open)
// when it reports a damaged database.
func (s *Store) wrap(err error) error {
	if err == nil || !isCorrupt(err) {
		return err
	}
	s.markSuspect(err)
	return fmt.Errorf("%w: %w", ErrUnusable, err)
}

const sqliteHeader = "SQLite format 3\x00"

// checkHeader rejects a non-empty file that does not start like a database.
func checkHeader(path string, size int64) error {
	if size == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		// Unreadable: treat as unusable, so the store is moved aside and rebuilt.
		return fmt.Errorf("%w: %v", ErrUnusable, err)
	}
	defer f.Close()
	buf := make([]byte, len(sqliteHeader))
	if n, _ := f.Read(buf); n < len(buf) || string(buf) != sqliteHeader {
		return fmt.Errorf("%w: not an SQLite database", ErrUnusable)
	}
	return nil
}

// classify marks errors that mean the database file itself is bad as
// ErrUnusable. Busy or locked databases, cancelled contexts and the like stay
// as they are: a second daemon must never move a working store aside.
func classify(err error, existed bool) error {
	if err == nil || errors.Is(err, ErrUnusable) {
		return err
	}
	if code := sqliteCode(err); code != 0 {
		switch code {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%w: %v", ErrUnusable, err)
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_IOERR:
			if existed {
				return fmt.Errorf("%w: %v", ErrUnusable, err)
			}
		}
	}
	return err
}

// sqliteCode returns the primary SQLite result code in err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

// moveAside renames path and its companions to path.corrupt-<unixtime>…,
// returning the new name of the main file.
func moveAside(path string, now time.Time) (string, error) {
	stamp := now.Unix()
	var base string
	for {
		base = fmt.Sprintf("%s.corrupt-%d", path, stamp)
		if _, err := os.Lstat(base); errors.Is(err, os.ErrNotExist) {
			break
		}
		stamp++
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", suffixSuspect} {
		err := os.Rename(path+suffix, base+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
	}
	return base, nil
}

// tx runs fn in one write transaction (BEGIN IMMEDIATE on the single writing
// connection), committing when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// closeAll closes prepared statements, ignoring nil ones.
func closeAll(stmts ...*sql.Stmt) {
	for _, st := range stmts {
		if st != nil {
			st.Close()
		}
	}
}

// prepareAll prepares each query into its destination, stopping at the first error.
func prepareAll(ctx context.Context, db *sql.DB, pairs map[**sql.Stmt]string) error {
	for dst, q := range pairs {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", firstLine(q), err)
		}
		*dst = st
	}
	return nil
}

func firstLine(q string) string {
	q = strings.TrimSpace(q)
	if i := strings.IndexByte(q, '\n'); i >= 0 {
		return q[:i]
	}
	return q
}
