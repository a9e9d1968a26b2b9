// Package article splits the plain text of one newspaper page into its
// pieces: articles, photo captions and briefs, with their headline groups,
// datelines, bodies, authors and jumps.
//
// The package is pure: it reads the bytes it is given and nothing else, has no
// clock and no globals, and imports nothing else of paperfeed.
package article

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Kind says what sort of piece a Piece is.
type Kind string

// The kinds of piece a page holds.
const (
	KindArticle Kind = "article" // a headline group and a body
	KindPhoto   Kind = "photo"   // a caption with a photo credit and no headline
	KindBrief   Kind = "brief"   // a short item without a headline group
)

// HeadlineRole is the part a line plays in a headline group (标题组).
type HeadlineRole string

// The parts of a headline group.
const (
	RoleKicker   HeadlineRole = "kicker"   // 引题, the overline
	RoleTitle    HeadlineRole = "title"    // 主题, the main title
	RoleSubtitle HeadlineRole = "subtitle" // 副题, the deck
)

// Headline is one line of a headline group.
type Headline struct {
	Role HeadlineRole `json:"role"`
	Text string       `json:"text"`
}

// BlockKind says whether a body block is a paragraph or a subhead.
type BlockKind string

// The kinds of body block.
const (
	BlockParagraph BlockKind = "paragraph"
	BlockSubhead   BlockKind = "subhead" // 小标题
)

// Block is one paragraph or subhead of a piece's body.
type Block struct {
	Kind BlockKind `json:"kind"`
	Text string    `json:"text"`
}

// Role is what an author did for a piece.
type Role string

// The roles of authors and credits.
const (
	RoleReporter      Role = "reporter"      // 记者, By
	RoleCorrespondent Role = "correspondent" // 通讯员
	RoleWriter        Role = "writer"        // 撰稿, 文/, 作者
	RolePhotographer  Role = "photographer"  // 摄影, 摄, Photo by
	RoleGraphics      Role = "graphics"      // 制图, 绘图
	RoleEditor        Role = "editor"        // 编辑, 责任编辑
	RoleDesigner      Role = "designer"      // 版式设计, 美编
	RoleProofreader   Role = "proofreader"   // 校对
	RoleAuthor        Role = "author"        // any other credit
)

// Author is a person credited for a piece or a page.
type Author struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
	// About is what the credit says of the person besides the name, such as
	// an agency ("Associated Press", "新华社") or a description (作者为…).
	About string `json:"about,omitempty"`
	// Contact is how to reach the person, as printed with the byline or in
	// the story's closing line: an e-mail address, a phone number, a
	// handle ("hliu@example.com", "Twitter: @hliu").
	Contact string `json:"contact,omitempty"`
}

// Email returns the e-mail address in the author's Contact, the first when
// it holds several, or "" when it holds none: what a feed may give as the
// author's address.
func (a Author) Email() string {
	return firstEmail(a.Contact)
}

// Piece is one item of a page: an article, a photo caption or a brief.
type Piece struct {
	Kind Kind `json:"kind"`
	// Headlines holds every headline line in page order, each with its role.
	Headlines []Headline `json:"headlines,omitempty"`
	// Dateline is the lead's opening (电头) cut from the first paragraph,
	// such as "本报讯" or "新华社北京11月5日电(记者 王五)", or "(AP) —".
	Dateline string `json:"dateline,omitempty"`
	// Body is the text in order: paragraphs and subheads.
	Body []Block `json:"body,omitempty"`
	// Authors are the bylines and credits, cut from the body text.
	Authors []Author `json:"authors,omitempty"`
	// ContinuedOn is the page the piece continues on ("2", "A2"), from a
	// jump marker such as (下转第2版); empty when it ends on this page.
	ContinuedOn string `json:"continued_on,omitempty"`
	// ContinuedFrom is the page the piece is continued from, from a marker
	// such as (上接第1版).
	ContinuedFrom string `json:"continued_from,omitempty"`
	// Line is the 1-based line of the input where the piece starts.
	Line int `json:"line"`
}

// headline returns the text of the first headline line with the role.
func (p *Piece) headline(role HeadlineRole) string {
	for _, h := range p.Headlines {
		if h.Role == role {
			return h.Text
		}
	}
	return ""
}

// Kicker returns the piece's kicker (引题), or "".
func (p *Piece) Kicker() string { return p.headline(RoleKicker) }

// Subtitle returns the piece's subtitle (副题), or "".
func (p *Piece) Subtitle() string { return p.headline(RoleSubtitle) }

// Title returns the headline a reader should see: the main title, else any
// headline line, else for captions and briefs the first clause of the first
// paragraph, shortened to at most 40 characters.
func (p *Piece) Title() string {
	if t := p.headline(RoleTitle); t != "" {
		return t
	}
	if len(p.Headlines) > 0 {
		return p.Headlines[0].Text
	}
	for _, b := range p.Body {
		if b.Kind == BlockParagraph && strings.TrimSpace(b.Text) != "" {
			text := b.Text
			if n := listMarker(text); n > 0 && strings.TrimSpace(text[n:]) != "" {
				text = text[n:] // 1. 青溪区开展…: an item of a numbered column
			}
			// About forty ideographs, or as wide in letters: a line of a
			// reader's list either way.
			if measure(text).latinText() {
				return ShortTitle(text, 80)
			}
			return ShortTitle(text, 40)
		}
	}
	return ""
}

// pointEndsSentence reports whether the point closing x ends a sentence, with
// rest following it: a point of no abbreviation does, and so does a clock
// time's (3 a.m.) before a capital that does not go on with it (Residents…).
func pointEndsSentence(x, rest string) bool {
	switch endAbbrev(x) {
	case abbrevNone:
		return true
	case abbrevMaybe:
		t := trimRight(x)
		return (strings.HasSuffix(t, "a.m.") || strings.HasSuffix(t, "p.m.")) && unicode.IsUpper(firstRune(rest)) && !abbrevGoesOn(x, rest)
	}
	return false
}

// ShortTitle returns the first sentence or clause of text, cut to at most max
// characters at a word boundary where the text has spaces, with "…" when cut.
func ShortTitle(text string, max int) string {
	text = strings.TrimSpace(text)
	r := []rune(text)
	end := len(r)
	// An end past max is cut at max all the same: look no further.
	for i := 0; i < len(r) && i <= max; i++ {
		c := r[i]
		if strings.ContainsRune("。！？!?；;", c) {
			end = i
			break
		}
		// A period inside the text ends a sentence, but not the point of
		// an abbreviation or an initial (Gov., Jan., John F.), nor a clock
		// time that goes on with its day (7 p.m. Thursday): the hard-wrap
		// join reads these the same way (abbrevGoesOn).
		if c == '.' && (i+1 == len(r) || unicode.IsSpace(r[i+1]) && pointEndsSentence(string(r[:i+1]), strings.TrimSpace(string(r[i+1:min(len(r), i+40)])))) {
			end = i
			break
		}
	}
	if end > max {
		// Prefer a clause boundary, then a space, inside the limit.
		cut := -1
		for i := max - 1; i > max/3; i-- {
			if strings.ContainsRune("，,、：:", r[i]) {
				cut = i
				break
			}
		}
		if cut < 0 {
			for i := max - 1; i > max/3; i-- {
				if unicode.IsSpace(r[i]) {
					cut = i
					break
				}
			}
		}
		if cut < 0 {
			cut = max - 1
		}
		return strings.TrimSpace(string(r[:cut])) + "…"
	}
	return strings.TrimSpace(string(r[:end]))
}

// Date is a calendar day with no clock and no zone. The zero Date is unknown.
type Date struct {
	Year  int        `json:"year"`
	Month time.Month `json:"month"`
	Day   int        `json:"day"`
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as 2006-01-02, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// In returns midnight of the day in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Page is the result of parsing one file: the facts its furniture gives and
// its pieces in reading order: the stories (articles and briefs) as they
// stand in the text, then the photo captions, which a text dump places
// wherever the picture sat. Piece.Line keeps where each piece stood.
type Page struct {
	// Date is the page's date from its furniture, zero when the page states none.
	Date Date `json:"date"`
	// Number is the page number ("1", "A2"), Name the page name ("要闻").
	Number string `json:"number,omitempty"`
	Name   string `json:"name,omitempty"`
	// Editors are page-level credits: 责任编辑, 本版编辑, 版式设计, ….
	Editors []Author `json:"editors,omitempty"`
	// Furniture keeps every line recognised as page furniture, verbatim.
	Furniture []string `json:"furniture,omitempty"`
	Pieces    []Piece  `json:"pieces"`
	// Encoding names the encoding the bytes were decoded from.
	Encoding string `json:"encoding"`
	// Warnings are problems a person may want to look at: undecodable bytes,
	// ambiguous headline groups.
	Warnings []string `json:"warnings,omitempty"`
}

// IDs returns a stable identifier for each piece, in order. An id depends on
// what identifies the article, and never on the file name, the body text or
// the time, so the same article keeps its id when the page is dropped again
// under another name, re-encoded, or corrected in a paragraph:
//
//   - the page: its date and number when the page states them; a page with
//     no date is told apart from other undated pages by the set of its
//     headlines, so a recurring column title (今日关注) on two undated pages
//     makes two articles, not one;
//   - the piece: its title when it has a headline; for captions and briefs
//     without one, its kind and credits, not its words, which may be
//     corrected.
//
// Pieces of one page that would share an id are told apart by their order.
func (pg *Page) IDs() []string {
	scope := pg.Date.String() + "\x00" + pg.Number
	if pg.Date.IsZero() {
		scope += "\x00" + pg.fingerprint()
	}
	// An id is the SHA-256 of the scope and the piece's key. The scope of
	// an undated page grows with its headlines: it is hashed once, and each
	// piece's hash goes on from a copy of that state, so a page of many
	// pieces costs time and memory in proportion to its size.
	base := sha256.New()
	base.Write([]byte(scope))
	state, err := base.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic("article: sha256 state: " + err.Error()) // crypto/sha256 always marshals
	}
	ids := make([]string, len(pg.Pieces))
	seen := make(map[string]int) // by key within the scope
	for i := range pg.Pieces {
		pc := &pg.Pieces[i]
		var key string
		if len(pc.Headlines) > 0 {
			key = "\x00t\x00" + normalizeKey(pc.Title())
		} else {
			key = "\x00" + string(pc.Kind) + "\x00" + authorsKey(pc.Authors)
		}
		seen[key]++
		if n := seen[key]; n > 1 {
			key += fmt.Sprintf("\x00%d", n)
		}
		h := sha256.New()
		if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
			panic("article: sha256 state: " + err.Error())
		}
		h.Write([]byte(key))
		ids[i] = hex.EncodeToString(h.Sum(nil)[:10])
	}
	return ids
}

// fingerprint names an undated page by its headlines, in page order; a page
// without any headline by the opening clauses of its pieces.
func (pg *Page) fingerprint() string {
	var b strings.Builder
	for i := range pg.Pieces {
		if len(pg.Pieces[i].Headlines) > 0 {
			b.WriteString(normalizeKey(pg.Pieces[i].Title()))
			b.WriteByte(0)
		}
	}
	if b.Len() == 0 {
		for i := range pg.Pieces {
			b.WriteString(normalizeKey(pg.Pieces[i].Title()))
			b.WriteByte(0)
		}
	}
	return b.String()
}

// authorsKey names a piece's credits, in order.
func authorsKey(as []Author) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(normalizeKey(a.Name))
		b.WriteByte('/')
		b.WriteString(string(a.Role))
		b.WriteByte(0)
	}
	return b.String()
}

// normalizeKey folds width and case and drops spaces and punctuation, so that
// a title keeps its key across encodings and full-/half-width variants.
func normalizeKey(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
