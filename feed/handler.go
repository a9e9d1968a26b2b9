package feed

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
)

// RetryAfter is the Retry-After, in seconds, of the 503 a Handler answers
// before its first snapshot.
const RetryAfter = 5

// Handler serves the current Snapshot over HTTP:
//
//	/                  the index page (also /index.html)
//	/atom.xml          Atom 1.0
//	/rss.xml           RSS 2.0
//	/feed.json         JSON Feed 1.1
//	/articles/{id}     an article's page (also /articles/{id}.html)
//	/healthz           200 "ok" with the item count, once a snapshot is in
//
// Paths may also carry the path of the snapshot's base URL, for proxies
// that do not strip it. Only GET and HEAD are allowed on these paths. Other
// paths go to Extra when it is set, and get 404 otherwise. Before the first
// Swap every path but Extra's answers 503 with Retry-After.
//
// Set Lookup and Extra before serving; they must not change afterwards.
type Handler struct {
	// Lookup finds an article that is not in the snapshot (an older one
	// kept in the store), whose page is then rendered on demand. Optional.
	Lookup func(ctx context.Context, id string) (Item, bool, error)
	// Extra serves the paths the Handler does not know, with the base
	// URL's path removed from the request's. Optional.
	Extra http.Handler

	log *slog.Logger
	cur atomic.Pointer[Snapshot]
}

// NewHandler returns a Handler with no snapshot yet. logger may be nil.
func NewHandler(logger *slog.Logger) *Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Handler{log: logger}
}

// Swap makes s the snapshot served from now on. Requests in flight finish
// with the snapshot they started with.
// Swap(nil) takes the snapshot away: the Handler answers 503 again.
func (h *Handler) Swap(s *Snapshot) {
	h.cur.Store(s)
	if s != nil {
		h.log.Debug("snapshot swapped", "articles", s.Len(), "feed_items", s.FeedLen())
	}
}

// Snapshot returns the snapshot being served, or nil before the first Swap.
func (h *Handler) Snapshot() *Snapshot { return h.cur.Load() }

var hdrRetryAfter = []string{strconv.Itoa(RetryAfter)}

// ServeHTTP routes a request as the Handler's documentation says.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s := h.cur.Load()
	path := r.URL.Path
	if s != nil {
		path = s.stripBase(path)
	}
	var res *Resource
	var id string
	switch path {
	case "/", "/index.html":
	case "/atom.xml", "/rss.xml", "/feed.json", "/healthz":
	default:
		rest, ok := strings.CutPrefix(path, "/articles/")
		if ok {
			id = strings.TrimSuffix(rest, ".html")
		}
		if !ok || !validID(id) {
			h.unknown(w, r, s, path)
			return
		}
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w)
		return
	}
	if s == nil {
		w.Header()["Retry-After"] = hdrRetryAfter
		plain(w, http.StatusServiceUnavailable, "starting: no feeds rendered yet\n")
		return
	}
	switch path {
	case "/", "/index.html":
		res = s.index
	case "/atom.xml":
		res = s.atom
	case "/rss.xml":
		res = s.rss
	case "/feed.json":
		res = s.json
	case "/healthz":
		plain(w, http.StatusOK, "ok "+strconv.Itoa(s.window)+" items\n")
		return
	default:
		if p := s.pages[id]; p != nil {
			res = p.res
		} else if res = h.lookup(w, r, s, id); res == nil {
			return
		}
	}
	res.ServeHTTP(w, r)
}

// unknown serves a path the Handler does not know.
func (h *Handler) unknown(w http.ResponseWriter, r *http.Request, s *Snapshot, path string) {
	if h.Extra != nil {
		if path != r.URL.Path {
			r2 := new(http.Request)
			*r2 = *r
			r2.URL = new(url.URL)
			*r2.URL = *r.URL
			r2.URL.Path, r2.URL.RawPath = path, ""
			r = r2
		}
		h.Extra.ServeHTTP(w, r)
		return
	}
	if s == nil {
		w.Header()["Retry-After"] = hdrRetryAfter
		plain(w, http.StatusServiceUnavailable, "starting: no feeds rendered yet\n")
		return
	}
	plain(w, http.StatusNotFound, "404 page not found\n")
}

// lookup renders the page of an article outside the snapshot, or answers
// 404 or 500 itself and returns nil.
func (h *Handler) lookup(w http.ResponseWriter, r *http.Request, s *Snapshot, id string) *Resource {
	if h.Lookup == nil {
		plain(w, http.StatusNotFound, "404 page not found\n")
		return nil
	}
	it, ok, err := h.Lookup(r.Context(), id)
	if err != nil {
		h.log.Error("article lookup failed", "id", id, "error", err)
		plain(w, http.StatusInternalServerError, "internal server error\n")
		return nil
	}
	if !ok || it.ID != id {
		plain(w, http.StatusNotFound, "404 page not found\n")
		return nil
	}
	e, err := prepare(&s.cfg, s.labels, &it)
	var buf bytes.Buffer
	if err == nil {
		err = renderArticle(&buf, &s.cfg, s.labels, &it, e)
	}
	if err != nil {
		h.log.Error("article render failed", "id", id, "error", err)
		plain(w, http.StatusInternalServerError, "internal server error\n")
		return nil
	}
	return NewResource(ContentTypeHTML, CachePage, buf.Bytes(), e.updated)
}

// stripBase removes the base URL's path from a request path that carries
// it: "/paper/atom.xml" becomes "/atom.xml" under "https://x.org/paper/".
func (s *Snapshot) stripBase(path string) string {
	if s.basePath == "" {
		return path
	}
	rest, ok := strings.CutPrefix(path, s.basePath)
	if !ok {
		return path
	}
	if rest == "" {
		return "/"
	}
	if rest[0] != '/' {
		return path
	}
	return rest
}
