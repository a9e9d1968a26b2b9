package article

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Options configure Parse.
type Options struct {
	// MaxSize is the largest input read, in bytes; 0 means DefaultMaxSize.
	// A longer input fails with an error wrapping ErrTooLarge.
	MaxSize int64
}

// Parse reads the bytes of one page of newspaper text and splits it into
// pieces. It decodes UTF-8, UTF-16 and GB18030 by evidence and never fails
// on the text itself: problems become Page.Warnings. It fails only when r
// fails or holds more than opts.MaxSize bytes.
func Parse(r io.Reader, opts Options) (*Page, error) {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	b, err := readLimited(r, limit)
	if err != nil {
		return nil, fmt.Errorf("article: read page: %w", err)
	}
	pg, _ := parseBytes(b)
	return pg, nil
}

// parseBytes decodes and parses the bytes of a page. It returns the page and
// the text it cut out of the flow. It takes b over (see decode): the page's
// text may be b itself, so the caller must not change b afterwards.
func parseBytes(b []byte) (*Page, []cut) {
	text, encoding, warnings := decode(b)
	pg, cuts := parseText(text)
	pg.Encoding = encoding
	if len(warnings) > 0 {
		pg.Warnings = append(warnings, pg.Warnings...)
	}
	return pg, cuts
}

// cut is text the parser took out of the flow because it recorded it as a
// field: a credit (its names become authors), a jump marker (its page
// becomes ContinuedOn or ContinuedFrom) or a bullet before a heading. Tests
// use the cuts to check that no character of the input is lost.
type cut struct {
	text   string   // as printed
	values []string // the parts of text recorded as fields: names, pages
}

// parser holds the state of one parse.
type parser struct {
	page *Page
	cuts []cut
	// pageCredits are the furniture lines that credit the page's pieces
	// (本版撰稿, 本版图片由…提供); see furniture.go.
	pageCredits []pageCredit
}

// warnf records a problem a person may want to look at.
func (p *parser) warnf(format string, args ...any) {
	p.page.Warnings = append(p.page.Warnings, fmt.Sprintf(format, args...))
}

// warn records a problem already put in words; it is warnf without the
// formatting, for the warnings a long page repeats.
func (p *parser) warn(msg string) {
	p.page.Warnings = append(p.page.Warnings, msg)
}

// cut records text taken out of the flow.
func (p *parser) cut(text string, values ...string) {
	p.cuts = append(p.cuts, cut{text: text, values: values})
}

// parseText splits decoded text into a page. It returns the page and the
// text it cut out of the flow.
func parseText(text string) (*Page, []cut) {
	p := &parser{page: &Page{Pieces: []Piece{}}}
	p.split(p.blocks(text))
	photosLast(p.page.Pieces)
	return p.page, p.cuts
}

// blocks runs the block stage: furniture, wrapping, assembly, extraction of
// datelines, credits and jumps, and column-break joins.
func (p *parser) blocks(text string) []*block {
	lines := splitLines(text)
	p.markFurniture(lines)
	w := detectWrap(lines)
	wraps := []wrapInfo{w}
	if !w.on {
		wraps[0].base = baseIndent(lines)
		wraps = localWraps(lines, wraps)
	}
	blocks := assemble(lines, wraps)
	p.cutBrokenHyphens(blocks)
	for _, b := range blocks {
		p.extract(b)
	}
	p.closeBareCredits(blocks)
	reminderSignoffs(blocks)
	dashLists(blocks)
	tableHeads(blocks)
	blocks = p.joinAffiliations(blocks)
	blocks = joinColumns(blocks, indentRule(blocks))
	p.cutBrokenHyphens(blocks)
	return blocks
}

// photosLast puts the photo captions after the page's articles and briefs,
// each group keeping its order. A text dump places a caption wherever its
// picture sat in the extraction flow, often between two articles; the
// page's reading order is its stories, then its pictures. Piece.Line keeps
// where each piece stood in the text.
func photosLast(pieces []Piece) {
	slices.SortStableFunc(pieces, func(a, b Piece) int {
		return boolInt(a.Kind == KindPhoto) - boolInt(b.Kind == KindPhoto)
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// extract reads what a block is and cuts from it what is not body text:
// jump markers, a dateline, a credit glued to its end.
func (p *parser) extract(b *block) {
	// Both searches for markers ask whether the text holds a marker's
	// word; it is asked once.
	words := hasJumpWord(b.text)
	if t := trim(b.text); t != "" && len(t) <= 80 {
		if j, ok := jumpLineWords(t, words); ok {
			b.kind, b.jumps = jumpBlock, []jump{j}
			return
		}
	}
	if c, ok := parseCredit(b.text); ok {
		b.kind = creditBlock
		b.cr = &blockCredit{c: c, cuts: []cut{{text: b.text, values: c.values}}}
		return
	}
	// Jump markers are cut here and recorded when the piece takes them.
	text, jumps := cutJumpsWords(b.text, words)
	b.jumps = jumps
	if text == "" {
		b.kind = jumpBlock
		b.text = ""
		return
	}
	if len(jumps) > 0 {
		// What the markers leave may be a credit: (记者 张三)(下转第2版).
		if c, ok := parseCredit(text); ok {
			b.kind = creditBlock
			b.cr = &blockCredit{c: c, cuts: []cut{{text: text, values: c.values}}}
			b.text = ""
			return
		}
	}
	if before, mark, ok := cutEndMark(text); ok {
		p.cut(mark)
		b.endMark = true
		if before == "" {
			b.kind, b.text = jumpBlock, "" // an end mark on its own line
			return
		}
		text = before
	}
	if dl, rest, c, ok := cutDateline(text); ok {
		b.dateline, b.leadAuthors, text = dl, c.authors, rest
	}
	if before, ct, c, ok := cutTrailingCredit(text); ok {
		if c.bare {
			// （孙蕾） may also be an aside: closeBareCredits decides once
			// the next block is known.
			b.bare = &bareCredit{before: before, text: ct, c: c}
		} else {
			b.cr, b.hasCredit = &blockCredit{c: c}, true
			p.cut(ct, c.values...)
			text = before
		}
	}
	b.text = text
	// A heading shape comes with the measure of the text (see
	// headingShapeStats); the tests for table rows read it.
	var st textStats
	b.shape, st = headingShapeStats(text)
	if b.shape != shapeBody && (isTableRowStats(text, st) || st.latinText() && isAgateRow(text)) {
		b.shape, b.row = shapeBody, true
	}
	if b.dateline != "" || b.hasCredit || len(b.jumps) > 0 {
		b.shape = shapeBody // a lead, a credit or a jump: text of an article
	}
}

// reminderSignoffs gives back their text to lines read as an office's
// sign-off (区应急管理局提醒) that stand where no notice ends. A sign-off
// closes a paragraph of text that ends a sentence, and a notice ends at
// the end of the page, before furniture, or before what opens a piece: a
// headline, a lead. Before a paragraph of text the line is a subhead (区疾
// 控中心提醒 / 市民应尽量…); a line right on top of the next one while set
// apart from the text above is a headline's kicker (市消防救援支队提醒 /
// 高温天气谨防电动车火灾); and in a reporter's story, one under a lead
// (本报讯（记者 王明）…), the line heads what follows it, if anything does.
// A service box's label ends the story: the box is a piece of its own (see
// serviceBox), which its office may sign.
func reminderSignoffs(blocks []*block) {
	// story is set from a lead to the credit or the furniture that closes
	// its piece: a notice boxed under the story (温馨提示 / …) and the
	// subheads in it stay the story's.
	story := false
	for i, b := range blocks {
		if b.afterFurn || story && b.kind == textBlock && b.line == b.endLine && len(b.text) <= 64 &&
			ownBoxWord(b.text) && serviceBox(b.text) == ownBox {
			story = false // furniture, or a service box's label (温馨提示): the story is over
		}

		if isLead(b) {
			story = true
		}
		if b.kind != creditBlock || !b.cred().reminder {
			if b.hasCredit || b.kind == creditBlock && !b.cred().lead {
				story = false // a credit closes the piece
			}
			continue
		}
		signs := i > 0 && blocks[i-1].kind == textBlock && blocks[i-1].shape == shapeBody && endsSentence(blocks[i-1].text)
		if signs && i+1 < len(blocks) {
			next := blocks[i+1]
			switch {
			case next.afterFurn:
			case story:
				signs = false // over the next headline, or a subhead
			case next.gap < b.gap:
				signs = false // with the headline under it
			case next.kind == textBlock && next.shape == shapeBody && next.dateline == "" && bulletPrefix(next.text) == 0:
				signs = false // over its text: a subhead
			}
		}
		if signs {
			story = false
		} else {
			b.kind, b.cr = textBlock, nil
			b.shape, _ = headingShapeStats(b.text)
		}
	}
}

// dashLists gives back their text to lines that read as sign-offs (— Jane
// Doe) but stand in a list of such lines, one under the other: — Tree
// Lighting At City Hall / — Craft Fair At The Library. A sign-off is one
// line; the items of a list are text, one per line, whichever of them
// reads as a sign-off (- Parents / - Former editors), and never a
// headline. A sign-off never follows a line that opens a list (…includes:
// / - Hospital staff).
func dashLists(blocks []*block) {
	item := func(b *block) bool {
		if b.kind != textBlock && b.kind != creditBlock {
			return false
		}
		t := trimLeft(b.text)
		if t == "" || t[0] != '-' && t[0] != 0xE2 {
			return false // no dash opens it (— and – open with E2)
		}
		t = trim(t)
		_, ok := cutSignoffDash(t)
		return ok || strings.HasPrefix(t, "- ")
	}
	for i := 0; i < len(blocks); i++ {
		if !item(blocks[i]) {
			continue
		}
		j := i + 1
		for j < len(blocks) && blocks[j].gap == 0 && item(blocks[j]) {
			j++
		}
		opened := false
		if i > 0 && blocks[i-1].kind == textBlock {
			r := lastRune(trimRight(blocks[i-1].text))
			opened = r == ':' || r == '：'
		}
		if j-i >= 2 || opened {
			for _, b := range blocks[i:j] {
				if b.kind == creditBlock {
					b.kind, b.cr = textBlock, nil
				}
				b.shape, b.row = shapeBody, true
			}
		} else if blocks[i].kind == textBlock && strings.HasPrefix(trim(blocks[i].text), "- ") {
			// A line alone after a hyphen is an item or a quoted card's
			// signature (- Hospital staff), never a heading.
			blocks[i].shape, blocks[i].row = shapeBody, true
		}
		i = j - 1
	}
}

// bareCredit is a name in brackets with no label closing a paragraph,
// （孙蕾）, not yet taken as a credit.
type bareCredit struct {
	before string // the paragraph without it
	text   string // the bracket as printed
	c      credit
}

// closeBareCredits takes each bare name in brackets as the credit that
// closes a piece only where a piece may end: before a heading, a credit, a
// marker, a column's label, a photo's caption or the end of the page.
// Before another paragraph of text it is an aside of the story — （左一）,
// （钟表） — and stays in the text.
func (p *parser) closeBareCredits(blocks []*block) {
	for i, b := range blocks {
		if b.bare == nil {
			continue
		}
		bc := b.bare
		b.bare = nil
		if bc.c.pen && i > 0 && !b.afterFurn && bulletPrefix(b.text) == 0 {
			// A pen name (（文萱）) signs an item of a column: one under the
			// column's label, at the top of the page or further down, or one
			// with a mark (● …（晓岚）). Elsewhere the splitter decides,
			// knowing the piece.
			continue
		}
		if i+1 < len(blocks) {
			next := blocks[i+1]
			// A column's label between them (简讯 … （区卫健） / 书讯 / …)
			// opens another item; a page's header or footer does not.
			label := next.afterFurn && !next.afterBreak
			if next.kind == textBlock && next.shape == shapeBody && next.dateline == "" && !next.row && !nextItem(b, next) && !label &&
				!captionAt(blocks, i+1) {
				continue
			}
		}
		b.text, b.cr, b.hasCredit, b.shape = bc.before, &blockCredit{c: bc.c}, true, shapeBody
		p.cut(bc.text, bc.c.values...)
	}
}

// captionAt reports whether blocks[i] is a photo's caption, which stands
// beside a story rather than in it, so a piece may end before it: a short
// text with no dateline closed by a photographer's credit, glued to it
// (…检测血压。 通讯员 米乐 摄) or on the line under it. A credit naming a
// writer as well (记者 王明 文/图) closes a story's paragraph, and one for
// pictures someone supplied (图片由受访者提供) credits the story's pictures.
func captionAt(blocks []*block, i int) bool {
	b := blocks[i]
	if b.kind != textBlock || b.dateline != "" || len(b.jumps) > 0 || len(b.text) > maxCaptionLen {
		return false
	}
	cr := b
	if !b.hasCredit {
		if i+1 >= len(blocks) || blocks[i+1].kind != creditBlock || blocks[i+1].gap > 1 {
			return false
		}
		cr = blocks[i+1]
	}
	c := cr.cred()
	return photoCredit(c) && !c.supplied
}

// photoCredit reports whether c closes a photo's caption: it names
// photographers only and opens no piece (通讯员 X 摄, X/摄).
func photoCredit(c credit) bool {
	return !c.lead && c.hasRole(RolePhotographer) && c.onlyRoles(RolePhotographer)
}

// maxCaptionLen bounds a photo's caption in bytes, about two hundred
// ideographs, as photoCaption does.
const maxCaptionLen = 600

// nextItem reports whether next is the next item of a column of briefs
// that b is one of: both open with the same mark (● …（贺骁） / ● …) or a
// numbering of the same kind (1. …（贺骁） / 2. …, （一）… / （二）…), so a
// name in brackets closing b signs b alone.
func nextItem(b, next *block) bool {
	if n := bulletPrefix(b.text); n > 0 {
		return strings.HasPrefix(next.text, trim(b.text[:n]))
	}
	n, m := listMarker(b.text), listMarker(next.text)
	if n == 0 || m == 0 {
		return false
	}
	style := listStyle(b.text)
	return style != 'b' && style == listStyle(next.text) && (style == 'o' || lastRune(b.text[:n]) == lastRune(next.text[:m]))
}

// joinAffiliations reads the lines under an English byline that name an
// organisation or a staff title ("By JANE DOE" / "Associated Press") or
// give the writer's contact ("hliu@example.com", "Twitter: @hliu") as part
// of the credit. A sentence that closes a story with the contact of a
// writer its byline named ("Jane Doe can be reached at …") joins that
// byline too.
func (p *parser) joinAffiliations(blocks []*block) []*block {
	out := blocks[:0]
	var byline *block // the last byline, for a contact sign-off
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind == textBlock && b.shape != shapeBody {
			byline = nil // a heading: what follows may be another story
		}
		if byline != nil && b.kind == textBlock && signoffContact(byline, b) {
			continue
		}
		out = append(out, b)
		if b.kind != creditBlock || len(b.cred().authors) == 0 || !b.cred().lead {
			continue // a byline takes an affiliation; a sign-off does not
		}
		byline = b
		// A byline carries a few ways to reach its writers (an address,
		// a telephone, a handle), not a column of them: the count keeps a
		// page of such lines linear.
		const maxContacts = 4
		contacts := 0
		for affiliated := false; i+1 < len(blocks); i++ {
			next := blocks[i+1]
			plain := next.kind == textBlock && next.dateline == "" && !next.hasCredit && len(next.jumps) == 0
			if plain && contacts < maxContacts && bylineContact(b, next) {
				contacts++
				continue
			}
			if affiliated {
				break
			}
			agency := next.kind == creditBlock && agencyLine(trim(next.text))
			if !agency && (!plain || !isAffiliation(next.text)) {
				break
			}
			if !slices.ContainsFunc(b.cr.c.authors, func(a Author) bool { return a.About == "" }) {
				break // the credit names its affiliation already
			}
			for k := range b.cr.c.authors {
				if b.cr.c.authors[k].About == "" {
					b.cr.c.authors[k].About = next.text
				}
			}
			b.cr.cuts = append(b.cr.cuts, cut{text: next.text, values: []string{next.text}})
			affiliated = true
		}
	}
	return out
}

// isAffiliation reports whether a line names a news organisation or a staff
// title: "Associated Press", "Herald Staff Writer".
func isAffiliation(s string) bool {
	st := measure(s)
	return st.latinText() && st.words <= 5 && isEnglishName(s) && isEnglishOrg(s)
}

// endMarks close a story on the page: 新华社稿件末尾的（完）, (END).
var endMarks = [...]string{"完", "全文完", "END", "End"}

// cutEndMark cuts the end mark that closes a story, in brackets, from the
// end of a paragraph: …相关成果已发表。（完）. It returns the text before it
// and the mark as printed.
func cutEndMark(s string) (string, string, bool) {
	s = trimRight(s)
	last, size := decodeLastRune(s)
	if last != ')' && last != '）' && last != '】' && last != ']' {
		return s, "", false
	}
	inner := s[:len(s)-size]
	for _, m := range endMarks {
		if !strings.HasSuffix(inner, m) {
			continue
		}
		open, osize := decodeLastRune(inner[:len(inner)-len(m)])
		if want := closerFor(open); want == 0 || !sameBracket(want, last) {
			continue
		}
		before := trimRight(inner[:len(inner)-len(m)-osize])
		if before != "" && !endsSentence(before) {
			continue // 完 closing a phrase in brackets is text: (未完)
		}
		return before, trim(s[len(before):]), true
	}
	return s, "", false
}
