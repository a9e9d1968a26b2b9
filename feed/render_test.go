package feed

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// manyItems returns n distinct items, newest first.
func manyItems(t testing.TB, n int) []Item {
	t.Helper()
	sample := sampleItems(t)
	items := make([]Item, n)
	start := time.Date(2025, 11, 10, 0, 0, 0, 0, sampleZone)
	for i := range items {
		it := sample[i%len(sample)]
		it.ID = fmt.Sprintf("%020x", i+1)
		it.Piece.Headlines = append([]article.Headline(nil), it.Piece.Headlines...)
		if len(it.Piece.Headlines) > 1 {
			it.Piece.Headlines[1].Text = fmt.Sprintf("%s %d", it.Piece.Headlines[1].Text, i)
		}
		it.Published = start.Add(-time.Duration(i) * time.Hour)
		it.Updated = it.Published
		items[i] = it
	}
	return items
}

func TestRenderWindow(t *testing.T) {
	cfg := sampleConfig()
	cfg.Limit = 50
	items := manyItems(t, 60)
	s, err := Render(cfg, items, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 60 || s.FeedLen() != 50 {
		t.Errorf("Len, FeedLen = %d, %d; want 60, 50", s.Len(), s.FeedLen())
	}
	for _, f := range parseAll(t, s) {
		if len(f.feed.Items) != 50 {
			t.Errorf("%s has %d items, want 50", f.format, len(f.feed.Items))
		}
		if f.feed.Items[0].GUID != EntryID(items[0].ID) || f.feed.Items[49].GUID != EntryID(items[49].ID) {
			t.Errorf("%s items are not the newest 50 in order", f.format)
		}
	}
	if got := strings.Count(string(s.index.body), "<li>"); got != 50 {
		t.Errorf("index lists %d articles, want 50", got)
	}
	if s.pages[items[59].ID] == nil {
		t.Errorf("the 60th item has no page")
	}
}

// TestRenderReuse checks that a render reuses the pages of unchanged items
// and renders changed ones, and reuses nothing under another Config.
func TestRenderReuse(t *testing.T) {
	cfg := sampleConfig()
	items := manyItems(t, 20)
	first, err := Render(cfg, items, nil)
	if err != nil {
		t.Fatal(err)
	}
	changed := manyItems(t, 20)
	changed[3].Piece.Body = append([]article.Block(nil), changed[3].Piece.Body...)
	changed[3].Piece.Body[0].Text += "更正。"
	changed[3].Updated = changed[3].Updated.Add(time.Hour)
	changed[5].PageName = "综合"
	second, err := Render(cfg, changed, first)
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range changed {
		reused := first.pages[it.ID].res == second.pages[it.ID].res
		if want := i != 3 && i != 5; reused != want {
			t.Errorf("item %d page reused = %v, want %v", i, reused, want)
		}
	}
	if !strings.Contains(string(second.pages[changed[3].ID].res.body), "更正。") {
		t.Errorf("changed page was not rendered again")
	}

	cfg.Title = "another title"
	third, err := Render(cfg, changed, second)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range changed {
		if third.pages[it.ID].res == second.pages[it.ID].res {
			t.Fatalf("page of %s reused under another Config", it.ID)
		}
	}
}

func TestRenderDedupe(t *testing.T) {
	items := sampleItems(t)
	dup := items[0]
	dup.Piece.Headlines = nil
	s, err := Render(sampleConfig(), append(items, dup), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != len(items) || s.FeedLen() != len(items) {
		t.Errorf("Len, FeedLen = %d, %d; want %d with the duplicate left out", s.Len(), s.FeedLen(), len(items))
	}
	if !strings.Contains(string(s.pages[items[0].ID].res.body), items[0].Piece.Title()) {
		t.Errorf("the first of the duplicates should win")
	}
}

func TestRenderErrors(t *testing.T) {
	good := sampleItems(t)
	tests := []struct {
		name    string
		base    string
		mutate  func(*Item)
		wantErr error
	}{
		{"empty base URL", "", nil, ErrBaseURL},
		{"relative base URL", "/paper/", nil, ErrBaseURL},
		{"ftp base URL", "ftp://example.org/", nil, ErrBaseURL},
		{"empty id", "https://x.org/", func(it *Item) { it.ID = "" }, ErrItemID},
		{"id with a path", "https://x.org/", func(it *Item) { it.ID = "../etc" }, ErrItemID},
		{"uppercase id", "https://x.org/", func(it *Item) { it.ID = "ABCDEF" }, ErrItemID},
		{"no date", "https://x.org/", func(it *Item) {
			it.Published, it.Updated, it.PageDate = time.Time{}, time.Time{}, article.Date{}
		}, ErrNoDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := sampleConfig()
			cfg.BaseURL = tt.base
			items := sampleItems(t)
			if tt.mutate != nil {
				tt.mutate(&items[1])
			}
			_, err := Render(cfg, items, nil)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Render = %v, want %v", err, tt.wantErr)
			}
		})
	}
	if _, err := Render(sampleConfig(), good, nil); err != nil {
		t.Errorf("Render(sample) = %v", err)
	}
	if _, _, _, err := RenderDoc(sampleConfig(), Doc{Self: Links{Atom: "a.xml"}}, good); !errors.Is(err, ErrDoc) {
		t.Errorf("RenderDoc with missing self paths = %v, want %v", err, ErrDoc)
	}
}

func TestConfigDefaults(t *testing.T) {
	c, err := Config{BaseURL: "http://127.0.0.1:8080"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != DefaultTitle || c.Description != DefaultTitle || c.Lang != DefaultLang || c.Limit != DefaultLimit {
		t.Errorf("defaults = %q %q %q %d", c.Title, c.Description, c.Lang, c.Limit)
	}
	if c.BaseURL != "http://127.0.0.1:8080/" {
		t.Errorf("BaseURL = %q, want a final slash", c.BaseURL)
	}
	if _, off := time.Date(2025, 7, 1, 0, 0, 0, 0, c.Location).Zone(); off != 8*3600 {
		t.Errorf("default zone offset = %d, want +8h", off)
	}
}

// TestBasePathPrefix checks that every URL carries the base URL's path.
func TestBasePathPrefix(t *testing.T) {
	cfg := sampleConfig()
	cfg.BaseURL = "https://example.org/paper"
	s, err := Render(cfg, sampleItems(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parseAll(t, s) {
		if !strings.HasPrefix(p.feed.FeedLink, "https://example.org/paper/") || p.feed.Link != "https://example.org/paper/" {
			t.Errorf("%s links = %q, %q", p.format, p.feed.Link, p.feed.FeedLink)
		}
		for _, it := range p.feed.Items {
			if !strings.HasPrefix(it.Link, "https://example.org/paper/articles/") {
				t.Errorf("%s item link = %q", p.format, it.Link)
			}
		}
	}
	if !strings.Contains(string(s.index.body), `href="https://example.org/paper/atom.xml"`) {
		t.Errorf("index lacks the absolute Atom link")
	}
}

func TestItemTimes(t *testing.T) {
	cfg, _ := sampleConfig().withDefaults()
	day := article.Date{Year: 2025, Month: 11, Day: 10}
	midnight := day.In(sampleZone)
	seen := time.Date(2025, 11, 10, 7, 0, 0, 0, time.UTC) // 15:00 in the paper's zone
	tests := []struct {
		name                     string
		it                       Item
		wantPublished, wantFloor time.Time
	}{
		{"page date and published", Item{PageDate: day, Published: midnight, Updated: seen}, midnight, seen},
		{"page date only", Item{PageDate: day}, midnight, midnight},
		{"first seen only", Item{Published: seen}, seen, seen},
		{"updated only", Item{Updated: seen}, seen, seen},
		{"updated before published", Item{Published: seen, Updated: midnight}, seen, seen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.it.ID = "abc"
			p, u, err := itemTimes(&cfg, &tt.it)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Equal(tt.wantPublished) || p.Location() != sampleZone {
				t.Errorf("published = %v, want %v in the paper's zone", p, tt.wantPublished)
			}
			if !u.Truncate(time.Second).Equal(tt.wantFloor) || u.Sub(tt.wantFloor) != tiebreak("abc") {
				t.Errorf("updated = %v, want %v and the id's tiebreak", u, tt.wantFloor)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	long := strings.Repeat("这是一个很长的句子没有标点", 20)
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "短句。", 240, "短句。"},
		{"sentence boundary", "第一句话在这里。第二句话也在这里。第三句话", 40, "第一句话在这里。第二句话也在这里。"},
		{"last sentence that fits", "第一句话在这里。第二句话也在这里。第三句话", 30, "第一句话在这里。"},
		{"closing quote kept", "他说：“好。”然后走了很远很远的路", 20, "他说：“好。”"},
		{"clause boundary", "甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥", 30, "甲乙丙丁戊己庚辛壬癸…"},
		{"word boundary", "The quick brown fox jumps over the lazy dog", 20, "The quick brown fox…"},
		{"english sentence", "It rained. Then it stopped raining for good", 20, "It rained."},
		{"no boundary", long, 20, string([]rune(long)[:9]) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summarize(tt.in, tt.width); got != tt.want {
				t.Errorf("summarize(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestContentHTML(t *testing.T) {
	piece := article.Piece{
		Kind: article.KindArticle,
		Headlines: []article.Headline{
			{Role: article.RoleKicker, Text: "引题"},
			{Role: article.RoleTitle, Text: "主题"},
			{Role: article.RoleSubtitle, Text: "——副题"},
		},
		Dateline: "本报讯",
		Body: []article.Block{
			{Kind: article.BlockParagraph, Text: "导语。"},
			{Kind: article.BlockSubhead, Text: "小标题"},
			{Kind: article.BlockParagraph, Text: "正文。"},
		},
		Authors: []article.Author{
			{Name: "张三", Role: article.RoleReporter},
			{Name: "李四", Role: article.RoleCorrespondent},
			{Name: "王五", Role: article.RoleReporter},
			{Name: "赵六", Role: article.RolePhotographer},
		},
		ContinuedFrom: "1",
		ContinuedOn:   "A2",
	}
	tests := []struct {
		name, lang, want string
	}{
		{"chinese", "zh-CN", `<p class="kicker">引题</p><h2>主题</h2><p class="subtitle">——副题</p><p class="jump">（上接第1版）</p>` +
			`<p><strong class="dateline">本报讯</strong> 导语。</p><h3>小标题</h3><p>正文。</p>` +
			`<p class="jump">（下转第A2版）</p><p class="byline">记者：张三、王五　通讯员：李四　摄影：赵六</p>`},
		{"english", "en", `<p class="kicker">引题</p><h2>主题</h2><p class="subtitle">——副题</p><p class="jump">(Continued from page 1)</p>` +
			`<p><strong class="dateline">本报讯</strong> 导语。</p><h3>小标题</h3><p>正文。</p>` +
			`<p class="jump">(Continued on page A2)</p><p class="byline">Reporter: 张三, 王五; Correspondent: 李四; Photographer: 赵六</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, _ := Config{BaseURL: "https://x.org/", Lang: tt.lang, Location: sampleZone}.withDefaults()
			it := Item{ID: "ab", Piece: piece, PageNumber: "3", Published: time.Date(2025, 11, 10, 0, 0, 0, 0, sampleZone)}
			e, err := prepare(&cfg, labelsFor(tt.lang), &it)
			if err != nil {
				t.Fatal(err)
			}
			if e.content != tt.want {
				t.Errorf("content =\n%s\nwant\n%s", e.content, tt.want)
			}
			if e.summary != "导语。" {
				t.Errorf("summary = %q, want the lead", e.summary)
			}
			if wantCat := map[string]string{"zh-CN": "第3版", "en": "Page 3"}[tt.lang]; len(e.categories) != 1 || e.categories[0] != wantCat {
				t.Errorf("categories = %q, want [%s]", e.categories, wantCat)
			}
		})
	}
}

// TestEnglishFeedsValid renders an English page and checks the language
// everywhere; its Atom and RSS were checked with the W3C validator too.
func TestEnglishFeeds(t *testing.T) {
	cfg := sampleConfig()
	cfg.Lang = "en-US"
	cfg.Title = "The Daily"
	cfg.Description = ""
	it := Item{
		ID: "e1", PageNumber: "A1", PageName: "Front", Published: time.Date(2025, 11, 10, 0, 0, 0, 0, sampleZone),
		Piece: article.Piece{
			Kind:      article.KindArticle,
			Headlines: []article.Headline{{Role: article.RoleTitle, Text: "Council approves budget"}},
			Dateline:  "(AP) —",
			Body:      []article.Block{{Kind: article.BlockParagraph, Text: "The council approved the budget on Monday. It takes effect in January."}},
			Authors:   []article.Author{{Name: "Jane Doe", Role: article.RoleReporter}},
		},
	}
	s, err := Render(cfg, []Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "english.atom.golden", s.atom.body)
	golden(t, "english.rss.golden", s.rss.body)
	for _, want := range []string{`<html lang="en-US">`, "Reporter: Jane Doe", "Page A1", "10 November 2025"} {
		if !strings.Contains(string(s.pages["e1"].res.body), want) {
			t.Errorf("English page lacks %q", want)
		}
	}
}
