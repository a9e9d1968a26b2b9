package feed

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// Defaults for Config.
const (
	DefaultTitle = "paperfeed"
	DefaultLang  = "zh-CN"
	DefaultZone  = "Asia/Shanghai"
	DefaultLimit = 50
)

// The paths of the main outputs, relative to Config.BaseURL.
const (
	AtomPath   = "atom.xml"
	RSSPath    = "rss.xml"
	JSONPath   = "feed.json"
	IndexPath  = ""       // the index page is the base URL itself
	SearchPath = "search" // the HTML search page; search.atom, .rss and .json are its feeds
)

// Errors returned by Render and RenderDoc.
var (
	ErrBaseURL = errors.New("feed: base URL must be an absolute http or https URL")
	ErrItemID  = errors.New("feed: item id must be 1 to 64 lowercase hex digits")
	ErrNoDate  = errors.New("feed: item has no date")
	ErrDoc     = errors.New("feed: Doc.Self needs a path for each format")
)

// Item is one article as the feeds and pages show it.
type Item struct {
	ID         string // stable article id (hex), from article.Page.IDs; used in /articles/{id}
	Piece      article.Piece
	PageDate   article.Date // zero when unknown
	PageNumber string       // "1", "A2", or ""
	PageName   string       // "要闻", or ""
	// Published is when the article appeared: the page's date when the page
	// states it, else when its file was first seen. Zero means PageDate at
	// midnight, else Updated.
	Published time.Time
	// Updated is when the article's content last changed. Zero, or earlier
	// than Published, means Published.
	Updated time.Time
}

// Config says how outputs are rendered. The zero value of each field means
// its default.
type Config struct {
	Title       string // the feeds' title; default DefaultTitle
	Description string // the feeds' description; default the title
	// BaseURL is the absolute URL the outputs are reached at, such as
	// "http://127.0.0.1:8080" or "https://example.org/paper/". Every URL in
	// feeds and pages is built from it; it may carry a path prefix.
	BaseURL  string
	Lang     string         // the language tag of the text; default DefaultLang
	Location *time.Location // the paper's zone, in which dates are written; default Asia/Shanghai
	Limit    int            // the newest items the feeds carry; default DefaultLimit
	// PrevArchive, when set, is the newest RFC 5005 archive document, which
	// the main feeds link as rel="prev-archive" (JSON Feed: next_url).
	PrevArchive Links
	// Modified is when the set of items last changed (an article added,
	// corrected or removed). The feeds' Last-Modified is the later of it
	// and the newest item's updated time, so a removal moves it too; the
	// feeds' <updated> stays the newest item's.
	Modified time.Time
}

// withDefaults returns c with defaults filled in and BaseURL checked and
// normalised to end in "/".
func (c Config) withDefaults() (Config, error) {
	c.Title, c.Description, c.Lang = clean(c.Title), clean(c.Description), clean(c.Lang)
	if c.Title == "" {
		c.Title = DefaultTitle
	}
	if c.Description == "" {
		c.Description = c.Title
	}
	if c.Lang == "" {
		c.Lang = DefaultLang
	}
	if c.Location == nil {
		loc, err := time.LoadLocation(DefaultZone)
		if err != nil {
			// China has kept UTC+8 without daylight saving since 1991.
			loc = time.FixedZone("CST", 8*60*60)
		}
		c.Location = loc
	}
	if c.Limit <= 0 {
		c.Limit = DefaultLimit
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("%w: %q", ErrBaseURL, c.BaseURL)
	}
	u.RawQuery, u.Fragment, u.RawFragment = "", "", ""
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		u.RawPath = ""
	}
	c.BaseURL = u.String()
	return c, nil
}

// key identifies everything in c that an article page depends on, so a page
// rendered under one Config is reused only under an equal one.
func (c *Config) key() string {
	offset := time.Date(2025, 1, 1, 0, 0, 0, 0, c.Location).Format("-0700")
	return strings.Join([]string{c.Title, c.Description, c.BaseURL, c.Lang, c.Location.String(), offset}, "\x00")
}

// url returns the absolute URL of path, which is relative to BaseURL (a
// leading "/" is ignored) unless it is already absolute.
func (c *Config) url(path string) string {
	if strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://") {
		return path
	}
	return c.BaseURL + strings.TrimPrefix(path, "/")
}

// articlePath returns the path of an article page, relative to BaseURL.
func articlePath(id string) string { return "articles/" + id }

// Links names one document in each feed format: a path relative to
// Config.BaseURL (such as "atom.xml" or "topics/x/atom.xml?page=2") or an
// absolute URL. An empty field means the format has no such document.
type Links struct {
	Atom, RSS, JSON string
}

// Doc describes one feed document beyond the main feeds: a topic, author or
// search feed, or an RFC 5005 archive document.
type Doc struct {
	Title       string // default Config.Title
	Description string // default Config.Description
	// Key names the logical feed for its Atom id (a name-based UUID of
	// BaseURL and Key). Documents that are pages of one feed, such as the
	// archive documents of an RFC 5005 archived feed and its current
	// document, share a Key. Default Self.Atom.
	Key string
	// Home is the HTML page the feed belongs to, relative to BaseURL;
	// default the index page.
	Home string
	// Self is where each format of this document lives (rel=self,
	// feed_url). All three must be set.
	Self Links
	// PrevArchive, NextArchive and Current are RFC 5005 links: the next
	// older archive document, the next newer one, and the current
	// (subscription) document. PrevArchive.JSON becomes JSON Feed's
	// next_url.
	PrevArchive, NextArchive, Current Links
	// Archive marks an archive document (<fh:archive/>): its items do not
	// change.
	Archive bool
}

// MainDoc is the Doc of the main feeds.
func MainDoc() Doc {
	return Doc{Self: Links{Atom: AtomPath, RSS: RSSPath, JSON: JSONPath}}
}

// withDefaults fills the Doc's defaults from cfg.
func (d Doc) withDefaults(cfg *Config) (Doc, error) {
	d.Title, d.Description = clean(d.Title), clean(d.Description)
	if d.Title == "" {
		d.Title = cfg.Title
	}
	if d.Description == "" {
		d.Description = cfg.Description
	}
	if d.Self.Atom == "" || d.Self.RSS == "" || d.Self.JSON == "" {
		return d, ErrDoc
	}
	if d.Key == "" {
		d.Key = d.Self.Atom
	}
	return d, nil
}
