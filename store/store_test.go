package store_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/store"
)

var day1 = article.Date{Year: 2025, Month: 11, Day: 8}
var day2 = article.Date{Year: 2025, Month: 11, Day: 9}

func TestPutFileNew(t *testing.T) {
	s := openMem(t)
	es := testPage(day1, "1", "要闻",
		pieceSpec{title: "进博会见证嘉定力量", body: []string{"本报讯 第八届中国国际进口博览会圆满落幕。"}, authors: []string{"俞超"}},
		pieceSpec{title: "共同开启核心圈建设新征程", body: []string{"本报讯 11月5日,会议在嘉定举行。"}},
	)
	res := put(t, s, "/in/p1.txt", es, at(0))
	if !slices.Equal(res.Added, entryIDs(es)) || len(res.Updated)+len(res.Hidden)+len(res.Shown)+len(res.Moved) != 0 {
		t.Fatalf("PutFile(new page) = %+v, want Added %v only", res, entryIDs(es))
	}
	if !res.Changed() {
		t.Errorf("Result.Changed() = false, want true")
	}
	for i, e := range es {
		a := mustArticle(t, s, e.ID)
		if !a.Published.Equal(day1.In(shanghai)) {
			t.Errorf("article %d Published = %v, want %v", i, a.Published, day1.In(shanghai))
		}
		if !a.FirstSeen.Equal(at(0)) || !a.Updated.Equal(at(0)) {
			t.Errorf("article %d FirstSeen, Updated = %v, %v, want both %v", i, a.FirstSeen, a.Updated, at(0))
		}
		if !reflect.DeepEqual(a.Piece, e.Piece) || a.PageDate != e.PageDate || a.PageNumber != "1" ||
			a.PageName != "要闻" || a.Position != i {
			t.Errorf("article %d = %+v, want the entry %+v back", i, a.Entry, e)
		}
	}
	if n, err := s.Count(t.Context()); err != nil || n != 2 {
		t.Errorf("Count() = %d, %v, want 2", n, err)
	}
}

func TestPublishedFallsBackToFirstSeen(t *testing.T) {
	s := openMem(t)
	es := simplePage(article.Date{}, "", "undated", 1)
	put(t, s, "/in/u.txt", es, at(7))
	if a := mustArticle(t, s, es[0].ID); !a.Published.Equal(at(7)) {
		t.Errorf("Published = %v, want first-seen %v", a.Published, at(7))
	}
}

func TestPutFileUnchanged(t *testing.T) {
	s := openMem(t)
	es := simplePage(day1, "1", "same", 3)
	put(t, s, "/in/a.txt", es, at(0))
	before, _ := s.Recent(t.Context(), 10)

	// The same page again, later: a touch, a copy over, a re-drop.
	res := put(t, s, "/in/a.txt", simplePage(day1, "1", "same", 3), at(60))
	if res.Changed() {
		t.Errorf("PutFile(unchanged page) = %+v, want nothing changed", res)
	}
	after, _ := s.Recent(t.Context(), 10)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("Recent after unchanged re-put = %+v, want %+v", after, before)
	}
}

func TestPutFileCorrected(t *testing.T) {
	s := openMem(t)
	es := testPage(day1, "1", "", pieceSpec{title: "嘉定新闻", body: []string{"嘉定区10余家企业组团参展。", "第二段有个错别子。"}})
	put(t, s, "/in/a.txt", es, at(0))

	fixed := testPage(day1, "1", "", pieceSpec{title: "嘉定新闻", body: []string{"嘉定区10余家企业组团参展。", "第二段有个错别字。"}})
	if fixed[0].ID != es[0].ID {
		t.Fatalf("test setup: corrected piece got id %s, want %s", fixed[0].ID, es[0].ID)
	}
	res := put(t, s, "/in/a.txt", fixed, at(30))
	if !slices.Equal(res.Updated, []string{es[0].ID}) || len(res.Added) != 0 {
		t.Fatalf("PutFile(corrected) = %+v, want Updated [%s]", res, es[0].ID)
	}
	a := mustArticle(t, s, es[0].ID)
	if !a.Published.Equal(day1.In(shanghai)) || !a.FirstSeen.Equal(at(0)) || !a.Updated.Equal(at(30)) {
		t.Errorf("corrected article dates = published %v first %v updated %v, want %v %v %v",
			a.Published, a.FirstSeen, a.Updated, day1.In(shanghai), at(0), at(30))
	}
	if got := a.Piece.Body[1].Text; got != "第二段有个错别字。" {
		t.Errorf("corrected body = %q, want the new text", got)
	}
	// Search sees the new text, not the old.
	if got, _ := s.Search(t.Context(), "错别字", 10); !slices.Equal(ids(got), []string{es[0].ID}) {
		t.Errorf("Search(new text) = %v, want [%s]", ids(got), es[0].ID)
	}
	if got, _ := s.Search(t.Context(), "错别子", 10); len(got) != 0 {
		t.Errorf("Search(old text) = %v, want nothing", ids(got))
	}
}

func TestPutFileMovedAndLineOnly(t *testing.T) {
	s := openMem(t)
	es := simplePage(day1, "1", "m", 2)
	put(t, s, "/in/a.txt", es, at(0))
	// A new piece on top: the old ones move down a place, their content unchanged.
	moved := append(simplePage(day1, "1", "top", 1), es...)
	moved[1].Position, moved[2].Position = 1, 2
	moved[1].Piece.Line, moved[2].Piece.Line = 50, 60
	res := put(t, s, "/in/a.txt", moved, at(5))
	if !sameSet(res.Moved, entryIDs(es)) || len(res.Updated) != 0 || len(res.Added) != 1 {
		t.Fatalf("PutFile(insert on top) = %+v, want 1 added and the 2 old moved, none updated", res)
	}
	if got := recentIDs(t, s, 10); !slices.Equal(got, entryIDs(moved)) {
		t.Errorf("Recent = %v, want %v", got, entryIDs(moved))
	}
	if a := mustArticle(t, s, es[0].ID); !a.Updated.Equal(at(0)) {
		t.Errorf("moved article Updated = %v, want unchanged %v", a.Updated, at(0))
	}
}

func TestSamePageInTwoFiles(t *testing.T) {
	s := openMem(t)
	es := simplePage(day1, "1", "dup", 3)
	put(t, s, "/in/a.txt", es, at(0))
	res := put(t, s, "/in/copy of a.txt", simplePage(day1, "1", "dup", 3), at(10))
	if res.Changed() {
		t.Errorf("PutFile(second copy) = %+v, want nothing changed", res)
	}
	if got := recentIDs(t, s, 10); !slices.Equal(got, entryIDs(es)) {
		t.Errorf("Recent = %v, want each article once: %v", got, entryIDs(es))
	}
	if res := remove(t, s, "/in/a.txt", at(20)); res.Changed() {
		t.Errorf("RemoveFile(one copy) = %+v, want nothing hidden", res)
	}
	if got := recentIDs(t, s, 10); !slices.Equal(got, entryIDs(es)) {
		t.Errorf("Recent after removing one copy = %v, want %v", got, entryIDs(es))
	}
	res = remove(t, s, "/in/copy of a.txt", at(30))
	if !sameSet(res.Hidden, entryIDs(es)) {
		t.Errorf("RemoveFile(last copy) Hidden = %v, want %v", res.Hidden, entryIDs(es))
	}
	if got := recentIDs(t, s, 10); len(got) != 0 {
		t.Errorf("Recent after removing both = %v, want none", got)
	}
	files, err := s.Files(t.Context())
	if err != nil || len(files) != 0 {
		t.Errorf("Files() = %v, %v, want none", files, err)
	}
}

func TestRenameKeepsDates(t *testing.T) {
	s := openMem(t)
	es := simplePage(article.Date{}, "3", "undated", 2) // published falls back to first seen
	put(t, s, "/in/old name.txt", es, at(0))
	before, _ := s.Recent(t.Context(), 10)

	if res := remove(t, s, "/in/old name.txt", at(100)); !sameSet(res.Hidden, entryIDs(es)) {
		t.Fatalf("RemoveFile = %+v, want all hidden", res)
	}
	if _, ok, _ := s.Article(t.Context(), es[0].ID); ok {
		t.Errorf("Article(hidden) found, want not found")
	}
	res := put(t, s, "/in/new name.txt", simplePage(article.Date{}, "3", "undated", 2), at(200))
	if !sameSet(res.Shown, entryIDs(es)) || len(res.Added) != 0 || len(res.Updated) != 0 {
		t.Fatalf("PutFile(renamed) = %+v, want all shown, none added or updated", res)
	}
	after, _ := s.Recent(t.Context(), 10)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("Recent after rename = %+v, want %+v (same dates)", after, before)
	}
}

func TestHiddenThenBack(t *testing.T) {
	s := openMem(t)
	es := simplePage(day1, "2", "h", 3)
	put(t, s, "/in/a.txt", es, at(0))

	res := put(t, s, "/in/a.txt", es[:2], at(10))
	if !slices.Equal(res.Hidden, []string{es[2].ID}) || len(res.Added)+len(res.Updated) != 0 {
		t.Fatalf("PutFile(piece dropped) = %+v, want Hidden [%s]", res, es[2].ID)
	}
	if n, _ := s.Count(t.Context()); n != 2 {
		t.Errorf("Count() = %d, want 2", n)
	}
	if _, ok, _ := s.Article(t.Context(), es[2].ID); ok {
		t.Errorf("Article(hidden) found, want not found")
	}
	if got, _ := s.Search(t.Context(), "h-2", 10); len(got) != 0 {
		t.Errorf("Search finds hidden article: %v", ids(got))
	}

	res = put(t, s, "/in/a.txt", es, at(20))
	if !slices.Equal(res.Shown, []string{es[2].ID}) || len(res.Added) != 0 {
		t.Fatalf("PutFile(piece back) = %+v, want Shown [%s]", res, es[2].ID)
	}
	a := mustArticle(t, s, es[2].ID)
	if !a.FirstSeen.Equal(at(0)) || !a.Updated.Equal(at(0)) {
		t.Errorf("article back: FirstSeen %v Updated %v, want both %v", a.FirstSeen, a.Updated, at(0))
	}
}

func TestRecentOrder(t *testing.T) {
	s := openMem(t)
	// Same date: page numbers in natural order, the page without number last,
	// pieces in page order. The newer date comes first.
	var want []string
	newer := simplePage(day2, "10", "newer", 1)
	want = append(want, entryIDs(newer)...)
	pages := map[string][]store.Entry{}
	for _, n := range []string{"2", "10", "A2", "A10", ""} {
		pages[n] = simplePage(day1, n, "p"+n, 3)
		want = append(want, entryIDs(pages[n])...)
	}
	// Put them in a scrambled order.
	for _, n := range []string{"A10", "", "10", "A2", "2"} {
		put(t, s, "/in/page-"+n+".txt", pages[n], at(len(n)))
	}
	put(t, s, "/in/newer.txt", newer, at(0))
	if got := recentIDs(t, s, 100); !slices.Equal(got, want) {
		t.Errorf("Recent order =\n%v\nwant\n%v", got, want)
	}
	if got := recentIDs(t, s, 4); !slices.Equal(got, want[:4]) {
		t.Errorf("Recent(4) = %v, want %v", got, want[:4])
	}
}

func TestPersistence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "paperfeed.db")
	s, err := store.Open(t.Context(), path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Open(%s) error: %v", path, err)
	}
	if !s.Fresh() || s.Rebuilt() {
		t.Errorf("new store: Fresh() = %v, Rebuilt() = %v, want true, false", s.Fresh(), s.Rebuilt())
	}
	put(t, s, "/in/a.txt", testPage(day1, "1", "要闻", pieceSpec{title: "嘉定", body: []string{"正文。"}, authors: []string{"王五"}}), at(0))
	put(t, s, "/in/b.txt", simplePage(article.Date{}, "", "undated", 2), at(3))
	put(t, s, "/in/c.txt", simplePage(day2, "A10", "c", 2), at(4))
	remove(t, s, "/in/c.txt", at(5))
	before, _ := s.Recent(t.Context(), 50)
	filesBefore, _ := s.Files(t.Context())
	if err := s.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}

	s, err = store.Open(t.Context(), path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("reopen error: %v", err)
	}
	defer s.Close()
	if s.Fresh() || s.Rebuilt() {
		t.Errorf("reopened store: Fresh() = %v, Rebuilt() = %v, want false, false", s.Fresh(), s.Rebuilt())
	}
	after, _ := s.Recent(t.Context(), 50)
	if len(after) != 3 || !reflect.DeepEqual(before, after) {
		t.Errorf("Recent after reopen =\n%+v\nwant\n%+v", after, before)
	}
	filesAfter, _ := s.Files(t.Context())
	if len(filesAfter) != 2 {
		t.Errorf("Files() after reopen has %d files, want 2", len(filesAfter))
	}
	for p, f := range filesBefore {
		g := filesAfter[p]
		if g.Path != f.Path || g.Size != f.Size || g.Hash != f.Hash || !g.ModTime.Equal(f.ModTime) {
			t.Errorf("Files()[%s] after reopen = %+v, want %+v", p, g, f)
		}
	}
}

// writeDB writes a small real store at path and closes it.
func writeDB(t *testing.T, path string, pages int) {
	t.Helper()
	s, err := store.Open(t.Context(), path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Open(%s) error: %v", path, err)
	}
	for i := range pages {
		put(t, s, fmt.Sprintf("/in/%d.txt", i), simplePage(day1, fmt.Sprint(i), strings.Repeat("filler text ", 40)+fmt.Sprint(i), 5), at(i))
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}
}

func TestCorruptStoreRebuilt(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"garbage", func(t *testing.T, path string) {
			os.WriteFile(path, []byte(strings.Repeat("this is not a database\n", 500)), 0o644)
			os.WriteFile(path+"-wal", []byte("junk wal"), 0o644)
		}},
		{"truncated", func(t *testing.T, path string) {
			writeDB(t, path, 40)
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, fi.Size()/3); err != nil {
				t.Fatal(err)
			}
		}},
		{"header only", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite format 3\x00"), 0o644)
		}},
		{"damaged pages", func(t *testing.T, path string) {
			writeDB(t, path, 40)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for i := 4096 * 2; i < len(b); i += 4096 {
				copy(b[i:], "\xde\xad\xbe\xef garbage over a b-tree page header")
			}
			os.WriteFile(path, b, 0o644)
		}},
		{"someone else's database", func(t *testing.T, path string) {
			writeDB(t, path, 1)
			spoilSchema(t, path, "PRAGMA user_version = 0")
		}},
		{"newer schema", func(t *testing.T, path string) {
			writeDB(t, path, 1)
			spoilSchema(t, path, "PRAGMA user_version = 99")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "paperfeed.db")
			tt.spoil(t, path)
			var logs strings.Builder
			s, err := store.New(t.Context(), store.Config{
				Path:   path,
				Logger: slog.New(slog.NewTextHandler(&logs, nil)),
				Now:    func() time.Time { return time.Unix(1700000000, 0) },
			})
			if err != nil {
				t.Fatalf("New(spoiled %s) error: %v", tt.name, err)
			}
			defer s.Close()
			if !s.Rebuilt() || !s.Fresh() {
				t.Errorf("Rebuilt(), Fresh() = %v, %v, want true, true", s.Rebuilt(), s.Fresh())
			}
			if !strings.Contains(logs.String(), "level=WARN") {
				t.Errorf("log = %q, want a warning", logs.String())
			}
			if _, err := os.Stat(path + ".corrupt-1700000000"); err != nil {
				t.Errorf("moved-aside file: %v", err)
			}
			es := simplePage(day1, "1", "fresh", 2)
			put(t, s, "/in/a.txt", es, at(0))
			if got := recentIDs(t, s, 10); !slices.Equal(got, entryIDs(es)) {
				t.Errorf("Recent on rebuilt store = %v, want %v", got, entryIDs(es))
			}
		})
	}
}

// spoilSchema runs one statement on the database at path through a second,
// plain store-less handle: store.Open with a fresh path would not do.
func spoilSchema(t *testing.T, path, stmt string) {
	t.Helper()
	db := openRaw(t, path)
	if _, err := db.Exec(stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
	db.Close()
}

func TestCorruptMovedAsideTwiceInOneSecond(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.db")
	now := func() time.Time { return time.Unix(42, 0) }
	for range 2 {
		os.WriteFile(path, []byte("garbage garbage garbage garbage"), 0o644)
		s, err := store.New(t.Context(), store.Config{Path: path, Now: now})
		if err != nil {
			t.Fatalf("New error: %v", err)
		}
		s.Close()
	}
	for _, name := range []string{"x.db.corrupt-42", "x.db.corrupt-43"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("moved-aside file %s: %v", name, err)
		}
	}
}

func TestOpenKeepsEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(path, nil, 0o644)
	s, err := store.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("Open(empty file) error: %v", err)
	}
	defer s.Close()
	if s.Rebuilt() || !s.Fresh() {
		t.Errorf("Rebuilt(), Fresh() = %v, %v, want false, true", s.Rebuilt(), s.Fresh())
	}
}

func TestArchive(t *testing.T) {
	const size = 4
	s := openMem(t)
	var all []string
	for i := range 5 { // 5 pages of 2: 10 articles, archive documents 4+4+2
		es := simplePage(article.Date{Year: 2025, Month: 1, Day: 1 + i}, "1", fmt.Sprintf("a%d", i), 2)
		put(t, s, fmt.Sprintf("/in/%d.txt", i), es, at(i))
		all = append(all, entryIDs(es)...)
	}
	walk := func() (docs [][]string) {
		n, err := s.ArchivePages(t.Context(), size)
		if err != nil {
			t.Fatalf("ArchivePages error: %v", err)
		}
		docs = make([][]string, n+1)
		for k := n; k >= 1; k-- {
			arts, err := s.ArchivePage(t.Context(), k, size)
			if err != nil {
				t.Fatalf("ArchivePage(%d) error: %v", k, err)
			}
			docs[k] = ids(arts)
		}
		return docs
	}
	checkWalk := func(docs [][]string, want []string) {
		t.Helper()
		var got []string
		for _, d := range docs {
			got = append(got, d...)
		}
		if len(got) != len(want) || !sameSet(got, want) {
			t.Errorf("archive walk yields %v, want each of %v exactly once", got, want)
		}
	}
	docs := walk()
	if len(docs)-1 != 3 {
		t.Fatalf("ArchivePages = %d, want 3", len(docs)-1)
	}
	checkWalk(docs, all)
	for k, want := range map[int]bool{1: true, 2: true, 3: false} {
		if got, _ := s.ArchiveComplete(t.Context(), k, size); got != want {
			t.Errorf("ArchiveComplete(%d) = %v, want %v", k, got, want)
		}
	}

	// New articles, some with an older page date: old documents stay as they were.
	es := simplePage(article.Date{Year: 2024, Month: 6, Day: 1}, "1", "late", 3)
	put(t, s, "/in/late.txt", es, at(50))
	all = append(all, entryIDs(es)...)
	docs2 := walk()
	checkWalk(docs2, all)
	for k := 1; k <= 2; k++ {
		if !slices.Equal(docs2[k], docs[k]) {
			t.Errorf("complete archive document %d changed from %v to %v", k, docs[k], docs2[k])
		}
	}

	// Hide an old article: only its document changes; it comes back there.
	put(t, s, "/in/1.txt", simplePage(article.Date{Year: 2025, Month: 1, Day: 2}, "1", "a1", 1), at(60))
	docs3 := walk()
	checkWalk(docs3, slices.DeleteFunc(slices.Clone(all), func(id string) bool { return id == all[3] }))
	if slices.Contains(docs3[1], all[3]) || len(docs3[1]) != 3 || !slices.Equal(docs3[2], docs2[2]) {
		t.Errorf("after hiding %s: documents %v, want only document 1 to lose it", all[3], docs3)
	}
	put(t, s, "/in/1.txt", simplePage(article.Date{Year: 2025, Month: 1, Day: 2}, "1", "a1", 2), at(70))
	if docs4 := walk(); !reflect.DeepEqual(docs4, docs2) {
		t.Errorf("after showing it again: documents %v, want %v", docs4, docs2)
	}
	if arts, err := s.ArchivePage(t.Context(), 99, size); err != nil || len(arts) != 0 {
		t.Errorf("ArchivePage(99) = %v, %v, want empty", ids(arts), err)
	}
	if _, err := s.ArchivePage(t.Context(), 0, size); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("ArchivePage(0) error = %v, want ErrInvalid", err)
	}
}

func TestSearch(t *testing.T) {
	s := openMem(t)
	jiading := testPage(day1, "1", "要闻",
		pieceSpec{title: "进博会见证“嘉定力量”", body: []string{"本报讯 嘉定区10余家企业组团参展,达成采购成交意向金额3.8亿美元。"}},
		pieceSpec{title: "共同开启核心圈建设新征程", body: []string{"会议在嘉定举行,三地共谋发展。"}},
	)
	english := testPage(day2, "A2", "World",
		pieceSpec{title: "Shanghai Expo Draws Record Crowds", body: []string{"SHANGHAI (AP) — Visitors poured in on Sunday."}, authors: []string{"Jane Doe"}},
		pieceSpec{title: "Markets rally", body: []string{"Stocks rose; the NEAR term outlook improved (analysts said)."}},
	)
	other := testPage(day2, "3", "", pieceSpec{title: "区域经济学讲座", body: []string{"曾刚教授作主旨演讲。"}})
	put(t, s, "/in/j.txt", jiading, at(0))
	put(t, s, "/in/e.txt", english, at(1))
	put(t, s, "/in/o.txt", other, at(2))
	j0, j1, e0, e1, o0 := jiading[0].ID, jiading[1].ID, english[0].ID, english[1].ID, other[0].ID

	tests := []struct {
		name string
		q    string
		want []string // in order: newest first
	}{
		{"two characters", "嘉定", []string{j0, j1}},
		{"two characters in a longer run", "定区", []string{j0}},
		{"three characters", "嘉定区", []string{j0}},
		{"in the title", "嘉定力量", []string{j0}},
		{"single character", "区", []string{o0, j0}},
		{"single character inside a run", "举", []string{j1}},
		{"single character ending a run", "元", []string{j0}},
		{"CJK and digits", "区10余", []string{j0}},
		{"digits then CJK", "10余家", []string{j0}},
		{"decimal", "3.8亿", []string{j0}},
		{"two words", "嘉定 企业", []string{j0}},
		{"no such", "上海", nil},
		{"not adjacent", "嘉区", nil},
		{"English word", "shanghai", []string{e0}},
		{"English upper case", "EXPO", []string{e0}},
		{"English phrase", "record crowds", []string{e0}},
		{"English not a prefix", "shang", nil},
		{"author", "doe", []string{e0}},
		{"full width", "ＥＸＰＯ", []string{e0}},
		{"keyword near", "NEAR", []string{e1}},
		{"hostile quote", `"`, nil},
		{"hostile star", `*`, nil},
		{"hostile NEAR(", `NEAR(`, []string{e1}},
		{"hostile quote paren", `')`, nil},
		{"hostile column filter", `text:嘉定`, nil},
		{"hostile OR", `嘉定" OR "上海`, nil},
		{"hostile caret", `^嘉定`, []string{j0, j1}},
		{"hostile minus", `-嘉定`, []string{j0, j1}},
		{"empty", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Search(t.Context(), tt.q, 10)
			if err != nil {
				t.Fatalf("Search(%q) error: %v", tt.q, err)
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.q, ids(got), tt.want)
			}
		})
	}
	if got, _ := s.Search(t.Context(), "嘉定", 1); !slices.Equal(ids(got), []string{j0}) {
		t.Errorf("Search(嘉定, limit 1) = %v, want [%s]", ids(got), j0)
	}
}

func TestSearchLongHostileQuery(t *testing.T) {
	s := openMem(t)
	put(t, s, "/in/a.txt", simplePage(day1, "1", "x", 1), at(0))
	q := strings.Repeat(`"(NEAR a* OR b) AND NOT c:d ^e {f g} `, 100)
	if _, err := s.Search(t.Context(), q, 10); err != nil {
		t.Errorf("Search(long hostile query) error: %v", err)
	}
}

func TestByAuthor(t *testing.T) {
	s := openMem(t)
	a := testPage(day1, "1", "", pieceSpec{title: "一", body: []string{"正文一"}, authors: []string{"王  五", "俞超"}})
	b := testPage(day2, "1", "", pieceSpec{title: "二", body: []string{"正文二"}, authors: []string{"王五"}})
	c := testPage(day2, "2", "", pieceSpec{title: "Three", body: []string{"Body"}, authors: []string{"John Smith"}})
	put(t, s, "/in/a.txt", a, at(0))
	put(t, s, "/in/b.txt", b, at(0))
	put(t, s, "/in/c.txt", c, at(0))

	tests := []struct {
		name string
		want []string
	}{
		{"王五", []string{b[0].ID, a[0].ID}},
		{"王 五", []string{b[0].ID, a[0].ID}},
		{"俞超", []string{a[0].ID}},
		{"john smith", []string{c[0].ID}},
		{"Smith", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := s.ByAuthor(t.Context(), tt.name, 10)
		if err != nil || !slices.Equal(ids(got), tt.want) {
			t.Errorf("ByAuthor(%q) = %v, %v, want %v", tt.name, ids(got), err, tt.want)
		}
	}
	names, err := s.Authors(t.Context())
	if err != nil || len(names) != 3 || !slices.Contains(names, "俞超") || !slices.Contains(names, "John Smith") {
		t.Errorf("Authors() = %q, %v, want 3 names with 俞超 and John Smith", names, err)
	}

	remove(t, s, "/in/a.txt", at(5))
	if names, _ := s.Authors(t.Context()); slices.Contains(names, "俞超") {
		t.Errorf("Authors() after hiding = %q, want no 俞超", names)
	}
	if got, _ := s.ByAuthor(t.Context(), "王五", 10); !slices.Equal(ids(got), []string{b[0].ID}) {
		t.Errorf("ByAuthor(王五) after hiding = %v, want [%s]", ids(got), b[0].ID)
	}
}

func TestTouchFile(t *testing.T) {
	s := openMem(t)
	f := store.File{Path: "/in/a.txt", Size: 10, ModTime: t0, Hash: "abc"}
	if _, err := s.PutFile(t.Context(), f, simplePage(day1, "1", "t", 1), at(0)); err != nil {
		t.Fatal(err)
	}
	f.ModTime = t0.Add(time.Hour)
	if err := s.TouchFile(t.Context(), f); err != nil {
		t.Fatalf("TouchFile error: %v", err)
	}
	files, _ := s.Files(t.Context())
	if got := files[f.Path]; !got.ModTime.Equal(f.ModTime) || got.Hash != "abc" {
		t.Errorf("Files()[%s] = %+v, want ModTime %v", f.Path, got, f.ModTime)
	}
	for _, g := range []store.File{{Path: "/in/other.txt", Hash: "abc"}, {Path: "/in/a.txt", Hash: "changed"}} {
		if err := s.TouchFile(t.Context(), g); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("TouchFile(%+v) error = %v, want ErrNotFound", g, err)
		}
	}
}

func TestInvalidArguments(t *testing.T) {
	s := openMem(t)
	ctx := t.Context()
	noID := simplePage(day1, "1", "x", 1)
	noID[0].ID = ""
	checks := []struct {
		name string
		err  error
	}{
		{"entry without id", func() error { _, err := s.PutFile(ctx, fileOf("/a", "h"), noID, at(0)); return err }()},
		{"file without path", func() error { _, err := s.PutFile(ctx, fileOf("", "h"), nil, at(0)); return err }()},
		{"zero now", func() error { _, err := s.PutFile(ctx, fileOf("/a", "h"), nil, time.Time{}); return err }()},
		{"remove without path", func() error { _, err := s.RemoveFile(ctx, "", at(0)); return err }()},
		{"archive size 0", func() error { _, err := s.ArchivePages(ctx, 0); return err }()},
		{"open empty path", func() error { _, err := store.Open(ctx, "", nil); return err }()},
	}
	for _, c := range checks {
		if !errors.Is(c.err, store.ErrInvalid) {
			t.Errorf("%s: error = %v, want ErrInvalid", c.name, c.err)
		}
	}
	// Nothing was written by the failed put.
	if n, _ := s.Count(ctx); n != 0 {
		t.Errorf("Count() after failed puts = %d, want 0", n)
	}
	if res, err := s.RemoveFile(ctx, "/never/seen", at(0)); err != nil || res.Changed() {
		t.Errorf("RemoveFile(unknown) = %+v, %v, want no change, no error", res, err)
	}
}

func TestDuplicateIDInOnePage(t *testing.T) {
	s := openMem(t)
	es := simplePage(day1, "1", "d", 2)
	es[1].ID = es[0].ID
	res := put(t, s, "/in/a.txt", es, at(0))
	if !slices.Equal(res.Added, []string{es[0].ID}) {
		t.Errorf("PutFile(duplicate ids) Added = %v, want [%s] once", res.Added, es[0].ID)
	}
	if a := mustArticle(t, s, es[0].ID); a.Piece.Title() != "d-0" {
		t.Errorf("duplicate id kept %q, want the first piece d-0", a.Piece.Title())
	}
}

// TestConcurrentUse writes and reads a file store from several goroutines
// (run with -race).
func TestConcurrentUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := store.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 3 {
		wg.Go(func() {
			for i := range 15 {
				p := fmt.Sprintf("/in/%d-%d.txt", w, i)
				es := simplePage(article.Date{Year: 2025, Month: 1, Day: 1 + i}, fmt.Sprint(w), p, 3)
				if _, err := s.PutFile(ctx, fileOf(p, p), es, at(i)); err != nil {
					errs <- err
				}
				if i%4 == 3 {
					if _, err := s.RemoveFile(ctx, p, at(i)); err != nil {
						errs <- err
					}
				}
			}
		})
		wg.Go(func() {
			for range 30 {
				if _, err := s.Recent(ctx, 20); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, "in", 5); err != nil {
					errs <- err
				}
				if _, err := s.Files(ctx); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent use: %v", err)
	}
	// 3 writers × 15 pages × 3 pieces, with every 4th page removed again (3 of 15).
	if n, _ := s.Count(ctx); n != 3*12*3 {
		t.Errorf("Count() = %d, want %d", n, 3*12*3)
	}
}

func TestPutFilesBatch(t *testing.T) {
	s := openMem(t)
	v1 := testPage(day1, "1", "", pieceSpec{title: "批量", body: []string{"第一版本文字。"}})
	v2 := testPage(day1, "1", "", pieceSpec{title: "批量", body: []string{"第二版本文字。"}})
	v3 := testPage(day1, "1", "", pieceSpec{title: "批量", body: []string{"第三版本文字。"}})
	others := simplePage(day2, "2", "other", 2)
	id := v1[0].ID

	// New in one file and corrected by the next, in one transaction.
	res, err := s.PutFiles(t.Context(), []store.Put{
		{File: fileOf("/in/a.txt", "a1"), Entries: v1, Now: at(0)},
		{File: fileOf("/in/b.txt", "b1"), Entries: v2, Now: at(1)},
		{File: fileOf("/in/c.txt", "c1"), Entries: others, Now: at(2)},
	})
	if err != nil {
		t.Fatalf("PutFiles error: %v", err)
	}
	if want := append([]string{id}, entryIDs(others)...); !slices.Equal(res.Added, want) || !slices.Equal(res.Updated, []string{id}) {
		t.Errorf("PutFiles = %+v, want Added %v and Updated [%s]", res, want, id)
	}
	// An article indexed before, corrected twice in one batch.
	if _, err := s.PutFiles(t.Context(), []store.Put{
		{File: fileOf("/in/a.txt", "a2"), Entries: v3, Now: at(5)},
		{File: fileOf("/in/b.txt", "b2"), Entries: v1, Now: at(6)},
	}); err != nil {
		t.Fatalf("PutFiles (second batch) error: %v", err)
	}
	for q, want := range map[string][]string{"第一版本": {id}, "第二版本": nil, "第三版本": nil, "版本文字": {id}} {
		if got, err := s.Search(t.Context(), q, 10); err != nil || !slices.Equal(ids(got), want) {
			t.Errorf("Search(%q) = %v, %v, want %v", q, ids(got), err, want)
		}
	}
	if a := mustArticle(t, s, id); a.Piece.Body[0].Text != "第一版本文字。" || !a.Updated.Equal(at(6)) || !a.FirstSeen.Equal(at(0)) {
		t.Errorf("article after batches = %q updated %v first %v, want the last version, %v, %v",
			a.Piece.Body[0].Text, a.Updated, a.FirstSeen, at(6), at(0))
	}
	// A failing batch changes nothing.
	bad := simplePage(day2, "9", "bad", 1)
	bad[0].ID = ""
	if _, err := s.PutFiles(t.Context(), []store.Put{
		{File: fileOf("/in/d.txt", "d"), Entries: simplePage(day2, "8", "good", 1), Now: at(9)},
		{File: fileOf("/in/e.txt", "e"), Entries: bad, Now: at(9)},
	}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutFiles(batch with a bad entry) error = %v, want ErrInvalid", err)
	}
	if n, _ := s.Count(t.Context()); n != 3 {
		t.Errorf("Count() after failed batch = %d, want 3", n)
	}
}

// TestSearchOrderMatchesRecent checks that search's early stop gives
// exactly the feeds' order for every limit, across published seconds, pages
// and positions.
func TestSearchOrderMatchesRecent(t *testing.T) {
	s := openMem(t)
	n := 0
	for d, date := range []article.Date{day1, {}, day2, {}} {
		for _, number := range []string{"10", "2", ""} {
			es := simplePage(date, number, fmt.Sprintf("共同 %d-%s", d, number), 4)
			// Undated pages land in the same second or the next one.
			put(t, s, fmt.Sprintf("/in/%d-%s.txt", d, number), es, t0.Add(time.Duration(d)*time.Second+time.Duration(len(number))*time.Millisecond))
			n += len(es)
		}
	}
	all := recentIDs(t, s, n)
	if len(all) != n {
		t.Fatalf("Recent(%d) = %d articles", n, len(all))
	}
	for limit := 1; limit <= n+1; limit++ {
		got, err := s.Search(t.Context(), "共同", limit)
		if err != nil {
			t.Fatalf("Search(共同, %d) error: %v", limit, err)
		}
		if want := all[:min(limit, n)]; !slices.Equal(ids(got), want) {
			t.Errorf("Search(共同, %d) = %v, want %v", limit, ids(got), want)
		}
	}
}

// TestCheckMarksAndRebuilds damages only the full-text index of a store too
// big (by configuration) for the full check at Open: Open succeeds, Check
// finds the damage and leaves the marker, and the next Open rebuilds.
func TestCheckMarksAndRebuilds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "paperfeed.db")
	writeDB(t, path, 40)
	db := openRaw(t, path)
	rows, err := db.Query(`SELECT pageno FROM dbstat WHERE name = 'search_data' AND pagetype = 'leaf'`)
	if err != nil {
		t.Fatal(err)
	}
	var pages []int64
	for rows.Next() {
		var p int64
		rows.Scan(&p)
		pages = append(pages, p)
	}
	rows.Close()
	db.Close()
	if len(pages) == 0 {
		t.Fatal("test setup: no full-text index pages")
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		f.WriteAt([]byte(strings.Repeat("\xffdamage", 100)), (p-1)*4096)
	}
	f.Close()

	var logs strings.Builder
	cfg := store.Config{Path: path, QuickCheckBytes: 1, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	s, err := store.New(t.Context(), cfg)
	if err != nil {
		t.Fatalf("New(damaged index, basic check) error: %v", err)
	}
	if s.Rebuilt() {
		t.Errorf("Rebuilt() = true after a basic check, want false (the damage is in the index only)")
	}
	if err := s.Check(t.Context()); !errors.Is(err, store.ErrUnusable) {
		t.Errorf("Check() error = %v, want ErrUnusable", err)
	}
	if _, err := os.Stat(path + "-suspect"); err != nil {
		t.Errorf("marker after failed Check: %v", err)
	}
	if !strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("log = %q, want an error", logs.String())
	}
	s.Close()

	s, err = store.New(t.Context(), cfg)
	if err != nil {
		t.Fatalf("New(after a failed Check) error: %v", err)
	}
	defer s.Close()
	if !s.Rebuilt() {
		t.Errorf("Rebuilt() = false after a failed Check, want true")
	}
	if _, err := os.Stat(path + "-suspect"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("marker after rebuild: %v, want gone", err)
	}
	if err := s.Check(t.Context()); err != nil {
		t.Errorf("Check() on the rebuilt store error: %v", err)
	}
}

func TestSecondOpenShares(t *testing.T) {
	path := filepath.Join(t.TempDir(), "paperfeed.db")
	a, err := store.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	es := simplePage(day1, "1", "shared", 2)
	put(t, a, "/in/a.txt", es, at(0))
	b, err := store.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("second Open error: %v", err)
	}
	defer b.Close()
	if b.Rebuilt() {
		t.Errorf("second Open: Rebuilt() = true, want false: an open store is never moved aside")
	}
	if got := recentIDs(t, b, 10); !slices.Equal(got, entryIDs(es)) {
		t.Errorf("Recent through the second store = %v, want %v", got, entryIDs(es))
	}
}

// FuzzSearch checks that no query, however hostile, makes a bad FTS5
// expression.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"嘉定", "区", `"`, `*`, `NEAR(`, `')`, `a OR b`, `text:x`, "x\x00y", "(((", `"" AND ""`, "-^+", "ＡＢ 嘉", "\xff\xfe"} {
		f.Add(q)
	}
	s, err := store.Open(context.Background(), store.Memory, nil)
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	es := testPage(day1, "1", "", pieceSpec{title: "进博会见证嘉定力量", body: []string{"Visitors near the OR gate (AP)."}})
	if _, err := s.PutFile(context.Background(), fileOf("/in/a.txt", "a"), es, at(0)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%q) error: %v", q, err)
		}
	})
}

func TestSharing(t *testing.T) {
	s := openMem(t)
	ctx := t.Context()
	page := simplePage(article.Date{Year: 2025, Month: 11, Day: 10}, "1", "甲", 3)
	put(t, s, "/p/a.txt", page, at(0))
	put(t, s, "/p/b.txt", page, at(1))
	put(t, s, "/p/other.txt", simplePage(article.Date{Year: 2025, Month: 11, Day: 11}, "1", "乙", 2), at(2))
	got, err := s.Sharing(ctx, "/p/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != "/p/b.txt" {
		t.Errorf("Sharing(a.txt) = %q, want [/p/b.txt]", got)
	}
	if got, _ := s.Sharing(ctx, "/p/other.txt"); len(got) != 0 {
		t.Errorf("Sharing(other.txt) = %q, want none", got)
	}
}
