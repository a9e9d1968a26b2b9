package feed

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// entry is an item prepared for every output: its ids, URL, texts and HTML,
// computed once and shared by the feeds and its page.
type entry struct {
	id         string // the item's stable id
	uid        string // EntryID(id)
	url        string // absolute URL of its page
	title      string
	summary    string // plain text
	content    string // HTML fragment for the feeds
	published  time.Time
	updated    time.Time
	authors    []person // in order, without duplicate names
	categories []string // the page name and page label, when known
	view       *articleView
}

// person is an author as the feeds give one: a name, and an e-mail address
// when the page printed one with the byline.
type person struct {
	name  string
	email string
}

// articleView is what the templates need to show an article.
type articleView struct {
	Heads   []headView
	Blocks  []blockView
	From    string // continued-from note
	On      string // continued-on note
	Credits []string
	Sep     string // between credits
}

type headView struct {
	Title bool   // the main title, shown as a heading
	Class string // "kicker" or "subtitle"
	Text  string
}

type blockView struct {
	Subhead  bool
	Dateline string
	Text     string
}

// prepare builds the entry of it under cfg.
func prepare(cfg *Config, l *labels, it *Item) (*entry, error) {
	if !validID(it.ID) {
		return nil, fmt.Errorf("%w: %q", ErrItemID, it.ID)
	}
	published, updated, err := itemTimes(cfg, it)
	if err != nil {
		return nil, err
	}
	p := &it.Piece
	e := &entry{
		id:        it.ID,
		uid:       EntryID(it.ID),
		url:       cfg.url(articlePath(it.ID)),
		title:     clean(p.Title()),
		published: published,
		updated:   updated,
	}
	if e.title == "" {
		e.title = l.untitled
	}
	seen := make(map[string]int) // name → index in e.authors
	for _, a := range p.Authors {
		n := personName(a.Name)
		if n == "" {
			continue
		}
		email := a.Email()
		if k, ok := seen[n]; ok {
			// One person credited twice (文/图 X): the address of either.
			e.authors[k].email = cmp.Or(e.authors[k].email, email)
			continue
		}
		seen[n] = len(e.authors)
		e.authors = append(e.authors, person{name: n, email: email})
	}
	if n := clean(it.PageName); n != "" {
		e.categories = append(e.categories, n)
	}
	if n := clean(it.PageNumber); n != "" {
		e.categories = append(e.categories, l.page(n))
	}
	e.view = newArticleView(l, p)
	for _, b := range e.view.Blocks {
		if !b.Subhead && b.Text != "" {
			e.summary = summarize(b.Text, summaryWidth)
			break
		}
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "content", e.view); err != nil {
		return nil, fmt.Errorf("feed: render content of %s: %w", it.ID, err)
	}
	// Newlines between tags help nobody in a feed, where XML escapes them.
	e.content = strings.TrimSpace(strings.ReplaceAll(buf.String(), ">\n<", "><"))
	return e, nil
}

// newArticleView lays out a piece: headline lines by role, body blocks with
// the dateline before the first paragraph, jump notes and credits.
func newArticleView(l *labels, p *article.Piece) *articleView {
	v := &articleView{Sep: l.creditSep}
	for _, h := range p.Headlines {
		t := clean(h.Text)
		if t == "" {
			continue
		}
		switch h.Role {
		case article.RoleTitle:
			v.Heads = append(v.Heads, headView{Title: true, Text: t})
		case article.RoleSubtitle:
			v.Heads = append(v.Heads, headView{Class: "subtitle", Text: t})
		default:
			v.Heads = append(v.Heads, headView{Class: "kicker", Text: t})
		}
	}
	dateline := clean(p.Dateline)
	for _, b := range p.Body {
		t := clean(b.Text)
		if t == "" {
			continue
		}
		if b.Kind == article.BlockSubhead {
			v.Blocks = append(v.Blocks, blockView{Subhead: true, Text: t})
			continue
		}
		v.Blocks = append(v.Blocks, blockView{Dateline: dateline, Text: t})
		dateline = ""
	}
	if dateline != "" {
		v.Blocks = append([]blockView{{Dateline: dateline}}, v.Blocks...)
	}
	if n := clean(p.ContinuedFrom); n != "" {
		v.From = fmt.Sprintf(l.continuedFrom, n)
	}
	if n := clean(p.ContinuedOn); n != "" {
		v.On = fmt.Sprintf(l.continuedOn, n)
	}
	// Authors the dateline already names (本报讯（记者 王明）) are not
	// credited a second time under the text.
	var credited []article.Author
	for _, a := range p.Authors {
		if a.Name == "" || !strings.Contains(p.Dateline, a.Name) {
			credited = append(credited, a)
		}
	}
	v.Credits = l.credits(credited)
	return v
}
