package feed

import (
	"bytes"
	"fmt"
	"time"
)

// pageData is what the "article" and "index" templates show.
type pageData struct {
	Lang, Site, Description  string
	Home, Atom, RSS, JSON    string // absolute URLs
	Subscribe, Recent, Empty string
	Search, SearchURL, Query string // the search box

	// An article page.
	Title, URL, Datetime, Date string
	Categories                 []string
	View                       *articleView
	HasTitle                   bool // View shows the title as a heading

	// The index page.
	Items []indexItem
}

type indexItem struct {
	Title, URL, Datetime, Date, Summary string
	Categories                          []string
}

// newPageData fills what every page shows.
func newPageData(cfg *Config, l *labels) pageData {
	return pageData{
		Lang:        cfg.Lang,
		Site:        cfg.Title,
		Description: cfg.Description,
		Home:        cfg.url(IndexPath),
		Atom:        cfg.url(AtomPath),
		RSS:         cfg.url(RSSPath),
		JSON:        cfg.url(JSONPath),
		Subscribe:   l.subscribe,
		Recent:      l.recent,
		Empty:       l.empty,
		Search:      l.search,
		SearchURL:   cfg.url(SearchPath),
	}
}

// shownDate is the day readers see for an item: the page's date when known,
// else the day it was published.
func shownDate(cfg *Config, it *Item, e *entry) time.Time {
	if !it.PageDate.IsZero() {
		return it.PageDate.In(cfg.Location)
	}
	return e.published
}

// renderArticle writes the HTML page of one article to buf.
func renderArticle(buf *bytes.Buffer, cfg *Config, l *labels, it *Item, e *entry) error {
	d := newPageData(cfg, l)
	d.Title, d.URL = e.title, e.url
	d.Datetime = e.published.Format(time.RFC3339)
	d.Date = l.date(shownDate(cfg, it, e))
	d.Categories = e.categories
	d.View = e.view
	for _, h := range e.view.Heads {
		d.HasTitle = d.HasTitle || h.Title
	}
	if err := templates.ExecuteTemplate(buf, "article", &d); err != nil {
		return fmt.Errorf("feed: render page of %s: %w", it.ID, err)
	}
	return nil
}

// renderIndex returns the front page listing entries.
func renderIndex(cfg *Config, l *labels, items []Item, entries []*entry) ([]byte, error) {
	return renderList(newPageData(cfg, l), cfg, l, items, entries)
}

// RenderSearch returns the HTML page of the results of a search for query:
// the items listed like the front page's, with d's feeds (the same search as
// Atom, RSS and JSON Feed) linked for autodiscovery and subscription.
func RenderSearch(cfg Config, d Doc, query string, items []Item) ([]byte, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if d, err = d.withDefaults(&cfg); err != nil {
		return nil, err
	}
	l := labelsFor(cfg.Lang)
	entries := make([]*entry, len(items))
	for i := range items {
		if entries[i], err = prepare(&cfg, l, &items[i]); err != nil {
			return nil, err
		}
	}
	pd := newPageData(&cfg, l)
	pd.Atom, pd.RSS, pd.JSON = cfg.url(d.Self.Atom), cfg.url(d.Self.RSS), cfg.url(d.Self.JSON)
	pd.Query = clean(query)
	pd.Recent = fmt.Sprintf(l.results, pd.Query)
	return renderList(pd, &cfg, l, items, entries)
}

// renderList renders the "index" template listing entries under d.
func renderList(d pageData, cfg *Config, l *labels, items []Item, entries []*entry) ([]byte, error) {
	d.Items = make([]indexItem, len(entries))
	for i, e := range entries {
		d.Items[i] = indexItem{
			Title:      e.title,
			URL:        e.url,
			Datetime:   e.published.Format(time.RFC3339),
			Date:       l.date(shownDate(cfg, &items[i], e)),
			Summary:    e.summary,
			Categories: e.categories,
		}
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "index", &d); err != nil {
		return nil, fmt.Errorf("feed: render index: %w", err)
	}
	return buf.Bytes(), nil
}
