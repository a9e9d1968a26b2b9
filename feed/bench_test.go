package feed

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// discard is a ResponseWriter that keeps nothing but the status, so the
// benchmarks measure the Handler rather than a recorder.
type discard struct {
	h    http.Header
	code int
}

func (w *discard) Header() http.Header         { return w.h }
func (w *discard) Write(b []byte) (int, error) { return len(b), nil }
func (w *discard) WriteHeader(code int)        { w.code = code }

// BenchmarkServeAtom serves GET /atom.xml of a 50-item feed: plain, gzip,
// and 304 on If-None-Match.
func BenchmarkServeAtom(b *testing.B) {
	cfg := sampleConfig()
	s, err := Render(cfg, manyItems(b, 50), nil)
	if err != nil {
		b.Fatal(err)
	}
	h := NewHandler(nil)
	h.Swap(s)
	tests := []struct {
		name   string
		header []string
		code   int
		size   int
	}{
		{"plain", nil, http.StatusOK, len(s.atom.body)},
		{"gzip", []string{"Accept-Encoding", "gzip, deflate, br"}, http.StatusOK, len(s.atom.gz)},
		{"304", []string{"Accept-Encoding", "gzip, deflate, br", "If-None-Match", s.atom.gzETag[0]}, http.StatusNotModified, 0},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			r := httptest.NewRequest(http.MethodGet, "/atom.xml", nil)
			for i := 0; i+1 < len(tt.header); i += 2 {
				r.Header.Set(tt.header[i], tt.header[i+1])
			}
			w := &discard{h: make(http.Header)}
			b.SetBytes(int64(tt.size))
			b.ReportAllocs()
			for b.Loop() {
				clear(w.h)
				h.ServeHTTP(w, r)
			}
			if w.code != tt.code {
				b.Fatalf("status %d, want %d", w.code, tt.code)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}

// BenchmarkRender renders every output for 50 and 5,000 items from
// scratch, and 5,000 with one item changed since the previous snapshot.
func BenchmarkRender(b *testing.B) {
	cfg := sampleConfig()
	for _, n := range []int{50, 5000} {
		items := manyItems(b, n)
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Render(cfg, items, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	items := manyItems(b, 5000)
	prev, err := Render(cfg, items, nil)
	if err != nil {
		b.Fatal(err)
	}
	changed := manyItems(b, 5000)
	changed[0].Updated = changed[0].Updated.Add(time.Minute)
	b.Run("items=5000/one-changed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Render(cfg, changed, prev); err != nil {
				b.Fatal(err)
			}
		}
	})
}
