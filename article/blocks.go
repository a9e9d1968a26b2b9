package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file assembles lines into blocks. It recognises the three layouts —
// one paragraph per line with blank lines between blocks, paragraphs on
// consecutive lines, hard-wrapped lines with indented paragraph starts — and
// joins paragraphs cut by column breaks.

// line is one line of the decoded text.
type line struct {
	no     int    // 1-based line number
	raw    string // the line without trailing spaces
	text   string // the line without surrounding spaces
	indent int    // width of the indentation
	furn   bool   // page furniture
	// pageFact: furniture that states the page's date or number, a page
	// header or footer; in mid-page it marks a page break of the dump.
	pageFact bool
	wrap     int32 // which wrapInfo describes the line: 0 for the page's
	// runes and width are the length of raw in characters and in display
	// width, measured once, when the wrap rules first ask (see lineMeasure);
	// measured tells whether they have been.
	runes, width int32
	measured     bool
}

// measure is lineMeasure(l.raw, byWidth). Only the lines the wrap rules
// look at are measured, once: on a page with blank lines between its
// paragraphs, none are.
func (l *line) measure(byWidth bool) int {
	if !l.measured {
		runes, width := runesAndWidth(l.raw)
		l.runes, l.width, l.measured = int32(runes), int32(width), true
	}
	if byWidth {
		return int(l.width)
	}
	return int(l.runes)
}

// blank reports whether the line holds no text.
func (l *line) blank() bool { return l.text == "" }

// splitLines cuts text into lines.
func splitLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	for no := 1; ; no++ {
		j := strings.IndexByte(text, '\n')
		l := text
		if j >= 0 {
			l = text[:j]
		}
		raw := trimRight(l)
		t := trimLeft(raw)
		ln := line{no: no, raw: raw, text: t}
		if t != "" {
			ln.indent = leadingSpace(raw)
		}
		lines = append(lines, ln)
		if j < 0 {
			break
		}
		text = text[j+1:]
	}
	return lines
}

// blockKind says what a block is before the pieces are cut.
type blockKind uint8

const (
	textBlock   blockKind = iota // a paragraph or a heading
	creditBlock                  // a byline or credit on its own line
	jumpBlock                    // a jump marker on its own line
)

// block is a unit of text: a paragraph, a heading line, a credit line.
// The small fields sit together at the end so that a page's many blocks
// take less memory.
type block struct {
	text    string
	parts   []string // fragments waiting to be joined into text
	index   int      // place among the page's blocks, set by split
	line    int      // first line
	endLine int      // last line
	gap     int      // blank lines before the block

	// cr is a standalone credit (creditBlock) or one glued to the end of
	// the text (hasCredit), nil for the many blocks with none.
	cr *blockCredit
	// bare is a name in brackets closing the text, until the block stage
	// knows whether it is a credit (see closeBareCredits).
	bare  *bareCredit
	jumps []jump
	// dateline is the lead's opening cut from the start of the text, and
	// leadAuthors the people it names.
	dateline    string
	leadAuthors []Author

	kind      blockKind
	shape     shape
	hasCredit bool
	indent    bool // the first line is indented more than the page's base
	// afterFurn is set when page furniture stands between the block and
	// the one before it: a column label, a page footer.
	afterFurn bool
	// afterBreak is set when that furniture is a page header or footer, a
	// page number: the dump ran on from one page or column to the next.
	afterBreak bool
	row        bool // a row of a table: 今天 多云 8℃～16℃
	rowCand    int8 // whether a row could be: 0 not asked yet, 1 yes, -1 no (see mayBeRow)
	merged     bool // joined from column fragments
	heading    bool // a heading line, decided with its neighbours
	endMark    bool // closed by an end mark: （完）, (END)
	// hyphens counts the hyphens dropped where a line break cut a word
	// (Down- / town), cut by cutBrokenHyphens.
	hyphens int32
}

// blockCredit is a block's credit and, for a credit line, its text, cut
// when a piece takes it.
type blockCredit struct {
	c    credit
	cuts []cut
}

// cred returns the block's credit, or none.
func (b *block) cred() credit {
	if b.cr == nil {
		return credit{}
	}
	return b.cr.c
}

// credCuts returns the text of the block's credit line to cut.
func (b *block) credCuts() []cut {
	if b.cr == nil {
		return nil
	}
	return b.cr.cuts
}

// jump returns the block's first jump marker pointing the given way.
func (b *block) jump(dir jumpDir) (jump, bool) {
	for _, j := range b.jumps {
		if j.dir == dir {
			return j, true
		}
	}
	return jump{}, false
}

// lastText returns the text the block ends with.
func (b *block) lastText() string {
	if len(b.parts) > 0 {
		return b.parts[len(b.parts)-1]
	}
	return b.text
}

// firstText returns the text the block starts with.
func (b *block) firstText() string {
	if len(b.parts) > 0 {
		return b.parts[0]
	}
	return b.text
}

// finish joins the parts into the text.
func (b *block) finish() {
	switch len(b.parts) {
	case 0:
		return
	case 1:
		b.text = b.parts[0]
	default:
		n := 0
		for _, p := range b.parts {
			n += len(p) + 1
		}
		var sb strings.Builder
		sb.Grow(n)
		prev, broken := "", false
		for i, p := range b.parts {
			if p == "" {
				continue
			}
			if prev != "" && !broken {
				sb.WriteString(joinSep(prev, p))
			}
			prev, broken = p, false
			if p[len(p)-1] == '-' {
				if next := nextPart(b.parts, i); next != "" && brokenWord(p, next) {
					// Down- / town: the hyphen was the line's, not the word's.
					sb.WriteString(p[:len(p)-1])
					b.hyphens++
					broken = true
					continue
				}
			}
			sb.WriteString(p)
		}
		b.text = sb.String()
	}
	b.parts = nil
}

// cutBrokenHyphens records as cut the hyphens dropped from words a line
// break cut in two (see brokenWord), so that every character of the page is
// accounted for.
func (p *parser) cutBrokenHyphens(blocks []*block) {
	for _, b := range blocks {
		if b.hyphens > 0 {
			p.cut(strings.Repeat("-", int(b.hyphens)))
			b.hyphens = 0
		}
	}
}

// nextPart returns the first part after parts[i] that holds text.
func nextPart(parts []string, i int) string {
	for _, p := range parts[i+1:] {
		if p != "" {
			return p
		}
	}
	return ""
}

// brokenWord reports whether English text a, ending in a hyphen, ends with
// a word the line break cut in two, b holding the rest of it: Down- / town,
// com- / mittee. Justified columns break long words at the line's end; the
// hyphen is the typesetter's, and the word reads whole. A capital or a
// figure after the break shows a compound (Smith- / Jones, mid- / 1990s),
// as do a dash (-- or a hyphen after a space), a compound of several parts
// (sister- / in-law, state-of- / the-art) and the usual first and second
// halves of compounds (well- / known, two- / car, school- / based).
func brokenWord(a, b string) bool {
	n := len(a) - 1 // the hyphen
	if n < 1 || a[n] != '-' {
		return false
	}
	// The word before the hyphen: letters only, at most 30 bytes back.
	start := n
	for start > 0 && n-start < 30 {
		r, size := decodeLastRune(a[:start])
		if !unicode.IsLetter(r) || r >= 0x250 {
			break
		}
		start -= size
	}
	if start == n || n-start >= 30 {
		return false // -- or " -": a dash; or no word
	}
	if start > 0 {
		if r, _ := decodeLastRune(a[:start]); r == '-' || r == '\'' || r == '’' || r == '/' || isLatin(r) {
			return false // state-of- / the-art; a figure before: 10- / year
		}
	}
	r, _ := decodeFirst(b)
	if !unicode.IsLower(r) || r >= 0x250 {
		return false
	}
	// The first word after the break.
	end := 0
	for end < len(b) && end < 40 {
		c := b[end]
		if c == '-' && slices.Contains(chainWords[:], b[:end]) {
			return false // sister- / in-law, up- / to-date
		}
		if c == '-' || c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '"' || c == '!' || c == '?' {
			break // com- / munity-based: the word goes on to a compound
		}
		end++
	}
	first, second := strings.ToLower(a[start:n]), b[:end]
	if slices.Contains(compoundFirsts[:], first) {
		return false
	}
	return len(first) < 3 || !slices.Contains(compoundSeconds[:], second)
}

// chainWords are the small words inside compounds of three parts or more:
// sister-in-law, state-of-the-art, up-to-date, face-to-face.
var chainWords = [...]string{"in", "of", "to", "the", "and", "on", "by", "at", "for", "a", "or", "up", "out"}

// compoundFirsts open compounds that keep their hyphen: self-employed,
// well-known, two-car, so-called, long-term.
var compoundFirsts = [...]string{"self", "well", "ex", "all", "half", "so", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
	"hundred", "first", "second", "third", "long", "short", "full", "part", "high", "low", "much", "ill",
	"quasi", "vice"}

// compoundSeconds close compounds that keep their hyphen: school-based,
// decade-old, little-known, mayor-elect.
var compoundSeconds = [...]string{"based", "old", "known", "related", "owned", "free", "wide", "friendly",
	"elect", "level", "scale", "term", "led", "run", "style", "sized", "minded", "driven", "oriented"}

// wrapInfo describes hard-wrapped text: lines cut at a fixed width, a new
// paragraph marked by indentation.
type wrapInfo struct {
	on      bool
	byWidth bool // measure display width rather than characters
	top     int  // the wrap width
	lo      int  // a line at least this long was wrapped
	base    int  // the page's base indentation
	step    int  // the least indentation beyond base that starts a paragraph
	indents bool // paragraphs start with indentation
}

// indented reports whether a line starts a paragraph by its indentation.
func (w wrapInfo) indented(l *line) bool {
	return l.indent-w.base >= max(w.step, 1)
}

// lineMeasure is the length of a line as the wrapping tool saw it: its
// characters, or its display width (2 for wide characters).
func lineMeasure(raw string, byWidth bool) int {
	if !byWidth {
		return utf8.RuneCountInString(raw)
	}
	w := 0
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c < utf8.RuneSelf:
			w++
			i++
		case c < 0xE0:
			w++
			i += 2
		default:
			r, size := decodeFirst(raw[i:])
			if r == '\u3000' || isWide(r) || size == 4 {
				w += 2
			} else {
				w++
			}
			i += size
		}
	}
	return w
}

// runesAndWidth returns lineMeasure(raw, false) and lineMeasure(raw, true)
// in one pass. raw is decoded text, valid UTF-8.
func runesAndWidth(raw string) (runes, width int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		runes++
		switch {
		case c < utf8.RuneSelf:
			width++
			i++
		case c < 0xE0: // a two-byte sequence: decoded text is valid UTF-8
			width++
			i += 2
		case c < 0xF0 && i+2 < len(raw): // a three-byte sequence
			r := rune(c&0x0F)<<12 | rune(raw[i+1]&0x3F)<<6 | rune(raw[i+2]&0x3F)
			if r >= 0x4E00 && r <= 0x9FFF || r == '\u3000' || isWide(r) {
				width += 2
			} else {
				width++
			}
			i += 3
		default: // four bytes: wide, as lineMeasure counts them
			width += 2
			i += 4
		}
	}
	return runes, width
}

// firstWordMeasure is the length of the first word of a line.
func firstWordMeasure(text string, byWidth bool) int {
	end := strings.IndexFunc(text, func(r rune) bool { return isSpace(r) || isWide(r) })
	if end < 0 {
		end = len(text)
	}
	return lineMeasure(text[:end], byWidth)
}

// detectWrap decides whether the page is hard-wrapped. Wrapped text has
// many lines of one length that end in the middle of a sentence.
func detectWrap(lines []line) wrapInfo {
	content := func(i int) bool {
		return i >= 0 && i < len(lines) && !lines[i].blank() && !lines[i].furn
	}
	var idx []int
	base := -1
	for i := range lines {
		if !content(i) {
			continue
		}
		if base < 0 || lines[i].indent < base {
			base = lines[i].indent
		}
		if (content(i-1) || content(i+1)) && !agateLine(lines[i].text) && !contactLine(lines[i].text) {
			// (Rows of results under each other are no wrapped text:
			// Harlan 35, Fairmont 14 / Lincoln Heights 28, Dover 21; nor
			// is a byline's stack: By X / Staff Writer / x@paper.com.)
			idx = append(idx, i)
		}
	}
	if len(idx) < 4 {
		return wrapInfo{}
	}
	best, bestFull := wrapInfo{}, 0
	vals := make([]int, len(idx))
	sorted := make([]int, len(idx))
	for _, byWidth := range [...]bool{false, true} {
		for k, i := range idx {
			vals[k] = lines[i].measure(byWidth)
		}
		top := kthSmallest(vals, len(vals)-1-len(vals)/10, sorted)
		if top < 12 || byWidth && top < 24 {
			continue // shorter than any column: verse, lists
		}
		slack := max(2, top/12)
		w := wrapInfo{on: true, byWidth: byWidth, top: top, lo: top - slack, base: base}
		full, withNext, noEnd := 0, 0, 0
		for k, i := range idx {
			if vals[k] > top+slack {
				continue
			}
			var next *line
			if content(i + 1) {
				next = &lines[i+1]
			}
			if !w.full(vals[k], &lines[i], next) {
				continue
			}
			full++
			if next != nil {
				withNext++
				if !endsSentence(lines[i].text) {
					noEnd++
				}
			}
		}
		if full < 3 || withNext < 3 || full*10 < len(idx)*3 || noEnd*2 < withNext || withNext*2 < full {
			continue
		}
		if full > bestFull {
			best, bestFull = w, full
		}
	}
	if !best.on {
		return best
	}
	// The usual paragraph indentation; a line indented much less (a space
	// the wrapping tool left at the start of a line) is no paragraph start.
	counts := map[int]int{}
	mode := 0
	for _, i := range idx {
		if d := lines[i].indent - base; d > 0 {
			counts[d]++
			if counts[d] > counts[mode] || counts[d] == counts[mode] && d < mode {
				mode = d
			}
		}
	}
	best.step = (mode + 1) / 2
	indented := 0
	for _, i := range idx {
		if best.indented(&lines[i]) {
			indented++
		}
	}
	best.indents = indented >= 2
	return best
}

// kthSmallest returns the k-th smallest (from 0) of vals, which are not
// negative: what sorting a copy and indexing it would give, by counting the
// usual small values instead. scratch holds len(vals) ints.
func kthSmallest(vals []int, k int, scratch []int) int {
	const small = 512 // longer than any wrapped line
	var counts [small]int32
	big := scratch[:0]
	for _, v := range vals {
		if v < small {
			counts[v]++
		} else {
			big = append(big, v)
		}
	}
	for v, n := range counts {
		if k < int(n) {
			return v
		}
		k -= int(n)
	}
	slices.Sort(big)
	return big[k]
}

// full reports whether a line of length m was cut by the wrapping tool:
// it reaches the width, or, in alphabetic text cut at spaces, the next
// line's first word would not have fit.
func (w wrapInfo) full(m int, a, next *line) bool {
	if m >= w.lo {
		return true
	}
	if next == nil || !isLatin(firstRune(next.text)) {
		return false
	}
	if r := lastRune(a.text); !isLatin(r) && !(r == '.' && endAbbrev(a.text) != 0) || endsSentence(a.text) && endAbbrev(a.text) == 0 {
		return false // (an abbreviation's point ends no sentence: at 7 p.m. / Thursday)
	}
	return m+1+firstWordMeasure(next.text, w.byWidth) > w.top
}

// joins reports whether line b continues the paragraph of line a; after is
// the line after b, or nil.
func (w wrapInfo) joins(a, b, after *line) bool {
	if !w.on {
		return false
	}
	m := a.measure(w.byWidth)
	if m > w.top+max(2, w.top/12) {
		return false
	}
	if w.indents && w.indented(b) {
		return false
	}
	if !w.full(m, a, b) && !w.runsOn(a, b, after) {
		return false
	}
	// A short heading between a finished sentence and a new paragraph.
	if endsSentence(a.text) && endAbbrev(a.text) != abbrevTitle && headingShape(b.text) == shapeHeading &&
		(after == nil || after.blank() || w.indents && w.indented(after)) {
		return false
	}
	if agateLine(a.text) || agateLine(b.text) {
		return false // a row of a table stands on its own line
	}
	if n := timetableCells(b.text); n > 0 && (endsColon(a.text) || timetableCells(a.text) == n) {
		// So do the rows of a CJK box, one under the other or under the
		// intro that opens them: …服务时间如下： / 荷湾街道社区卫生服务中心
		// 　周一至周五　8:00—16:00 / 澄湖新城湖畔里卫生服务站　每天　9:00—20:00.
		return false
	}
	if contactLine(a.text) || contactLine(b.text) {
		return false // so does a writer's contact: By X / x@paper.com
	}
	// Evidence of a new block beats the wrap: a dateline, a credit, a jump.
	if _, ok := jumpLine(b.text); ok {
		return false
	}
	if strings.HasPrefix(a.text, "By ") || strings.HasPrefix(a.text, "BY ") {
		if c, ok := parseCredit(a.text); ok && c.lead {
			return false // a byline stands on its own line: By MARIA ALVAREZ / Staff Writer
		}
	}
	if _, _, _, ok := cutDateline(b.text); ok && !w.indents {
		return false
	}
	return true
}

// runsOn reports whether line b goes on with the paragraph of line a,
// which ends a sentence short of the width, in English text whose
// paragraphs open with an indent: there only an indent starts a paragraph,
// and a flush line of running text after a short one is the writer's own
// line break (Contra dance: 7:30 p.m., Grange Hall. / Beginners' lesson at
// 7.). A heading, a byline or sign-off, a dateline, a row of a table or a
// contact stand flush on their own. A line of b's own that reads as a
// heading goes on too when the wrapping tool cut it and the sentence runs
// on, flush, in lower case (which closed in 2011. / Superintendent Karen
// Ostrowski said that site is too small for the / playing fields…): after
// is the line after b, or nil.
func (w wrapInfo) runsOn(a, b, after *line) bool {
	if !w.indents || w.indented(b) || !endsSentence(a.text) || b.text == "" {
		return false
	}
	if r := firstRune(b.text); r >= utf8.RuneSelf || !unicode.IsUpper(r) && !isDigit(r) && r != '$' {
		return false
	}
	if !measure(a.text).latinText() || headingShape(a.text) != shapeBody || !sentenceEnds(b.text) {
		return false
	}
	if headingShape(b.text) != shapeBody && !w.cutMidSentence(b, after) {
		return false
	}
	if agateLine(b.text) || contactLine(b.text) || listMarker(b.text) > 0 || startsWithDash(b.text) {
		return false
	}
	if _, ok := parseCredit(b.text); ok {
		return false
	}
	if _, _, _, ok := cutDateline(b.text); ok {
		return false
	}
	return true
}

// cutMidSentence reports whether the wrapping tool cut line b inside a
// sentence that goes on in line after: b is full, ends with no point, and
// after, flush, opens with a lower-case word.
func (w wrapInfo) cutMidSentence(b, after *line) bool {
	if after == nil || after.blank() || after.furn || w.indented(after) || endsSentence(b.text) {
		return false
	}
	if r := firstRune(after.text); r >= utf8.RuneSelf || !unicode.IsLower(r) {
		return false
	}
	return w.full(b.measure(w.byWidth), b, after)
}

// sentenceEnds reports whether an English line ends a sentence or runs on
// to the next line, as running text does: not a label or a name.
func sentenceEnds(s string) bool {
	return endsSentence(s) || isLatin(lastRune(s)) || lastRune(s) == ','
}

// localWraps looks for hard-wrapped stretches on a page that is not wrapped
// as a whole — one article pasted from another export, say: each run of
// five or more consecutive lines is judged on its own. It returns the
// wrapInfo list with one entry per wrapped run and marks the run's lines.
func localWraps(lines []line, wraps []wrapInfo) []wrapInfo {
	content := func(i int) bool { return !lines[i].blank() && !lines[i].furn }
	lastEnd := -10 // end of the last wrapped run
	for i := 0; i < len(lines); {
		if !content(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && content(j) {
			j++
		}
		id := int32(0)
		if j-i >= 5 {
			if w := detectWrap(lines[i:j]); w.on {
				wraps = append(wraps, w)
				id = int32(len(wraps) - 1)
			}
		}
		if id == 0 && i-lastEnd <= 2 {
			// A short run right after a wrapped one, across a column break:
			// the same wrapping, if no line is longer than its width.
			w := wraps[len(wraps)-1]
			fits := true
			for k := i; k < j; k++ {
				if lines[k].measure(w.byWidth) > w.top+max(2, w.top/12) {
					fits = false
				}
			}
			if fits {
				id = int32(len(wraps) - 1)
			}
		}
		if id != 0 {
			for k := i; k < j; k++ {
				lines[k].wrap = id
			}
			lastEnd = j
		}
		i = j
	}
	return wraps
}

// assemble groups lines into blocks: a block per line, or per wrapped
// paragraph in hard-wrapped text. Furniture lines are left out. wraps[0]
// describes the page; a line's wrap field picks its entry.
func assemble(lines []line, wraps []wrapInfo) []*block {
	n := 0
	for i := range lines {
		if !lines[i].blank() && !lines[i].furn {
			n++
		}
	}
	var (
		store  = make([]block, 0, n) // one allocation; never grows past n
		blocks = make([]*block, 0, n)
		cur    *block
		prev   *line
		gap    int
		furn   bool
		brk    bool
	)
	for i := range lines {
		l := &lines[i]
		if l.furn {
			cur = nil
			furn = len(blocks) > 0
			brk = brk || furn && l.pageFact
			continue
		}
		if l.blank() {
			gap++
			cur = nil
			continue
		}
		var after *line
		if i+1 < len(lines) {
			after = &lines[i+1]
		}
		w := wraps[l.wrap]
		if cur != nil && prev.wrap == l.wrap && w.joins(prev, l, after) {
			if len(cur.parts) == 0 {
				cur.parts = append(cur.parts, cur.text)
			}
			cur.parts = append(cur.parts, l.text)
			cur.endLine = l.no
			prev = l
			continue
		}
		store = append(store, block{text: l.text, line: l.no, endLine: l.no, gap: gap, indent: w.indented(l), afterFurn: furn, afterBreak: brk})
		cur = &store[len(store)-1]
		blocks = append(blocks, cur)
		prev = l
		gap = 0
		furn, brk = false, false
	}
	for _, b := range blocks {
		b.finish()
	}
	return blocks
}

// baseIndent returns the smallest indentation of a line with text.
func baseIndent(lines []line) int {
	base := -1
	for i := range lines {
		if !lines[i].blank() && !lines[i].furn && (base < 0 || lines[i].indent < base) {
			base = lines[i].indent
		}
	}
	return max(base, 0)
}

// indentRule tells whether indentation separates paragraphs from headings
// on this page: most long paragraphs are indented and most heading-shaped
// lines are not.
func indentRule(blocks []*block) bool {
	paras, parasIndented, heads, headsIndented := 0, 0, 0, 0
	for _, b := range blocks {
		if b.kind != textBlock {
			continue
		}
		switch b.shape {
		case shapeHeading:
			heads++
			if b.indent {
				headsIndented++
			}
		case shapeBody:
			if len(b.text) >= 60 {
				paras++
				if b.indent {
					parasIndented++
				}
			}
		}
	}
	return paras >= 3 && parasIndented*10 >= paras*6 && headsIndented*10 <= heads*3
}

// canJoin reports whether block y continues the paragraph of block x across
// a column break: x does not end its sentence and y is not a heading.
func canJoin(x, y *block, indents bool) bool {
	if x.kind != textBlock || y.kind != textBlock || x.hasCredit || y.dateline != "" || x.row || y.row {
		return false
	}
	if _, ok := x.jump(jumpOn); ok {
		return false
	}
	if _, ok := y.jump(jumpFrom); ok {
		return false
	}
	xt, yt := x.lastText(), y.firstText()
	if xt == "" || yt == "" {
		return false
	}
	y0 := firstRune(yt)
	// y cannot start a paragraph: 。 ” ， or a lower-case word.
	continues := isNonStarter(y0) || unicode.IsLower(y0) && y0 < 0x250
	if cutAtDecimalPoint(xt, yt) {
		return true // 增长3. / 6%，…
	}
	if abbrevGoesOn(xt, yt) {
		return true // meet at the home of Dr. / Ellen Park; at 7 p.m. / Thursday
	}
	if endsSentence(xt) || endsWithAside(xt) {
		return continues && !endsWithEllipsis(xt)
	}
	if continues {
		return true
	}
	if indents && y.indent {
		// Indentation opens a paragraph on this page; a column break cuts
		// a paragraph with its next line flush: what x ends, a subhead or
		// a paragraph, y does not go on with (    一、搭平台 /     区商务委…).
		return false
	}
	if y.shape != shapeBody || listMarker(yt) > 0 || enumerates(yt) {
		return false
	}
	if x.line == x.endLine && infoField(xt) {
		return false // 报名电话：86012345 / 名额有限…: a line of its own
	}
	if !x.merged && x.line == x.endLine && salutation(xt) {
		return false // 编辑同志： / 我是…: a letter opens with its salutation on a line of its own
	}
	if x.line == x.endLine && len(xt) <= 80 && isDigit(lastRune(xt)) && dateSpanLine(xt) {
		return false // March 2, 1931 - April 12, 2026: the life dates under a name, a line of their own
	}
	if endsClause(xt) || continuesNumber(xt, yt) {
		return true
	}
	// x ends inside a word or sentence: a paragraph fragment unless it is a
	// heading. In indented pages an indented block is a paragraph.
	xHeading := !x.merged && x.shape != shapeBody && !(indents && x.indent) && !sentenceLike(xt) && !unclosed(xt)
	return !xHeading
}

// salutation reports whether a line is the salutation a letter opens with,
// alone on its line and closed by a colon: 编辑同志：, 尊敬的各位居民：,
// 亲爱的同学们：, 王先生：, Dear Editor:, To the Editor:. A colon after a
// clause of running text (他说：) introduces what follows on the same
// paragraph; a salutation is a paragraph of its own.
func salutation(s string) bool {
	s = trim(s)
	body, ok := strings.CutSuffix(s, "：")
	if !ok {
		if body, ok = strings.CutSuffix(s, ":"); !ok {
			return false
		}
	}
	body = trimRight(body)
	if body == "" || len(body) > 40 {
		return false
	}
	if st := measure(body); st.latinText() {
		l := strings.ToLower(body)
		return strings.HasPrefix(l, "dear ") && st.words <= 5 || l == "to the editor" || l == "editor"
	}
	st := measure(body)
	if st.han != st.runes || st.runes < 2 || st.runes > 12 {
		return false
	}
	return startsWithAny(body, "尊敬的", "亲爱的", "敬爱的", "各位") ||
		endsWithAny(body, "同志", "同志们", "先生", "女士", "老师", "编辑", "朋友", "朋友们", "乡亲们", "同学们", "家长们", "领导")
}

// abbrevKind tells what the point of an English abbreviation closing a line
// says about the sentence.
type abbrevKind int

const (
	abbrevNone  abbrevKind = iota // no abbreviation: the point ends a sentence
	abbrevMaybe                   // p.m., St., Jr., Inc., an initial: it may end one
	abbrevTitle                   // Dr., Mr., Sen.: a name always follows
)

// endAbbrev reports whether an English line ends with the point of an
// abbreviation, and of which kind.
func endAbbrev(s string) abbrevKind {
	s = trimRight(stripClosers(trimRight(s)))
	if len(s) < 2 || s[len(s)-1] != '.' || s[len(s)-2] == '.' {
		return abbrevNone
	}
	w := s[:len(s)-1]
	w = w[strings.LastIndexAny(w, " (\t")+1:]
	switch w {
	case "Dr", "Mr", "Mrs", "Ms", "Messrs", "Prof", "Rev", "Fr", "Sen", "Rep", "Gov", "Lt", "Sgt", "Capt", "Gen", "Col",
		"Cmdr", "Adm", "Maj", "Cpl", "Pvt", "Det", "Insp", "Supt", "Atty", "Hon", "Msgr", "Sens", "Reps":
		return abbrevTitle
	case "a.m", "p.m", "A.M", "P.M", "St", "Ave", "Rd", "Blvd", "Hwy", "Ln", "Ct", "Pl", "Mt", "Ft", "Jr", "Sr", "Inc",
		"Co", "Corp", "Ltd", "Bros", "No", "Nos", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Dept",
		"Apt", "Univ", "U.S", "D.C", "Calif", "Fla", "Mass", "Penn", "Conn", "Wash", "Ore", "Ariz", "Ind", "Ill", "Mich",
		"Minn", "Wis", "Tenn", "Va", "Ga", "Pa", "Md", "Mo", "Ky", "Ala", "Okla", "Colo":
		return abbrevMaybe
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrevMaybe // an initial: John F. / Kennedy
	}
	return abbrevNone
}

// abbrevGoesOn reports whether English text y goes on with the sentence of
// x across a line break after an abbreviation: a title always has its name
// after it (Dr. / Ellen Park), and a clock time its day (7 p.m. / Thursday).
func abbrevGoesOn(x, y string) bool {
	if lastRune(x) != '.' || firstRune(y) >= utf8.RuneSelf {
		return false
	}
	switch endAbbrev(x) {
	case abbrevTitle:
		return unicode.IsUpper(firstRune(y))
	case abbrevMaybe:
		t := trimRight(x)
		if !strings.HasSuffix(t, "a.m.") && !strings.HasSuffix(t, "p.m.") {
			return false
		}
		if isDigit(firstRune(y)) {
			return true // 10 a.m. / 4 p.m. … ; 7 p.m. / 15 April
		}
		w := y
		if i := strings.IndexAny(y, " ,.;"); i >= 0 {
			w = y[:i]
		}
		switch w {
		case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays",
			"Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "January", "February", "March", "April", "May",
			"June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Aug", "Sept",
			"Oct", "Nov", "Dec", "Eastern", "Central", "Pacific", "Mountain", "EST", "EDT", "CST", "CDT", "PST", "PDT":
			return true
		}
	}
	return false
}

// endsWithAside reports whether s ends with a sentence and an aside in
// brackets after it: …合影留念。（左一）.
func endsWithAside(s string) bool {
	if r := lastRune(s); r != '）' && r != ')' {
		return false
	}
	open := lastOpener(s, 60)
	return open > 0 && endsSentence(trimRight(s[:open]))
}

// enumerates reports whether a paragraph opens with a word that counts the
// points of a list: 第一，  一是  首先，  其次，  最后，. Such a paragraph
// starts anew after a line ending with a colon; it does not continue it.
func enumerates(s string) bool {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok {
		for _, w := range [...]string{"首先", "其次", "再次", "最后", "此外", "另外"} {
			if r, ok := strings.CutPrefix(s, w); ok {
				c := firstRune(r)
				return c == '，' || c == ',' || c == '、'
			}
		}
		rest = s
	}
	n := 0
	for n < len(rest) {
		c, size := decodeFirst(rest[n:])
		if cnDigit(c) < 0 && c != '十' {
			break
		}
		n += size
	}
	if n == 0 || n > 9 {
		return false
	}
	c := firstRune(rest[n:])
	if ok { // 第一，第二、
		return c == '，' || c == ',' || c == '、' || c == '是'
	}
	return c == '是' // 一是 二是
}

// unclosed reports whether a quotation or bracket opened in s is still open
// at its end: the text goes on in the next block.
func unclosed(s string) bool {
	depth := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		switch r {
		case '“', '（', '《', '(', '「', '『', '【':
			depth++
		case '”', '）', '》', ')', '」', '』', '】':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// sentenceLike reports whether a heading-shaped text reads as part of a
// sentence rather than a heading: several clauses, an ellipsis inside, or a
// last clause too short to end a phrase (…本届进博会,嘉).
func sentenceLike(s string) bool {
	s = s[listMarker(s):] // 一、坚持…，筑牢…: the number is no clause
	var clauses []int
	n := 0
	ellipsis := false
	digit := false // the rune before was a figure
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		prevDigit := digit
		digit = isDigit(r)
		switch {
		case r == ',' && prevDigit && ri+1 < len(s) && isDigit(rune(s[ri+1])):
			n++ // 1,600: a figure's comma parts no clauses
		case r == '，' || r == ',' || r == '、' || r == '；' || r == ';':
			clauses = append(clauses, n)
			n = 0
		case r == '…' || r == '⋯':
			if n > 0 {
				clauses = append(clauses, n)
				ellipsis = true
			}
			n = 0
		case !isSpace(r):
			n++
		}
	}
	if len(clauses) == 0 {
		return false
	}
	if runningOpener(s) {
		return true
	}
	longest := n
	for _, c := range clauses {
		longest = max(longest, c)
	}
	return ellipsis && n > 0 || len(clauses) >= 2 || n <= 2 || n*3 < longest
}

// connectives open a sentence of running text, never a heading, when a comma
// follows them: 同时，… 今年以来，…
var connectives = [...]string{"同时", "此外", "另外", "其中", "因此", "随后", "此前", "然而", "但是", "而且",
	"与此同时", "据悉", "据了解", "据介绍", "据统计", "目前", "截至目前", "今年以来", "近年来", "近日", "日前",
	"当天", "当日", "下一步", "接下来", "记者了解到", "记者注意到", "记者获悉"}

// reportingVerbs end the first clause of reported speech: 全会提出，… 他表示，…
var reportingVerbs = [...]string{"表示", "指出", "提出", "介绍", "强调", "认为", "透露", "坦言", "说", "称"}

// runningOpener reports whether the first clause of s, up to its first
// comma, opens a sentence of running text: a connective (同时，) or a clause
// of reported speech (全会提出，). Headings join clauses of their own; they
// put a colon after a speaker (习近平强调：).
func runningOpener(s string) bool {
	i := indexAnyRune(s, "，,")
	if i <= 0 {
		return false
	}
	first := trimRight(s[:i])
	if slices.Contains(connectives[:], first) {
		return true
	}
	for _, v := range reportingVerbs {
		if strings.HasSuffix(first, v) {
			return true
		}
	}
	return false
}

// continuesNumber reports whether y goes on with the number x ends with:
// 占地120 / 亩，…, 新增岗位5 / 万个 and 岗位60 / 00余个.
func continuesNumber(x, y string) bool {
	if !isDigit(lastRune(x)) {
		return false
	}
	if r := firstRune(y); isDigit(r) || r == '.' && isDigit(firstRune(y[1:])) {
		return hanBeforeNumber(x) && hanAfterNumber(y) // 岗位60 / 00余个, 486 / .7亿元
	}
	return strings.ContainsRune("个亩家名位人元万亿千百余多年月日号次项条座所处辆台件套米吨岁天倍成%％", firstRune(y))
}

// joinColumns joins paragraphs cut by column breaks.
func joinColumns(blocks []*block, indents bool) []*block {
	out := blocks[:0]
	for _, b := range blocks {
		if n := len(out); n > 0 && canJoin(out[n-1], b, indents) {
			x := out[n-1]
			if len(x.parts) == 0 {
				x.parts = append(x.parts, x.text)
			}
			x.parts = append(x.parts, b.text)
			x.endLine = b.endLine
			x.jumps = append(x.jumps, b.jumps...)
			if b.hasCredit {
				nc := &blockCredit{c: b.cred(), cuts: x.credCuts()}
				x.cr, x.hasCredit = nc, true
			}
			x.merged = true
			x.shape = shapeBody
			continue
		}
		out = append(out, b)
	}
	for _, b := range out {
		b.finish()
	}
	return out
}

// reResult matches a line of sports results: Boston 118, Chicago 101.
var reResult = regexp.MustCompile(`^[A-Z][A-Za-z.' &-]* \d{1,3}, [A-Z][A-Za-z.' &-]* \d{1,3}\b`)

// isAgateRow reports whether an English line is a row of a table of
// figures — results, standings, a box score — and no heading: Boston 118,
// Chicago 101; Lakeview 28 27 22 22 10 — 109.
func isAgateRow(s string) bool {
	if len(s) > 160 || strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	if s[0] >= 'A' && s[0] <= 'Z' && strings.Contains(s, ", ") && reResult.MatchString(s) {
		return true
	}
	words, numbers := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		if isDigit(firstRune(strings.TrimLeft(w, "$(.-+"))) {
			numbers++
		}
	}
	// Life dates are no row of figures: March 2, 1931 - April 12, 2026.
	return (numbers >= 4 || numbers >= 2 && numbers*5 >= words*2) && !dateSpanLine(s)
}

// tableHeads marks the line of column names over the rows of a table as a
// row of it: W    L   Pct   GB over standings, 日期 天气 气温 over a
// forecast. Such a line is no heading: three short labels or more set apart
// by spaces, no figure, right above a row.
//
// Rows of words with no figure — 项目　　冠军　　亚军 over 男子团体　　城东街道
// 　　临溪镇 — are rows too when two lines or more in a row set out the same
// number of cells (see wordCells). The page may set a blank line between
// rows; a header stands from its first row as the rows stand from each
// other.
func tableHeads(blocks []*block) {
	boxRows(blocks)
	// Over a lead the lines are a headline group of parallel phrases
	// (凝心聚力　　勇毅前行　　再创佳绩 / 奋进新征程　　建功新时代　　…
	// / 本报讯…): a table is no piece's headline (see markRows).
	markRows(blocks, wordCells, nil)
	timetableRows(blocks)
	for i := 0; i+1 < len(blocks); i++ {
		b, next := blocks[i], blocks[i+1]
		if !(next.row || next.kind == textBlock && agateLine(next.text)) || b.row || b.kind != textBlock || b.shape == shapeBody || b.line != b.endLine ||
			b.dateline != "" || b.hasCredit || len(b.jumps) > 0 || len(b.text) > 80 || !hasUnicodeSpace(b.text) {
			continue
		}
		if next.gap > 0 {
			// Over rows set a blank line apart, the head stands as far.
			after := blockAt(blocks, i+2)
			if next.gap > 1 || after == nil || !after.row || after.gap != next.gap {
				continue
			}
		}
		if columnNames(b.text) || abbrevHeads(b.text, next.text) {
			b.shape, b.row = shapeBody, true
		}
	}
}

// abbrevHeads reports whether English line s names the columns of row, the
// line under it, one space apart: a label over the names, then one short
// abbreviation in capitals for each figure that closes the row (Team W L
// over Carrow Valley 15 3, Player G A Pts over Ruiz 12 9 21), or the
// columns' names in full (Team League Overall over Pine Hollow 5-0 8-0); a
// record of wins and losses holds the figures of several abbreviations
// (Team W L T Pts over Pine Hollow 5-0 8-0). A headline puts words there
// (Cats Win Big), and its last words head no figures.
func abbrevHeads(s, row string) bool {
	if s == "" || len(s) > 60 || strings.IndexAny(s, "0123456789") >= 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	labels, caps, named, first := 0, 0, 0, true
	for w := range strings.FieldsSeq(s) {
		if first {
			first = false
			continue // the label over the names: Team, School, Player
		}
		if slices.Contains(tableColumnNames[:], w) {
			labels++
			named++ // a column's name in full: League, Overall, Home
			continue
		}
		if len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		upper := true
		for j := 1; j < len(w); j++ {
			switch c := w[j]; {
			case c >= 'A' && c <= 'Z':
			case c >= 'a' && c <= 'z':
				upper = false
			default:
				return false
			}
		}
		labels++
		if upper {
			caps++
		}
	}
	if labels < 2 || caps*2 < labels-named {
		return false
	}
	// The figures that close the row, one under each abbreviation; a name
	// opens it.
	rest := strings.TrimRight(row, " \t")
	figures, records := 0, false
	for figures <= labels && rest != "" {
		i := strings.LastIndexAny(rest, " \t")
		c := rest[i+1:] // the whole rest when i is -1
		d := strings.TrimLeft(c, ".-+")
		if (d == "" || d[0] < '0' || d[0] > '9') && c != "—" && c != "-" {
			break
		}
		records = records || winLoss(d)
		figures++
		rest = strings.TrimRight(rest[:max(i, 0)], " \t")
	}
	if rest == "" || rest[0] >= '0' && rest[0] <= '9' {
		return false
	}
	// A record (5-0, 8-1-1) holds the figures of several columns: W L T
	// over 5-0-0.
	return figures == labels || records && figures >= 1 && figures < labels
}

// tableColumnNames name the columns of a table of standings or results in full
// (Team League Overall over Pine Hollow 5-0 8-0): words a headline seldom
// closes with, several in a row.
var tableColumnNames = [...]string{"League", "Overall", "Conference", "Conf", "Division", "Home", "Away", "Road",
	"Record", "Streak", "Pct", "Pts", "Points", "Last", "Wins", "Losses", "Ties", "Goals", "Diff", "Score", "Total"}

// winLoss reports whether s is a team's record of wins and losses (and
// ties), figures joined by hyphens: 5-0, 8-1-1, 12-10.
func winLoss(s string) bool {
	parts := 0
	for p := range strings.SplitSeq(s, "-") {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
		parts++
	}
	return parts == 2 || parts == 3
}

// timetableRows marks the rows of a CJK box that sets out a place, its days
// and its hours, or a like set of short fields with a figure among them,
// one line each: 荷湾街道社区卫生服务中心　周一至周五　8:00—16:00 /
// 澄湖新城湖畔里卫生服务站　每天　9:00—20:00. Two lines or more in a row,
// set apart alike, with as many cells each (see timetableCells), are rows
// of the piece they stand in, whatever their shape — a row may close with
// 。 or ；, or hold a list set apart by 、 (周二、周四) — never a headline,
// and no column break runs from the intro above them into the first.
func timetableRows(blocks []*block) {
	markRows(blocks, blockTimetableCells, nil)
}

// blockTimetableCells is timetableCells of a block of one line of text.
func blockTimetableCells(b *block) int {
	if b.kind != textBlock || b.line != b.endLine || b.dateline != "" || b.hasCredit || len(b.jumps) > 0 {
		return 0
	}
	return timetableCells(b.text)
}

// timetableCells returns the number of cells of a line of CJK text set out
// as a row of a box: three to eight short fields (sixteen characters at
// most) set apart by spaces, a figure among them, no clause inside — a
// time's colon (8:00) and a list's 、 (周二、周四) are part of a field — and
// at most a 。 or ； closing the row. It returns 0 for any other line: a
// lead (本报讯　连日来，…) holds a clause, a headline (春到临溪　花海迎客)
// no figure.
func timetableCells(s string) int {
	if len(s) > 150 || strings.IndexAny(s, "0123456789") < 0 || !hasUnicodeSpace(s) {
		return 0 // (cheap checks first: most lines are running text)
	}
	s = trim(s)
	for _, end := range [...]string{"。", "；", ";"} {
		s = strings.TrimSuffix(s, end)
	}
	cells, n, han := 0, 0, false
	for i, r := range s {
		switch {
		case isSpace(r):
			n = 0
			continue
		case r == ':' || r == '：':
			if i == 0 || !isDigit(rune(s[i-1])) || !isDigit(firstRune(s[i+utf8.RuneLen(r):])) {
				return 0
			}
		case r < utf8.RuneSelf && !strings.ContainsRune("-./~%()", r) && !isDigit(r) && !isLatin(r):
			return 0
		case r >= utf8.RuneSelf && !isHan(r) && !strings.ContainsRune("、—－～·（）%％×", r):
			return 0
		}
		han = han || isHan(r)
		if n == 0 {
			cells++
		}
		if n++; n > 16 {
			return 0
		}
	}
	if cells < 3 || cells > 8 || !han {
		return 0
	}
	return cells
}

// endsColon reports whether s ends with a colon: an intro to what follows.
func endsColon(s string) bool {
	r := lastRune(trimRight(s))
	return r == ':' || r == '：'
}

// Kinds of the rows of a box (see boxRow).
const (
	figureRow = 1 + iota // 32项　今年推出的改革举措
	resultRow            // 男子组：青枫街道队、滨江街道队、区城投集团队
	rankRow              // 冠军　柳塘镇东湖村队
	priceRow             // 青菜　2.6元/斤
)

// boxRows marks the rows of a box of data that a Chinese page sets out one
// line each, between or under the stories: the figures of a 数读 box, each
// with what it counts (32项　今年推出的改革举措 / 半日　企业开办全流程办结时间),
// and the results of a contest, a group and its list (男子组：青枫街道队、… /
// 女子组：梅湾镇队、…). Two lines or more of one kind in a row, set apart
// alike, are rows: text of the piece they stand in, never a headline, and
// no column break runs from one into the next line. Among figure rows one
// figure at least is in digits (半日 alone is a word of a phrase).
func boxRows(blocks []*block) {
	markRows(blocks, boxKind, func(run []*block) bool {
		if boxKind(run[0]) != figureRow {
			return true
		}
		return slices.ContainsFunc(run, func(b *block) bool { _, d := boxRow(b); return d })
	})
}

// boxKind is the kind of box row a block is, or 0 (see boxRow).
func boxKind(b *block) int {
	k, _ := boxRow(b)
	return k
}

// markRows marks the runs of rows of one kind: two blocks or more in a
// row of the same kind (kindOf's answer, 0 for none), set apart alike —
// the second no more than a blank line below the first, every later one
// as far below the one above it — are text of the piece they stand in, never a
// headline, and no column break runs from one into the next. A run that
// keep (when not nil) refuses is left alone, and so is a run over a lead
// or a dateline: lines of a row's shape over 本报讯… are a headline group
// (1至3月　全区工业产值增长12% / 30个重点项目　集中签约开工 / 本报讯…).
func markRows(blocks []*block, kindOf func(*block) int, keep func(run []*block) bool) {
	// Every kind of row is one line of text of 180 bytes at most, with no
	// dateline, credit or marker: most blocks, paragraphs, are none.
	kindOf0 := func(b *block) int {
		if !b.mayBeRow() {
			return 0
		}
		return kindOf(b)
	}
	known := -1 // the kind of blocks[i] when the run before asked it
	for i := 0; i < len(blocks); i++ {
		kind := known
		if known = -1; kind < 0 {
			kind = kindOf0(blocks[i])
		}
		if kind == 0 {
			continue
		}
		j := i + 1
		for j < len(blocks) && blocks[j].gap <= 1 && (j == i+1 || blocks[j].gap == blocks[i+1].gap) {
			if k := kindOf0(blocks[j]); k != kind {
				known = k // blocks[j] opens the next turn
				break
			}
			j++
		}
		if j-i >= 2 && !isLead(blockAt(blocks, j)) && (keep == nil || keep(blocks[i:j])) {
			for _, b := range blocks[i:j] {
				b.shape, b.row = shapeBody, true
			}
		}
		i = j - 1
	}
}

// mayBeRow reports whether the block could be a row of any kind: one line
// of text of maxRowLen bytes at most with no dateline, credit or marker,
// its cells apart by spaces or its label by a colon. Most blocks,
// paragraphs, are none; the passes over rows ask it once per block.
func (b *block) mayBeRow() bool {
	if b.rowCand == 0 {
		t := trim(b.text)
		b.rowCand = -1
		if b.kind == textBlock && b.line == b.endLine && len(b.text) <= maxRowLen && b.dateline == "" && !b.hasCredit &&
			len(b.jumps) == 0 && spaceOrColon(t) {
			b.rowCand = 1
		}
	}
	return b.rowCand > 0
}

// spaceOrColon reports whether s holds a space (hasUnicodeSpace) or a
// colon, half- or full-width. The usual ones are found by fast searches;
// the rarer spaces are looked for only where their lead bytes stand (C2,
// E1, E2; of E3 only U+3000 is a space).
func spaceOrColon(s string) bool {
	if strings.IndexByte(s, ' ') >= 0 || strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "\u3000") ||
		strings.Contains(s, "：") || strings.IndexAny(s, "\t\n\v\f\r") >= 0 {
		return true
	}
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE1) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return false
	}
	return hasUnicodeSpace(s)
}

// boxRow returns the kind of box row a block is, or 0 (see boxRows), and
// whether a figure row opens with a digit. A figure row is a figure of one
// to eight characters (32项, 98.7%, 半日), a space, and a label of CJK text
// with no space or punctuation; a day (3月20日 春分) opens an item of a dated
// list instead. A result row is a label of one to eight characters, a
// colon and a list set apart by 、 with no sentence in it, or one winner
// after a place (男子组冠军：区供电公司队); a field of practical information
// (咨询电话：…) is no row.
// maxRowLen bounds the rows markRows looks for, in bytes: the longest,
// boxRow's, runs to sixty ideographs.
const maxRowLen = 180

func boxRow(b *block) (int, bool) {
	if b.kind != textBlock || b.shape == shapeBody || b.row || b.line != b.endLine || b.dateline != "" || b.hasCredit ||
		len(b.jumps) > 0 || len(b.text) > maxRowLen {
		return 0, false
	}
	t := trim(b.text)
	if i := indexAnyRune(t[:min(len(t), 27)], "：:"); i > 0 {
		label := t[:i]
		_, size := decodeFirst(t[i:])
		value := trim(t[i+size:])
		// One winner after a place (男子组冠军：区供电公司队) or a list
		// of them after a group (男子组：青枫街道队、滨江街道队).
		if utf8.RuneCountInString(label) > 8 || value == "" || !strings.ContainsRune(value, '、') && !rankLabel(label) || utf8.RuneCountInString(value) > 60 ||
			containsAnyRune(value, "。，,；;！!？?：:") || infoField(t) {
			return 0, false
		}
		for _, r := range label {
			if !isHan(r) && !isDigit(r) && !isLatin(r) {
				return 0, false
			}
		}
		return resultRow, false
	}
	i := strings.IndexFunc(t, isSpace)
	if i <= 0 || datedItem(t) {
		return 0, false
	}
	cell, label := t[:i], trimLeft(t[i:])
	if kind := labelRow(cell, label); kind != 0 {
		return kind, false
	}
	r0 := firstRune(cell)
	if n := utf8.RuneCountInString(cell); n > 8 || !isDigit(r0) && cnDigit(r0) < 0 && !strings.ContainsRune("半十百千万", r0) {
		return 0, false
	}
	if strings.ContainsFunc(cell, func(r rune) bool { return !isHan(r) && !isDigit(r) && !strings.ContainsRune(".．%％‰+～~-—", r) }) {
		return 0, false
	}
	n, han := 0, false
	for _, r := range label {
		if isSpace(r) || !isHan(r) && !isDigit(r) && !isLatin(r) && !strings.ContainsRune("“”%％", r) {
			return 0, false
		}
		han = han || isHan(r)
		n++
	}
	if n < 2 || n > 24 || !han {
		return 0, false
	}
	return figureRow, isDigit(r0)
}

// labelRow returns the kind of a row that sets a label of CJK text before
// its value, a space apart, or 0: a place of a results table and who took
// it (冠军　柳塘镇东湖村队, 最佳射手　殷海波(渔港村队,9球), 一等奖　许长庚),
// or a good and its price in a 市场行情 box (青菜　2.6元/斤). A headline
// sets its phrases a space apart too (春到临溪　花海迎客), but no rank opens
// it and no price closes it. A good's label may end with a note in
// brackets: 猪肉(后腿)　13.5元/斤.
func labelRow(label, value string) int {
	if value == "" {
		return 0
	}
	name := label
	if r := lastRune(label); r == ')' || r == '）' {
		i := strings.LastIndexAny(label, "(（")
		if i <= 0 || !isDigit(firstRune(value)) {
			return 0
		}
		note := strings.TrimRight(label[i:], ")）")
		_, n := decodeFirst(note)
		if note = note[n:]; note == "" || utf8.RuneCountInString(note) > 6 || strings.ContainsFunc(note, func(r rune) bool { return !isHan(r) }) {
			return 0
		}
		name = label[:i]
	}
	if n := utf8.RuneCountInString(name); n < 1 || n > 8 || name == label && n < 2 || strings.ContainsFunc(name, func(r rune) bool { return !isHan(r) && !isDigit(r) }) {
		return 0
	}
	if isDigit(firstRune(value)) {
		if priceValue(value) {
			return priceRow
		}
		return 0
	}
	if !rankLabel(label) || utf8.RuneCountInString(value) > 30 {
		return 0
	}
	// Who took the place: names set apart by 、, a note in brackets.
	depth := 0
	for _, r := range value {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth--
		case r == '。' || depth <= 0 && (isSpace(r) || strings.ContainsRune("，,；;：:！!？?", r)):
			return 0
		}
	}
	return rankRow
}

// rankLabel reports whether a label names a place or a prize of a
// contest: 冠军, 亚军, 季军, 第一名, 第1名, 第十一名, 一等奖, 3等奖, 金奖,
// 优秀奖, 最佳射手, or the place of a group or a team (团体冠军, 男子组冠军,
// 最佳组织奖, 道德风尚奖). A phrase that wins the place (勇夺冠军, 喜获大奖)
// names none.
func rankLabel(s string) bool {
	switch s {
	case "冠军", "亚军", "季军", "殿军", "金奖", "银奖", "铜奖", "金牌", "银牌", "铜牌", "优秀奖", "特等奖", "优胜奖", "鼓励奖",
		"纪念奖", "参与奖", "入围奖":
		return true
	}
	if strings.HasPrefix(s, "最佳") || strings.HasPrefix(s, "最有价值") {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "第"); ok {
		num, ok := strings.CutSuffix(rest, "名")
		return ok && rankNumber(num)
	}
	if num, ok := strings.CutSuffix(s, "等奖"); ok {
		return rankNumber(num)
	}
	for _, end := range [...]string{"冠军", "亚军", "季军", "奖"} {
		if head, ok := strings.CutSuffix(s, end); ok {
			// A prize needs a name of two characters (大奖 and 重奖 are
			// words; 金奖 is listed); a place may follow one (总冠军).
			n := utf8.RuneCountInString(head)
			return n >= 1 && n <= 5 && (end != "奖" || n >= 2) && !containsAnyRune(head, "获得夺摘揽赢鼎颁领争设发")
		}
	}
	return false
}

// rankNumber reports whether s is the number of a place, in digits or
// in Chinese (1, 11, 三, 十一), no more than four characters.
func rankNumber(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 4 {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && cnDigit(r) <= 0 && r != '十' && r != '百' {
			return false
		}
	}
	return true
}

// priceValue reports whether a row's value is a price or a figure with
// its unit: 2.6元/斤, 12～15元/公斤, 1.6—1.8元/斤, 2.2元/500克, 30元/kg,
// 3.5%: a figure or a range of figures, then a unit of one to three
// characters and perhaps a measure after a slash: one or two characters
// (斤, 公斤, 只), a unit of Latin letters, or a number and a unit of weight
// or volume.
func priceValue(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !isDigit(r) && !strings.ContainsRune(".．～~-—－–", r) })
	if i <= 0 || !isDigit(lastRune(s[:i])) {
		return false
	}
	unit, per, slash := s[i:], "", false
	if j := strings.IndexAny(unit, "/／"); j >= 0 {
		_, n := decodeFirst(unit[j:])
		unit, per, slash = unit[:j], unit[j+n:], true
	}
	if unit == "%" || unit == "％" {
		return !slash
	}
	n := utf8.RuneCountInString(unit)
	if n < 1 || n > 3 || strings.ContainsFunc(unit, func(r rune) bool { return !isHan(r) }) {
		return false
	}
	if !slash {
		return true
	}
	if !strings.Contains(unit, "元") {
		return false
	}
	// The measure: 斤, 公斤, 500克, kg, 100g.
	measure := strings.TrimLeftFunc(per, func(r rune) bool { return isDigit(r) || r == '.' })
	m := utf8.RuneCountInString(measure)
	if m < 1 || m > 3 {
		return false
	}
	if !strings.ContainsFunc(measure, func(r rune) bool { return !isLatin(r) }) {
		return true // kg, g, ml, L
	}
	if len(measure) < len(per) {
		// After a number, a unit of weight or volume: 500克, 2公斤.
		switch measure {
		case "克", "千克", "斤", "公斤", "升", "毫升":
			return true
		}
		return false
	}
	return m <= 2 && !strings.ContainsFunc(measure, func(r rune) bool { return !isHan(r) })
}

// blockAt returns blocks[i], or nil outside the slice.
func blockAt(blocks []*block, i int) *block {
	if i < 0 || i >= len(blocks) {
		return nil
	}
	return blocks[i]
}

// wordCells returns the number of cells of a block set out as a row of a
// table of words: one line of three to eight cells of one to twelve
// characters each (许长庚（临溪镇）), no punctuation but brackets, every two cells set apart
// by two spaces or more (or a tab), as a table's columns are aligned: 男子团体
// 　　城东街道　　临溪镇. A headline puts one space between its phrases. It
// returns 0 for any other block.
func wordCells(b *block) int {
	s := b.text
	if b.kind != textBlock || b.shape == shapeBody && !b.row || b.line != b.endLine || len(s) > 120 ||
		b.dateline != "" || b.hasCredit || len(b.jumps) > 0 || !hasUnicodeSpace(s) {
		return 0
	}
	cells := 0
	for i := 0; i < len(s); {
		j := i
		n := 0
		for j < len(s) {
			r, size := decodeFirst(s[j:])
			if isSpace(r) {
				break
			}
			if !isHan(r) && !isLatin(r) && !isDigit(r) && !strings.ContainsRune("()（）·-", r) {
				return 0
			}
			if n++; n > 12 {
				return 0
			}
			j += size
		}
		cells++
		k, spaces, tab := j, 0, false
		for k < len(s) {
			r, size := decodeFirst(s[k:])
			if !isSpace(r) {
				break
			}
			spaces++
			tab = tab || r == '\t'
			k += size
		}
		if k < len(s) && spaces < 2 && !tab {
			return 0
		}
		i = k
	}
	if cells < 3 || cells > 8 {
		return 0
	}
	return cells
}

// columnNames reports whether s is three short labels or more with no
// figure, set apart by spaces: two or more between English labels.
func columnNames(s string) bool {
	st := measure(s)
	if st.digits > 0 || st.commas > 0 || st.words < 3 || containsAnyRune(s, "。.：:？?！!") {
		return false
	}
	latin := st.latinText()
	fields := 0
	for i := 0; i < len(s); {
		j := wordEnd(s, i)
		if n := utf8.RuneCountInString(s[i:j]); n > 6 {
			return false
		}
		fields++
		k := j
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k < len(s) && latin && k-j < 2 && s[j] != '\t' {
			return false // one space: words of a phrase, EASTERN CONFERENCE
		}
		i = skipSpaces(s, k)
	}
	return fields >= 3
}

// agateLine reports whether a line of English text is a row of results or
// standings (isAgateRow) that stands on a line of its own: it opens with a
// capital letter, holds figures and names but no running words, the
// lowercase words a line of wrapped prose with many figures has (March 3,
// 2025, at 7 p.m. in Room 201 of the).
func agateLine(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' || !measure(s).latinText() || !isAgateRow(s) {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if w[0] >= 'a' && w[0] <= 'z' && len(w) >= 2 && isLatin(rune(w[1])) {
			return false
		}
	}
	return true
}

// isTableRowStats reports whether s, whose measure is st, is a row of a
// table in CJK text: three or more short fields set apart by spaces, with
// a figure among them — a weather box, a timetable, a list of prices.
func isTableRowStats(s string, st textStats) bool {
	if len(s) > 120 || endsSentence(s) || st.latinText() || st.digits == 0 || st.commas > 0 || st.words < 3 {
		return false
	}
	// No word longer than 12 runes: strings.FieldsFunc(s, isSpace) without
	// building the words.
	n := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if isSpace(r) {
			n = 0
			continue
		}
		if n++; n > 12 {
			return false
		}
	}
	return true
}

// infoWords name the fields of practical information that close a service
// piece: 咨询电话, 报名热线, 办理地址, 营业时间, 联系人.
var infoWords = [...]string{"电话", "热线", "地址", "邮箱", "网址", "传真", "时间", "地点", "方式", "费用", "联系人", "微信", "邮编"}

// infoField reports whether a line gives one field of practical
// information, a short label naming it, a colon and a short value:
// 咨询电话：0571-8768××××, 营业时间：10:30—19:00, 报名邮箱：a@b.cn. Such a
// line is the text of the piece above; it never opens the next one. A
// headline with a colon names a speaker or a subject instead (区人社局：发放…,
// 致富带头人：…), and a sentence after a label is text.
func infoField(s string) bool {
	if len(s) > 160 {
		return false // a paragraph
	}
	s = trim(s)
	i := indexAnyRune(s[:min(len(s), 27)], "：:")
	if i <= 0 || endsSentence(s) {
		return false // no label of eight characters or fewer
	}
	label := s[:i]
	_, size := decodeFirst(s[i:])
	value := trim(s[i+size:])
	if n := utf8.RuneCountInString(label); n < 2 || n > 8 || value == "" {
		return false // 时间： with nothing after it leads into what follows
	}
	st := measure(value)
	if st.runes > 40 || containsAnyRune(value, "。？！?!；;，,") {
		// A list of fields, or a sentence: 电话：…，联系人：….
		return false
	}
	for _, w := range infoWords {
		if !strings.Contains(label, w) {
			continue
		}
		switch w {
		case "电话", "热线":
			return st.digits >= 3 // 0571-8768××××, 12345
		case "邮箱":
			return strings.IndexByte(value, '@') > 0
		case "时间", "费用":
			return st.digits > 0 // 营业时间：10:30—19:00, not 关键时间：…
		case "方式":
			// 报名方式：…, not a headline's 发展方式：从粗放到集约.
			return startsWithAny(label, "报名", "联系", "咨询", "预约", "参与", "购票", "办理", "乘车", "缴费", "投稿")
		}
		return true
	}
	return false
}
