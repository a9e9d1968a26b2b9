// Package publish is paperfeed's pipeline: it reads a changed file safely,
// splits it into articles, records them in the store and renders the feeds
// from the store, handing each finished snapshot to whoever serves or writes
// it.
package publish

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/feed"
	"github.com/paperfeed/paperfeed/store"
	"github.com/paperfeed/paperfeed/watch"
)

// Config configures a Publisher.
type Config struct {
	Dir      string         // the watched folder
	MaxSize  int64          // largest file read; default article.DefaultMaxSize
	Location *time.Location // the paper's zone, for page dates; default Asia/Shanghai via feed
	Feed     feed.Config
	Logger   *slog.Logger
	Now      func() time.Time // default time.Now
}

// Publisher turns file changes into stored articles and rendered snapshots.
type Publisher struct {
	cfg   Config
	store *store.Store
	log   *slog.Logger

	mu       sync.Mutex            // protects files and modified
	files    map[string]store.File // what the store knows of each file
	modified time.Time             // when a change last altered the articles

	renderMu sync.Mutex     // serialises renders; protects prev
	prev     *feed.Snapshot // the last snapshot, reused for unchanged pages

	kick chan struct{} // a render is wanted
}

// New returns a Publisher over st, loading what st knows of the folder's
// files so unchanged files are not parsed again.
func New(ctx context.Context, cfg Config, st *store.Store) (*Publisher, error) {
	if cfg.MaxSize <= 0 {
		cfg.MaxSize = article.DefaultMaxSize
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Location == nil {
		cfg.Location = cfg.Feed.Location
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	files, err := st.Files(ctx)
	if err != nil {
		return nil, fmt.Errorf("publish: load files: %w", err)
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	cfg.Dir = dir
	return &Publisher{
		cfg:   cfg,
		store: st,
		log:   cfg.Logger,
		files: files,
		kick:  make(chan struct{}, 1),
	}, nil
}

// Known returns the paths of the files the store has articles from, so the
// watcher can report those that went away while paperfeed was down.
func (p *Publisher) Known() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	paths := make([]string, 0, len(p.files))
	for path := range p.files {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	return paths
}

// removeGrace is how long a render waits after a removal, so that a rename
// (a Remove of the old name, then a Put of the new one) never shows a feed
// without the file's articles.
const removeGrace = 150 * time.Millisecond

// Handle applies c, a change the watcher saw as it happened, and asks for a
// render when the articles changed. A new article's first-seen time is
// now. Bad files are logged and leave the feeds as they were. Its signature
// fits watch.Watcher.Run.
func (p *Publisher) Handle(ctx context.Context, c watch.Change) {
	changed, err := p.apply(ctx, c, false)
	if err != nil {
		p.log.Warn("file not published", "file", c.Path, "error", err)
		return
	}
	if !changed {
		return
	}
	if c.Op == watch.Remove {
		time.AfterFunc(removeGrace, p.Kick)
		return
	}
	p.Kick()
}

// Kick asks the render loop for a new snapshot; kicks while a render is
// under way are coalesced into one more render.
func (p *Publisher) Kick() {
	select {
	case p.kick <- struct{}{}:
	default:
	}
}

// Apply records the change c in the store and reports whether any article
// was added, changed or removed. A file's new articles count as first seen
// when the file was last modified (capped at now): the right time for
// files that were there before paperfeed looked, as in Sync.
func (p *Publisher) Apply(ctx context.Context, c watch.Change) (bool, error) {
	return p.apply(ctx, c, true)
}

func (p *Publisher) apply(ctx context.Context, c watch.Change, fileTime bool) (changed bool, err error) {
	switch c.Op {
	case watch.Remove:
		changed, err = p.remove(ctx, c.Path)
	case watch.Put:
		changed, err = p.put(ctx, c.Path, fileTime)
	default:
		return false, fmt.Errorf("publish: unknown change %v", c.Op)
	}
	if changed {
		p.changedAt(p.cfg.Now())
	}
	return changed, err
}

func (p *Publisher) remove(ctx context.Context, path string) (bool, error) {
	p.mu.Lock()
	_, known := p.files[path]
	p.mu.Unlock()
	if !known {
		return false, nil
	}
	sharing, err := p.store.Sharing(ctx, path)
	if err != nil {
		return false, fmt.Errorf("publish: remove %s: %w", path, err)
	}
	res, err := p.store.RemoveFile(ctx, path, p.cfg.Now())
	if err != nil {
		return false, fmt.Errorf("publish: remove %s: %w", path, err)
	}
	p.mu.Lock()
	delete(p.files, path)
	p.mu.Unlock()
	p.log.Info("file removed", "file", filepath.Base(path), "articles_hidden", len(res.Hidden))
	changed := res.Changed()
	// Articles the removed file shared with other copies keep the text it
	// gave them until those copies are stored again: store them again,
	// oldest first so the newest copy's text wins, and so what is served is
	// what the remaining files say. A copy that is gone too is removed.
	sortByModTime(sharing)
	for _, other := range sharing {
		c, err := p.restore(ctx, other)
		if err != nil {
			p.log.Warn("file not published", "file", filepath.Base(other), "error", err)
		}
		changed = changed || c
	}
	return changed, nil
}

// restore stores the file at path again even when it looks unchanged, or
// removes it when it is gone.
func (p *Publisher) restore(ctx context.Context, path string) (bool, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return p.remove(ctx, path)
	}
	return p.putForced(ctx, path, false, true)
}

// sortByModTime orders paths oldest first by their files' modification
// times; paths that cannot be read go first.
func sortByModTime(paths []string) {
	mod := make(map[string]time.Time, len(paths))
	for _, path := range paths {
		if fi, err := os.Stat(path); err == nil {
			mod[path] = fi.ModTime()
		}
	}
	sort.SliceStable(paths, func(i, j int) bool { return mod[paths[i]].Before(mod[paths[j]]) })
}

func (p *Publisher) put(ctx context.Context, path string, fileTime bool) (bool, error) {
	return p.putForced(ctx, path, fileTime, false)
}

func (p *Publisher) putForced(ctx context.Context, path string, fileTime, force bool) (bool, error) {
	start := time.Now()
	pu, page, err := p.load(ctx, path, fileTime, force)
	if err != nil || pu == nil {
		return false, err
	}
	name := filepath.Base(path)
	res, err := p.store.PutFile(ctx, pu.File, pu.Entries, pu.Now)
	if err != nil {
		return false, fmt.Errorf("publish: store %s: %w", name, err)
	}
	p.setFile(pu.File)
	p.logPage(name, page)
	p.log.Info("file published", "file", name, "pieces", len(page.Pieces),
		"added", len(res.Added), "updated", len(res.Updated), "hidden", len(res.Hidden),
		"ms", time.Since(start).Milliseconds())
	return res.Changed(), nil
}

// load reads and parses the file at path and returns what to store, or
// nil when there is nothing to do: the file is unchanged, was only touched,
// or is gone already. force skips the unchanged-file shortcuts.
func (p *Publisher) load(ctx context.Context, path string, fileTime, force bool) (*store.Put, *article.Page, error) {
	name := filepath.Base(path)
	p.mu.Lock()
	old, known := p.files[path]
	p.mu.Unlock()
	known = known && !force

	if known {
		// The cheap check first: an unchanged size and time means an unchanged file.
		if fi, err := os.Stat(path); err == nil && fi.Size() == old.Size && fi.ModTime().Equal(old.ModTime) {
			return nil, nil, nil
		}
	}
	b, fi, err := readFile(p.cfg.Dir, path, p.cfg.MaxSize)
	if errors.Is(err, fs.ErrNotExist) {
		// Gone before we got to it: a later Remove (or nothing) follows.
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	if len(b) == 0 {
		return nil, nil, ErrEmpty
	}
	sum := sha256.Sum256(b)
	f := store.File{Path: path, Size: fi.Size(), ModTime: fi.ModTime(), Hash: hex.EncodeToString(sum[:])}
	if known && f.Hash == old.Hash {
		// Touched or copied over with the same bytes: nothing to parse.
		if err := p.store.TouchFile(ctx, f); err != nil {
			return nil, nil, fmt.Errorf("publish: %s: %w", name, err)
		}
		p.setFile(f)
		return nil, nil, nil
	}
	page, err := article.Parse(bytes.NewReader(b), article.Options{MaxSize: p.cfg.MaxSize})
	if err != nil {
		return nil, nil, fmt.Errorf("parse %s: %w", name, err)
	}
	if len(page.Pieces) == 0 {
		return nil, nil, ErrNoArticles
	}
	now := p.cfg.Now()
	seen := now
	if fileTime && !f.ModTime.IsZero() && f.ModTime.Before(now) {
		seen = f.ModTime // it was there before we looked
	}
	return &store.Put{File: f, Entries: p.entries(page), Now: seen}, page, nil
}

// logPage logs the warnings the parser had about a page.
func (p *Publisher) logPage(name string, page *article.Page) {
	for _, w := range page.Warnings {
		p.log.Warn("page warning", "file", name, "warning", w)
	}
}

// changedAt records that the articles changed at t; the time never goes
// back.
func (p *Publisher) changedAt(t time.Time) {
	p.mu.Lock()
	if t.After(p.modified) {
		p.modified = t
	}
	p.mu.Unlock()
}

func (p *Publisher) setFile(f store.File) {
	p.mu.Lock()
	p.files[f.Path] = f
	p.mu.Unlock()
}

// entries turns a parsed page into store entries with stable ids.
func (p *Publisher) entries(page *article.Page) []store.Entry {
	ids := page.IDs()
	var published time.Time
	if !page.Date.IsZero() {
		published = page.Date.In(p.cfg.Location)
	}
	es := make([]store.Entry, len(page.Pieces))
	for i, pc := range page.Pieces {
		es[i] = store.Entry{
			ID:         ids[i],
			Piece:      pc,
			PageDate:   page.Date,
			PageNumber: page.Number,
			PageName:   page.Name,
			Position:   i,
			Published:  published,
		}
	}
	return es
}

// Render builds a snapshot of the newest articles in the store.
func (p *Publisher) Render(ctx context.Context) (*feed.Snapshot, error) {
	p.renderMu.Lock()
	defer p.renderMu.Unlock()
	limit := p.cfg.Feed.Limit
	if limit <= 0 {
		limit = feed.DefaultLimit
	}
	snap, _, err := p.render(ctx, limit, p.prev)
	if err != nil {
		return nil, err
	}
	p.prev = snap
	return snap, nil
}

// render renders a snapshot of the newest n articles, the feeds carrying
// the configured limit of them and linking the newest archive document,
// whose number it returns. The caller holds renderMu.
func (p *Publisher) render(ctx context.Context, n int, prev *feed.Snapshot) (*feed.Snapshot, int, error) {
	arts, err := p.store.Recent(ctx, n)
	if err != nil {
		return nil, 0, fmt.Errorf("publish: recent articles: %w", err)
	}
	cfg := p.cfg.Feed
	k, err := p.newestArchive(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("publish: archive: %w", err)
	}
	if k > 0 {
		cfg.PrevArchive = archiveLinks(k)
	}
	p.mu.Lock()
	cfg.Modified = p.modified
	p.mu.Unlock()
	snap, err := feed.Render(cfg, Items(arts), prev)
	if err != nil {
		return nil, 0, fmt.Errorf("publish: render: %w", err)
	}
	return snap, k, nil
}

// Items converts stored articles to what the feeds show.
func Items(arts []store.Article) []feed.Item {
	items := make([]feed.Item, len(arts))
	for i, a := range arts {
		items[i] = Item(a)
	}
	return items
}

// Item converts a stored article to what the feeds show.
func Item(a store.Article) feed.Item {
	return feed.Item{
		ID:         a.ID,
		Piece:      a.Piece,
		PageDate:   a.PageDate,
		PageNumber: a.PageNumber,
		PageName:   a.PageName,
		Published:  a.Published,
		Updated:    a.Updated,
	}
}

// Run renders a snapshot now and again after every change, handing each to
// swap, until ctx is done. Changes that arrive during a render are
// coalesced into the next one.
func (p *Publisher) Run(ctx context.Context, swap func(*feed.Snapshot)) {
	p.Kick()
	for {
		select {
		case <-ctx.Done():
			return
		case <-p.kick:
		}
		start := time.Now()
		snap, err := p.Render(ctx)
		took := time.Since(start)
		if err != nil {
			if ctx.Err() == nil {
				p.log.Error("render failed", "error", err)
			}
		} else {
			swap(snap)
			p.log.Debug("feeds rendered", "ms", took.Milliseconds())
		}
		// During a burst of changes (a first scan of a large folder), rest
		// as long as the render took, so rendering takes at most half of a
		// core and the rest goes to indexing. A lone change is rendered at
		// once.
		select {
		case <-ctx.Done():
			return
		case <-time.After(took):
		}
	}
}

// Sync applies every eligible file of the folder, newest first, and removes
// from the store the files that are gone: the one pass of the build command
// and the first pass of serve, before the watcher takes over. New articles
// count as first seen when their file was last modified.
func (p *Publisher) Sync(ctx context.Context) error {
	entries, err := os.ReadDir(p.cfg.Dir)
	if err != nil {
		return fmt.Errorf("publish: read folder: %w", err)
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	present := make(map[string]bool)
	for _, e := range entries {
		if e.IsDir() || !watch.Eligible(e.Name()) {
			continue
		}
		path := filepath.Join(p.cfg.Dir, e.Name())
		present[path] = true
		var mod time.Time
		if fi, err := e.Info(); err == nil {
			mod = fi.ModTime()
		}
		files = append(files, file{path, mod})
	}
	// Oldest first, in the order the files arrived: articles get their
	// archive places in date order, and of two copies of an article the
	// newer one's text is stored last and stands.
	sort.SliceStable(files, func(i, j int) bool { return files[i].mod.Before(files[j].mod) })
	for _, path := range p.Known() {
		if !present[path] {
			changed, err := p.Apply(ctx, watch.Change{Path: path, Op: watch.Remove})
			if err != nil {
				p.log.Warn("file not removed", "file", filepath.Base(path), "error", err)
			}
			if changed {
				p.Kick()
			}
		}
	}
	// New and changed files are stored in batches: one transaction per
	// batch rather than per file halves the time of a first pass.
	var batch []store.Put
	type published struct {
		name   string
		pieces int
		ms     int64
	}
	var logs []published
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := p.store.PutFiles(ctx, batch)
		if err != nil {
			// One file may spoil a batch: store them one by one, so only
			// that one is left out.
			res = store.Result{}
			for _, pu := range batch {
				r, err := p.store.PutFile(ctx, pu.File, pu.Entries, pu.Now)
				if err != nil {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					p.log.Warn("file not published", "file", filepath.Base(pu.File.Path), "error", err)
					continue
				}
				p.setFile(pu.File)
				res.Added = append(res.Added, r.Added...)
				res.Updated = append(res.Updated, r.Updated...)
				res.Hidden = append(res.Hidden, r.Hidden...)
				res.Moved = append(res.Moved, r.Moved...)
				res.Shown = append(res.Shown, r.Shown...)
			}
		} else {
			for _, pu := range batch {
				p.setFile(pu.File)
			}
			for _, l := range logs {
				p.log.Info("file published", "file", l.name, "pieces", l.pieces, "ms", l.ms)
			}
		}
		if res.Changed() {
			// The articles changed when their files did, not now: a
			// rebuild of unchanged files keeps its Last-Modified.
			for _, pu := range batch {
				p.changedAt(pu.Now)
			}
			p.Kick()
		}
		batch, logs = batch[:0], logs[:0]
		return nil
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := time.Now()
		pu, page, err := p.load(ctx, f.path, true, false)
		name := filepath.Base(f.path)
		if err != nil {
			p.log.Warn("file not published", "file", name, "error", err)
			continue
		}
		if pu == nil {
			continue
		}
		p.logPage(name, page)
		logs = append(logs, published{name, len(page.Pieces), time.Since(start).Milliseconds()})
		batch = append(batch, *pu)
		if len(batch) == syncBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// syncBatch is how many files Sync stores in one transaction.
const syncBatch = 100

// Lookup finds a stored article by id, for article pages outside the
// current snapshot. Its signature fits feed.Handler.Lookup.
func (p *Publisher) Lookup(ctx context.Context, id string) (feed.Item, bool, error) {
	a, ok, err := p.store.Article(ctx, id)
	if err != nil || !ok {
		return feed.Item{}, ok, err
	}
	return Item(a), true, nil
}
