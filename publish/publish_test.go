package publish

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/paperfeed/paperfeed/feed"
	"github.com/paperfeed/paperfeed/store"
	"github.com/paperfeed/paperfeed/watch"
)

const samplePath = "../seeds/000_e3f3a7dec7c7eba1.txt"

var shanghai = time.FixedZone("CST", 8*3600)

// clock is a settable time source for the publisher.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

type fixture struct {
	dir   string
	clock *clock
	st    *store.Store
	pub   *Publisher
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := t.Context()
	st, err := store.Open(ctx, store.Memory, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := &clock{t: time.Date(2025, 11, 10, 9, 0, 0, 0, shanghai)}
	dir := t.TempDir()
	pub, err := New(ctx, Config{
		Dir:     dir,
		MaxSize: 1 << 20,
		Feed:    feed.Config{Title: "测试报", BaseURL: "https://news.example.org/", Location: shanghai, Limit: 50},
		Now:     c.now,
	}, st)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{dir: dir, clock: c, st: st, pub: pub}
}

// drop writes b as name with the fixture's current time as its mtime and
// applies it as the watcher would.
func (f *fixture) drop(t *testing.T, name string, b []byte) (bool, error) {
	t.Helper()
	path := filepath.Join(f.dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, f.clock.t, f.clock.t); err != nil {
		t.Fatal(err)
	}
	return f.pub.Apply(t.Context(), watch.Change{Path: path, Op: watch.Put})
}

func (f *fixture) remove(t *testing.T, name string) {
	t.Helper()
	path := filepath.Join(f.dir, name)
	os.Remove(path)
	if _, err := f.pub.Apply(t.Context(), watch.Change{Path: path, Op: watch.Remove}); err != nil {
		t.Fatal(err)
	}
}

// items renders the feeds and returns what a reader sees in the Atom feed.
func (f *fixture) items(t *testing.T) []*gofeed.Item {
	t.Helper()
	snap, err := f.pub.Render(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	h := feed.NewHandler(nil)
	h.Swap(snap)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/atom.xml", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /atom.xml = %d", rec.Code)
	}
	fd, err := gofeed.NewParser().Parse(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	return fd.Items
}

type seen struct{ title, published, updated string }

func summary(items []*gofeed.Item) map[string]seen {
	m := make(map[string]seen)
	for _, it := range items {
		m[it.GUID] = seen{it.Title, it.Published, it.Updated}
	}
	return m
}

func readSample(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encode(t *testing.T, b []byte, enc interface{ Bytes([]byte) ([]byte, error) }) []byte {
	t.Helper()
	out, err := enc.Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRedropKeepsIdentity drops the sample page, then each kind of re-drop,
// and checks what a reader sees: the same ids, each article once, published
// times unchanged, and a new updated time only for a corrected article.
func TestRedropKeepsIdentity(t *testing.T) {
	sample := readSample(t)
	const typoFrom, typoTo = "较上一届增长8.6%", "较上届增长8.6%"
	if !bytes.Contains(sample, []byte(typoFrom)) {
		t.Fatalf("sample lacks %q", typoFrom)
	}
	tests := []struct {
		name        string
		file        string // "" replaces the first file in place
		bytes       func(t *testing.T) []byte
		wantUpdated int // how many articles get a new updated time
	}{
		{"same bytes again", "", func(t *testing.T) []byte { return sample }, 0},
		{"another name", "copy.txt", func(t *testing.T) []byte { return sample }, 0},
		{"GBK", "gbk.txt", func(t *testing.T) []byte { return encode(t, sample, simplifiedchinese.GBK.NewEncoder()) }, 0},
		{"CRLF", "crlf.txt", func(t *testing.T) []byte { return bytes.ReplaceAll(sample, []byte("\n"), []byte("\r\n")) }, 0},
		{"UTF-16LE with BOM", "u16.txt", func(t *testing.T) []byte {
			return encode(t, sample, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder())
		}, 0},
		{"UTF-8 with BOM", "bom.txt", func(t *testing.T) []byte { return append([]byte("\xef\xbb\xbf"), sample...) }, 0},
		{"typo corrected", "", func(t *testing.T) []byte {
			return bytes.Replace(sample, []byte(typoFrom), []byte(typoTo), 1)
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			if _, err := f.drop(t, "page.txt", sample); err != nil {
				t.Fatal(err)
			}
			before := summary(f.items(t))
			if len(before) != 4 {
				t.Fatalf("sample gives %d items, want 4", len(before))
			}
			f.clock.t = f.clock.t.Add(time.Hour)
			name := tt.file
			if name == "" {
				name = "page.txt"
			}
			if _, err := f.drop(t, name, tt.bytes(t)); err != nil {
				t.Fatal(err)
			}
			after := summary(f.items(t))
			if len(after) != len(before) {
				t.Fatalf("after the re-drop the feed has %d items, want %d: %v", len(after), len(before), after)
			}
			updated := 0
			for id, b := range before {
				a, ok := after[id]
				if !ok {
					t.Fatalf("item %s (%s) lost its id", id, b.title)
				}
				if a.published != b.published {
					t.Errorf("%s: published %s, want %s", b.title, a.published, b.published)
				}
				if a.updated != b.updated {
					updated++
				}
			}
			if updated != tt.wantUpdated {
				t.Errorf("%d articles got a new updated time, want %d", updated, tt.wantUpdated)
			}
		})
	}
}

// TestRemoveRenameAndDuplicate covers a page in two files, removal of one
// and of both, and a rename, which keeps the first-seen published time.
func TestRemoveRenameAndDuplicate(t *testing.T) {
	f := newFixture(t)
	sample := readSample(t)
	f.drop(t, "a.txt", sample)
	first := summary(f.items(t))
	f.clock.t = f.clock.t.Add(24 * time.Hour)
	f.drop(t, "b.txt", sample)
	if got := len(f.items(t)); got != 4 {
		t.Fatalf("the same page in two files gives %d items, want 4", got)
	}
	f.remove(t, "a.txt")
	if got := len(f.items(t)); got != 4 {
		t.Fatalf("after removing one of two copies: %d items, want 4", got)
	}
	// A rename is a Remove of the old name and a Put of the new one.
	f.remove(t, "b.txt")
	if got := len(f.items(t)); got != 0 {
		t.Fatalf("after removing both copies: %d items, want 0", got)
	}
	f.clock.t = f.clock.t.Add(24 * time.Hour)
	f.drop(t, "c.txt", sample)
	again := summary(f.items(t))
	for id, s := range first {
		if again[id] != s {
			t.Errorf("after remove and re-drop: %+v, want %+v", again[id], s)
		}
	}
}

func TestUnchangedFileIsNotParsedAgain(t *testing.T) {
	f := newFixture(t)
	sample := readSample(t)
	if changed, err := f.drop(t, "a.txt", sample); err != nil || !changed {
		t.Fatalf("first drop: changed %v, err %v; want true, nil", changed, err)
	}
	// Touched: new mtime, same bytes.
	f.clock.t = f.clock.t.Add(time.Minute)
	if changed, err := f.drop(t, "a.txt", sample); err != nil || changed {
		t.Fatalf("touch: changed %v, err %v; want false, nil", changed, err)
	}
	files, err := f.st.Files(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := files[filepath.Join(f.dir, "a.txt")].ModTime; !got.Equal(f.clock.t) {
		t.Errorf("stored mtime after touch = %v, want %v", got, f.clock.t)
	}
}

func TestBadFilesAreRefused(t *testing.T) {
	f := newFixture(t)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, readSample(t), 0o644)
	tests := []struct {
		name    string
		make    func(path string) error
		wantErr error
	}{
		{"fifo", func(p string) error { return syscall.Mkfifo(p, 0o644) }, ErrNotRegular},
		{"binary", func(p string) error {
			return os.WriteFile(p, bytes.Repeat([]byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2}, 512), 0o644)
		}, ErrBinary},
		{"too large", func(p string) error { return os.WriteFile(p, bytes.Repeat([]byte("新闻。\n"), 1<<17), 0o644) }, ErrTooLarge},
		{"symlink outside", func(p string) error { return os.Symlink(outside, p) }, ErrOutsideFolder},
		{"subfolder", func(p string) error { return os.Mkdir(p, 0o755) }, ErrNotRegular},
		{"empty", func(p string) error { return os.WriteFile(p, nil, 0o644) }, ErrEmpty},
		{"only spaces", func(p string) error { return os.WriteFile(p, []byte("\n\u3000\n  \n"), 0o644) }, ErrNoArticles},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(f.dir, strings.ReplaceAll(tt.name, " ", "-")+".txt")
			if err := tt.make(path); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := f.pub.Apply(context.Background(), watch.Change{Path: path, Op: watch.Put})
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Apply = %v, want %v", err, tt.wantErr)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Apply hung")
			}
			if got := len(f.items(t)); got != 0 {
				t.Fatalf("a refused file put %d items in the feed", got)
			}
		})
	}
	// A symlink to a page inside the folder is fine.
	os.WriteFile(filepath.Join(f.dir, "real.txt"), readSample(t), 0o644)
	link := filepath.Join(f.dir, "link.txt")
	os.Symlink("real.txt", link)
	if _, err := f.pub.Apply(t.Context(), watch.Change{Path: link, Op: watch.Put}); err != nil {
		t.Fatalf("symlink inside the folder: %v", err)
	}
}

func TestLooksBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"utf8 text", []byte("本报讯 今天天气晴。\nHello.\n"), false},
		{"empty", nil, false},
		{"utf16le bom", append([]byte{0xff, 0xfe}, encode(t, []byte("本报讯 hello"), unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder())...), false},
		{"utf16le no bom ascii", encode(t, []byte("Hello world, this is text.\n"), unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder()), false},
		{"gbk", encode(t, []byte("本报讯 今天天气晴。"), simplifiedchinese.GBK.NewEncoder()), false},
		{"elf", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), true},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), true},
		{"controls", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := looksBinary(tt.in); got != tt.want {
				t.Errorf("looksBinary(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSyncRemovesVanishedFiles(t *testing.T) {
	f := newFixture(t)
	sample := readSample(t)
	f.drop(t, "a.txt", sample)
	os.Remove(filepath.Join(f.dir, "a.txt"))
	if err := f.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := len(f.items(t)); got != 0 {
		t.Fatalf("after Sync of an empty folder: %d items, want 0", got)
	}
	if got := f.pub.Known(); len(got) != 0 {
		t.Fatalf("Known() = %v after Sync, want none", got)
	}
}

// page returns a dated page with two articles, unique to n.
func page(n int) []byte {
	d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return fmt.Appendf(nil, "%d年%d月%d日 星期一 第1版 要闻\n\n第%d次区长办公会议召开\n\n本报讯 会议研究了嘉定新城建设工作。撰稿 王明\n\n第%d个社区食堂开业\n\n本报讯 新食堂为老年居民提供午餐。撰稿 李红\n",
		d.Year(), int(d.Month()), d.Day(), n, n)
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec
}

func TestTopicFeeds(t *testing.T) {
	f := newFixture(t)
	f.drop(t, "sample.txt", readSample(t))
	for i := 0; i < 3; i++ {
		f.drop(t, fmt.Sprintf("p%d.txt", i), page(i))
	}
	h := f.pub.Topics()
	tests := []struct {
		path      string
		wantCode  int
		wantItems int
		wantType  string
	}{
		{"/search.atom?q=" + url.QueryEscape("嘉定"), 200, -1, "application/atom+xml"}, // checked below
		{"/search.rss?q=" + url.QueryEscape("食堂"), 200, 3, "application/rss+xml"},
		{"/search.json?q=" + url.QueryEscape("进博会"), 200, 2, "application/feed+json"},
		{"/search.atom?q=" + url.QueryEscape(`") OR NEAR(*`), 200, 0, "application/atom+xml"},
		{"/search.atom", 400, 0, ""},
		{"/search?q=" + url.QueryEscape("食堂"), 200, 3, "text/html"},
		{"/authors/" + url.PathEscape("俞超") + ".atom", 200, 1, "application/atom+xml"},
		{"/authors/" + url.PathEscape("李红") + ".json", 200, 3, "application/feed+json"},
		{"/authors/nobody.atom", 404, 0, ""},
		{"/authors/" + url.PathEscape("俞超") + ".html", 404, 0, ""},
		{"/archive/1.atom", 200, 10, "application/atom+xml"},
		{"/archive/2.atom", 404, 0, ""},
		{"/archive/01.atom", 404, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := get(t, h, tt.path)
			if rec.Code != tt.wantCode {
				t.Fatalf("GET %s = %d, want %d: %s", tt.path, rec.Code, tt.wantCode, rec.Body)
			}
			if tt.wantCode != 200 {
				return
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.wantType) {
				t.Errorf("Content-Type = %q, want %q", ct, tt.wantType)
			}
			if tt.wantType == "text/html" {
				body := rec.Body.String()
				if n := strings.Count(body, "/articles/"); n != tt.wantItems {
					t.Errorf("search page links %d articles, want %d", n, tt.wantItems)
				}
				if !strings.Contains(body, `type="application/atom+xml"`) || !strings.Contains(body, "search.atom?q=") {
					t.Errorf("search page does not offer the search as a feed")
				}
				return
			}
			fd, err := gofeed.NewParser().Parse(rec.Body)
			if err != nil {
				t.Fatal(err)
			}
			if tt.path == "/search.atom?q="+url.QueryEscape("嘉定") {
				// Every item must mention the term somewhere.
				for _, it := range fd.Items {
					if !strings.Contains(it.Title+it.Content, "嘉定") {
						t.Errorf("search result %q does not mention 嘉定", it.Title)
					}
				}
				// All four sample pieces mention 嘉定, and so does the first
				// article of each generated page.
				if len(fd.Items) != 4+3 {
					t.Errorf("search 嘉定 found %d items, want 7", len(fd.Items))
				}
				return
			}
			if len(fd.Items) != tt.wantItems {
				t.Errorf("GET %s: %d items, want %d", tt.path, len(fd.Items), tt.wantItems)
			}
		})
	}
}

// TestArchiveChain fills more than two archive documents and walks the
// chain from the main feed's prev-archive link: every article exactly once.
func TestArchiveChain(t *testing.T) {
	f := newFixture(t)
	const pages = ArchiveSize + ArchiveSize/2 + 7 // two articles each
	const wantDocs = (2*pages + ArchiveSize - 1) / ArchiveSize
	for i := 0; i < pages; i++ {
		if _, err := f.drop(t, fmt.Sprintf("p%04d.txt", i), page(i)); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := f.pub.Render(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	h := feed.NewHandler(nil)
	h.Extra = f.pub.Topics()
	h.Swap(snap)

	main := get(t, h, "/atom.xml").Body.Bytes()
	next := prevArchive(t, main)
	seenIDs := make(map[string]int)
	docs := 0
	for next != "" {
		u, err := url.Parse(next)
		if err != nil {
			t.Fatal(err)
		}
		rec := get(t, h, u.Path)
		if rec.Code != 200 {
			t.Fatalf("GET %s = %d", u.Path, rec.Code)
		}
		body := rec.Body.Bytes()
		// Full documents are archives; the newest, still filling, is not.
		full := docs > 0 || (2*pages)%ArchiveSize == 0
		if marked := bytes.Contains(body, []byte(":archive")); marked != full {
			t.Errorf("%s marked as an archive: %v, want %v", u.Path, marked, full)
		}
		fd, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range fd.Items {
			seenIDs[it.GUID]++
		}
		docs++
		if docs > 10 {
			t.Fatal("archive chain does not end")
		}
		next = prevArchive(t, body)
	}
	if docs != wantDocs {
		t.Errorf("walked %d archive documents, want %d", docs, wantDocs)
	}
	if len(seenIDs) != 2*pages {
		t.Errorf("archive chain holds %d articles, want all %d", len(seenIDs), 2*pages)
	}
	for id, n := range seenIDs {
		if n != 1 {
			t.Errorf("article %s appears %d times in the archive", id, n)
		}
	}
	// The main feed and the archive together hold every article.
	fd, err := gofeed.NewParser().Parse(bytes.NewReader(main))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range fd.Items {
		seenIDs[it.GUID]++
	}
	if len(seenIDs) != 2*pages {
		t.Errorf("the main feed and the archive hold %d articles, want %d", len(seenIDs), 2*pages)
	}
}

// prevArchive returns the href of the Atom document's prev-archive link.
func prevArchive(t *testing.T, body []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return ""
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "link" {
			continue
		}
		var rel, href string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "rel":
				rel = a.Value
			case "href":
				href = a.Value
			}
		}
		if rel == "prev-archive" {
			return href
		}
	}
}

func TestEmptiedFileKeepsItsArticles(t *testing.T) {
	f := newFixture(t)
	f.drop(t, "a.txt", readSample(t))
	if _, err := f.drop(t, "a.txt", nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("emptied file: %v, want %v", err, ErrEmpty)
	}
	if got := len(f.items(t)); got != 4 {
		t.Fatalf("after the file was emptied the feed has %d items, want 4", got)
	}
}

// TestLiveChangeIsDatedNow checks that a page the watcher reports while
// running is first seen now, even when its file keeps an old time (cp -p,
// rsync -t, wget), while Sync dates files that were there before by their
// time.
func TestLiveChangeIsDatedNow(t *testing.T) {
	f := newFixture(t)
	old := f.clock.t.Add(-10 * 24 * time.Hour)
	write := func(f *fixture, name string) string {
		path := filepath.Join(f.dir, name)
		os.WriteFile(path, readSample(t), 0o644)
		os.Chtimes(path, old, old)
		return path
	}
	f.pub.Handle(t.Context(), watch.Change{Path: write(f, "live.txt"), Op: watch.Put})
	items := f.items(t)
	if len(items) != 4 {
		t.Fatalf("%d items, want 4", len(items))
	}
	for _, it := range items {
		if !it.PublishedParsed.Equal(f.clock.t) {
			t.Errorf("live drop: %q published %v, want now %v", it.Title, it.PublishedParsed, f.clock.t)
		}
	}

	g := newFixture(t)
	write(g, "before.txt")
	if err := g.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, it := range g.items(t) {
		if !it.PublishedParsed.Equal(old) {
			t.Errorf("sync: %q published %v, want the file's time %v", it.Title, it.PublishedParsed, old)
		}
	}
}

// TestWriteStatic builds a static site with archive documents and checks
// that every link the feeds make to it is a file: articles (as nginx's
// try_files $uri.html finds them) and archive documents.
func TestWriteStatic(t *testing.T) {
	f := newFixture(t)
	const pages = ArchiveSize + 3 // two articles each: two full archive documents and one filling
	for i := 0; i < pages; i++ {
		f.drop(t, fmt.Sprintf("p%04d.txt", i), page(i))
	}
	out := t.TempDir()
	if err := f.pub.WriteStatic(t.Context(), out); err != nil {
		t.Fatal(err)
	}
	atom, err := os.ReadFile(filepath.Join(out, "atom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	prev := prevArchive(t, atom)
	if prev != "https://news.example.org/archive/3.atom" {
		t.Fatalf("prev-archive = %q, want the newest archive document", prev)
	}
	for k := 1; k <= 3; k++ {
		for _, ext := range []string{"atom", "rss", "json"} {
			if _, err := os.Stat(filepath.Join(out, "archive", fmt.Sprintf("%d.%s", k, ext))); err != nil {
				t.Errorf("archive document %d.%s: %v", k, ext, err)
			}
		}
	}
	arts, _ := filepath.Glob(filepath.Join(out, "articles", "*.html"))
	if len(arts) != 2*pages {
		t.Errorf("%d article pages, want one for each of the %d articles", len(arts), 2*pages)
	}
}

// TestSyncStoresInBatches syncs more files than one batch holds, with files
// refused before they reach a batch among them: every good page is
// published, and files seen before are not parsed again.
func TestSyncStoresInBatches(t *testing.T) {
	f := newFixture(t)
	const n = syncBatch + syncBatch/2
	for i := 0; i < n; i++ {
		os.WriteFile(filepath.Join(f.dir, fmt.Sprintf("p%04d.txt", i)), page(i), 0o644)
	}
	os.WriteFile(filepath.Join(f.dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(f.dir, "binary.txt"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 100), 0o644)
	if err := f.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	count, err := f.st.Count(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if count != 2*n {
		t.Fatalf("after Sync the store has %d articles, want %d", count, 2*n)
	}
	if got := len(f.pub.Known()); got != n {
		t.Fatalf("Known() has %d files, want %d", got, n)
	}
	// A second Sync finds nothing to do.
	before := f.pub.Known()
	if err := f.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	if count2, _ := f.st.Count(t.Context()); count2 != count || len(f.pub.Known()) != len(before) {
		t.Fatalf("a second Sync changed the store: %d articles, %d files", count2, len(f.pub.Known()))
	}
}

// TestRemovingACorrectedCopy drops a page and a corrected copy of it under
// another name, then removes the corrected copy: the article must show the
// remaining file's text again, not the removed one's.
func TestRemovingACorrectedCopy(t *testing.T) {
	f := newFixture(t)
	sample := readSample(t)
	f.drop(t, "a.txt", sample)
	f.clock.t = f.clock.t.Add(time.Hour)
	f.drop(t, "b.txt", bytes.Replace(sample, []byte("较上一届增长8.6%"), []byte("较上一届增长8.8%"), 1))
	content := func() string {
		var all string
		for _, it := range f.items(t) {
			all += it.Content
		}
		return all
	}
	if !strings.Contains(content(), "8.8%") {
		t.Fatal("the corrected copy's text is not shown")
	}
	f.remove(t, "b.txt")
	if c := content(); !strings.Contains(c, "8.6%") || strings.Contains(c, "8.8%") {
		t.Errorf("after removing the corrected copy the feed still shows its text")
	}
	if got := len(f.items(t)); got != 4 {
		t.Errorf("%d items, want 4", got)
	}
}

// TestRemovingBothCopies removes two copies of one page, live and while
// paperfeed was down: no article may stay behind.
func TestRemovingBothCopies(t *testing.T) {
	t.Run("live", func(t *testing.T) {
		f := newFixture(t)
		f.drop(t, "a.txt", readSample(t))
		f.drop(t, "b.txt", readSample(t))
		os.Remove(filepath.Join(f.dir, "a.txt"))
		os.Remove(filepath.Join(f.dir, "b.txt"))
		f.pub.Handle(t.Context(), watch.Change{Path: filepath.Join(f.dir, "a.txt"), Op: watch.Remove})
		f.pub.Handle(t.Context(), watch.Change{Path: filepath.Join(f.dir, "b.txt"), Op: watch.Remove})
		if got := len(f.items(t)); got != 0 {
			t.Fatalf("%d items after removing both copies, want 0", got)
		}
		if got := f.pub.Known(); len(got) != 0 {
			t.Fatalf("Known() = %v, want none", got)
		}
	})
	t.Run("while down", func(t *testing.T) {
		f := newFixture(t)
		f.drop(t, "a.txt", readSample(t))
		f.drop(t, "b.txt", readSample(t))
		os.Remove(filepath.Join(f.dir, "a.txt"))
		os.Remove(filepath.Join(f.dir, "b.txt"))
		select { // drain any earlier kick
		case <-f.pub.kick:
		default:
		}
		if err := f.pub.Sync(t.Context()); err != nil {
			t.Fatal(err)
		}
		select {
		case <-f.pub.kick:
		default:
			t.Error("Sync removed articles but asked for no render")
		}
		if got := len(f.items(t)); got != 0 {
			t.Fatalf("%d items after Sync of a folder without the copies, want 0", got)
		}
	})
}

// TestSyncKeepsTheNewerCopy syncs two copies of a page, the newer one
// corrected: the correction stands.
func TestSyncKeepsTheNewerCopy(t *testing.T) {
	f := newFixture(t)
	sample := readSample(t)
	write := func(name string, b []byte, mod time.Time) {
		path := filepath.Join(f.dir, name)
		os.WriteFile(path, b, 0o644)
		os.Chtimes(path, mod, mod)
	}
	write("z-old.txt", sample, f.clock.t.Add(-2*time.Hour))
	write("a-new.txt", bytes.Replace(sample, []byte("较上一届增长8.6%"), []byte("较上一届增长8.8%"), 1), f.clock.t.Add(-time.Hour))
	if err := f.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	var content string
	for _, it := range f.items(t) {
		content += it.Content
	}
	if !strings.Contains(content, "8.8%") || strings.Contains(content, "8.6%") {
		t.Errorf("after Sync the feed does not show the newer copy's text")
	}
}

// TestStaticBuildKeepsFileTimes checks that a build over files that were
// there before dates the feeds by those files, not by the build, so a cron
// rebuild of an unchanged folder keeps its Last-Modified.
func TestStaticBuildKeepsFileTimes(t *testing.T) {
	f := newFixture(t)
	old := f.clock.t.Add(-48 * time.Hour)
	path := filepath.Join(f.dir, "page.txt")
	os.WriteFile(path, readSample(t), 0o644)
	os.Chtimes(path, old, old)
	if err := f.pub.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := f.pub.WriteStatic(t.Context(), out); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(out, "atom.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.ModTime(); got.Sub(old) < 0 || got.Sub(old) >= time.Second {
		t.Errorf("atom.xml modified %v, want the page file's time %v (the build ran at %v)", got, old, f.clock.t)
	}
}
