package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func newTestHandler(t *testing.T) (*Handler, *Snapshot) {
	t.Helper()
	h := NewHandler(nil)
	s := renderSample(t)
	h.Swap(s)
	return h, s
}

// do serves one request and returns the recorded response.
func do(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Add(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestServeOutputs(t *testing.T) {
	h, s := newTestHandler(t)
	id := s.ids[0]
	lastMod := s.updated.UTC().Format(http.TimeFormat)
	tests := []struct {
		path, ctype, cache string
		res                *Resource
	}{
		{"/atom.xml", "application/atom+xml; charset=utf-8", "public, max-age=300", s.atom},
		{"/rss.xml", "application/rss+xml; charset=utf-8", "public, max-age=300", s.rss},
		{"/feed.json", "application/feed+json; charset=utf-8", "public, max-age=300", s.json},
		{"/", "text/html; charset=utf-8", "public, max-age=300", s.index},
		{"/index.html", "text/html; charset=utf-8", "public, max-age=300", s.index},
		{"/articles/" + id, "text/html; charset=utf-8", "public, max-age=3600", s.pages[id].res},
		{"/articles/" + id + ".html", "text/html; charset=utf-8", "public, max-age=3600", s.pages[id].res},
	}
	for _, tt := range tests {
		for _, method := range []string{http.MethodGet, http.MethodHead} {
			t.Run(method+" "+tt.path, func(t *testing.T) {
				w := do(h, method, tt.path)
				if w.Code != http.StatusOK {
					t.Fatalf("%s %s = %d, want 200", method, tt.path, w.Code)
				}
				hdr := w.Header()
				for k, want := range map[string]string{
					"Content-Type":   tt.ctype,
					"Cache-Control":  tt.cache,
					"Vary":           "Accept-Encoding",
					"Content-Length": strconv.Itoa(len(tt.res.body)),
					"ETag":           tt.res.ETag(),
				} {
					if got := hdr.Get(k); got != want {
						t.Errorf("%s = %q, want %q", k, got, want)
					}
				}
				if etag := hdr.Get("ETag"); !strings.HasPrefix(etag, `"`) || !strings.HasSuffix(etag, `"`) {
					t.Errorf("ETag %q is not a strong entity-tag", etag)
				}
				if tt.path == "/atom.xml" && hdr.Get("Last-Modified") != lastMod {
					t.Errorf("Last-Modified = %q, want the newest item's %q", hdr.Get("Last-Modified"), lastMod)
				}
				if hdr.Get("Last-Modified") == "" {
					t.Errorf("no Last-Modified")
				}
				if hdr.Get("Content-Encoding") != "" {
					t.Errorf("Content-Encoding = %q without Accept-Encoding", hdr.Get("Content-Encoding"))
				}
				wantBody := tt.res.body
				if method == http.MethodHead {
					wantBody = nil
				}
				if !bytes.Equal(w.Body.Bytes(), wantBody) {
					t.Errorf("body is %d bytes, want %d", w.Body.Len(), len(wantBody))
				}
			})
		}
	}
}

func TestServeGzip(t *testing.T) {
	h, s := newTestHandler(t)
	tests := []struct {
		name, accept string
		gzip         bool
	}{
		{"gzip", "gzip", true},
		{"gzip deflate br", "gzip, deflate, br", true},
		{"upper case", "GZIP", true},
		{"x-gzip", "x-gzip", true},
		{"star", "*", true},
		{"low q", "br;q=1.0, gzip;q=0.001", true},
		{"spaces", " deflate ; q=0.5 ,  gzip ; q=0.8 ", true},
		{"q zero", "gzip;q=0", false},
		{"q zero point zero", "gzip; q=0.000", false},
		{"upper Q zero", "gzip;Q=0", false},
		{"star q zero", "*;q=0", false},
		{"gzip refused star allowed", "gzip;q=0, *", false},
		{"identity only", "identity", false},
		{"deflate only", "deflate", false},
		{"malformed q ignored", "gzip;q=abc", false},
		{"q above one ignored", "gzip;q=1.5", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, http.MethodGet, "/atom.xml", "Accept-Encoding", tt.accept)
			if w.Code != http.StatusOK {
				t.Fatalf("GET = %d", w.Code)
			}
			gz := w.Header().Get("Content-Encoding") == "gzip"
			if gz != tt.gzip {
				t.Fatalf("Accept-Encoding %q: gzip = %v, want %v", tt.accept, gz, tt.gzip)
			}
			if w.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("Vary = %q", w.Header().Get("Vary"))
			}
			body := w.Body.Bytes()
			if gz {
				if w.Header().Get("ETag") == s.atom.ETag() {
					t.Errorf("gzip response has the plain ETag %s", s.atom.ETag())
				}
				if w.Header().Get("Content-Length") != strconv.Itoa(len(body)) {
					t.Errorf("Content-Length = %s, body %d", w.Header().Get("Content-Length"), len(body))
				}
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(body, s.atom.body) {
				t.Errorf("decoded body differs from the feed")
			}
		})
	}
}

// TestServeConditional checks 304 and 412 for every precondition, in RFC
// 9110's order.
func TestServeConditional(t *testing.T) {
	h, s := newTestHandler(t)
	etag := s.atom.ETag()
	gzETag := s.atom.gzETag[0]
	lastMod := s.updated.UTC().Format(http.TimeFormat)
	before := s.updated.Add(-time.Hour).UTC().Format(http.TimeFormat)
	after := s.updated.Add(time.Hour).UTC().Format(http.TimeFormat)
	tests := []struct {
		name   string
		header []string
		want   int
	}{
		{"none", nil, 200},
		{"If-None-Match exact", []string{"If-None-Match", etag}, 304},
		{"If-None-Match weak", []string{"If-None-Match", "W/" + etag}, 304},
		{"If-None-Match list", []string{"If-None-Match", `"abc", W/"def", ` + etag}, 304},
		{"If-None-Match list without spaces", []string{"If-None-Match", `"abc",` + etag}, 304},
		{"If-None-Match two lines", []string{"If-None-Match", `"abc"`, "If-None-Match", etag}, 304},
		{"If-None-Match tag with a comma", []string{"If-None-Match", `"a,b", ` + etag}, 304},
		{"If-None-Match star", []string{"If-None-Match", "*"}, 304},
		{"If-None-Match other", []string{"If-None-Match", `"other"`}, 200},
		{"If-None-Match gzip tag for plain", []string{"If-None-Match", gzETag}, 200},
		{"If-None-Match unquoted", []string{"If-None-Match", strings.Trim(etag, `"`)}, 200},
		{"If-None-Match gzip tag for gzip", []string{"If-None-Match", gzETag, "Accept-Encoding", "gzip"}, 304},
		{"If-Modified-Since same", []string{"If-Modified-Since", lastMod}, 304},
		{"If-Modified-Since later", []string{"If-Modified-Since", after}, 304},
		{"If-Modified-Since earlier", []string{"If-Modified-Since", before}, 200},
		{"If-Modified-Since garbage", []string{"If-Modified-Since", "yesterday"}, 200},
		{"If-None-Match wins over If-Modified-Since", []string{"If-None-Match", `"other"`, "If-Modified-Since", after}, 200},
		{"If-Match matching", []string{"If-Match", etag}, 200},
		{"If-Match weak never matches", []string{"If-Match", "W/" + etag}, 412},
		{"If-Match other", []string{"If-Match", `"other"`}, 412},
		{"If-Unmodified-Since earlier", []string{"If-Unmodified-Since", before}, 412},
		{"If-Unmodified-Since later", []string{"If-Unmodified-Since", after}, 200},
	}
	for _, tt := range tests {
		for _, method := range []string{http.MethodGet, http.MethodHead} {
			t.Run(method+" "+tt.name, func(t *testing.T) {
				w := do(h, method, "/atom.xml", tt.header...)
				if w.Code != tt.want {
					t.Fatalf("%s with %q = %d, want %d", method, tt.header, w.Code, tt.want)
				}
				if w.Code == http.StatusNotModified {
					if w.Body.Len() != 0 {
						t.Errorf("304 has a body")
					}
					for _, k := range []string{"ETag", "Cache-Control", "Vary"} {
						if w.Header().Get(k) == "" {
							t.Errorf("304 lacks %s", k)
						}
					}
					for _, k := range []string{"Content-Type", "Content-Length", "Last-Modified"} {
						if w.Header().Get(k) != "" {
							t.Errorf("304 has %s", k)
						}
					}
				}
			})
		}
	}
}

func TestServeMethods(t *testing.T) {
	h, s := newTestHandler(t)
	for _, path := range []string{"/", "/atom.xml", "/rss.xml", "/feed.json", "/healthz", "/articles/" + s.ids[0]} {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions} {
			t.Run(method+" "+path, func(t *testing.T) {
				w := do(h, method, path)
				if w.Code != http.StatusMethodNotAllowed {
					t.Fatalf("%s %s = %d, want 405", method, path, w.Code)
				}
				if got := w.Header().Get("Allow"); got != "GET, HEAD" {
					t.Errorf("Allow = %q, want %q", got, "GET, HEAD")
				}
			})
		}
	}
}

func TestServeNotFound(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, path := range []string{"/nope", "/atom.xml/", "/articles/", "/articles/xyz", "/articles/ABC", "/articles/0123/x", "/articles/0123", "/feed.xml", "/paperx/atom.xml"} {
		t.Run(path, func(t *testing.T) {
			if w := do(h, http.MethodGet, path); w.Code != http.StatusNotFound {
				t.Errorf("GET %s = %d, want 404", path, w.Code)
			}
		})
	}
}

func TestServeHealth(t *testing.T) {
	h := NewHandler(nil)
	for _, path := range []string{"/healthz", "/", "/atom.xml", "/articles/0123", "/nope"} {
		t.Run("before swap "+path, func(t *testing.T) {
			w := do(h, http.MethodGet, path)
			if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
				t.Errorf("GET %s before a snapshot = %d, Retry-After %q; want 503 with Retry-After", path, w.Code, w.Header().Get("Retry-After"))
			}
		})
	}
	h.Swap(renderSample(t))
	w := do(h, http.MethodGet, "/healthz")
	if w.Code != http.StatusOK || w.Body.String() != "ok 4 items\n" {
		t.Errorf("GET /healthz = %d %q, want 200 %q", w.Code, w.Body.String(), "ok 4 items\n")
	}
	if w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("/healthz Cache-Control = %q, want no-store", w.Header().Get("Cache-Control"))
	}
}

func TestServeLookup(t *testing.T) {
	h, s := newTestHandler(t)
	old := sampleItems(t)[0]
	old.ID = "00000000000000000001"
	var calls int
	h.Lookup = func(ctx context.Context, id string) (Item, bool, error) {
		calls++
		switch id {
		case old.ID:
			return old, true, nil
		case "00000000000000000bad":
			return Item{}, false, errors.New("database is gone")
		}
		return Item{}, false, nil
	}
	w := do(h, http.MethodGet, "/articles/"+old.ID, "Accept-Encoding", "gzip")
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != ContentTypeHTML || w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET old article = %d %q %q, want 200 gzip HTML", w.Code, w.Header().Get("Content-Type"), w.Header().Get("Content-Encoding"))
	}
	etag := w.Header().Get("ETag")
	if w := do(h, http.MethodGet, "/articles/"+old.ID, "Accept-Encoding", "gzip", "If-None-Match", etag); w.Code != http.StatusNotModified {
		t.Errorf("conditional GET old article = %d, want 304", w.Code)
	}
	if w := do(h, http.MethodGet, "/articles/00000000000000000002"); w.Code != http.StatusNotFound {
		t.Errorf("GET unknown article = %d, want 404", w.Code)
	}
	if w := do(h, http.MethodGet, "/articles/00000000000000000bad"); w.Code != http.StatusInternalServerError {
		t.Errorf("GET article with a failing lookup = %d, want 500", w.Code)
	}
	calls = 0
	if w := do(h, http.MethodGet, "/articles/"+s.ids[1]); w.Code != http.StatusOK || calls != 0 {
		t.Errorf("GET article in the snapshot = %d with %d lookups, want 200 and none", w.Code, calls)
	}
}

func TestServeExtra(t *testing.T) {
	cfg := sampleConfig() // its base URL has the path /paper/
	s, err := Render(cfg, sampleItems(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	h := NewHandler(nil)
	var gotPath string
	h.Extra = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath = r.URL.Path
		w.WriteHeader(http.StatusTeapot)
	})
	if w := do(h, http.MethodGet, "/search"); w.Code != http.StatusTeapot {
		t.Errorf("GET /search before a snapshot = %d, want Extra's 418", w.Code)
	}
	h.Swap(s)
	tests := []struct {
		path, wantPath string
		want           int
	}{
		{"/search?q=x", "/search", http.StatusTeapot},
		{"/paper/search", "/search", http.StatusTeapot},
		{"/articles/xyz", "/articles/xyz", http.StatusTeapot},
		{"/atom.xml", "", http.StatusOK},
		{"/paper/atom.xml", "", http.StatusOK},
		{"/paper", "", http.StatusOK},
		{"/paper/", "", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			gotPath = ""
			w := do(h, http.MethodPost, tt.path)
			if tt.want == http.StatusOK {
				w = do(h, http.MethodGet, tt.path)
			}
			if w.Code != tt.want || gotPath != tt.wantPath {
				t.Errorf("%s = %d, Extra saw %q; want %d, %q", tt.path, w.Code, gotPath, tt.want, tt.wantPath)
			}
		})
	}
}

// TestSwapAtomic serves requests while snapshots are swapped and checks
// that each response is whole and consistent: a body and an ETag of the
// same snapshot.
func TestSwapAtomic(t *testing.T) {
	a := renderSample(t)
	other := sampleItems(t)[:2]
	b, err := Render(sampleConfig(), other, nil)
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string][]byte{a.atom.ETag(): a.atom.body, b.atom.ETag(): b.atom.body}
	h := NewHandler(nil)
	h.Swap(a)
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Go(func() {
		for i := 0; i < 200; i++ {
			h.Swap([]*Snapshot{a, b}[i%2])
		}
		close(done)
	})
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				w := do(h, http.MethodGet, "/atom.xml")
				want, ok := bodies[w.Header().Get("ETag")]
				if !ok || !bytes.Equal(w.Body.Bytes(), want) {
					t.Errorf("response with ETag %s has a body of another snapshot", w.Header().Get("ETag"))
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestMatchETag(t *testing.T) {
	tests := []struct {
		name   string
		header string
		weak   bool
		want   bool
	}{
		{"exact", `"x"`, true, true},
		{"weak for weak comparison", `W/"x"`, true, true},
		{"weak for strong comparison", `W/"x"`, false, false},
		{"list", ` "a" ,W/"b",  "x"`, true, true},
		{"star", `*`, false, true},
		{"no match", `"y"`, true, false},
		{"malformed then match", `"a, "x"`, true, false},
		{"empty", ``, true, false},
		{"unterminated", `"x`, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchETag([]string{tt.header}, `"x"`, tt.weak); got != tt.want {
				t.Errorf("matchETag(%q, weak=%v) = %v, want %v", tt.header, tt.weak, got, tt.want)
			}
		})
	}
}
