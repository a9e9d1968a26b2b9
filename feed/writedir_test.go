package feed

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	items := manyItems(t, 6)
	s, err := Render(sampleConfig(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Files that are not WriteDir's stay.
	for _, name := range []string{"robots.txt", "articles/README", "articles/0123.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.WriteDir(dir); err != nil {
		t.Fatalf("WriteDir: %v", err)
	}
	want := map[string]*Resource{"atom.xml": s.atom, "rss.xml": s.rss, "feed.json": s.json, "index.html": s.index}
	for _, it := range items {
		want["articles/"+it.ID+".html"] = s.pages[it.ID].res
	}
	for name, res := range want {
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, res.body) {
			t.Errorf("%s differs from the snapshot", name)
		}
		if !bytes.Equal(readGzip(t, path+".gz"), res.body) {
			t.Errorf("%s.gz does not hold the same bytes", name)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.ModTime().Equal(res.modified) {
			t.Errorf("%s modified %v, want its Last-Modified %v", name, fi.ModTime(), res.modified)
		}
	}

	// Again with two items gone and one changed: their pages go, the
	// changed one is replaced, the rest are left alone.
	stat := func(name string) os.FileInfo {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	keptBefore := stat("articles/" + items[0].ID + ".html")
	changedBefore := stat("articles/" + items[1].ID + ".html")
	next := manyItems(t, 4)
	next[1].Piece.Body[0].Text += "更正。"
	s2, err := Render(sampleConfig(), next, s)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.WriteDir(dir); err != nil {
		t.Fatalf("second WriteDir: %v", err)
	}
	if !os.SameFile(keptBefore, stat("articles/"+items[0].ID+".html")) {
		t.Errorf("an unchanged page was written again")
	}
	if os.SameFile(changedBefore, stat("articles/"+items[1].ID+".html")) {
		t.Errorf("a changed page was not replaced")
	}
	for _, it := range items[4:] {
		for _, name := range []string{it.ID + ".html", it.ID + ".html.gz"} {
			if _, err := os.Stat(filepath.Join(dir, "articles", name)); !os.IsNotExist(err) {
				t.Errorf("stale %s: %v, want it removed", name, err)
			}
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, "articles"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := len(names); got != 2*4+2 {
		t.Errorf("articles/ holds %d files, want 4 pages, their .gz and 2 others: %q", got, names)
	}
	for _, name := range append(names, "robots.txt") {
		if strings.Contains(name, ".tmp") {
			t.Errorf("temporary file %s left behind", name)
		}
	}
	for _, name := range []string{"robots.txt", "articles/README", "articles/0123.txt"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != "mine" {
			t.Errorf("%s was touched: %q, %v", name, b, err)
		}
	}
}

func TestWriteDirError(t *testing.T) {
	s := renderSample(t)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteDir(file); err == nil {
		t.Errorf("WriteDir(a file) = nil, want an error")
	}
}
