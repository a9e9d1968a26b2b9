package feed

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

var uuidRe = regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// TestEntryID pins the derivation of entry ids: a change here would make
// every reader show every article again. The values are what Python's
// uuid.uuid5(uuid.NAMESPACE_URL, "urn:paperfeed:article:" + id) gives.
func TestEntryID(t *testing.T) {
	tests := []struct {
		name, id, want string
	}{
		{"sample lead", "7a00fae67724c508f26d", "urn:uuid:de78bc01-a20f-512e-ad61-c896cc5b8c1e"},
		{"short id", "abcdef0123", "urn:uuid:6f96c512-3f36-5461-bf77-26e30e934e33"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EntryID(tt.id); got != tt.want {
				t.Errorf("EntryID(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
	for _, id := range []string{"0", "f", "00000000000000000000", strings.Repeat("f", 64), "7a00fae67724c508f26d"} {
		if got := EntryID(id); !uuidRe.MatchString(got) {
			t.Errorf("EntryID(%q) = %q, want a version 5 UUID URN with the RFC 9562 variant", id, got)
		}
	}
}

// TestFeedID pins the main feed's Atom id: the name-based UUID of its URL.
func TestFeedID(t *testing.T) {
	s := renderSample(t)
	if got, want := feedIDOf(t, s.atom.body), "urn:uuid:ef412abe-e8a4-54bb-bd60-40fa95c5cbf9"; got != want {
		t.Errorf("feed id = %q, want %q", got, want)
	}
}

// atomIDs returns the entry ids and updated times of an Atom feed, by title.
func atomIDs(t *testing.T, atom []byte) map[string][2]string {
	t.Helper()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(atom))
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string][2]string)
	for _, it := range f.Items {
		out[it.Title] = [2]string{it.GUID, it.Updated}
	}
	return out
}

// TestIDsDependOnTheArticleOnly renders the sample under other base URLs,
// titles, zones and limits, in another order and beside other items, and
// checks that every article keeps its id and its updated time.
func TestIDsDependOnTheArticleOnly(t *testing.T) {
	items := sampleItems(t)
	base := atomIDs(t, renderSample(t).atom.body)

	reversed := make([]Item, len(items))
	for i := range items {
		reversed[len(items)-1-i] = items[i]
	}
	other := sampleItems(t)[0]
	other.ID = "0123456789abcdef0123"
	other.Piece.Headlines = nil

	tests := []struct {
		name  string
		cfg   func(*Config)
		items []Item
	}{
		{"another base URL", func(c *Config) { c.BaseURL = "http://127.0.0.1:8080" }, items},
		{"another title", func(c *Config) { c.Title = "other" }, items},
		{"another zone", func(c *Config) { c.Location = time.UTC }, items},
		{"reversed order", nil, reversed},
		{"beside another item", nil, append([]Item{other}, items...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := sampleConfig()
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			s, err := Render(cfg, tt.items, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := atomIDs(t, s.atom.body)
			for title, want := range base {
				g, ok := got[title]
				if !ok {
					t.Fatalf("item %q is missing", title)
				}
				if g[0] != want[0] {
					t.Errorf("item %q id = %q, want %q", title, g[0], want[0])
				}
				if tt.name != "another zone" && g[1] != want[1] {
					t.Errorf("item %q updated = %q, want %q", title, g[1], want[1])
				}
			}
		})
	}
}

// TestCorrectionKeepsID corrects a typo in a paragraph, as a page dropped
// again would: the article package gives the same id, and the feeds keep
// the entry id and published time and show the new updated time.
func TestCorrectionKeepsID(t *testing.T) {
	pg := samplePage()
	before := pg.IDs()
	pg.Pieces[0].Body[1].Text = strings.Replace(pg.Pieces[0].Body[1].Text, "寻新机", "寻新机遇", 1)
	after := pg.IDs()
	if before[0] != after[0] {
		t.Fatalf("Page.IDs changed with a corrected paragraph: %s, then %s", before[0], after[0])
	}

	items := sampleItems(t)
	old := atomIDs(t, renderSample(t).atom.body)
	corrected := time.Date(2025, 11, 12, 8, 0, 0, 0, sampleZone)
	items[0].Piece = pg.Pieces[0]
	items[0].Updated = corrected
	s, err := Render(sampleConfig(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(s.atom.body))
	if err != nil {
		t.Fatal(err)
	}
	it := f.Items[0]
	if want := old[it.Title][0]; it.GUID != want {
		t.Errorf("corrected article id = %q, want %q", it.GUID, want)
	}
	if !it.PublishedParsed.Equal(items[0].Published) {
		t.Errorf("corrected article published = %v, want %v", it.PublishedParsed, items[0].Published)
	}
	if !it.UpdatedParsed.Truncate(time.Second).Equal(corrected) {
		t.Errorf("corrected article updated = %v, want %v", it.UpdatedParsed, corrected)
	}
	if !strings.Contains(it.Content, "寻新机遇") {
		t.Errorf("corrected article content lacks the correction")
	}
}

// TestUpdatedUnique checks that entries sharing their times still get
// distinct updated values, derived from their ids alone.
func TestUpdatedUnique(t *testing.T) {
	items := sampleItems(t)
	for i := range items {
		items[i].Updated = items[i].Published
	}
	s, err := Render(sampleConfig(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	for title, v := range atomIDs(t, s.atom.body) {
		if seen[v[1]] {
			t.Errorf("item %q shares its updated %s", title, v[1])
		}
		seen[v[1]] = true
	}
	if a, b := tiebreak("7a00fae67724c508f26d"), tiebreak("7a00fae67724c508f26d"); a != b || a >= time.Second {
		t.Errorf("tiebreak = %v then %v, want one value under a second", a, b)
	}
}

func TestUniqueUpdatedCollision(t *testing.T) {
	at := time.Date(2025, 11, 10, 0, 0, 0, 0, sampleZone)
	entries := []*entry{{updated: at}, {updated: at}, {updated: at.Add(time.Microsecond)}}
	got := uniqueUpdated(entries)
	want := []time.Time{at, at.Add(time.Microsecond), at.Add(2 * time.Microsecond)}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Errorf("uniqueUpdated()[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
