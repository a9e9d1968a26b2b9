package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update to accept):\n%s", name, firstDiff(got, want))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, gl, wl)
		}
	}
	return ""
}

func renderSample(t *testing.T) *Snapshot {
	t.Helper()
	s, err := Render(sampleConfig(), sampleItems(t), nil)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return s
}

// TestGolden pins the outputs for the sample page. The feeds in testdata
// were checked with the W3C Feed Validation Service's code: "No errors or
// warnings".
func TestGolden(t *testing.T) {
	s := renderSample(t)
	items := sampleItems(t)
	for _, tt := range []struct {
		name string
		body []byte
	}{
		{"sample.atom.golden", s.atom.body},
		{"sample.rss.golden", s.rss.body},
		{"sample.json.golden", s.json.body},
		{"sample.index.golden", s.index.body},
		{"sample.article.golden", s.pages[items[0].ID].res.body},
	} {
		t.Run(tt.name, func(t *testing.T) { golden(t, tt.name, tt.body) })
	}
}

// TestGoldenArchive pins an RFC 5005 archive document made with RenderDoc.
func TestGoldenArchive(t *testing.T) {
	d := Doc{
		Title:       "嘉定报 2025年11月",
		Key:         AtomPath,
		Home:        "archive/2025-11/",
		Self:        Links{"archive/2025-11.atom.xml", "archive/2025-11.rss.xml", "archive/2025-11.json"},
		PrevArchive: Links{"archive/2025-10.atom.xml", "archive/2025-10.rss.xml", "archive/2025-10.json"},
		NextArchive: Links{"archive/2025-12.atom.xml", "archive/2025-12.rss.xml", "archive/2025-12.json"},
		Current:     Links{AtomPath, RSSPath, JSONPath},
		Archive:     true,
	}
	atom, rss, js, err := RenderDoc(sampleConfig(), d, sampleItems(t))
	if err != nil {
		t.Fatalf("RenderDoc: %v", err)
	}
	golden(t, "archive.atom.golden", atom)
	golden(t, "archive.rss.golden", rss)
	golden(t, "archive.json.golden", js)

	// An archive document shares the current feed's Atom id.
	main := renderSample(t)
	if got, want := feedIDOf(t, atom), feedIDOf(t, main.atom.body); got != want {
		t.Errorf("archive feed id = %q, want the current feed's %q", got, want)
	}
	for _, tt := range []struct {
		name, doc, want string
	}{
		{"atom archive flag", string(atom), "<fh:archive></fh:archive>"},
		{"rss archive flag", string(rss), "<fh:archive></fh:archive>"},
		{"atom prev-archive", string(atom), `href="https://news.example.org/paper/archive/2025-10.atom.xml" rel="prev-archive"`},
		{"rss current", string(rss), `<atom:link href="https://news.example.org/paper/rss.xml" rel="current"`},
		{"json next_url", string(js), `"next_url": "https://news.example.org/paper/archive/2025-10.json"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.doc, tt.want) {
				t.Errorf("document lacks %q", tt.want)
			}
		})
	}
}

// feedIDOf returns the id of an Atom feed.
func feedIDOf(t *testing.T, atom []byte) string {
	t.Helper()
	var f struct {
		ID string `xml:"id"`
	}
	if err := xml.Unmarshal(atom, &f); err != nil || f.ID == "" {
		t.Fatalf("no Atom id: %v", err)
	}
	return f.ID
}

// parsed is what a real client, gofeed, reads from each format.
type parsed struct {
	format string
	feed   *gofeed.Feed
}

func parseAll(t *testing.T, s *Snapshot) []parsed {
	t.Helper()
	var out []parsed
	for _, f := range []struct {
		format string
		body   []byte
	}{{"atom", s.atom.body}, {"rss", s.rss.body}, {"json", s.json.body}} {
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(f.body))
		if err != nil {
			t.Fatalf("gofeed %s: %v", f.format, err)
		}
		if feed.FeedType != f.format {
			t.Fatalf("gofeed read %s as %q", f.format, feed.FeedType)
		}
		out = append(out, parsed{f.format, feed})
	}
	return out
}

// authorNames returns an item's author names as gofeed gives them: RSS
// items carry every dc:creator in the Dublin Core extension.
func authorNames(format string, it *gofeed.Item) []string {
	var names []string
	if format == "rss" {
		if it.DublinCoreExt != nil {
			names = it.DublinCoreExt.Creator
		}
		return names
	}
	for _, a := range it.Authors {
		names = append(names, a.Name)
	}
	return names
}

// summaryText returns an item's summary as plain text: RSS descriptions are
// HTML.
func summaryText(format string, it *gofeed.Item) string {
	if format == "rss" {
		return html.UnescapeString(it.Description)
	}
	return it.Description
}

// TestFormatsAgree reads the three feeds with gofeed and checks that the
// same items, titles, links, authors, dates, summaries, categories and
// content come out of each, and that they are the ones the items say.
func TestFormatsAgree(t *testing.T) {
	cfg := sampleConfig()
	items := sampleItems(t)
	s := renderSample(t)
	feeds := parseAll(t, s)

	for _, p := range feeds {
		t.Run(p.format, func(t *testing.T) {
			f := p.feed
			if f.Title != cfg.Title {
				t.Errorf("title = %q, want %q", f.Title, cfg.Title)
			}
			if f.Link != cfg.BaseURL {
				t.Errorf("link = %q, want %q", f.Link, cfg.BaseURL)
			}
			wantSelf := map[string]string{"atom": AtomPath, "rss": RSSPath, "json": JSONPath}[p.format]
			if f.FeedLink != cfg.BaseURL+wantSelf {
				t.Errorf("feed link = %q, want %q", f.FeedLink, cfg.BaseURL+wantSelf)
			}
			if !strings.EqualFold(f.Language, cfg.Lang) {
				t.Errorf("language = %q, want %q", f.Language, cfg.Lang)
			}
			if len(f.Items) != len(items) {
				t.Fatalf("%d items, want %d", len(f.Items), len(items))
			}
			for i, it := range f.Items {
				want := &items[i]
				if it.GUID != EntryID(want.ID) {
					t.Errorf("item %d id = %q, want %q", i, it.GUID, EntryID(want.ID))
				}
				if it.Title != want.Piece.Title() {
					t.Errorf("item %d title = %q, want %q", i, it.Title, want.Piece.Title())
				}
				if wantURL := cfg.BaseURL + "articles/" + want.ID; it.Link != wantURL {
					t.Errorf("item %d link = %q, want %q", i, it.Link, wantURL)
				}
				var wantAuthors []string
				for _, a := range want.Piece.Authors {
					wantAuthors = append(wantAuthors, a.Name)
				}
				if got := authorNames(p.format, it); !slices.Equal(got, wantAuthors) {
					t.Errorf("item %d authors = %q, want %q", i, got, wantAuthors)
				}
				if it.PublishedParsed == nil || !it.PublishedParsed.Equal(want.Published) {
					t.Errorf("item %d published = %v, want %v", i, it.PublishedParsed, want.Published)
				}
				if it.UpdatedParsed == nil || !it.UpdatedParsed.Truncate(time.Second).Equal(want.Updated) {
					t.Errorf("item %d updated = %v, want %v (to the second)", i, it.UpdatedParsed, want.Updated)
				}
				if wantCats := []string{want.PageName, "第" + want.PageNumber + "版"}; !slices.Equal(it.Categories, wantCats) {
					t.Errorf("item %d categories = %q, want %q", i, it.Categories, wantCats)
				}
				if !strings.Contains(it.Content, want.Piece.Body[0].Text) {
					t.Errorf("item %d content lacks the first paragraph: %q", i, it.Content)
				}
				if sum := summaryText(p.format, it); sum == "" || !strings.HasPrefix(want.Piece.Body[0].Text, strings.TrimSuffix(sum, "…")) {
					t.Errorf("item %d summary = %q, want the start of the lead %q", i, sum, want.Piece.Body[0].Text)
				}
			}
		})
	}

	// Beyond agreeing with the items, the formats agree with each other to
	// the byte on content and to the microsecond on dates.
	ref := feeds[0]
	for _, p := range feeds[1:] {
		for i, it := range p.feed.Items {
			r := ref.feed.Items[i]
			if it.Content != r.Content {
				t.Errorf("%s item %d content differs from %s's:\n%q\n%q", p.format, i, ref.format, it.Content, r.Content)
			}
			if !it.UpdatedParsed.Equal(*r.UpdatedParsed) {
				t.Errorf("%s item %d updated = %v, %s has %v", p.format, i, it.UpdatedParsed, ref.format, r.UpdatedParsed)
			}
			if summaryText(p.format, it) != summaryText(ref.format, r) {
				t.Errorf("%s item %d summary = %q, %s has %q", p.format, i, summaryText(p.format, it), ref.format, summaryText(ref.format, r))
			}
		}
	}
}

// TestAuthorFields checks where names go: Atom <author> with a feed-level
// author for entries without one, RSS dc:creator and never <author> or
// <managingEditor>, which hold e-mail addresses (the sample prints none;
// TestAuthorContacts has one).
func TestAuthorFields(t *testing.T) {
	s := renderSample(t)
	for _, p := range parseAll(t, s) {
		if p.format == "rss" {
			continue
		}
		if len(p.feed.Authors) != 1 || p.feed.Authors[0].Name != sampleConfig().Title {
			t.Errorf("%s feed authors = %v, want the paper", p.format, p.feed.Authors)
		}
	}
	for _, el := range []string{"<author>", "<managingEditor>", "<webMaster>"} {
		if bytes.Contains(s.rss.body, []byte(el)) {
			t.Errorf("rss.xml has %s, where only an e-mail address may go", el)
		}
	}
	if got := bytes.Count(s.rss.body, []byte("<dc:creator>")); got != 3 {
		t.Errorf("rss.xml has %d dc:creator, want 3", got)
	}
}

// TestDatesInPaperZone checks that every date is written in the paper's
// zone, RFC 3339 in Atom and JSON and RFC 822 in RSS, and that the feed's
// updated is the newest item's.
func TestDatesInPaperZone(t *testing.T) {
	s := renderSample(t)
	for _, tt := range []struct {
		name, doc, want string
	}{
		{"atom feed updated", string(s.atom.body), "<updated>2025-11-11T09:30:00."},
		{"atom published", string(s.atom.body), "<published>2025-11-10T00:00:00+08:00</published>"},
		{"rss pubDate", string(s.rss.body), "<pubDate>Mon, 10 Nov 2025 00:00:00 +0800</pubDate>"},
		{"rss lastBuildDate", string(s.rss.body), "<lastBuildDate>Tue, 11 Nov 2025 09:30:00 +0800</lastBuildDate>"},
		{"json published", string(s.json.body), `"date_published": "2025-11-10T00:00:00+08:00"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.doc, tt.want) {
				t.Errorf("document lacks %q", tt.want)
			}
		})
	}
	if want := time.Date(2025, 11, 11, 9, 30, 0, 0, sampleZone); !s.atom.modified.Equal(want) {
		t.Errorf("Last-Modified = %v, want the newest item's updated %v", s.atom.modified, want)
	}
}

// TestJSONFeedFields checks JSON Feed 1.1's required and recommended
// fields, including items when there are none.
func TestJSONFeedFields(t *testing.T) {
	tests := []struct {
		name  string
		items []Item
	}{
		{"sample", sampleItems(t)},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Render(sampleConfig(), tt.items, nil)
			if err != nil {
				t.Fatal(err)
			}
			var f map[string]any
			if err := json.Unmarshal(s.json.body, &f); err != nil {
				t.Fatalf("feed.json: %v", err)
			}
			for _, k := range []string{"version", "title", "home_page_url", "feed_url", "language", "description", "authors", "items"} {
				if _, ok := f[k]; !ok {
					t.Errorf("feed.json lacks %q", k)
				}
			}
			if f["version"] != "https://jsonfeed.org/version/1.1" {
				t.Errorf("version = %v", f["version"])
			}
			list, ok := f["items"].([]any)
			if !ok || len(list) != len(tt.items) {
				t.Fatalf("items = %v, want a list of %d", f["items"], len(tt.items))
			}
			for i, x := range list {
				it := x.(map[string]any)
				for _, k := range []string{"id", "url", "title", "content_html", "summary", "date_published", "date_modified", "tags"} {
					if _, ok := it[k]; !ok {
						t.Errorf("item %d lacks %q", i, k)
					}
				}
				if _, ok := it["author"]; ok {
					t.Errorf("item %d has the deprecated author field", i)
				}
			}
		})
	}
}
