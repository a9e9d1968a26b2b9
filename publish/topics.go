package publish

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/paperfeed/paperfeed/feed"
	"github.com/paperfeed/paperfeed/store"
)

// ArchiveSize is how many articles one RFC 5005 archive document holds. It
// is fixed: archive document k always holds the k-th block of articles by
// arrival, so changing it would renumber every document.
const ArchiveSize = 50

// topicLimit caps search and author feeds.
const topicLimit = 50

// Topics returns the handler of the feeds computed on request: search feeds
// (/search.atom?q=…, .rss, .json), per-author feeds (/authors/{name}.atom,
// .rss, .json) and the RFC 5005 archive documents (/archive/{k}.atom, .rss,
// .json). Mount it as feed.Handler.Extra.
func (p *Publisher) Topics() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/search", p.serveSearch)
	for _, f := range []string{"atom", "rss", "json"} {
		mux.HandleFunc("/search."+f, p.serveSearch)
	}
	mux.HandleFunc("/authors/{file}", p.serveAuthor)
	mux.HandleFunc("/archive/{file}", p.serveArchive)
	return mux
}

// format splits "name.atom" into its name and format; ok is false for an
// unknown format.
func format(file string) (name, format string, ok bool) {
	i := strings.LastIndexByte(file, '.')
	if i < 0 {
		return "", "", false
	}
	switch f := file[i+1:]; f {
	case "atom", "rss", "json":
		return file[:i], f, true
	}
	return "", "", false
}

// links names a document in the three formats: base + ".atom" and so on.
func links(base, query string) feed.Links {
	return feed.Links{Atom: base + ".atom" + query, RSS: base + ".rss" + query, JSON: base + ".json" + query}
}

// serveDoc renders d from arts and serves the format asked for.
func (p *Publisher) serveDoc(w http.ResponseWriter, r *http.Request, d feed.Doc, arts []store.Article, fmtName string, cache string) {
	items := Items(arts)
	var modified time.Time
	for _, a := range arts {
		if a.Updated.After(modified) {
			modified = a.Updated
		}
	}
	atom, rss, js, err := feed.RenderDoc(p.cfg.Feed, d, items)
	if err != nil {
		p.log.Error("render topic feed", "path", r.URL.Path, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var res *feed.Resource
	switch fmtName {
	case "atom":
		res = feed.NewResource(feed.ContentTypeAtom, cache, atom, modified)
	case "rss":
		res = feed.NewResource(feed.ContentTypeRSS, cache, rss, modified)
	default:
		res = feed.NewResource(feed.ContentTypeJSON, cache, js, modified)
	}
	res.ServeHTTP(w, r)
}

func (p *Publisher) serveSearch(w http.ResponseWriter, r *http.Request) {
	_, f, ok := format(r.URL.Path)
	if !ok {
		f = "html"
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" || len(q) > 200 {
		http.Error(w, "search needs a query: ?q=words (at most 200 bytes)", http.StatusBadRequest)
		return
	}
	arts, err := p.store.Search(r.Context(), q, topicLimit)
	if err != nil {
		p.log.Error("search", "q", q, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	query := "?q=" + url.QueryEscape(q)
	d := feed.Doc{
		Title: p.title() + " — " + q,
		Key:   "search:" + q,
		Self:  links("search", query),
	}
	if f == "html" {
		body, err := feed.RenderSearch(p.cfg.Feed, d, q, Items(arts))
		if err != nil {
			p.log.Error("render search page", "q", q, "error", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		feed.NewResource(feed.ContentTypeHTML, "public, max-age=300", body, time.Time{}).ServeHTTP(w, r)
		return
	}
	p.serveDoc(w, r, d, arts, f, "public, max-age=300")
}

func (p *Publisher) serveAuthor(w http.ResponseWriter, r *http.Request) {
	name, f, ok := format(r.PathValue("file"))
	if !ok || name == "" {
		http.NotFound(w, r)
		return
	}
	arts, err := p.store.ByAuthor(r.Context(), name, topicLimit)
	if err != nil {
		p.log.Error("author feed", "author", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if len(arts) == 0 {
		http.NotFound(w, r)
		return
	}
	d := feed.Doc{
		Title: p.title() + " — " + name,
		Key:   "author:" + name,
		Self:  links("authors/"+url.PathEscape(name), ""),
	}
	p.serveDoc(w, r, d, arts, f, "public, max-age=300")
}

func (p *Publisher) serveArchive(w http.ResponseWriter, r *http.Request) {
	num, f, ok := format(r.PathValue("file"))
	k, err := strconv.Atoi(num)
	if !ok || err != nil || k < 1 || strconv.Itoa(k) != num {
		http.NotFound(w, r)
		return
	}
	d, arts, err := p.archiveDoc(r.Context(), k)
	if errors.Is(err, errNoArchive) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		p.log.Error("archive", "k", k, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	cache := "public, max-age=300"
	if d.Archive {
		cache = "public, max-age=86400"
	}
	p.serveDoc(w, r, d, arts, f, cache)
}

// errNoArchive reports an archive document number past the newest.
var errNoArchive = errors.New("publish: no such archive document")

// archiveDoc returns archive document k (1 is the oldest) and its articles.
// Only full documents are archives (fh:archive): they never change again.
// The newest one, still filling, is served unmarked.
func (p *Publisher) archiveDoc(ctx context.Context, k int) (feed.Doc, []store.Article, error) {
	n, err := p.store.ArchivePages(ctx, ArchiveSize)
	if err != nil {
		return feed.Doc{}, nil, err
	}
	if k < 1 || k > n {
		return feed.Doc{}, nil, errNoArchive
	}
	arts, err := p.store.ArchivePage(ctx, k, ArchiveSize)
	if err != nil {
		return feed.Doc{}, nil, err
	}
	full, err := p.store.ArchiveComplete(ctx, k, ArchiveSize)
	if err != nil {
		return feed.Doc{}, nil, err
	}
	d := feed.Doc{
		Title:   p.title() + " — archive " + strconv.Itoa(k),
		Key:     feed.AtomPath, // one logical feed with the main document
		Self:    archiveLinks(k),
		Current: feed.Links{Atom: feed.AtomPath, RSS: feed.RSSPath, JSON: feed.JSONPath},
		Archive: full,
	}
	if k > 1 {
		d.PrevArchive = archiveLinks(k - 1)
	}
	if k < n {
		next, err := p.store.ArchiveComplete(ctx, k+1, ArchiveSize)
		if err != nil {
			return feed.Doc{}, nil, err
		}
		if next {
			d.NextArchive = archiveLinks(k + 1)
		}
	}
	return d, arts, nil
}

// newestArchive returns the number of the newest archive document, the one
// the main feeds link as prev-archive; 0 when there is none. It may still
// be filling: it is then served unmarked (no fh:archive) and may change, but
// linking it keeps every article reachable whatever -limit is and in
// whatever order articles arrived.
func (p *Publisher) newestArchive(ctx context.Context) (int, error) {
	return p.store.ArchivePages(ctx, ArchiveSize)
}

// archiveLinks names archive document k.
func archiveLinks(k int) feed.Links { return links("archive/"+strconv.Itoa(k), "") }

func (p *Publisher) title() string {
	if p.cfg.Feed.Title != "" {
		return p.cfg.Feed.Title
	}
	return feed.DefaultTitle
}
