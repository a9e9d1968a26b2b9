package feed

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/paperfeed/paperfeed/article"
)

// TestAuthorContacts checks that an address printed with a byline reaches
// the formats that can carry it beside the names (Atom <email>, a JSON Feed
// mailto: URL; RSS keeps names in dc:creator) and the article page, while a
// phone number reaches the page only.
func TestAuthorContacts(t *testing.T) {
	it := Item{
		ID: "0123456789abcdef0123",
		Piece: article.Piece{
			Kind:      article.KindArticle,
			Headlines: []article.Headline{{Role: article.RoleTitle, Text: "Library hours to expand"}},
			Body:      []article.Block{{Kind: article.BlockParagraph, Text: "The library will open on Sundays."}},
			Authors: []article.Author{
				{Name: "Hannah Liu", Role: article.RoleReporter, Contact: "hliu@example.com or 555-0177"},
				{Name: "Omar Reyes", Role: article.RolePhotographer, Contact: "555-0190"},
			},
		},
		PageName:  "Local",
		Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
	}
	cfg := Config{BaseURL: "https://example.org/", Lang: "en", Title: "The Harbor Ledger"}
	atom, rss, jsonFeed, err := RenderDoc(cfg, MainDoc(), []Item{it})
	if err != nil {
		t.Fatal(err)
	}

	parse := func(name string, body []byte) *gofeed.Item {
		t.Helper()
		f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil || len(f.Items) != 1 {
			t.Fatalf("gofeed %s: %v, %d items", name, err, len(f.Items))
		}
		return f.Items[0]
	}
	var emails []string
	for _, p := range parse("atom", atom).Authors {
		emails = append(emails, p.Name+"="+p.Email)
	}
	if want := []string{"Hannah Liu=hliu@example.com", "Omar Reyes="}; !slices.Equal(emails, want) {
		t.Errorf("Atom authors = %q, want %q", emails, want)
	}
	if bytes.Contains(rss, []byte("<author>")) {
		t.Errorf("RSS has <author> beside dc:creator, which validators flag:\n%s", rss)
	}
	if n := bytes.Count(rss, []byte("<dc:creator>")); n != 2 {
		t.Errorf("RSS has %d dc:creator, want 2", n)
	}

	var jf struct {
		Items []struct {
			Authors []struct {
				Name string `json:"name"`
				URL  string `json:"url"`
			} `json:"authors"`
		} `json:"items"`
	}
	if err := json.Unmarshal(jsonFeed, &jf); err != nil || len(jf.Items) != 1 {
		t.Fatalf("JSON Feed: %v, %s", err, jsonFeed)
	}
	var urls []string
	for _, a := range jf.Items[0].Authors {
		urls = append(urls, a.Name+"="+a.URL)
	}
	if want := []string{"Hannah Liu=mailto:hliu@example.com", "Omar Reyes="}; !slices.Equal(urls, want) {
		t.Errorf("JSON Feed authors = %q, want %q", urls, want)
	}

	s, err := Render(cfg, []Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var page string
	for _, f := range s.Files() {
		if f.Path == ArticlesDir+"/"+it.ID+".html" {
			page = string(f.Body)
		}
	}
	for _, want := range []string{"Hannah Liu (hliu@example.com or 555-0177)", "Omar Reyes (555-0190)"} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %q:\n%s", want, page)
		}
	}
}
