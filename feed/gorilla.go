package feed

// This file is the only one that uses github.com/gorilla/feeds. It converts
// entries to a feeds.Feed, lets the library build its Atom, RSS and JSON
// Feed structs, and then adjusts and wraps those structs where the library
// falls short, before marshalling:
//
//   - Atom: no xml:lang, no rel=self or RFC 5005 links (one link only), no
//     <published>, one author per entry, <category> without term, text
//     constructs without type, and an id made up when none is given.
//   - RSS: the author's name where an e-mail address must go (<author>,
//     <managingEditor>), no atom:link rel=self, one <category>, no
//     dc:creator, and no way to write the RSS Profile's hexadecimal
//     character references.
//   - JSON Feed: no feed_url or language, the deprecated author field, and
//     items dropped when there are none.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/gorilla/feeds"
)

const (
	nsFH = "http://purl.org/syndication/history/1.0"
	// Media types of the feeds, as in links and Content-Type.
	typeAtom = "application/atom+xml"
	typeRSS  = "application/rss+xml"
	typeJSON = "application/feed+json"
)

// atomFeed wraps gorilla's AtomFeed: its fields of the same XML name
// (title, subtitle, link, entry) shadow the library's.
type atomFeed struct {
	*feeds.AtomFeed
	Lang     string           `xml:"xml:lang,attr"`
	NSFH     string           `xml:"xmlns:fh,attr,omitempty"`
	Title    atomText         `xml:"title"`
	Subtitle *atomText        `xml:"subtitle"`
	Links    []feeds.AtomLink `xml:"link"`
	Archive  *struct{}        `xml:"fh:archive"`
	Entries  []atomEntry      `xml:"entry"` // last: Atom metadata goes before entries
}

// atomEntry wraps gorilla's AtomEntry with a typed title, every author and
// categories with a term.
type atomEntry struct {
	*feeds.AtomEntry
	Title      atomText           `xml:"title"`
	Authors    []feeds.AtomAuthor `xml:"author"`
	Categories []atomCategory     `xml:"category"`
}

// atomText is an Atom text construct.
type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// rssDoc wraps gorilla's <rss> element to declare the atom, dc and fh name
// spaces and to hold the wrapped channel.
type rssDoc struct {
	*feeds.RssFeedXml
	NSAtom  string     `xml:"xmlns:atom,attr"`
	NSDC    string     `xml:"xmlns:dc,attr"`
	NSFH    string     `xml:"xmlns:fh,attr,omitempty"`
	Channel rssChannel `xml:"channel"`
}

// rssChannel wraps gorilla's RssFeed with atom:link elements, the archive
// flag and the wrapped items.
type rssChannel struct {
	*feeds.RssFeed
	Title       rssText      `xml:"title"`
	Description rssText      `xml:"description"`
	AtomLinks   []atomLinkNS `xml:"atom:link"`
	Archive     *struct{}    `xml:"fh:archive"`
	Items       []rssItem    `xml:"item"`
}

// rssItem wraps gorilla's RssItem with dc:creator for each author, every
// category, atom:updated and a title in RSS Profile form.
type rssItem struct {
	*feeds.RssItem
	Title      rssText   `xml:"title"`
	Creators   []rssText `xml:"dc:creator"`
	Categories []rssText `xml:"category"`
	Updated    string    `xml:"atom:updated,omitempty"`
}

// rssText is character data already escaped by rssEscape.
type rssText struct {
	Inner string `xml:",innerxml"`
}

type atomLinkNS struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
}

// jsonFeed wraps gorilla's JSONFeed so that items is present when empty.
type jsonFeed struct {
	*feeds.JSONFeed
	Items []*feeds.JSONItem `json:"items"`
}

// markupRe matches text that a reader or validator could take for HTML: a
// tag or an entity reference.
var markupRe = regexp.MustCompile(`<|&[#A-Za-z0-9]`)

// textConstruct returns s as an Atom text construct: plain text, or escaped
// HTML when s looks like markup, so that it is shown as the text it is.
func textConstruct(s string) atomText {
	if markupRe.MatchString(s) {
		return atomText{Type: "html", Text: html.EscapeString(s)}
	}
	return atomText{Text: s}
}

// rssPlain returns s for an RSS element of plain text. Text that looks like
// markup is HTML-escaped, as many readers treat these elements as HTML.
func rssPlain(s string) rssText {
	if markupRe.MatchString(s) {
		s = html.EscapeString(s)
	}
	return rssText{Inner: rssEscape(s)}
}

// rssEscape escapes s for XML character data the way the RSS Profile
// recommends: "&", "<" and ">" as hexadecimal character references.
func rssEscape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&#x26;")
		case '<':
			b.WriteString("&#x3C;")
		case '>':
			b.WriteString("&#x3E;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// feedUpdated returns the newest of the entries' updated times: never the
// time of rendering. It is zero for an empty feed.
func feedUpdated(updated []time.Time) time.Time {
	var t time.Time
	for _, u := range updated {
		if u.After(t) {
			t = u
		}
	}
	return t
}

// emptyUpdated is the <updated> of an Atom feed with no entries, which
// must have one: a fixed date, as the feed has no time of its own, that
// validators find plausible (after 1990, not in the future).
func emptyUpdated(loc *time.Location) time.Time {
	return time.Date(2000, time.January, 1, 0, 0, 0, 0, loc)
}

// uniqueUpdated returns the entries' updated times, each made unique in the
// document: the W3C validator warns about entries with equal atom:updated,
// and the pieces of one page share their times. An entry's time already
// carries a tiebreak derived from its id (see itemTimes); the rare entry
// whose time still equals an earlier one's is moved a microsecond on.
func uniqueUpdated(entries []*entry) []time.Time {
	out := make([]time.Time, len(entries))
	seen := make(map[int64]bool, len(entries))
	for i, e := range entries {
		t := e.updated
		for seen[t.UnixNano()] {
			t = t.Add(time.Microsecond)
		}
		seen[t.UnixNano()] = true
		out[i] = t
	}
	return out
}

// marshalFeeds renders d with entries as Atom, RSS and JSON Feed.
func marshalFeeds(cfg *Config, d *Doc, entries []*entry) (atom, rss, jsonBytes []byte, err error) {
	updated := uniqueUpdated(entries)
	f := &feeds.Feed{
		Title:       d.Title,
		Link:        &feeds.Link{Href: cfg.url(d.Home), Rel: "alternate", Type: "text/html"},
		Description: d.Description,
		Author:      &feeds.Author{Name: personName(cfg.Title)},
		Updated:     feedUpdated(updated),
		Id:          feedID(cfg.url(d.Key)),
	}
	for i, e := range entries {
		f.Items = append(f.Items, &feeds.Item{
			Title:       e.title,
			Link:        &feeds.Link{Href: e.url, Rel: "alternate", Type: "text/html"},
			Description: e.summary,
			Id:          e.uid,
			IsPermaLink: "false",
			Created:     e.published,
			Updated:     updated[i],
			Content:     e.content,
		})
	}
	if atom, err = marshalAtom(cfg, d, f, entries); err != nil {
		return nil, nil, nil, fmt.Errorf("feed: atom %s: %w", d.Self.Atom, err)
	}
	if rss, err = marshalRSS(cfg, d, f, entries); err != nil {
		return nil, nil, nil, fmt.Errorf("feed: rss %s: %w", d.Self.RSS, err)
	}
	if jsonBytes, err = marshalJSON(cfg, d, f, entries); err != nil {
		return nil, nil, nil, fmt.Errorf("feed: json %s: %w", d.Self.JSON, err)
	}
	return atom, rss, jsonBytes, nil
}

// rfc5005 lists a document's RFC 5005 links in one format.
func rfc5005(d *Doc, pick func(Links) string) [][2]string {
	var out [][2]string
	for _, l := range []struct {
		rel   string
		links Links
	}{{"current", d.Current}, {"prev-archive", d.PrevArchive}, {"next-archive", d.NextArchive}} {
		if p := pick(l.links); p != "" {
			out = append(out, [2]string{l.rel, p})
		}
	}
	return out
}

func marshalAtom(cfg *Config, d *Doc, f *feeds.Feed, entries []*entry) ([]byte, error) {
	af := (&feeds.Atom{Feed: f}).AtomFeed()
	af.Id = f.Id     // gorilla uses the link
	af.Link = nil    // replaced by Links
	af.Subtitle = "" // replaced by the typed Subtitle
	updated := f.Updated
	if updated.IsZero() {
		updated = emptyUpdated(cfg.Location)
	}
	af.Updated = updated.Format(time.RFC3339Nano)
	doc := atomFeed{
		AtomFeed: af,
		Lang:     cfg.Lang,
		Title:    textConstruct(d.Title),
		Links: []feeds.AtomLink{
			{Href: cfg.url(d.Self.Atom), Rel: "self", Type: typeAtom},
			{Href: cfg.url(d.Home), Rel: "alternate", Type: "text/html"},
		},
		Entries: make([]atomEntry, len(af.Entries)),
	}
	if d.Description != "" && d.Description != d.Title {
		st := textConstruct(d.Description)
		doc.Subtitle = &st
	}
	for _, l := range rfc5005(d, func(l Links) string { return l.Atom }) {
		doc.Links = append(doc.Links, feeds.AtomLink{Href: cfg.url(l[1]), Rel: l[0], Type: typeAtom})
	}
	if d.Archive {
		doc.NSFH, doc.Archive = nsFH, &struct{}{}
	}
	for i, ae := range af.Entries {
		e := entries[i]
		ae.Title = ""
		ae.Updated = f.Items[i].Updated.Format(time.RFC3339Nano) // gorilla drops fractions
		ae.Published = e.published.Format(time.RFC3339)
		ae.Summary = nil
		if e.summary != "" {
			st := textConstruct(e.summary)
			ae.Summary = &feeds.AtomSummary{Content: st.Text, Type: cmp.Or(st.Type, "text")}
		}
		ae.Author = nil  // replaced by Authors
		ae.Category = "" // replaced by Categories
		ent := atomEntry{AtomEntry: ae, Title: textConstruct(e.title)}
		for _, a := range e.authors {
			ent.Authors = append(ent.Authors, feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: a.name, Email: a.email}})
		}
		for _, c := range e.categories {
			ent.Categories = append(ent.Categories, atomCategory{Term: c})
		}
		doc.Entries[i] = ent
	}
	return marshalXML(doc)
}

func marshalRSS(cfg *Config, d *Doc, f *feeds.Feed, entries []*entry) ([]byte, error) {
	rf := (&feeds.Rss{Feed: f}).RssFeed()
	rf.ManagingEditor = "" // gorilla writes " (name)"; an e-mail address must go there
	rf.Language = strings.ToLower(cfg.Lang)
	if f.Updated.IsZero() { // an empty feed: no dates rather than made-up ones
		rf.PubDate, rf.LastBuildDate = "", ""
	}
	root, ok := rf.FeedXml().(*feeds.RssFeedXml)
	if !ok {
		return nil, fmt.Errorf("unexpected %T from gorilla/feeds", rf.FeedXml())
	}
	ch := rssChannel{
		RssFeed:     rf,
		Title:       rssPlain(d.Title),
		Description: rssPlain(d.Description),
		AtomLinks:   []atomLinkNS{{Href: cfg.url(d.Self.RSS), Rel: "self", Type: typeRSS}},
		Items:       make([]rssItem, len(rf.Items)),
	}
	doc := rssDoc{RssFeedXml: root, NSAtom: "http://www.w3.org/2005/Atom", NSDC: "http://purl.org/dc/elements/1.1/"}
	for _, l := range rfc5005(d, func(l Links) string { return l.RSS }) {
		ch.AtomLinks = append(ch.AtomLinks, atomLinkNS{Href: cfg.url(l[1]), Rel: l[0], Type: typeRSS})
	}
	if d.Archive {
		doc.NSFH, ch.Archive = nsFH, &struct{}{}
	}
	for i, ri := range rf.Items {
		e := entries[i]
		// An e-mail address must go to <author>, and the validator warns
		// of an item with both it and dc:creator: names go to dc:creator,
		// and addresses reach Atom and JSON Feed only.
		ri.Author = ""
		// The description is HTML, and must come before content:encoded:
		// gorilla's field does both.
		ri.Description = html.EscapeString(cmp.Or(e.summary, e.title))
		ri.Title = ""
		it := rssItem{RssItem: ri, Title: rssPlain(e.title), Updated: f.Items[i].Updated.Format(time.RFC3339Nano)}
		for _, a := range e.authors {
			it.Creators = append(it.Creators, rssText{Inner: rssEscape(a.name)})
		}
		for _, c := range e.categories {
			it.Categories = append(it.Categories, rssPlain(c))
		}
		ch.Items[i] = it
	}
	doc.Channel = ch
	return marshalXML(doc)
}

func marshalJSON(cfg *Config, d *Doc, f *feeds.Feed, entries []*entry) ([]byte, error) {
	jf := (&feeds.JSON{Feed: f}).JSONFeed()
	jf.FeedUrl = cfg.url(d.Self.JSON)
	jf.Language = cfg.Lang
	jf.Author = nil // deprecated in 1.1; authors carries it
	if p := d.PrevArchive.JSON; p != "" {
		jf.NextUrl = cfg.url(p)
	}
	doc := jsonFeed{JSONFeed: jf, Items: make([]*feeds.JSONItem, len(jf.Items))}
	for i, ji := range jf.Items {
		e := entries[i]
		ji.Author = nil
		for _, a := range e.authors {
			ja := &feeds.JSONAuthor{Name: a.name}
			if a.email != "" {
				ja.Url = "mailto:" + a.email
			}
			ji.Authors = append(ji.Authors, ja)
		}
		ji.Tags = e.categories
		doc.Items[i] = ji
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
