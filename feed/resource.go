package feed

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"time"
)

// Content types of the outputs, with their charset.
const (
	ContentTypeAtom = typeAtom + "; charset=utf-8"
	ContentTypeRSS  = typeRSS + "; charset=utf-8"
	ContentTypeJSON = typeJSON + "; charset=utf-8"
	ContentTypeHTML = "text/html; charset=utf-8"
)

// Cache-Control values: feeds and the index change with every new article;
// an article page changes only when the article is corrected.
const (
	CacheFeed = "public, max-age=300"
	CachePage = "public, max-age=3600"
)

// Resource is one rendered document, ready to serve: its bytes, its gzip
// bytes (compressed once, when built), strong ETags for both, and its
// Last-Modified time. A Resource never changes once built.
type Resource struct {
	body, gz []byte
	modified time.Time

	// Header values, built once and shared by every response; each slice
	// has len == cap, so an append by a caller copies it.
	ctype, cache, etag, gzETag, lastMod, length, gzLength []string
}

// compressor gzips bodies, reusing its writer and buffer.
type compressor struct {
	zw  *gzip.Writer
	buf bytes.Buffer
}

// newCompressor returns a compressor at a gzip level: BestCompression for
// the feeds and the index, served most; DefaultCompression, twice as fast
// and 2% larger, for article pages.
func newCompressor(level int) *compressor {
	c := &compressor{}
	c.zw, _ = gzip.NewWriterLevel(&c.buf, level) // the levels used are valid
	return c
}

// gzip returns body compressed, deterministically (no name, no time).
func (c *compressor) gzip(body []byte) []byte {
	c.buf.Reset()
	c.zw.Reset(&c.buf)
	c.zw.Write(body) // a bytes.Buffer does not fail
	c.zw.Close()
	return bytes.Clone(c.buf.Bytes())
}

// NewResource builds a Resource of body with the given Content-Type and
// Cache-Control (such as ContentTypeAtom and CacheFeed), compressing it
// once. modified is its Last-Modified time; zero sends none.
func NewResource(contentType, cacheControl string, body []byte, modified time.Time) *Resource {
	return newResource(newCompressor(gzip.DefaultCompression), contentType, cacheControl, body, modified)
}

func newResource(c *compressor, contentType, cacheControl string, body []byte, modified time.Time) *Resource {
	sum := sha256.Sum256(body)
	tag := base64.RawURLEncoding.EncodeToString(sum[:15])
	r := &Resource{
		body:     body,
		modified: modified.Truncate(time.Second),
		ctype:    []string{contentType},
		cache:    []string{cacheControl},
		etag:     []string{`"` + tag + `"`},
		length:   []string{strconv.Itoa(len(body))},
	}
	if !modified.IsZero() {
		r.lastMod = []string{modified.UTC().Format(http.TimeFormat)}
	}
	if gz := c.gzip(body); len(gz) < len(body) {
		r.gz = gz
		r.gzETag = []string{`"` + tag + `-gz"`}
		r.gzLength = []string{strconv.Itoa(len(gz))}
	}
	return r
}

// Body returns the document's bytes; the caller must not modify them.
func (r *Resource) Body() []byte { return r.body }

// ETag returns the strong ETag of the uncompressed document, quoted.
func (r *Resource) ETag() string { return r.etag[0] }

// Modified returns the document's Last-Modified time, to the second.
func (r *Resource) Modified() time.Time { return r.modified }

// Header values shared by every response, so that serving allocates
// nothing. They are never modified; each has len == cap, so an Add by a
// caller's middleware copies rather than writes into them.
var (
	hdrVary      = []string{"Accept-Encoding"}
	hdrGzip      = []string{"gzip"}
	hdrNosniff   = []string{"nosniff"}
	hdrAllow     = []string{"GET, HEAD"}
	hdrTextPlain = []string{"text/plain; charset=utf-8"}
	hdrNoStore   = []string{"no-store"}
)

// ServeHTTP answers GET and HEAD with the document, honouring conditional
// requests (If-Match, If-Unmodified-Since, If-None-Match,
// If-Modified-Since, in RFC 9110's order) and serving the gzip bytes when
// Accept-Encoding allows them; other methods get 405.
func (r *Resource) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		methodNotAllowed(w)
		return
	}
	h := w.Header()
	etag, length := r.etag, r.length
	gz := r.gz != nil && acceptsGzip(req.Header["Accept-Encoding"])
	if gz {
		etag, length = r.gzETag, r.gzLength
	}
	if r.gz != nil {
		h["Vary"] = hdrVary
	}
	h["Etag"] = etag
	h["Cache-Control"] = r.cache
	// A 304 carries what RFC 9110 section 15.4.5 lists (ETag, Vary,
	// Cache-Control; Date from net/http) and, with an ETag there, no
	// Last-Modified.
	switch checkConditions(req, etag[0], r.modified) {
	case http.StatusNotModified:
		w.WriteHeader(http.StatusNotModified)
		return
	case http.StatusPreconditionFailed:
		w.WriteHeader(http.StatusPreconditionFailed)
		return
	}
	if r.lastMod != nil {
		h["Last-Modified"] = r.lastMod
	}
	h["Content-Type"] = r.ctype
	h["X-Content-Type-Options"] = hdrNosniff
	h["Content-Length"] = length
	body := r.body
	if gz {
		h["Content-Encoding"] = hdrGzip
		body = r.gz
	}
	w.WriteHeader(http.StatusOK)
	if req.Method != http.MethodHead {
		w.Write(body)
	}
}

// methodNotAllowed answers 405 with the methods allowed.
func methodNotAllowed(w http.ResponseWriter) {
	h := w.Header()
	h["Allow"] = hdrAllow
	plain(w, http.StatusMethodNotAllowed, "method not allowed\n")
}

// plain answers with a short text body that is not to be cached.
func plain(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h["Content-Type"] = hdrTextPlain
	h["X-Content-Type-Options"] = hdrNosniff
	h["Cache-Control"] = hdrNoStore
	h["Content-Length"] = []string{strconv.Itoa(len(msg))}
	w.WriteHeader(code)
	w.Write([]byte(msg))
}
