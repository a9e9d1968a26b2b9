package feed

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Snapshot is a complete rendered set of outputs: the three feeds, the index
// page and one page per article, each with its gzip bytes and ETags. It
// never changes once Render returns it, so any number of goroutines may
// read it.
type Snapshot struct {
	cfg      Config // with defaults
	key      string // cfg.key()
	labels   *labels
	basePath string // BaseURL's path without its final "/", such as "/paper"

	atom, rss, json, index *Resource
	pages                  map[string]*page
	ids                    []string // article ids in item order
	window                 int      // items in the feeds
	updated                time.Time
}

// page is one article's page with what it was rendered from, so a later
// Render can reuse it when the item is unchanged.
type page struct {
	item  Item
	entry *entry
	res   *Resource
}

// Len returns the number of articles in the snapshot, each with a page.
func (s *Snapshot) Len() int { return len(s.ids) }

// FeedLen returns the number of items in the feeds.
func (s *Snapshot) FeedLen() int { return s.window }

// Updated returns the newest item's updated time: the feeds' <updated> and
// Last-Modified. It is zero for an empty snapshot.
func (s *Snapshot) Updated() time.Time { return s.updated }

// Render builds a snapshot from items, which arrive newest first (page order
// within a page). The feeds and the index carry the first cfg.Limit items;
// every item gets a page. Items whose id appeared earlier in the list are
// left out. When prev is not nil, the pages of items unchanged since prev
// (rendered under an equal Config) are reused rather than rendered and
// compressed again. Render keeps references to items; the caller must not
// modify them afterwards.
func Render(cfg Config, items []Item, prev *Snapshot) (*Snapshot, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	items = dedupe(items)
	s := &Snapshot{
		cfg:    cfg,
		key:    cfg.key(),
		labels: labelsFor(cfg.Lang),
		pages:  make(map[string]*page, len(items)),
		ids:    make([]string, len(items)),
		window: min(len(items), cfg.Limit),
	}
	if u, err := url.Parse(cfg.BaseURL); err == nil {
		s.basePath = strings.TrimSuffix(u.Path, "/")
	}

	var old map[string]*page
	if prev != nil && prev.key == s.key {
		old = prev.pages
	}
	pages := make([]*page, len(items))
	var todo []int
	for i := range items {
		if p := old[items[i].ID]; p != nil && sameItem(&p.item, &items[i]) {
			pages[i] = p
			continue
		}
		todo = append(todo, i)
	}
	err = parallel(len(todo), func(w *worker, k int) error {
		i := todo[k]
		p, err := s.newPage(w, &items[i])
		pages[i] = p
		return err
	})
	if err != nil {
		return nil, err
	}
	for i, p := range pages {
		s.pages[p.item.ID] = p
		s.ids[i] = p.item.ID
	}

	entries := make([]*entry, s.window)
	for i := range entries {
		entries[i] = pages[i].entry
		if u := entries[i].updated; u.After(s.updated) {
			s.updated = u
		}
	}
	doc := MainDoc()
	doc.PrevArchive = s.cfg.PrevArchive
	doc, _ = doc.withDefaults(&s.cfg) // MainDoc has every Self path
	atom, rss, jsonBytes, err := marshalFeeds(&s.cfg, &doc, entries)
	if err != nil {
		return nil, err
	}
	index, err := renderIndex(&s.cfg, s.labels, items[:s.window], entries)
	if err != nil {
		return nil, err
	}
	c := newCompressor(gzip.BestCompression)
	modified := s.updated
	if s.cfg.Modified.After(modified) {
		modified = s.cfg.Modified
	}
	s.atom = newResource(c, ContentTypeAtom, CacheFeed, atom, modified)
	s.rss = newResource(c, ContentTypeRSS, CacheFeed, rss, modified)
	s.json = newResource(c, ContentTypeJSON, CacheFeed, jsonBytes, modified)
	s.index = newResource(c, ContentTypeHTML, CacheFeed, index, modified)
	return s, nil
}

// RenderDoc renders the feed document d in the three formats from items,
// all of them, in the order given: for topic, author and search feeds and
// RFC 5005 archive documents. Serve the results with NewResource.
func RenderDoc(cfg Config, d Doc, items []Item) (atom, rss, jsonFeed []byte, err error) {
	cfg, err = cfg.withDefaults()
	if err != nil {
		return nil, nil, nil, err
	}
	if d, err = d.withDefaults(&cfg); err != nil {
		return nil, nil, nil, err
	}
	l := labelsFor(cfg.Lang)
	entries := make([]*entry, len(items))
	for i := range items {
		if entries[i], err = prepare(&cfg, l, &items[i]); err != nil {
			return nil, nil, nil, err
		}
	}
	return marshalFeeds(&cfg, &d, entries)
}

// newPage renders the page of it.
func (s *Snapshot) newPage(w *worker, it *Item) (*page, error) {
	e, err := prepare(&s.cfg, s.labels, it)
	if err != nil {
		return nil, err
	}
	w.buf.Reset()
	if err := renderArticle(&w.buf, &s.cfg, s.labels, it, e); err != nil {
		return nil, err
	}
	body := bytes.Clone(w.buf.Bytes())
	return &page{item: *it, entry: e, res: newResource(w.c, ContentTypeHTML, CachePage, body, e.updated)}, nil
}

// dedupe returns items without those whose id appeared earlier; items
// itself when there are none.
func dedupe(items []Item) []Item {
	seen := make(map[string]bool, len(items))
	for i := range items {
		if !seen[items[i].ID] {
			seen[items[i].ID] = true
			continue
		}
		out := slices.Clone(items[:i])
		for _, it := range items[i+1:] {
			if !seen[it.ID] {
				seen[it.ID] = true
				out = append(out, it)
			}
		}
		return out
	}
	return items
}

// sameItem reports whether a and b render alike.
func sameItem(a, b *Item) bool {
	pa, pb := &a.Piece, &b.Piece
	return a.ID == b.ID && a.PageDate == b.PageDate && a.PageNumber == b.PageNumber &&
		a.PageName == b.PageName && a.Published.Equal(b.Published) && a.Updated.Equal(b.Updated) &&
		pa.Kind == pb.Kind && pa.Dateline == pb.Dateline && pa.ContinuedOn == pb.ContinuedOn &&
		pa.ContinuedFrom == pb.ContinuedFrom && pa.Line == pb.Line &&
		slices.Equal(pa.Headlines, pb.Headlines) && slices.Equal(pa.Body, pb.Body) &&
		slices.Equal(pa.Authors, pb.Authors)
}

// worker holds one goroutine's reusable buffers.
type worker struct {
	c   *compressor
	buf bytes.Buffer
}

// parallel calls fn for 0..n-1 on up to GOMAXPROCS goroutines and returns
// the first error.
func parallel(n int, fn func(w *worker, i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), (n+15)/16)
	if workers <= 1 {
		w := &worker{c: newCompressor(gzip.DefaultCompression)}
		for i := 0; i < n; i++ {
			if err := fn(w, i); err != nil {
				return err
			}
		}
		return nil
	}
	var (
		next    atomic.Int64
		failed  atomic.Bool
		errOnce sync.Once
		first   error
		wg      sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			w := &worker{c: newCompressor(gzip.DefaultCompression)}
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if err := fn(w, i); err != nil {
					errOnce.Do(func() { first = err })
					failed.Store(true)
				}
			}
		})
	}
	wg.Wait()
	return first
}
