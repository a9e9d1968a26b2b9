package publish

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperfeed/paperfeed/feed"
)

func readGzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// snapshotOf renders a snapshot of the store's newest n articles.
func snapshotOf(t *testing.T, f *fixture, n int, prev *feed.Snapshot) (*feed.Snapshot, []feed.Item) {
	t.Helper()
	arts, err := f.st.Recent(t.Context(), n)
	if err != nil {
		t.Fatal(err)
	}
	items := make([]feed.Item, len(arts))
	for i, a := range arts {
		items[i] = Item(a)
	}
	s, err := feed.Render(f.pub.cfg.Feed, items, prev)
	if err != nil {
		t.Fatal(err)
	}
	return s, items
}

func TestWriteSite(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 3; i++ {
		f.drop(t, fmt.Sprintf("p%d.txt", i), page(i))
	}
	s, items := snapshotOf(t, f, 6, nil)
	dir := t.TempDir()
	// Files that are not the site's stay.
	for _, name := range []string{"robots.txt", "articles/README", "articles/0123.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteSite(dir, s); err != nil {
		t.Fatalf("WriteSite: %v", err)
	}
	files := s.Files()
	if len(files) != 4+len(items) {
		t.Fatalf("Files() = %d files, want 4 + %d pages", len(files), len(items))
	}
	for _, file := range files {
		path := filepath.Join(dir, filepath.FromSlash(file.Path))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, file.Body) {
			t.Errorf("%s differs from the snapshot", file.Path)
		}
		if !bytes.Equal(readGzip(t, path+".gz"), file.Body) {
			t.Errorf("%s.gz does not hold the same bytes", file.Path)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.ModTime().Equal(file.Modified) {
			t.Errorf("%s modified %v, want its Last-Modified %v", file.Path, fi.ModTime(), file.Modified)
		}
	}

	// Again with articles gone and one changed: their pages go, the changed
	// one is replaced, the rest are left alone.
	stat := func(id string) os.FileInfo {
		fi, err := os.Stat(filepath.Join(dir, "articles", id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	before := map[string]os.FileInfo{}
	for _, it := range items {
		before[it.ID] = stat(it.ID)
	}
	f.remove(t, "p0.txt")
	f.drop(t, "p1.txt", bytes.Replace(page(1), []byte("午餐"), []byte("午餐和晚餐"), 1))
	s2, items2 := snapshotOf(t, f, 6, s)
	if err := WriteSite(dir, s2); err != nil {
		t.Fatalf("second WriteSite: %v", err)
	}
	if len(items2) != 4 {
		t.Fatalf("%d items after the removal, want 4", len(items2))
	}
	replaced := 0
	for _, it := range items2 {
		if !os.SameFile(before[it.ID], stat(it.ID)) {
			replaced++
		}
	}
	if replaced != 1 {
		t.Errorf("%d pages written again, want only the changed one", replaced)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	if got := len(names); got != 2*4+2 {
		t.Errorf("articles/ holds %d files, want 4 pages, their .gz and 2 others: %q", got, names)
	}
	for _, name := range []string{"robots.txt", "articles/README", "articles/0123.txt"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != "mine" {
			t.Errorf("%s was touched: %q, %v", name, b, err)
		}
	}
}

func TestWriteSiteError(t *testing.T) {
	f := newFixture(t)
	f.drop(t, "p.txt", page(1))
	s, _ := snapshotOf(t, f, 2, nil)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteSite(file, s); err == nil {
		t.Errorf("WriteSite(a file) = nil, want an error")
	}
}
