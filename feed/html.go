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
	d := newPageData(cfg, l)
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
