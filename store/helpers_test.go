package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/store"
)

// shanghai is the paper's zone in these tests.
var shanghai = time.FixedZone("CST", 8*3600)

// t0 is the tests' clock start.
var t0 = time.Date(2025, 11, 10, 9, 0, 0, 0, time.UTC)

func at(minutes int) time.Time { return t0.Add(time.Duration(minutes) * time.Minute) }

// pieceSpec describes one test piece: a title, a body and authors.
type pieceSpec struct {
	title   string
	body    []string
	authors []string
}

// testPage builds the entries of a page the way the publisher does: ids
// from article.Page.IDs, published from the page's date.
func testPage(date article.Date, number, name string, specs ...pieceSpec) []store.Entry {
	pg := article.Page{Date: date, Number: number, Name: name}
	for i, sp := range specs {
		pc := article.Piece{Kind: article.KindArticle, Line: 1 + 10*i}
		if sp.title != "" {
			pc.Headlines = []article.Headline{{Role: article.RoleTitle, Text: sp.title}}
		}
		for _, b := range sp.body {
			pc.Body = append(pc.Body, article.Block{Kind: article.BlockParagraph, Text: b})
		}
		for _, a := range sp.authors {
			pc.Authors = append(pc.Authors, article.Author{Name: a, Role: article.RoleReporter})
		}
		pg.Pieces = append(pg.Pieces, pc)
	}
	ids := pg.IDs()
	var published time.Time
	if !date.IsZero() {
		published = date.In(shanghai)
	}
	es := make([]store.Entry, len(pg.Pieces))
	for i, pc := range pg.Pieces {
		es[i] = store.Entry{ID: ids[i], Piece: pc, PageDate: date, PageNumber: number, PageName: name,
			Position: i, Published: published}
	}
	return es
}

// simplePage is a page of n pieces titled prefix-0 … prefix-(n-1).
func simplePage(date article.Date, number, prefix string, n int) []store.Entry {
	specs := make([]pieceSpec, n)
	for i := range specs {
		specs[i] = pieceSpec{title: fmt.Sprintf("%s-%d", prefix, i), body: []string{fmt.Sprintf("Body of %s number %d.", prefix, i)}}
	}
	return testPage(date, number, "", specs...)
}

func fileOf(path, hash string) store.File {
	return store.File{Path: path, Size: int64(len(hash)), ModTime: t0, Hash: hash}
}

func openMem(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(t.Context(), store.Memory, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Open(%q) error: %v", store.Memory, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func put(t testing.TB, s *store.Store, path string, es []store.Entry, now time.Time) store.Result {
	t.Helper()
	res, err := s.PutFile(context.Background(), fileOf(path, fmt.Sprintf("hash-%s-%d", path, now.Unix())), es, now)
	if err != nil {
		t.Fatalf("PutFile(%s) error: %v", path, err)
	}
	return res
}

func remove(t testing.TB, s *store.Store, path string, now time.Time) store.Result {
	t.Helper()
	res, err := s.RemoveFile(context.Background(), path, now)
	if err != nil {
		t.Fatalf("RemoveFile(%s) error: %v", path, err)
	}
	return res
}

func recentIDs(t testing.TB, s *store.Store, limit int) []string {
	t.Helper()
	arts, err := s.Recent(context.Background(), limit)
	if err != nil {
		t.Fatalf("Recent(%d) error: %v", limit, err)
	}
	return ids(arts)
}

func ids(arts []store.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		out[i] = a.ID
	}
	return out
}

func entryIDs(es []store.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func mustArticle(t testing.TB, s *store.Store, id string) store.Article {
	t.Helper()
	a, ok, err := s.Article(context.Background(), id)
	if err != nil || !ok {
		t.Fatalf("Article(%s) = _, %v, %v; want found", id, ok, err)
	}
	return a
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// openRaw opens the database at path directly (the driver is registered by
// package store), for tests that spoil a store on purpose.
func openRaw(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatalf("sql.Open(%s): %v", path, err)
	}
	return db
}
