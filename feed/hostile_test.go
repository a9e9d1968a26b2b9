package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"

	"github.com/paperfeed/paperfeed/article"
)

// hostile is text a page could hold that breaks careless feeds: markup, a
// CDATA end, bare and escaped ampersands.
const hostile = `<script>alert("x")</script> ]]> & &amp; R&D <b>bold</b>`

func hostileItem() Item {
	return Item{
		ID:         "abcdef0123",
		PageNumber: "2<b>",
		PageName:   "要闻&<i>x</i>",
		Published:  time.Date(2025, 11, 10, 0, 0, 0, 0, sampleZone),
		Piece: article.Piece{
			Kind: article.KindArticle,
			Headlines: []article.Headline{
				{Role: article.RoleKicker, Text: "]]>" + hostile},
				{Role: article.RoleTitle, Text: hostile},
				{Role: article.RoleSubtitle, Text: "——" + hostile},
			},
			Dateline: "本报讯<i>",
			Body: []article.Block{
				{Kind: article.BlockParagraph, Text: hostile + "。第二句" + hostile},
				{Kind: article.BlockSubhead, Text: hostile},
				// Control characters are removed upstream; the renderer
				// drops any that slip through.
				{Kind: article.BlockParagraph, Text: "x\x01y\x7f\u0085z" + hostile},
			},
			Authors: []article.Author{
				{Name: "<b>王五</b>", Role: article.RoleReporter},
				{Name: "A & B", Role: article.RolePhotographer},
			},
			ContinuedOn: "3<script>",
		},
	}
}

func renderHostile(t *testing.T) *Snapshot {
	t.Helper()
	cfg := sampleConfig()
	cfg.Title = hostile
	cfg.Description = "desc " + hostile
	s, err := Render(cfg, []Item{hostileItem()}, nil)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return s
}

// TestHostileGolden pins the hostile feeds; the Atom and RSS files were
// checked with the W3C Feed Validation Service's code: "No errors or
// warnings".
func TestHostileGolden(t *testing.T) {
	s := renderHostile(t)
	golden(t, "hostile.atom.golden", s.atom.body)
	golden(t, "hostile.rss.golden", s.rss.body)
	golden(t, "hostile.json.golden", s.json.body)
}

// plainElements are the elements whose text readers and the W3C validator
// take as plain text, by format; Atom text constructs count unless typed
// html.
var plainElements = map[string]bool{
	"title": true, "subtitle": true, "summary": true, "name": true, "category": true, "creator": true,
}

// TestHostileWellFormed decodes every hostile document and checks that the
// markup stays text everywhere: no element the text would make, and no
// markup in elements that readers take as plain text.
func TestHostileWellFormed(t *testing.T) {
	s := renderHostile(t)
	for _, tt := range []struct {
		name string
		body []byte
	}{{"atom", s.atom.body}, {"rss", s.rss.body}} {
		t.Run(tt.name, func(t *testing.T) {
			dec := xml.NewDecoder(bytes.NewReader(tt.body))
			dec.Strict = true
			var stack []xml.StartElement
			var text strings.Builder
			for {
				tok, err := dec.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed: %v", tt.name, err)
				}
				switch tok := tok.(type) {
				case xml.StartElement:
					switch tok.Name.Local {
					case "script", "b", "i":
						t.Fatalf("%s has a <%s> element made from text", tt.name, tok.Name.Local)
					}
					stack = append(stack, tok)
					text.Reset()
				case xml.CharData:
					text.Write(tok)
				case xml.EndElement:
					el := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if !plainElements[el.Name.Local] || attr(el, "type") == "html" {
						continue
					}
					if strings.ContainsAny(text.String(), "<>") {
						t.Errorf("%s <%s> holds markup as plain text: %q", tt.name, el.Name.Local, text.String())
					}
				}
			}
		})
	}
	t.Run("json", func(t *testing.T) {
		var f struct {
			Title string `json:"title"`
			Items []struct {
				Title       string `json:"title"`
				ContentHTML string `json:"content_html"`
			} `json:"items"`
		}
		if err := json.Unmarshal(s.json.body, &f); err != nil {
			t.Fatalf("feed.json: %v", err)
		}
		if f.Title != hostile || len(f.Items) != 1 || f.Items[0].Title != hostile {
			t.Errorf("feed.json titles = %q, %+v; want %q", f.Title, f.Items, hostile)
		}
	})
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// TestHostileShownAsText reads the hostile feeds with gofeed and the pages
// with an HTML parser, and checks that readers see the text itself.
func TestHostileShownAsText(t *testing.T) {
	s := renderHostile(t)
	for _, p := range parseAll(t, s) {
		t.Run(p.format, func(t *testing.T) {
			it := p.feed.Items[0]
			title := it.Title
			if p.format != "json" {
				// Atom titles typed html and RSS titles are HTML-escaped.
				title = html.UnescapeString(title)
			}
			if title != hostile {
				t.Errorf("title = %q, want %q", title, hostile)
			}
			text := htmlText(t, it.Content)
			for _, want := range []string{"]]>" + hostile, "——" + hostile, "本报讯<i> " + hostile + "。第二句", "xyz" + hostile, "（下转第3<script>版）", "记者：<b>王五</b>"} {
				if !strings.Contains(text, want) {
					t.Errorf("content text lacks %q:\n%s", want, text)
				}
			}
		})
	}
	for _, tt := range []struct {
		name string
		body []byte
	}{{"index", s.index.body}, {"article", s.pages["abcdef0123"].res.body}} {
		t.Run(tt.name, func(t *testing.T) {
			text := htmlText(t, string(tt.body))
			if !strings.Contains(text, hostile) {
				t.Errorf("%s text lacks %q", tt.name, hostile)
			}
		})
	}
}

// htmlText parses src as HTML, fails on any element made from the hostile
// text, and returns the text it shows.
func htmlText(t *testing.T, src string) string {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		switch {
		case n.Type == xhtml.ElementNode && (n.Data == "script" || n.Data == "b" || n.Data == "i"):
			t.Errorf("HTML has a <%s> element made from text", n.Data)
		case n.Type == xhtml.TextNode:
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

// TestHostileNames checks that names in the feeds' author fields never
// carry markup, while pages show them as written.
func TestHostileNames(t *testing.T) {
	s := renderHostile(t)
	var f *gofeed.Feed
	for _, p := range parseAll(t, s) {
		if p.format == "atom" {
			f = p.feed
		}
	}
	var names []string
	for _, a := range f.Items[0].Authors {
		names = append(names, a.Name)
	}
	if want := "＜b＞王五＜/b＞|A & B"; strings.Join(names, "|") != want {
		t.Errorf("Atom authors = %q, want %q", names, want)
	}
	if !bytes.Contains(s.pages["abcdef0123"].res.body, []byte("&lt;b&gt;王五&lt;/b&gt;")) {
		t.Errorf("page does not show the name as written")
	}
}

// FuzzRenderWellFormed renders arbitrary headline, paragraph and author
// text and checks that Atom and RSS stay well-formed XML and JSON Feed
// valid JSON.
func FuzzRenderWellFormed(f *testing.F) {
	for _, s := range []string{hostile, "]]>", "a\x00b\x1bc", "\xff\xfe", "&#x0;", "\uFFFE", "<![CDATA[x]]>", "--><!--"} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, title, para, name string) {
		it := hostileItem()
		it.Piece.Headlines[1].Text = title
		it.Piece.Body[0].Text = para
		it.Piece.Authors[0].Name = name
		it.PageName = name
		cfg := sampleConfig()
		cfg.Title = title
		s, err := Render(cfg, []Item{it}, nil)
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		for _, doc := range [][]byte{s.atom.body, s.rss.body} {
			dec := xml.NewDecoder(bytes.NewReader(doc))
			for {
				_, err := dec.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("not well-formed: %v\n%s", err, doc)
				}
			}
		}
		if !json.Valid(s.json.body) {
			t.Fatalf("feed.json is not valid JSON")
		}
	})
}
