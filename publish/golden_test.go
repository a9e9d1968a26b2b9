package publish

import (
	"bytes"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/feed"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSampleGolden runs the sample page through the whole pipeline — the
// real parser, the store and the renderer — with a fixed clock, and
// compares the three feeds with golden files.
func TestSampleGolden(t *testing.T) {
	f := newFixture(t)
	f.clock.t = time.Date(2025, 11, 10, 6, 30, 0, 0, shanghai)
	if _, err := f.drop(t, "000_e3f3a7dec7c7eba1.txt", readSample(t)); err != nil {
		t.Fatal(err)
	}
	snap, err := f.pub.Render(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	h := feed.NewHandler(nil)
	h.Swap(snap)
	for _, name := range []string{"atom.xml", "rss.xml", "feed.json"} {
		t.Run(name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/"+name, nil))
			got := rec.Body.Bytes()
			golden := filepath.Join("testdata", "sample."+name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("GET /%s differs from %s (run go test ./publish -update after an intended change)\ngot:\n%s", name, golden, got)
			}
		})
	}
}
