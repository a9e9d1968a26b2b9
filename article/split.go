package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts the page's blocks into pieces. A new piece starts only on
// evidence: a headline group followed by a lead (dateline or byline) or
// coming after an ending (credit, jump marker, photo credit); a dateline; a
// larger gap than the page puts between paragraphs; page furniture (a
// column label such as 简讯) standing between; the next bulleted item of a
// list of briefs. Heading lines with no such evidence are subheads of the
// piece they stand in — unless nothing ties that piece together (no
// dateline, byline or jump), when a heading over a paragraph is as likely
// the next undated item's headline. Runs of short lines that are not
// headings are placed as body text: the items of a list, the rows of a
// table, the stanzas of a poem, the signature of a notice.

// splitter walks the blocks and builds the pieces.
type splitter struct {
	p      *parser
	blocks []*block
	// typicalGap is the number of blank lines the page puts between two
	// paragraphs of one article: 1 when every block is set apart, 0 when
	// paragraphs sit on consecutive lines and blank lines part articles.
	typicalGap int

	open     bool
	piece    Piece
	bodyLine []int // the line of each body block
	paras    int   // paragraphs in the body
	ended    bool  // a credit or a jump to another page closed the piece
	marked   int   // numbered or bulleted subheads so far
	inVerse  bool  // the body so far is verse
	// resume is 1 + the index in the page of the article a caption was
	// just cut from, or 0: a paragraph right after the caption is the
	// article's again.
	resume int
	noted  bool // the body opens with an editor's note (编者按)
	runIn  bool // the piece's title was run into its first paragraph
	signed bool // a reader's letter in the piece signed off (读者 X)
	// underLabel is set when the piece, with no headline, opened right
	// under page furniture: an item under a column's label (书讯, 简讯).
	underLabel bool
	// afterBox is set when a story's box (相关链接, 记者手记) reopened the
	// piece its credit had closed: the next heading opens an article.
	afterBox bool
	// headsApart is set when every headline followed by a lead stands
	// apart from it by a blank line.
	headsApart bool
	// bodyGap is the most blank lines seen before a block of the open
	// piece's body, or -1 before its first: the spacing of this piece,
	// where a page mixes styles (a briefs column and a story).
	bodyGap int
	// headBullet is the bullet before the piece's headline (■), if any.
	headBullet string
	seen       map[Author]bool // the piece's authors
	jumps      []jump          // the markers the piece took
	credits    []held          // the credit lines the piece took
	// pending and pendingJumps wait for a piece: credit lines and markers
	// met where no piece with text was open.
	pending      []held
	pendingJumps []jump
	// feature holds featurePart's answer for every block, worked out the
	// first time it is asked (see featureRuns).
	feature []uint8
}

// split cuts the blocks into the page's pieces.
func (p *parser) split(blocks []*block) {
	s := &splitter{p: p, blocks: blocks, typicalGap: typicalGap(blocks), bodyGap: -1}
	for i, b := range blocks {
		b.index = i
	}
	s.markHeadings()
	s.headsApart = headsApart(blocks)
	if len(p.pageCredits) > 0 {
		defer s.creditFromPage()
	}
	for i := 0; i < len(blocks); {
		b := blocks[i]
		switch {
		case b.kind == textBlock && b.heading:
			j := i
			for j < len(blocks) && blocks[j].kind == textBlock && blocks[j].heading {
				j++
			}
			run := blocks[i:j]
			if s.subheadAfterCaption(run, s.at(j)) {
				// ■ subhead / text / caption. 记者 X 摄 / ■ subhead: the
				// story goes on below its picture.
				s.reopen(s.resume - 1)
				s.resume = 0
				s.addBlock(run[0], BlockSubhead)
				s.marked++
				i = j
				continue
			}
			if k := directory(run); k >= 0 {
				// 便民热线 / 政务服务便民热线：12345 / 燃气抢修：…: a box of
				// numbers, a piece of its own under its label.
				if k > 0 {
					s.headings(run[:k], s.at(i-1), run[k])
				}
				s.openPiece(run[k].line)
				s.piece.Headlines = []Headline{{Role: RoleTitle, Text: s.stripBullet(run[k].text)}}
				for _, b := range run[k+1:] {
					s.addBlock(b, BlockParagraph)
				}
				s.ended = true
				i = j
				continue
			}
			if s.list(run) {
				i = j
				continue
			}
			if k := datedItems(run); k >= 0 {
				s.datedList(run, k, s.at(i-1))
				i = j
				continue
			}
			if n := s.verse(run, s.at(j), s.at(j+1)); n > 0 {
				run = run[n:]
				if len(run) == 0 {
					i = j
					continue
				}
			}
			if k, name := poemByline(run); name != nil {
				// 雪夜 / 林 秋 / stanzas…: the headline, the poet, the poem.
				s.headingRun(run[:k], s.at(i-1), name)
				s.creditLine(name, run[k+1])
				rest := run[k+1:]
				if n := s.verse(rest, s.at(j), s.at(j+1)); n > 0 {
					rest = rest[n:]
				}
				if len(rest) > 0 {
					s.headings(rest, s.at(j-len(rest)-1), s.at(j))
				}
				i = j
				continue
			}
			s.headings(run, s.at(j-len(run)-1), s.at(j))
			i = j
			continue
		case b.kind == creditBlock && s.creditOverCaption(b, s.at(i+1), s.at(i+2)):
			// Photo by X / the caption below it: a piece of its own.
			s.openPiece(b.line)
			s.hold(held{c: b.cred(), cuts: b.credCuts()})
			s.addBlock(s.blocks[i+1], BlockParagraph)
			s.ended = true
			i += 2
			continue
		case b.kind == creditBlock:
			s.creditLine(b, s.at(i+1))
			for _, j := range b.jumps { // (记者 张三)(下转第2版)
				s.jump(j)
			}
		case b.kind == jumpBlock:
			s.jumpLine(b)
		default:
			s.paragraph(b, s.at(i-1))
		}
		i++
	}
	s.close()
	if len(s.pending) == 0 && len(s.pendingJumps) == 0 {
		return
	}
	// Credits or markers after the last text close the last piece.
	n := len(p.page.Pieces)
	if n == 0 {
		// Nothing on the page but credits and markers: keep them as text.
		pc := Piece{Kind: KindBrief, Line: blocks[0].line}
		for _, h := range s.pending {
			for _, c := range h.cuts {
				pc.Body = append(pc.Body, Block{Kind: BlockParagraph, Text: c.text})
			}
		}
		for _, j := range s.pendingJumps {
			pc.Body = append(pc.Body, Block{Kind: BlockParagraph, Text: j.raw})
		}
		p.page.Pieces = append(p.page.Pieces, pc)
		return
	}
	s.open, s.piece = true, p.page.Pieces[n-1]
	p.page.Pieces = p.page.Pieces[:n-1]
	s.takePending()
	s.close()
}

// at returns the block at i, or nil outside the page.
func (s *splitter) at(i int) *block {
	if i < 0 || i >= len(s.blocks) {
		return nil
	}
	return s.blocks[i]
}

// typicalGap returns the median number of blank lines between two
// consecutive paragraphs.
func typicalGap(blocks []*block) int {
	var gaps []int
	for i := 1; i < len(blocks); i++ {
		a, b := blocks[i-1], blocks[i]
		if a.kind == textBlock && b.kind == textBlock && a.shape == shapeBody && b.shape == shapeBody &&
			b.dateline == "" && !a.hasCredit && !a.row && !b.row {
			gaps = append(gaps, b.gap)
		}
	}
	if len(gaps) == 0 {
		// No two paragraphs in a row: the gap between a heading and its
		// paragraph is the gap inside an article.
		for i := 1; i < len(blocks); i++ {
			a, b := blocks[i-1], blocks[i]
			if a.kind == textBlock && a.shape == shapeHeading && b.kind == textBlock && b.shape == shapeBody {
				gaps = append(gaps, b.gap)
			}
		}
	}
	if len(gaps) == 0 {
		return 1
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2]
}

// isLead reports whether a block opens the text of an article: a dateline, a
// lead byline, a marker of continuation.
func isLead(b *block) bool {
	if b == nil {
		return false
	}
	switch b.kind {
	case creditBlock:
		return b.cred().lead
	case jumpBlock:
		_, ok := b.jump(jumpFrom)
		return ok
	}
	if b.dateline != "" {
		return true
	}
	_, ok := b.jump(jumpFrom)
	return ok
}

// isEnding reports whether a block closes a piece: a credit, a jump to
// another page.
func isEnding(b *block) bool {
	if b == nil {
		return false
	}
	if b.kind == creditBlock || b.hasCredit || b.endMark {
		return true
	}
	_, ok := b.jump(jumpOn)
	return ok
}

// markHeadings decides which heading-shaped blocks are heading lines. A
// line ending with … ? ! or : is one only where a heading is expected:
// before another heading or a lead, or after an ending.
func (s *splitter) markHeadings() {
	for i, b := range s.blocks {
		if b.kind != textBlock || b.text == "" {
			continue
		}
		switch b.shape {
		case shapeHeading:
			b.heading = qaLine(b.text) == 0
		case shapeSoft:
			next, prev := s.at(i+1), s.at(i-1)
			switch {
			case next == nil, salutation(b.text), qaLine(b.text) != 0:
				// (编辑同志： opens a letter's text, never a heading; nor
				// does 问：… open anything but a question of a Q&A.)
			case next.kind == textBlock && next.shape == shapeHeading, isLead(next):
				b.heading = true
			case (prev == nil || isEnding(prev)) && next.kind == textBlock:
				b.heading = true
			case next.kind == textBlock && !next.heading && (next.shape == shapeBody || salutation(next.text)) && s.opensGroup(i):
				// 医保小知识 / 什么是“家庭共济”？ / text: a question under a
				// column's name that opens the page or follows an ending.
				b.heading = true
			case prev != nil && prev.kind == textBlock && !prev.heading && editorsNoteText(prev.text) &&
				next.kind == textBlock && !next.heading && salutation(next.text):
				// 编者按：… / 快递柜超时收费，能否多给点时间？ / 编辑同志：: an
				// editor's note introduces the headline of the letter under
				// it. A question after a note over a story's text is text.
				b.heading = true
			case next.kind == textBlock && next.shape == shapeBody && numberedQuestion(b.text):
				// 一、生活垃圾分为哪几类？ / the answer: the numbered points of
				// a 解读 or a Q&A are questions.
				b.heading = true
			}
		case shapeBody:
			b.heading = stopHeadline(b, s.at(i-1), s.at(i+1)) || s.wrappedHeadline(b, s.at(i-1), s.at(i+1))
		}
	}
}

// numberedQuestion reports whether a soft heading line is a numbered point
// put as a question: 一、生活垃圾分为哪几类？, 2. How do I apply? A bullet is
// no number: ■ 你知道吗？ may as well be a brief's title.
func numberedQuestion(text string) bool {
	text = trim(text)
	if listMarker(text) == 0 || bulletPrefix(text) > 0 {
		return false
	}
	r := lastRune(stripClosers(text))
	return r == '？' || r == '?'
}

// opensGroup reports whether the heading lines right above block i, one or
// two, open a headline group: nothing but an ending or the page's top
// stands before them.
func (s *splitter) opensGroup(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 2 && s.blocks[k].kind == textBlock && s.blocks[k].heading && !infoField(s.blocks[k].text) {
		k--
	}
	if k == i-1 {
		return false // no heading line above
	}
	prev, first := s.at(k), s.blocks[k+1]
	if prev != nil && prev.kind == textBlock && prev.heading && !infoField(prev.text) {
		return false // more than two
	}
	// The page's top, an ending, a column label, or where the page parts
	// articles by a blank line (a contact line, 咨询电话：…, closes the piece
	// above).
	return prev == nil || isEnding(prev) || first.afterFurn || s.typicalGap == 0 && first.gap > 0
}

// stopHeadline reports whether a short sentence ending with a full stop is
// a headline: some papers print one (冬季用电高峰来临。). Only the strongest
// evidence will do, since a story's last paragraph may be as short: a
// single line holding one sentence and no comma, right above a dateline
// lead, standing apart from the text before it (the top of the page, an
// ending, or a wider gap than the one below it).
func stopHeadline(b, prev, next *block) bool {
	if next == nil || next.dateline == "" || b.merged || b.row || b.line != b.endLine ||
		b.dateline != "" || b.hasCredit || len(b.jumps) > 0 {
		return false
	}
	if !(prev == nil || isEnding(prev) || next.gap < b.gap) {
		return false
	}
	text := trim(b.text)
	if last := lastRune(stripClosers(text)); last != '。' && last != '．' && last != '.' {
		return false
	}
	st := measure(text)
	latin := st.latinText()
	if st.commas > 0 || containsAnyRune(text, "、；;：:") || internalSentenceEnd(text, latin) || endsWithEllipsis(text) {
		return false
	}
	if latin {
		return st.words <= maxSoftWords
	}
	return st.runes <= 24
}

// wrappedHeadline reports whether a paragraph is a headline the layout
// wrapped over a few lines, read as one paragraph because its second
// line starts with a small letter: Food pantry sees record demand / as
// grocery prices climb. It must read as a headline whole and stand right
// above a lead: a byline, or a dateline when it stands apart from any text
// before it.
func (s *splitter) wrappedHeadline(b, prev, next *block) bool {
	if !isLead(next) || b.endLine == b.line || b.endLine-b.line > 4 || b.row || b.hasCredit || b.dateline != "" ||
		len(b.jumps) > 0 || b.indent {
		return false
	}
	// Under a byline a new story starts; a dateline may follow a story's
	// last short paragraph, so the line must stand apart from it too.
	byline := next.kind == creditBlock
	if !byline && !(prev == nil || isEnding(prev) || prev.kind == textBlock && prev.heading || b.afterFurn || b.gap > s.typicalGap) {
		return false
	}
	return headingShape(b.text) == shapeHeading
}

// openPiece starts a new piece at a line.
func (s *splitter) openPiece(line int) {
	s.close()
	s.open = true
	s.piece = Piece{Line: line}
	s.bodyLine = s.bodyLine[:0]
	s.paras, s.ended, s.marked, s.headBullet, s.inVerse, s.noted, s.runIn, s.signed = 0, false, 0, "", false, false, false, false
	s.underLabel, s.afterBox = false, false
	s.bodyGap = -1
	s.seen = nil
	s.takePending()
}

// takePending gives the open piece, fresh or reopened, the credit lines and
// markers that waited for one.
func (s *splitter) takePending() {
	s.jumps, s.credits = s.jumps[:0], nil
	for _, h := range s.pending {
		s.hold(h)
	}
	for _, j := range s.pendingJumps {
		s.takeJump(j)
	}
	s.pending, s.pendingJumps = nil, nil
}

// close finishes the piece being built and adds it to the page.
func (s *splitter) close() {
	if !s.open {
		return
	}
	s.open = false
	pc := s.piece
	if len(pc.Headlines) == 0 && len(pc.Body) == 0 && pc.Dateline == "" {
		// Credits and markers with no text: they belong to what follows.
		s.pending = append(s.pending, s.credits...)
		s.pendingJumps = append(s.pendingJumps, s.jumps...)
		return
	}
	for _, j := range s.jumps {
		s.p.cut(j.raw, j.num)
	}
	for _, h := range s.credits {
		s.p.cuts = append(s.p.cuts, h.cuts...)
	}
	if s.captionsOverCredit() {
		return
	}
	switch {
	case len(pc.Headlines) > 0:
		pc.Kind = KindArticle
	case s.paras <= 2 && hasRole(pc.Authors, RolePhotographer):
		pc.Kind = KindPhoto
		if len(pc.Body) > 0 {
			pc.Body[0].Text = s.stripCaption(pc.Body[0].Text) // ▲ 图为…, (图)9月11日,…
		}
	default:
		pc.Kind = KindBrief
		if len(pc.Body) > 0 && pc.Body[0].Kind == BlockParagraph {
			pc.Body[0].Text = s.stripBullet(pc.Body[0].Text) // ▲ 菊园新区开展…
		}
	}
	s.p.page.Pieces = append(s.p.page.Pieces, pc)
}

func hasRole(as []Author, role Role) bool {
	for _, a := range as {
		if a.Role == role {
			return true
		}
	}
	return false
}

// addAuthors adds authors the piece does not list yet. An author listed in
// the same role without an affiliation takes the new one instead of being
// listed twice: By Jane Doe, then (Reporting by Jane Doe in San Francisco).
func (s *splitter) addAuthors(as []Author) {
	for _, a := range as {
		if a.About != "" {
			bare := a
			bare.About = ""
			if k := slices.Index(s.piece.Authors, bare); k >= 0 {
				s.piece.Authors[k].About = a.About
				s.seen = nil // rebuilt from the list when next needed
				continue
			}
		}
		if len(s.piece.Authors) < 16 {
			// The usual handful: a scan beats a map.
			if slices.Contains(s.piece.Authors, a) {
				continue
			}
		} else {
			if s.seen == nil {
				s.seen = make(map[Author]bool, len(s.piece.Authors))
				for _, old := range s.piece.Authors {
					s.seen[old] = true
				}
			}
			if s.seen[a] {
				continue
			}
			s.seen[a] = true
		}
		s.piece.Authors = append(s.piece.Authors, a)
	}
}

// headingRun places a run of heading lines: the headline group of a new
// article, or subheads of the current one.
func (s *splitter) headingRun(run []*block, prev, next *block) {
	// A notice signs off with its issuers and a date: 上海市嘉定区医疗保障局 /
	// 2025年11月18日. The signature closes the piece above it; heading lines
	// before it (四、联系方式 / 联系电话：…) are that piece's.
	if s.open && !s.ended && s.paras > 0 {
		if start, end := signature(run); end > 0 {
			if start > 0 {
				s.headingRun(run[:start], prev, run[start])
			}
			for _, b := range run[start:end] {
				s.addBlock(b, BlockParagraph)
			}
			s.ended = true
			prev, run = run[end-1], run[end:]
			if len(run) == 0 {
				return
			}
		}
	}
	// A note in brackets closes the piece above: （文中当事人均为化名）. A
	// table's unit or source is the piece's text too: （单位：亿元） above it,
	// 数据来源：区统计局 below it.
	for len(run) > 0 && s.open && s.paras > 0 {
		t := run[0].text
		switch {
		case isNote(t), sourceNote(t):
			s.addBlock(run[0], BlockParagraph)
			s.ended = true // like a credit, the note ends the piece
		case unitNote(t):
			s.addBlock(run[0], BlockParagraph)
		case !s.ended && quoteAttribution(t) && prev != nil && prev.kind == textBlock && !prev.heading && quoted(prev.lastText()):
			// “…节省了至少两个月时间。” / ——某公司总经理 贺明远: who said the
			// quote above. It ends the quote and starts nothing.
			s.addBlock(run[0], BlockParagraph)
		case !s.ended && infoField(t):
			// A service piece closes with where to ask: 咨询电话：…,
			// 营业时间：…. Such a line opens no headline group; a heading
			// after it is the next piece's.
			s.addBlock(run[0], BlockParagraph)
			s.ended = len(run) > 1 && !infoField(run[1].text)
		default:
			goto placed
		}
		prev, run = run[0], run[1:]
	}
placed:
	if len(run) == 0 {
		return
	}
	apart := len(run) >= 3 && run[2].gap > 0 || len(run) == 2 && next == nil
	// Where paragraphs sit on consecutive lines, the signature may hang
	// right under the letter, over the next one's headline with no blank
	// line: then only a short home line tells it from a headline group.
	// (An obituary's head is no signature: Robert Chen / Millbrook / June
	// 5, 1940 - April 10, 2026.)
	hung := !apart && len(run) >= 3 && s.typicalGap == 0 && run[0].gap == 0 && run[2].gap == 0 && !dateSpanLine(run[2].text)
	if (apart || hung) && s.open && s.paras > 0 && len(s.piece.Authors) == 0 {
		// A letter signs off with its writer and home: Janet Morris /
		// Riverton, over the next letter's headline or at the page's end.
		if sig := letterSignature(run[0], run[1]); sig != nil && (apart || shortHome(run[1].text)) {
			s.creditLine(sig, nil)
			s.ended = true
			prev, run = run[1], run[2:]
			if len(run) == 0 {
				return
			}
		}
	}
	if s.open && s.paras > 0 && !s.ended {
		// A letter from a reader signs off with the reader's name: 读者 贺明亮.
		// The reply under it (记者追踪) is the same piece's.
		if sig := readerSignature(run[0]); sig != nil {
			s.creditLine(sig, nil)
			s.ended, s.signed = true, true
			prev, run = run[0], run[1:]
			if len(run) > 0 && replyLabel(run[0].text) {
				s.addBlock(run[0], BlockSubhead)
				s.ended = false
				prev, run = run[0], run[1:]
			}
			if len(run) == 0 {
				return
			}
		}
	}
	if next == nil && s.open && len(s.piece.Body) > 0 && !s.ended {
		// Short lines closing the page belong to the last piece.
		for _, b := range run {
			s.addBlock(b, BlockParagraph)
		}
		return
	}
	// A first subhead right under a headline is no line of it: 一、招标条件,
	// 【案情】.
	var subheads []*block
	for len(run) >= 2 && isSubheadLabel(run[len(run)-1].text) {
		subheads = append([]*block{run[len(run)-1]}, subheads...)
		run = run[:len(run)-1]
	}
	if len(subheads) > 0 {
		defer func() {
			for _, b := range subheads {
				s.addBlock(b, BlockSubhead)
				s.marked++
			}
		}()
	}
	if s.labelOverNote(run, prev) {
		return
	}
	if !s.startsArticle(run, prev, next) {
		if s.ended {
			// A story's own box after its credit (相关链接) goes on with
			// it; the next heading after the box's text opens an article.
			s.afterBox = true
		}
		s.ended = false
		for _, b := range run {
			s.addBlock(b, BlockSubhead)
			if listMarker(b.text) > 0 {
				s.marked++
			}
		}
		return
	}
	note := s.editorsNote()
	s.openPiece(run[0].line)
	texts := make([]string, len(run))
	for i, b := range run {
		texts[i] = s.stripBullet(b.text)
		for _, j := range b.jumps {
			s.jump(j)
		}
	}
	s.headBullet = ""
	if n := bulletPrefix(run[0].text); n > 0 {
		s.headBullet = trim(run[0].text[:n])
	}
	hs, ambiguous := headlineRoles(texts)
	s.piece.Headlines = hs
	if note != nil {
		s.noted = true
		s.piece.Body = append(s.piece.Body, *note)
		s.bodyLine = append(s.bodyLine, s.piece.Line)
		s.paras++
	}
	if ambiguous {
		roles := make([]string, len(hs))
		for i, h := range hs {
			roles[i] = string(h.Role)
		}
		s.p.warnf("line %d: headline group %q: roles %s are a guess", run[0].line, strings.Join(texts, " / "), strings.Join(roles, "/"))
	}
}

// verse places the stanzas of a poem: runs of short lines on consecutive
// lines, set apart by blank lines, under a headline. It returns how many
// blocks of the run it placed; the rest is left to headingRun. A run followed
// by body text is a headline group or subheads, not verse; when a lead
// follows, the run's last group is the next piece's headline.
func (s *splitter) verse(run []*block, next, after *block) int {
	if !s.open || s.ended || len(s.piece.Headlines) == 0 || len(run) < 3 {
		return 0
	}
	if s.paras > 0 && !s.inVerse {
		return 0 // prose before: a poem quoted in an essay stays as it is
	}
	// Cut the run into groups at blank lines.
	var groups [][]*block
	for k, b := range run {
		if k == 0 || b.gap > 0 {
			groups = append(groups, nil)
		}
		if measure(b.text).runes > 24 || listMarker(b.text) > 0 {
			return 0
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], b)
	}
	if len(groups) == len(run) {
		return s.spacedVerse(run, next)
	}
	switch {
	case next != nil && next.kind == creditBlock && after != nil && after.kind == textBlock && !after.heading &&
		measure(after.text).runes > 24:
		// A byline with prose under it: the last group is the headline of
		// the essay that follows the poem (书边随笔 / 读…有感 / 文/X), and
		// when that group is a deck, the title and maybe a column's name
		// above it (书香枫林 / 在书页间与故乡重逢 / ——读…).
		last := groups[len(groups)-1]
		groups = groups[:len(groups)-1]
		for k := 0; k < 2 && startsWithDash(last[0].text) && len(groups) > 0 && len(groups[len(groups)-1]) == 1; k++ {
			groups = groups[:len(groups)-1]
		}
	case next == nil, next.kind == creditBlock && !next.cred().lead, next.kind == jumpBlock:
	case isLead(next) || next.kind == textBlock && !next.heading:
		// The next piece's headline: the last group, and single lines
		// before it (故乡的河 / 随笔 / 江北, where stanzas have two lines or
		// more).
		groups = groups[:len(groups)-1]
		for len(groups) > 0 && len(groups[len(groups)-1]) == 1 {
			groups = groups[:len(groups)-1]
		}
	default:
		return 0
	}
	stanzas, lines, placed := 0, 0, 0
	for _, g := range groups {
		if len(g) >= 2 {
			stanzas++
			lines += len(g)
		}
		placed += len(g)
	}
	if stanzas == 0 || lines < 3 || stanzas == 1 && lines < 4 && !s.inVerse {
		return 0
	}
	for _, g := range groups {
		kind := BlockParagraph
		if len(g) == 1 {
			kind = BlockSubhead // the title of the next poem: 霜降
		}
		for _, b := range g {
			s.addBlock(b, kind)
		}
	}
	s.inVerse = true
	return placed
}

// spacedVerse places a poem printed with a blank line after every line, as
// pages that set every block apart print verse: 春分 / □ 岑远山 / 燕子把昨夜的雨
// / 衔进檐下 / …. Stanzas cannot be told there, so the evidence is the poem's
// own head: a piece with a writer's byline and no text yet (or verse
// already), and at least three short lines under it. When a lead or text
// follows, the last line is the next piece's title, maybe with a deck or a
// column's name (书边札记) over it.
func (s *splitter) spacedVerse(run []*block, next *block) int {
	if !s.inVerse && (len(s.piece.Body) > 0 || !hasRole(s.piece.Authors, RoleWriter)) {
		return 0
	}
	n := len(run)
	switch {
	case isLead(next) || s.bylineOverProse(next) || next != nil && next.kind == textBlock && !next.heading:
		n--
		if n > 0 && startsWithDash(run[n].text) {
			n-- // the title over its deck
		}
		if n > 0 && columnName(run[n-1].text) {
			n-- // 书边札记 / 读书的“慢功夫”
		}
	case next == nil, next.kind == creditBlock, next.kind == jumpBlock:
	default:
		return 0
	}
	if n < 3 && !s.inVerse || n == 0 {
		return 0
	}
	for _, b := range run[:n] {
		s.addBlock(b, BlockParagraph)
	}
	s.inVerse = true
	return n
}

// columnName reports whether a headline line names a column of a literary
// page by its genre: 书边札记, 乡土随笔, 周末漫谈. Such a line stands over a
// title, never in a poem.
func columnName(text string) bool {
	text = trim(text)
	st := measure(text)
	if st.han != st.runes || st.runes > 6 {
		return false
	}
	for _, g := range genreLabels {
		if utf8.RuneCountInString(g) >= 2 && strings.HasSuffix(text, g) {
			return true
		}
	}
	return false
}

// serviceKind tells what a box's label, standing alone over text after a
// story, heads (see serviceBox).
type serviceKind byte

const (
	noBox    serviceKind = iota
	ownBox               // 温馨提示, 小贴士: a service box, a piece of its own
	storyBox             // 相关链接, 延伸阅读, 记者手记: a part of the story above
)

// boxPrefixes come right before the 提示 or 提醒 ending a service box's
// label: 温馨提示, 友情提醒, 防汛温馨提示. A person's 提醒 (医生提醒, 律师提醒)
// is a story's subhead over what the person said, and no box.
var boxPrefixes = [...]string{"温馨", "友情", "特别", "安全", "便民", "出行", "贴心", "重要", "健康", "消费", "风险", "防诈", "防骗"}

// serviceEnds close the labels of boxes of advice that papers print as
// pieces of their own: 安全须知, 医保小知识, 防寒小常识, 注意事项, 出行指南.
var serviceEnds = [...]string{"须知", "小知识", "小常识", "注意事项", "指南"}

// ownBoxWord is a cheap test that s may be the label of a box of its own
// (serviceBox's ownBox): every such label holds 提 (温馨提示, 提个醒), 贴士
// or one of serviceEnds.
func ownBoxWord(s string) bool {
	if hasWord(s, "提") || hasWord(s, "贴士") {
		return true
	}
	for _, w := range serviceEnds {
		if hasWord(s, w) {
			return true
		}
	}
	return false
}

// storyBoxes label what a paper appends to a story: background, reading,
// the reporter's or editor's afterword.
var storyBoxes = [...]string{"延伸阅读", "相关阅读", "记者手记", "采访手记", "编辑手记", "编后", "编后语", "编后记", "新闻背景", "背景资料"}

// serviceBox reports what a box's label names, bullet, brackets, quotes
// and colon aside: a service box that papers print as a piece of its own
// beside any story — 温馨提示, 便民提示, 提个醒, 垃圾分类小贴士 — or a box
// that belongs to the story above it: 相关链接 (any X链接 of six
// characters at most), 延伸阅读, 记者手记, 编后. Any other heading, a
// feature's subhead among them, is noBox.
func serviceBox(text string) serviceKind {
	text = trim(text)
	if n := bulletPrefix(text); n > 0 {
		text = trim(text[n:])
	}
	if len(text) > 3*14 {
		return noBox // 14 ideographs at most: a label, not a headline
	}
	text = strings.Trim(text, "【】[]“”\"：:") // 乡村振兴政策“小贴士
	st := measure(text)
	switch {
	case text == "提个醒" || strings.HasSuffix(text, "小贴士") || strings.HasSuffix(text, "小提示") || text == "贴士":
		return ownBox
	case st.runes <= 10 && st.han == st.runes && endsWithAny(text, serviceEnds[:]...):
		return ownBox // 燃气使用安全须知, 医保小知识, 出行指南
	case (strings.HasSuffix(text, "提示") || strings.HasSuffix(text, "提醒")) && st.runes <= 8:
		head := text[:len(text)-len("提示")]
		for _, p := range boxPrefixes {
			if strings.HasSuffix(head, p) {
				return ownBox // 温馨提示, 防汛温馨提示, 冬季用电安全提醒
			}
		}
	case strings.HasSuffix(text, "链接") && st.runes <= 6 || slices.Contains(storyBoxes[:], text):
		return storyBox
	}
	return noBox
}

// boxText reports whether the text from block next on is a service box's:
// one to four paragraphs that end where a piece may — at the page's end,
// a heading, a lead, furniture, or a sign-off naming no reporter
// (区应急管理局提醒, （区气象台）). A reporter's credit after them closes
// the story the label stands in: its last part is that reminder.
func (s *splitter) boxText(next *block) bool {
	for i, n := next.index, 0; ; i++ {
		b := s.at(i)
		switch {
		case b == nil:
			return n > 0
		case n > 0 && (b.afterFurn || isLead(b) || b.kind == textBlock && b.heading):
			return true
		case b.kind == creditBlock:
			return n > 0 && !reporterCredit(b.cred())
		case b.kind != textBlock || b.heading || b.dateline != "" || n == 4:
			return false
		}
		n++
		if b.hasCredit {
			return !reporterCredit(b.cred())
		}
	}
}

// reporterCredit reports whether a credit names who wrote or reported a
// story, not an office that signs a notice.
func reporterCredit(c credit) bool {
	return c.hasRole(RoleReporter) || c.hasRole(RoleCorrespondent) || c.hasRole(RoleWriter)
}

// startsArticle weighs whether a run of heading lines opens a new article.
func (s *splitter) startsArticle(run []*block, prev, next *block) bool {
	if prev != nil && prev.kind == creditBlock && prev.cred().lead && s.open && !s.ended && s.underHeadline() {
		prev = nil // the byline under the headline opens the piece; it ends nothing
	}
	if s.afterBox && !(len(run) == 1 && serviceBox(run[0].text) == storyBox) {
		return true // after a story's box (相关链接 / …): the box ended the story again
	}
	if len(run) == 1 && s.open && next != nil && next.kind == textBlock && !next.heading && next.dateline == "" && !run[0].afterFurn {
		switch serviceBox(run[0].text) {
		case storyBox:
			// 相关链接, 延伸阅读, 记者手记 over text: the story above goes on,
			// past its closing credit too (headingRun lifts the ending).
			if len(s.piece.Headlines) > 0 || s.piece.Dateline != "" {
				return false
			}
		case ownBox:
			// 温馨提示 over a few lines of its own after a story, signed
			// by an office or not: a box of its own, though the story
			// above has no credit to end it.
			if s.paras > 0 && s.boxText(next) {
				return true
			}
		}
	}
	if !s.open || s.ended || isLead(next) || isEnding(prev) || s.bylineOverProse(next) {
		return true
	}
	if next == nil {
		return true
	}
	marked, numbered := false, false
	for _, b := range run {
		if n := listMarker(b.text); n > 0 {
			marked = true
			numbered = numbered || bulletPrefix(b.text) == 0
		}
	}
	score := 0
	if len(run) == 1 && isSubheadLabel(run[0].text) {
		score -= 3 // 【说法】: a part of the story, in the brackets of a label
	}
	if isDocumentTitle(run[len(run)-1].text) && !marked {
		score += 3 // 关于…的通告, 遗失声明: a document of its own
	}
	if len(run) >= 2 && !marked {
		score += 2 // a group of lines: subheads stand alone
	}
	if st := measure(run[len(run)-1].text); st.latinText() && st.words >= 6 {
		score += 2 // English subheads are a few words; headlines say what happened
	} else if !st.latinText() && st.runes >= 8 && hasEventWord(run[len(run)-1].text) {
		score++ // a headline tells of an event (召开, 举办); subheads rarely do
	}
	for _, b := range run[1:] {
		if startsWithDash(b.text) {
			score += 2 // a deck belongs to a headline
			break
		}
	}
	gap := s.typicalGap
	if s.bodyGap >= 0 && s.bodyGap < gap {
		gap = s.bodyGap // this piece hugs its text: a briefs column on a spaced page
	}
	if run[0].gap > gap && !(gap == 0 && s.headsApart && next.gap == 0) {
		// (On a page whose headlines stand apart from their text, a line
		// hugging its paragraph after a blank line is a subhead.)
		if s.typicalGap == 0 {
			score += 3 // blank lines part articles on this page
		} else {
			score += 2
		}
	}
	switch {
	case len(run) == 1 && numbered:
		score -= 3 // 一、 1. (1): a subhead
	case len(run) == 1 && marked:
		score-- // ■ ◆ ●: subheads and brief titles both wear them
	}
	if run[0].afterFurn {
		score += 3 // a column label or a footer stands between
	}
	if len(run) == 1 && isListingLabel(trim(run[0].text)) && (isUpperWords(run[0].text) || next != nil && listingEntry(next.text)) {
		// DEATH NOTICES, or Public meetings over Planning Board: 7 p.m.…:
		// listings under the stories, a piece of their own. A subhead
		// (Drug Arrests) has the story's sentences under it.
		score += 3
	}
	if len(run) == 1 && briefsHeading(run[0].text) && next.kind == textBlock && runInLabel(next.text) != "" {
		score += 3 // AROUND TOWN / Book sale: The Friends of…: a briefs column
	}
	if sameBullet(run[0].text, s.headBullet) {
		score += 3 // dressed like this piece's own headline: the next piece
	}
	if !marked && s.unanchored() && s.paras >= 1 && prev != nil && prev.kind == textBlock && (endsSentence(prev.lastText()) || prev.row) &&
		next.kind == textBlock && !next.heading && !(prev.row && next.row) && !(len(run) == 1 && s.featurePart(next)) {
		// Nothing ties the open piece's text together — no dateline, no
		// byline, no jump — so its headings are no likelier subheads than
		// the headlines of the next short item: 民生 pages of undated
		// items, each a headline and a few paragraphs. (A line between
		// rows of a table labels their group: Class 3A.)
		score += 2
	}
	if s.marked > 0 && !marked {
		score++ // this article numbers its subheads; this line is not one
	}
	if len(run) <= 2 && !marked && s.photoNews(next) {
		score += 3 // 合唱比赛唱响春之声 / caption / 通讯员 X 摄: photo news with its own headline
	}
	if prev != nil && prev.kind == textBlock && infoField(prev.text) && !numbered {
		score += 2 // 咨询电话：…: where to ask closes a service piece
	}
	if next.kind != textBlock || next.heading {
		score-- // no body follows
	}
	switch {
	case score >= 3:
		return true
	case score == 2:
		s.p.warnf("line %d: %q starts a new article on weak evidence", run[0].line, run[0].text)
		return true
	case score > 0:
		s.p.warnf("line %d: %q kept as a subhead; it may start a new article", run[0].line, run[0].text)
	}
	return false
}

// photoNews reports whether the text from block next on, under heading
// lines, is the caption of photo news: one or two paragraphs of about two
// hundred characters at most with no dateline, closed by a photo credit (通讯员 X 摄, glued or on its own
// line) at the page's end or before the next headline or lead. A story's
// subhead has the story's text below it, not a picture's. Within a dated
// story still running, a section may close on its picture too (老街夜市焕新颜
// / text / 图为… / 通讯员 X 摄 / 滨江市集添活力 / text): there the heading
// after the credit must open an article — a lead or another photo's caption
// under it — and a story already cut into sections goes on to the page's end.
func (s *splitter) photoNews(next *block) bool {
	end, ok := s.photoCaption(next)
	if !ok {
		return false
	}
	if !s.open || s.ended || s.piece.Dateline == "" || len(s.piece.Body) == 0 {
		return true
	}
	if end == nil {
		return !slices.ContainsFunc(s.piece.Body, func(b Block) bool { return b.Kind == BlockSubhead })
	}
	if isLead(end) {
		return true
	}
	i := end.index
	for i < end.index+3 && s.at(i) != nil && s.at(i).kind == textBlock && s.at(i).heading {
		i++
	}
	after := s.at(i)
	if isLead(after) {
		return true
	}
	_, ok = s.photoCaption(after)
	return ok
}

// photoCaption reports whether the text from block next on is a photo's
// caption closed by its credit (see photoNews), and returns the block after
// the credit: nil at the page's end, a heading, or a lead.
func (s *splitter) photoCaption(next *block) (*block, bool) {
	if next == nil || next.kind != textBlock || next.heading {
		return nil, false
	}
	for i := next.index; i < next.index+2; i++ {
		b := s.at(i)
		if b == nil || b.kind != textBlock || b.heading || b.dateline != "" || len(b.jumps) > 0 || len(b.text) > maxCaptionLen {
			return nil, false
		}
		credit, end := b, s.at(i+1)
		if !b.hasCredit {
			credit, end = end, s.at(i+2)
			if credit == nil || credit.kind != creditBlock {
				continue
			}
		}
		c := credit.cred()
		ok := photoCredit(c) && (end == nil || end.kind == textBlock && end.heading || isLead(end))
		return end, ok
	}
	return nil, false
}

// stripBullet cuts a bullet symbol from the start of a heading line.
func (s *splitter) stripBullet(text string) string {
	if n := bulletPrefix(text); n > 0 && n < len(text) {
		s.p.cut(text[:n])
		return text[n:]
	}
	return text
}

// stripCaption returns the text of a caption without the bullet or the
// photo marker that opens it: ▲ 图为…, (图)9月11日,…, （图）…. The
// marker points at the picture; it is recorded as cut.
func (s *splitter) stripCaption(text string) string {
	text = s.stripBullet(text)
	if n := photoMark(text); n > 0 && n < len(text) {
		s.p.cut(text[:n])
		return text[n:]
	}
	return text
}

// photoMark returns the length of the photo marker opening a caption, with
// the spaces after it, or 0: (图), （图）, 【图】, [图], 〔图〕, or the number
// of one picture of several, (图1), （图二）. The closer may be of the other
// width, as a page mixes them: （图).
func photoMark(text string) int {
	r, n := decodeFirst(text)
	closer := closerFor(r)
	if closer == 0 {
		return 0
	}
	rest, ok := strings.CutPrefix(text[n:], "图")
	if !ok {
		return 0
	}
	if d, dn := decodeFirst(rest); isDigit(d) || cnDigit(d) > 0 {
		rest = rest[dn:]
	}
	c, cn := decodeFirst(rest)
	if !sameBracket(closer, c) {
		return 0
	}
	rest = trimLeft(rest[cn:])
	return len(text) - len(rest)
}

// addBlock appends a block of text to the body.
func (s *splitter) addBlock(b *block, kind BlockKind) {
	text := b.text
	if kind == BlockSubhead {
		text = s.stripBullet(text)
	}
	if text == "" {
		return
	}
	s.piece.Body = append(s.piece.Body, Block{Kind: kind, Text: text})
	s.bodyLine = append(s.bodyLine, b.line)
	s.bodyGap = max(s.bodyGap, b.gap)
	if kind == BlockParagraph {
		s.paras++
	}
}

// jump records a jump marker on the piece.
func (s *splitter) jump(j jump) {
	if j.dir == jumpOn {
		s.ended = true
	}
	s.takeJump(j)
}

// takeJump records a jump's page on the piece. A second marker naming
// another page cannot be recorded: it stays in the text, with a warning.
func (s *splitter) takeJump(j jump) {
	field := &s.piece.ContinuedOn
	if j.dir == jumpFrom {
		field = &s.piece.ContinuedFrom
	}
	switch *field {
	case "":
		*field = j.page
	case j.page:
	default:
		s.p.warnf("line %d: jump marker %q disagrees with page %s; kept as text", s.piece.Line, j.raw, *field)
		s.piece.Body = append(s.piece.Body, Block{Kind: BlockParagraph, Text: j.raw})
		s.bodyLine = append(s.bodyLine, s.piece.Line)
		return
	}
	s.jumps = append(s.jumps, j)
}

// paragraph places a body paragraph, opening a new piece when it shows one
// begins: a dateline, a continuation marker, an ending before it, or a
// larger gap than the page's paragraphs have.
func (s *splitter) paragraph(b *block, prev *block) {
	_, from := b.jump(jumpFrom)
	if s.resume > 0 && s.ended && b.dateline == "" && !from && b.gap <= s.typicalGap {
		s.reopen(s.resume - 1)
	}
	s.resume = 0
	switch {
	case s.open && s.ended && photoNumber(b.text) && len(s.piece.Body) > 0 && photoNumber(s.piece.Body[len(s.piece.Body)-1].Text):
		s.ended = false // the next numbered picture of the group: ① … ② …
	case s.open && s.ended && s.signed && b.dateline == "" && replyLabel(b.text):
		s.ended = false // 读者 贺明亮 / 记者追踪：接到来信后…: the reply to the letter
	case s.open && s.ended && b.dateline == "" && qaLine(b.text) == '问' && len(s.piece.Body) > 0 &&
		qaLine(s.piece.Body[len(s.piece.Body)-1].Text) == '答':
		// 答：…（区发改委） / 问：…: the office that answered signs its answer,
		// and the reader-mail box goes on with the next question.
		s.ended = false
	case !s.open || s.ended:
		s.openPiece(b.line)
	case b.dateline != "" && (s.paras > 0 || s.piece.Dateline != ""):
		s.openPiece(b.line)
	case from && s.paras > 0:
		s.openPiece(b.line)
	case s.paras > 0 && b.gap > s.typicalGap && !b.afterBreak && prev != nil && prev.kind == textBlock && !prev.heading &&
		endsSentence(prev.text) && (len(s.piece.Headlines) == 0 || !b.indent):
		// A wider gap parts briefs with no headline. Under a headline, an
		// indented paragraph after a blank line goes on: a column break
		// between two paragraphs of hard-wrapped text.
		s.openPiece(b.line)
	case s.paras > 0 && b.afterFurn && !b.afterBreak && prev != nil && (endsSentence(prev.lastText()) || prev.row):
		s.openPiece(b.line) // a column label or a footer stands between (a table's row ends too)
	case s.paras > 0 && s.bulletItem(b) && prev != nil && endsSentence(prev.lastText()):
		s.openPiece(b.line)
	case s.runIn && s.paras > 0 && b.dateline == "" && prev != nil && endsSentence(prev.lastText()) && runInLabel(b.text) != "":
		s.openPiece(b.line) // Garden club: The Ashford Garden Club will…: the next brief
		s.runIn = true
	case (s.runIn || s.paras <= 2 && s.marked == 0 && len(s.piece.Authors) == 0) && s.paras > 0 && b.dateline == "" && prev != nil && endsSentence(prev.lastText()):
		// Briefs with run-in titles, one under the other, or under a brief
		// of another style that names no one: the next one. Under a
		// reporter's lead (本报讯（记者 X）), such a paragraph is the
		// story's own.
		if _, _, ok := runInTitle(b.text); ok {
			s.openPiece(b.line)
		}
	}
	if s.open && len(s.piece.Headlines) == 0 && len(s.piece.Body) == 0 && s.piece.Dateline == "" && b.dateline == "" {
		if title, rest, ok := runInTitle(b.text); ok {
			// 双桥镇新增3条农村公交线路 近日，…: the brief's title, run in.
			if n := bulletPrefix(title); n > 0 {
				s.headBullet = trim(title[:n]) // ● 双桥镇…: the next ● is the next brief
			}
			s.piece.Headlines = []Headline{{Role: RoleTitle, Text: s.stripBullet(title)}}
			s.runIn = true
			nb := *b
			nb.text = rest
			b = &nb
		}
	}
	if s.open && len(s.piece.Body) == 0 && s.piece.Dateline == "" && b.dateline == "" {
		b = s.labelledBrief(b)
		s.underLabel = b.afterFurn && len(s.piece.Headlines) == 0
	}
	if b.dateline != "" {
		s.piece.Dateline = b.dateline
		s.addAuthors(b.leadAuthors)
	}
	for _, j := range b.jumps {
		if j.dir == jumpFrom {
			s.jump(j)
		}
	}
	if !b.hasCredit && s.open && (s.paras > 0 || s.piece.Dateline != "" || s.underLabel) {
		if before, cut, as, ok := s.bareNameCredit(b); ok {
			s.p.cut(cut, namesOf(as)...)
			if before != "" {
				s.addBlock(&block{text: before, line: b.line}, BlockParagraph)
			}
			s.addAuthors(as)
			s.ended = true
			return
		}
	}
	s.addBlock(b, BlockParagraph)
	if b.hasCredit {
		s.credit(b.cred(), nil)
	}
	for _, j := range b.jumps {
		if j.dir == jumpOn {
			s.jump(j)
		}
	}
}

// leadOpeners open the first sentence of a brief by saying when or where
// the news came from, beyond the time words of a lead (see timeWordAt):
// 最近，…, 截至目前，…, 据悉，….
var leadOpeners = [...]string{"最近", "近一段时间", "入秋以来", "入冬以来", "截至", "记者从", "记者近日", "据悉"}

// reLeadDay matches a date opening the first sentence of a brief: 10月14日，
// 14日上午, 2025年.
var reLeadDay = regexp.MustCompile(`^(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|^[0-9０-９]{4}年`)

// runInTitle cuts the title a briefs column runs into the first paragraph,
// set apart by a space: 双桥镇新增3条农村公交线路 近日，双桥镇开通…. The title is
// one or two phrases of four ideographs or more with no punctuation but
// quotes and a colon (七旬老人迷路 民警暖心护送回家); the text after the space
// opens with when it happened (近日, 10月14日, 今年以来) and runs on for a
// sentence or more.
func runInTitle(text string) (title, rest string, ok bool) {
	parts := 0
	start := bulletPrefix(text) // ● 双桥镇…
	for i := start; i < len(text) && i < 150; {
		r, size := decodeFirst(text[i:])
		if !isSpace(r) {
			if r == '，' || r == ',' || r == '。' || r == '；' || r == ';' || r == '、' || r == '！' || r == '？' ||
				r == '（' || r == '(' || isEnder(r) {
				return "", "", false
			}
			i += size
			continue
		}
		part := text[start:i]
		if st := measure(part); st.han < 4 || st.latinText() {
			return "", "", false // a name, a label: 记者 韩栋, 本报讯
		}
		parts++
		i = skipSpaces(text, i)
		start = i
		after := text[i:]
		if !opensWithWhen(after) {
			if parts == 2 {
				return "", "", false
			}
			continue
		}
		if st := measure(after); st.runes < 20 || !containsAnyRune(after, "。！？") {
			return "", "", false
		}
		return trimRight(text[:i]), after, true
	}
	return "", "", false
}

// opensWithWhen reports whether text opens with when its news happened, or
// where it came from: 近日, 10月14日, 今年以来, 据悉.
func opensWithWhen(text string) bool {
	return timeWordAt(text) || startsWithAny(text, leadOpeners[:]...) || reLeadDay.MatchString(text)
}

// labelledBrief reads an English brief that opens with a run-in label and
// a colon (Pancake breakfast: The Millbrook Volunteer Fire Company will…)
// under a briefs column's heading (COMMUNITY BRIEFS), or after another such
// brief: the label is the brief's title, and the column's heading, the
// first brief's kicker. It returns the block with the label cut off, or b.
func (s *splitter) labelledBrief(b *block) *block {
	hs := s.piece.Headlines
	column := len(hs) == 1 && hs[0].Role == RoleTitle && briefsHeading(hs[0].Text)
	if !column && !(s.runIn && len(hs) == 0) {
		return b
	}
	label := runInLabel(b.text)
	if label == "" {
		return b
	}
	rest := b.text[len(label):]
	colon := rest[:strings.IndexByte(rest, ':')+1]
	s.p.cut(colon)
	if column {
		s.piece.Headlines = []Headline{{Role: RoleKicker, Text: hs[0].Text}, {Role: RoleTitle, Text: label}}
	} else {
		s.piece.Headlines = []Headline{{Role: RoleTitle, Text: label}}
	}
	s.runIn = true
	nb := *b
	nb.text = trimLeft(rest[len(colon):])
	return &nb
}

// columnKind tells what an English column's label heads.
type columnKind uint8

const (
	// briefsColumn: short items, each with a run-in label or a headline —
	// COMMUNITY BRIEFS, AROUND TOWN, Business Roundup, Community Calendar.
	briefsColumn columnKind = iota + 1
	// listingColumn: the records an English page prints under the stories,
	// a piece of their own — DEATH NOTICES, POLICE LOG, BUILDING PERMITS.
	listingColumn
)

// englishColumns name English columns: the last words of a column's label
// (FUNERAL NOTICES, SHERIFF'S LOG, Sports notebook). briefsHeading finds
// them anywhere in a heading, so "around the " names a briefs column of
// any ending there (AROUND THE VALLEY over run-in items); columnLabel,
// which reads last words only, takes the three places it lists.
var englishColumns = [...]struct {
	word string
	kind columnKind
}{
	{"brief", briefsColumn}, {"briefs", briefsColumn}, {"briefly", briefsColumn}, {"roundup", briefsColumn},
	{"round-up", briefsColumn}, {"around town", briefsColumn}, {"around the region", briefsColumn},
	{"around the area", briefsColumn}, {"around the county", briefsColumn}, {"around the ", briefsColumn},
	{"notebook", briefsColumn}, {"bulletin", briefsColumn}, {"news notes", briefsColumn},
	{"community notes", briefsColumn}, {"calendar", briefsColumn}, {"digest", briefsColumn},
	{"happenings", briefsColumn},
	{"log", listingColumn}, {"blotter", listingColumn}, {"notices", listingColumn}, {"reports", listingColumn},
	{"records", listingColumn}, {"transfers", listingColumn}, {"licenses", listingColumn}, {"permits", listingColumn},
	{"inspections", listingColumn}, {"calls", listingColumn}, {"arrests", listingColumn}, {"deaths", listingColumn},
	{"births", listingColumn}, {"announcements", listingColumn}, {"divorces", listingColumn},
	{"meetings", listingColumn}, {"hearings", listingColumn},
}

// briefsHeading reports whether an English heading names a column of
// briefs: COMMUNITY BRIEFS, In Brief, AROUND TOWN, Business Roundup.
func briefsHeading(s string) bool {
	if len(s) > 40 || firstRune(s) >= utf8.RuneSelf {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range englishColumns {
		if w.kind == briefsColumn && strings.Contains(l, w.word) {
			return true
		}
	}
	return false
}

// columnLabel returns what an English heading line labels, or 0 when it is
// no column's label: three words at most from a capital, the last naming
// the column (Briefly, AROUND TOWN, Police log, FUNERAL NOTICES, ARRESTS).
// A headline has a verb: Police make arrests, Council hears reports; so a
// label of records (not a log) has three words only in capitals (REAL
// ESTATE TRANSFERS).
func columnLabel(s string) columnKind {
	s = trim(s)
	if len(s) > 40 || s == "" || !isUpperASCII(s[0]) {
		return 0
	}
	n, caps := 0, true
	for w := range strings.FieldsSeq(s) {
		n++
		caps = caps && !strings.ContainsFunc(w, unicode.IsLower)
	}
	if n > 3 {
		return 0
	}
	for _, w := range englishColumns {
		k := len(s) - len(w.word)
		if k < 0 || !strings.EqualFold(s[k:], w.word) || k > 0 && s[k-1] != ' ' {
			continue
		}
		switch {
		case w.kind == briefsColumn:
			return briefsColumn
		case w.word == "log" || w.word == "blotter" || n < 3 || caps:
			return listingColumn
		}
	}
	return 0
}

// standingLabel reports whether an English heading line is the label of a
// standing column printed over an item's headline — Briefly, In Brief,
// AROUND TOWN, Police log — and not a headline about briefs.
func standingLabel(s string) bool {
	return columnLabel(s) != 0
}

// listingEntry reports whether English text s opens like an entry of
// listings rather than a story's sentence: a row of agate, a name in
// capitals and a comma (ABBOTT, Helen M., 88), or a body and a colon before
// a time or place (Planning Board: 7 p.m. Thursday, Town Hall).
func listingEntry(s string) bool {
	s = trim(s)
	if s == "" || !isUpperASCII(s[0]) {
		return false
	}
	if agateLine(s) {
		return true
	}
	if i := strings.IndexByte(s, ','); i > 1 && i <= 30 && isUpperWords(s[:i]) {
		return true
	}
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || countWords(s[:i]) > 5 || strings.ContainsAny(s[:i], ".!?") {
		return false
	}
	// A body's name in capitals (Zoning Board of Appeals:), not a speaker
	// (Sheriff Tom Reyes said:).
	for w := range strings.FieldsSeq(s[:i]) {
		switch w {
		case "of", "and", "the", "for", "on", "in", "&":
			continue
		}
		if !isUpperASCII(w[0]) && (w[0] < '0' || w[0] > '9') {
			return false
		}
	}
	return true
}

// isListingLabel reports whether s heads a column of listings that an
// English page prints as a piece of its own, under the stories: DEATH
// NOTICES over ABBOTT, Helen M., 88, of Carver, April 11. It names the
// piece, not the page, and no story runs on under it.
func isListingLabel(s string) bool {
	return columnLabel(s) == listingColumn
}

// plainBriefs reports whether an English label names briefs and nothing
// else — BRIEFS, IN BRIEF, NEWS IN BRIEF — a label wherever it stands on
// the page (see isColumnLabel). Briefly, AROUND TOWN and a field's briefs
// (COMMUNITY BRIEFS) may stand over an item's headline as its kicker.
func plainBriefs(s string) bool {
	n, last := 0, ""
	for w := range strings.FieldsSeq(s) {
		if n++; n > 3 || last != "" && !strings.EqualFold(last, "news") && !strings.EqualFold(last, "in") {
			return false
		}
		last = w
	}
	return strings.EqualFold(last, "brief") || strings.EqualFold(last, "briefs")
}

// runInLabel returns the run-in label opening an English brief — one to six
// words from a capital letter, then a colon and a sentence of six words or
// more (Garden club: The Ashford Garden Club will meet…) — or "". The
// fields of a notice (Tickets: $8., Where: …) and the speakers of an
// interview (Q:) are no labels.
func runInLabel(text string) string {
	if len(text) < 30 || text[0] < 'A' || text[0] > 'Z' {
		return ""
	}
	i := strings.IndexByte(text[:min(len(text), 50)], ':')
	if i < 2 || i+1 >= len(text) || text[i+1] != ' ' {
		return ""
	}
	label := text[:i]
	for k := 0; k < len(label); k++ {
		c := label[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '\'' || c == '-' || c == '&') {
			return ""
		}
	}
	words := strings.Fields(label)
	if len(words) > 6 {
		return ""
	}
	switch strings.ToLower(label) {
	case "q", "a", "note", "editor's note", "editors note", "correction", "clarification", "update", "photo", "source",
		"contact", "info", "information", "cost", "costs", "tickets", "admission", "price", "prices", "phone", "email",
		"website", "web", "call", "hours", "when", "where", "what", "who", "why", "how", "time", "date", "dates",
		"location", "details", "registration", "register", "fee", "fees", "deadline", "address", "more", "related",
		"also", "p.s", "ps", "warning", "caution":
		return ""
	}
	rest := trimLeft(text[i+1:])
	if r := firstRune(rest); !(r >= 'A' && r <= 'Z' || isDigit(r) || r == '"' || r == '“') {
		return ""
	}
	if len(strings.Fields(rest)) < 6 || !endsSentence(rest) {
		return ""
	}
	return label
}

// held is a credit line a piece took, with the text it was cut from.
type held struct {
	c    credit
	cuts []cut
	// hug is set for a credit line printed right under the paragraph on a
	// page that sets its paragraphs apart: a caption and its credit.
	hug bool
}

// creditLine places a credit standing on its own line.
func (s *splitter) creditLine(b *block, next *block) {
	h := held{c: b.cred(), cuts: b.credCuts()}
	c := b.cred()
	// The credit hugs the text above it: on a page that spaces its
	// paragraphs, or where that text stands apart from the story before it.
	above := s.at(b.index - 1)
	h.hug = b.gap == 0 && (s.typicalGap > 0 || above != nil && above.gap > s.typicalGap)
	switch {
	case c.lead && next != nil && next.kind == textBlock && next.heading &&
		(!s.open || b.gap > next.gap && !s.underHeadline()):
		// A byline over a headline, set apart from any text above, is the
		// next piece's: 本报评论员 / 把蓝图变为现实.
		s.close()
		s.pending = append(s.pending, h)
		return
	case !s.open:
		s.openPiece(b.line)
		if c.lead {
			s.hold(h)
			return
		}
	case s.ended && c.lead:
		s.openPiece(b.line)
		s.hold(h)
		return
	case s.underHeadline():
		// Under the headline: the piece's byline.
		s.hold(h)
		return
	case c.lead && !bracketed(b) && next != nil && next.kind == textBlock && !next.heading && next.dateline == "":
		// A byline between paragraphs opens a piece with no headline; a
		// credit in brackets, （记者 钱晨曦）, closes the one above.
		s.openPiece(b.line)
		s.hold(h)
		return
	}
	s.credit(c, &h)
}

// bracketed reports whether a credit line is printed in brackets.
func bracketed(b *block) bool {
	cuts := b.credCuts()
	return len(cuts) > 0 && isOpener(firstRune(trim(cuts[0].text)))
}

// credit records a credit that closes the piece: a credit line (h) or a
// credit glued to a paragraph. A photo credit after a caption inside an
// article makes the caption a piece of its own.
func (s *splitter) credit(c credit, h *held) {
	if c.onlyRoles(RolePhotographer) && len(s.piece.Body) > 0 && photoNumber(s.piece.Body[len(s.piece.Body)-1].Text) {
		// ③市民在…散步。 本报记者 X 摄: a numbered picture of a photo group
		// under one headline; the group keeps it.
		s.closeWith(c, h)
		return
	}
	if c.hasRole(RolePhotographer) && len(s.piece.Headlines) > 0 && s.paras >= 2 {
		last := s.piece.Body[len(s.piece.Body)-1]
		// A caption: it says so (图为, ▲), or the photo credit is glued to
		// it, which a paragraph of the story never has. Who supplied the
		// pictures (图片由受访者提供) may close the story's last paragraph;
		// a caption then says when and where.
		glued := h == nil && c.onlyRoles(RolePhotographer) && (!c.supplied || datedScene(last.Text))
		if h != nil && h.hug && c.onlyRoles(RolePhotographer) && measure(last.Text).runes <= 120 {
			glued = true // the credit hugs a short paragraph: a caption unit
		}
		// An article with a dateline or a byline is a story even with one
		// paragraph left.
		story := s.paras >= 3 || s.piece.Dateline != "" || len(s.piece.Authors) > 0
		if st := measure(last.Text); h != nil && !s.ended && c.onlyRoles(RolePhotographer) && st.latinText() && st.words <= 60 && story {
			// Photo by X under a short paragraph of an English page: a story
			// never ends on a photo credit of its own; a caption does.
			glued = true
		}
		if h != nil && c.onlyRoles(RolePhotographer) && s.paras >= 3 && datedScene(last.Text) {
			// 10月17日，临江中学田径运动会开幕。 / 摄影 陈晨 after a story with no
			// credit of its own: a caption says when and where, in one
			// short paragraph.
			glued = true
		}
		if last.Kind == BlockParagraph && (isCaption(last.Text) || glued) {
			line := s.bodyLine[len(s.bodyLine)-1]
			s.piece.Body = s.piece.Body[:len(s.piece.Body)-1]
			s.bodyLine = s.bodyLine[:len(s.bodyLine)-1]
			s.paras--
			article := len(s.p.page.Pieces)
			s.openPiece(line)
			s.piece.Body = append(s.piece.Body, last)
			s.bodyLine = append(s.bodyLine, line)
			s.paras = 1
			s.resume = article + 1 // the article may go on below the picture
			s.closeWith(c, h)
			return
		}
	}
	s.closeWith(c, h)
}

// closeWith ends the open piece with a credit: a credit line (h) or one
// glued to its last paragraph (c).
func (s *splitter) closeWith(c credit, h *held) {
	if h != nil {
		s.hold(*h)
	} else {
		s.takeCredit(c)
	}
	s.ended = true
}

// hold takes a credit line: its people join the piece, and its text is cut
// when the piece is kept.
func (s *splitter) hold(h held) {
	s.takeCredit(h.c)
	s.credits = append(s.credits, h)
}

// takeCredit adds the people a credit names to the piece.
func (s *splitter) takeCredit(c credit) {
	if c.bare {
		// A bare name the piece named already keeps its role: 本报讯
		// （通讯员 许静）…（许静）.
		c.authors = slices.DeleteFunc(slices.Clone(c.authors), func(a Author) bool {
			return slices.ContainsFunc(s.piece.Authors, func(b Author) bool { return b.Name == a.Name })
		})
	}
	s.addAuthors(c.authors)
	if c.note != "" {
		s.addNote(c.note)
	}
}

// addNote records a description of the writer (作者为…) on the piece's
// last author without one, or as an author of its own.
func (s *splitter) addNote(note string) {
	as := s.piece.Authors
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].About == "" && (as[i].Role == RoleWriter || as[i].Role == RoleAuthor || as[i].Role == RoleReporter) {
			as[i].About = note
			return
		}
	}
	s.piece.Authors = append(s.piece.Authors, Author{Name: note, Role: RoleAuthor})
}

// captionWords open a photo caption.
var captionWords = [...]string{"图为", "上图", "下图", "左图", "右图", "图：", "图:", "图片说明", "▲", "△", "↑", "Above", "Pictured", "From left"}

// datedScene reports whether a paragraph reads as a caption: short, one
// or two sentences, opening with the day the picture was taken (10月17日，…).
func datedScene(text string) bool {
	text = trim(text)
	if measure(text).runes > 100 {
		return false
	}
	loc := reDay.FindStringIndex(text)
	return loc != nil && loc[0] == 0 && strings.Count(text, "。") <= 2
}

// reDay matches a day of the month as captions open: 10月17日, 10月17日上午.
var reDay = regexp.MustCompile(`^[0-9０-９]{1,2}月[0-9０-９]{1,2}日`)

// photoNumber reports whether a paragraph opens with the number of a
// picture in a photo group: ①…, 图②…, 图1：….
func photoNumber(text string) bool {
	text = trim(text)
	if rest, ok := strings.CutPrefix(text, "图"); ok {
		text = rest
		if r := firstRune(text); r >= '1' && r <= '9' {
			return true
		}
	}
	r := firstRune(text)
	return r >= '①' && r <= '⑳'
}

// isCaption reports whether a paragraph reads as a photo caption.
func isCaption(text string) bool {
	text = trim(text)
	for _, w := range captionWords {
		if strings.HasPrefix(text, w) {
			return true
		}
	}
	// …学习使用灭火器。图为消防员现场讲解: only a caption says 图为.
	return strings.Contains(text, "。图为") || strings.Contains(text, "。 图为")
}

// jumpLine places a jump marker standing on its own line.
func (s *splitter) jumpLine(b *block) {
	for _, j := range b.jumps {
		if j.dir == jumpFrom && (!s.open || s.ended || s.paras > 0) {
			s.openPiece(b.line)
		}
		if !s.open {
			s.openPiece(b.line)
		}
		s.jump(j)
	}
}

// sameBullet reports whether text opens with the bullet.
func sameBullet(text, bullet string) bool {
	return bullet != "" && strings.HasPrefix(text, bullet)
}

// bareNameCredit reads a bracketed name with no label closing a story, the
// way news briefs sign off: …整改隐患180余处。（许静）. A name in brackets is
// read as a byline only on evidence: the piece already names the person (in
// its dateline), or the piece opens with a news dateline that names nobody,
// or it is an item with no headline right under a column's label (书讯).
// Under a label with no dateline, the word must read as a name — a family
// name (（贺骁）) or an office (（区城管）) — for a column prints notes in
// brackets too: （免费）, （暂定）, （需预约）. A pen name with no family name
// (（晓岚）) signs there only on a page of signed writing or beside an item
// signed with a family name (see penNameColumn).
// It returns the text before the name, the bracket as printed and the
// authors.
func (s *splitter) bareNameCredit(b *block) (string, string, []Author, bool) {
	text := trimRight(b.text)
	last, size := decodeLastRune(text)
	if last != '）' && last != ')' {
		return "", "", nil, false
	}
	open := lastOpener(text, 60)
	if open < 0 {
		return "", "", nil, false
	}
	before := trimRight(text[:open])
	if before != "" && !endsSentence(before) {
		return "", "", nil, false
	}
	inner := trim(text[open+utf8.RuneLen(firstRune(text[open:])) : len(text)-size])
	names := strings.FieldsFunc(inner, func(r rune) bool { return isSpace(r) || r == '、' })
	if len(names) == 0 || len(names) > 3 {
		return "", "", nil, false
	}
	var as []Author
	for _, n := range names {
		if !validName(n) {
			return "", "", nil, false
		}
		k := slices.IndexFunc(s.piece.Authors, func(a Author) bool { return a.Name == n })
		role, signs := signatureRole(n)
		switch {
		case k >= 0:
			as = append(as, s.piece.Authors[k])
		case (s.piece.Dateline != "" || s.underLabel) && len(s.piece.Authors) == 0 && utf8.RuneCountInString(n) <= 3 && !notAName(n) && signs &&
			(s.piece.Dateline != "" || role == RoleAuthor || bareName(n) || penName(n) && s.penNameColumn(b)):
			// A news item or a column's item signs off with a name, which may
			// be a pen name with no family name: （晓岚）; an office signs as
			// the source.
			as = append(as, Author{Name: n, Role: role})
		default:
			return "", "", nil, false
		}
	}
	return before, text[open:], as, true
}

// penNameColumn reports whether a column's item b may sign with a pen name
// in brackets (（晓岚）): the piece before the column is signed by its
// writer, as the essays of a literary page are (文/柳岸), or the column's
// next item signs with a family name (（贺骁）).
func (s *splitter) penNameColumn(b *block) bool {
	if n := len(s.p.page.Pieces); n > 0 && hasRole(s.p.page.Pieces[n-1].Authors, RoleWriter) {
		return true
	}
	next := s.at(b.index + 1)
	if next == nil || next.kind != textBlock || next.heading || !next.hasCredit {
		return false
	}
	c := next.cred()
	return c.bare && len(c.authors) > 0 && !slices.ContainsFunc(c.authors, func(a Author) bool { return !bareName(a.Name) })
}

// notAName lists the bracketed words that close a text and are no names.
func notAName(s string) bool {
	switch s {
	case "待续", "未完", "全文完", "续完", "完", "摘编", "节选", "有删节", "资料图", "图片", "下同", "同上", "本报", "综合",
		"化名", "本名", "笔名", "原名",
		// Notes closing a notice: （免费）, （暂定）, （需预约）, （上午）.
		"免费", "收费", "暂定", "待定", "另定", "转载", "推荐", "原创", "预约", "需预约", "报名", "上午", "下午", "晚上",
		"全天", "每周", "每天", "每日", "每月", "周末":
		return true
	}
	// Pictures and places in them: （上图）, （见图）, （附表）, （左一）, （左起）.
	if containsAnyRune(s, "图表排起") {
		return true
	}
	r, size := decodeFirst(s)
	if r == '周' && size+3 == len(s) && strings.ContainsRune("一二三四五六日", firstRune(s[size:])) || strings.HasPrefix(s, "星期") {
		return true // （周一）, （星期六）: the day of a listing
	}
	return strings.ContainsRune("左右前后中", r) && cnDigit(firstRune(s[size:])) >= 0
}

func namesOf(as []Author) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

// bulletItem reports whether a paragraph opening with a bullet is the next
// item of a list of briefs rather than a point of the open piece: the piece
// is itself an item — a brief opening with a bullet, or an article whose
// headline wears one (■ 区图书馆推出… / ▲ 菊园新区开展…).
func (s *splitter) bulletItem(b *block) bool {
	n := bulletPrefix(b.text)
	if n == 0 {
		return false
	}
	if len(s.piece.Headlines) > 0 {
		return s.headBullet != ""
	}
	return len(s.piece.Body) > 0 && bulletPrefix(s.piece.Body[0].Text) > 0
}

// creditOverCaption reports whether a photo credit line stands above a
// caption that closes the page or comes before a new headline: Photo by X /
// Members of the band perform…. The pair is a photo of its own, not the
// ending of the story before it.
func (s *splitter) creditOverCaption(b, next, after *block) bool {
	if !s.open || s.ended || s.paras < 2 || b.cred().lead || !b.cred().onlyRoles(RolePhotographer) {
		return false
	}
	if next == nil || next.kind != textBlock || next.heading || next.dateline != "" || next.hasCredit || len(next.jumps) > 0 {
		return false
	}
	if st := measure(next.text); st.runes > 300 || st.latinText() && st.words > 60 {
		return false
	}
	return after == nil || after.kind == textBlock && after.heading || isLead(after)
}

// headsApart reports whether the page sets its sure headlines — heading
// lines followed by a lead — apart from their text by a blank line.
func headsApart(blocks []*block) bool {
	n := 0
	for i := 1; i < len(blocks); i++ {
		a, b := blocks[i-1], blocks[i]
		if a.kind != textBlock || !a.heading || !isLead(b) {
			continue
		}
		if b.gap == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// writerCreditBefore reports whether a page's writer credit (本版撰稿 X)
// stands between block b and the block before it.
func (s *splitter) writerCreditBefore(b *block) bool {
	after := 0
	if prev := s.at(b.index - 1); prev != nil {
		after = prev.endLine
	}
	// The credits stand in line order: look only at those between.
	for _, pc := range s.p.pageCredits[s.creditAfter(after):] {
		if pc.line >= b.line {
			break
		}
		if len(pc.writers) > 0 {
			return true
		}
	}
	return false
}

// creditAfter returns the index of the first page credit below line.
func (s *splitter) creditAfter(line int) int {
	i, _ := slices.BinarySearchFunc(s.p.pageCredits, line+1, func(c pageCredit, l int) int { return c.line - l })
	return i
}

// captionsOverCredit closes a piece of captions standing right above the
// page's picture credit (白鹭溪湿地公园一角。 / 市民在绿道上骑行。 /
// 本版图片由区融媒体中心提供): a piece with no headline, dateline or credit
// whose paragraphs are each one short sentence or two. Each caption is a
// photo of its own, credited to the organisation that supplied it. It
// reports whether it closed the piece.
func (s *splitter) captionsOverCredit() bool {
	pc := &s.piece
	if len(s.p.pageCredits) == 0 || len(pc.Headlines) > 0 || pc.Dateline != "" || len(pc.Authors) > 0 ||
		len(s.credits) > 0 || len(s.jumps) > 0 || len(pc.Body) == 0 || len(pc.Body) > 6 {
		return false
	}
	last := s.bodyLine[len(s.bodyLine)-1]
	org := ""
	// The credit lines right below the captions, with no block between;
	// the last of them that names a source counts.
	for _, c := range s.p.pageCredits[s.creditAfter(last):] {
		if s.blockBetween(last, c.line) {
			break
		}
		if c.photoOrg != "" {
			org = c.photoOrg
		}
	}
	if org == "" {
		return false
	}
	for _, b := range pc.Body {
		if b.Kind != BlockParagraph || !shortCaption(b.Text) {
			return false
		}
	}
	for i, b := range pc.Body {
		s.p.page.Pieces = append(s.p.page.Pieces, Piece{
			Kind:    KindPhoto,
			Line:    s.bodyLine[i],
			Body:    []Block{{Kind: BlockParagraph, Text: s.stripCaption(b.Text)}},
			Authors: []Author{{Name: org, Role: RolePhotographer}},
		})
	}
	return true
}

// shortCaption reports whether a paragraph reads as the caption of a
// picture: one or two short sentences, closed.
func shortCaption(text string) bool {
	text = trim(text)
	if len(text) > 240 || !endsSentence(text) {
		return false
	}
	st := measure(text)
	if st.latinText() {
		return st.words <= 40
	}
	return st.runes <= 60
}

// blockBetween reports whether a block of the page starts after line a and
// before line b.
func (s *splitter) blockBetween(a, b int) bool {
	i, _ := slices.BinarySearchFunc(s.blocks, a+1, func(x *block, line int) int { return x.line - line })
	return i < len(s.blocks) && s.blocks[i].line < b
}

// creditFromPage gives the page's credit lines to its pieces. A writer
// credit (本版撰稿 X) signs the articles that name no writer of their own
// when the page holds one article, or else the article right above it. A
// picture credit (本版图片由…提供) credits the photos that name no
// photographer. The page's editors keep the lines too.
func (s *splitter) creditFromPage() {
	if len(s.p.pageCredits) == 0 {
		return
	}
	pieces := s.p.page.Pieces
	articles, only := 0, -1
	for i, pc := range pieces {
		if pc.Kind == KindArticle {
			articles++
			only = i
		}
	}
	// The last piece other than a photo that starts before each credit's
	// line: the pieces and the credits sorted by line, one sweep.
	type at struct{ line, i int }
	var texts []at
	for i, pc := range pieces {
		if pc.Kind != KindPhoto {
			texts = append(texts, at{pc.Line, i})
		}
	}
	slices.SortStableFunc(texts, func(a, b at) int { return a.line - b.line })
	credits := make([]at, len(s.p.pageCredits))
	for k, c := range s.p.pageCredits {
		credits[k] = at{c.line, k}
	}
	slices.SortStableFunc(credits, func(a, b at) int { return a.line - b.line })
	before := make([]int, len(credits)) // by credit: the piece's index, or -1
	last, n := -1, 0
	for _, c := range credits {
		for n < len(texts) && texts[n].line < c.line {
			last = max(last, texts[n].i)
			n++
		}
		before[c.i] = last
	}
	photosDone := false
	for ci, c := range s.p.pageCredits {
		if len(c.writers) > 0 {
			k := before[ci]
			if articles == 1 {
				k = only
			}
			if k >= 0 && pieces[k].Kind == KindArticle && !signed(pieces[k].Authors) {
				pieces[k].Authors = append(pieces[k].Authors, c.writers...)
			}
		}
		if c.photoOrg != "" && !photosDone {
			// The first picture credit of the page gives each photo with
			// no photographer its source; later ones find none left.
			photosDone = true
			for i := range pieces {
				if pieces[i].Kind == KindPhoto && !hasRole(pieces[i].Authors, RolePhotographer) {
					pieces[i].Authors = append(pieces[i].Authors, Author{Name: c.photoOrg, Role: RolePhotographer})
				}
			}
		}
	}
}

// signed reports whether authors name who wrote the piece: anyone but its
// photographers and graphic artists.
func signed(as []Author) bool {
	for _, a := range as {
		if a.Role != RolePhotographer && a.Role != RoleGraphics {
			return true
		}
	}
	return false
}

// featurePart reports whether a single heading line over the block next,
// in an open piece with nothing to tie it together, is a subhead of one
// long feature (通讯, 纪实, 综述) rather than the headline of the next item:
// the piece opened with a deck under its title (——…纪实) or an editor's
// note, and from here to the next ending (a credit such as 本版撰稿 X, 撰稿
// X or （X）, a jump, an end mark) or the page's end, nothing opens an
// article — no lead, no headline group of two lines or more, no furniture
// standing between. A feature prints its only credit after its last part;
// the items of a 民生 page have no deck over the first.
func (s *splitter) featurePart(next *block) bool {
	deck := s.noted
	for _, h := range s.piece.Headlines {
		deck = deck || h.Role == RoleSubtitle && startsWithDash(h.Text)
	}
	if !deck || next == nil {
		return false
	}
	if s.feature == nil {
		s.feature = s.featureRuns()
	}
	return s.feature[next.index]&featureNoHead != 0
}

// The bits of featureRuns' entries.
const (
	featureNoHead  = 1 << 0 // the run holds, no heading line above the block
	featureOneHead = 1 << 1 // the run holds, one heading line above it
)

// featureRuns answers featurePart's scan for every block at once, in one
// sweep from the page's end up: bit 0 of entry i tells whether the blocks
// from i on reach an ending before anything opens an article, with no
// heading line right above block i; bit 1, the same with one above it (a
// second heading line in a row makes a headline group). The answer for a
// block depends only on the block and the answer for the one below, and on
// nothing the split changes as it goes — the blocks' kinds, headings,
// credits and jumps and the page's credits are all settled before it — so
// a page of any length costs one pass, however many headings ask.
func (s *splitter) featureRuns() []uint8 {
	runs := make([]uint8, len(s.blocks)+1)
	runs[len(s.blocks)] = featureNoHead // the page's end closes the feature
	for i := len(s.blocks) - 1; i >= 0; i-- {
		b := s.blocks[i]
		switch {
		case isEnding(b):
			runs[i] = featureNoHead // the credit closes the feature, not a headline over it
		case b.afterFurn && s.writerCreditBefore(b):
			runs[i] = featureNoHead // 本版撰稿 X: the page's credit closes the feature
		case isLead(b), b.afterFurn, b.kind != textBlock:
			runs[i] = 0
		case b.heading:
			// Alone, it leaves the run to the blocks below it; under
			// another heading line it makes a headline group of two,
			// which opens an article.
			if runs[i+1]&featureOneHead != 0 {
				runs[i] = featureNoHead
			}
		default:
			if runs[i+1]&featureNoHead != 0 {
				runs[i] = featureNoHead | featureOneHead
			}
		}
	}
	return runs
}

// unanchored reports whether the open article has nothing that marks it as
// one long story: no dateline, no byline or credit, no continuation, no
// numbered subheads.
func (s *splitter) unanchored() bool {
	pc := &s.piece
	return len(pc.Headlines) > 0 && pc.Dateline == "" && len(pc.Authors) == 0 && pc.ContinuedFrom == "" &&
		len(s.credits) == 0 && s.marked == 0 && !s.inVerse
}

// list places a run of numbered or bulleted lines with no sentence ender —
// the items of a list, maybe after a line introducing them with a colon —
// as paragraphs of the open piece. A numbered subhead stands alone above
// its paragraph; items follow one another.
func (s *splitter) list(run []*block) bool {
	if !s.open || s.ended || len(s.piece.Body) == 0 {
		return false
	}
	items := run
	if r := lastRune(run[0].text); r == '：' || r == ':' {
		items = run[1:]
	}
	if len(items) < 2 {
		return false
	}
	style := listStyle(items[0].text)
	if style == 0 {
		return false
	}
	for _, b := range items[1:] {
		if listStyle(b.text) != style {
			return false
		}
	}
	for _, b := range run {
		s.piece.Body = append(s.piece.Body, Block{Kind: BlockParagraph, Text: b.text})
		s.bodyLine = append(s.bodyLine, b.line)
		s.paras++
	}
	return true
}

// datedItems finds a list of dated lines in a run of heading lines, as a
// box of coming events prints them under its label: ■一周提示 / 3月18日 区…会议召开
// / 3月20日 春分. It returns how many label lines stand over the items (at
// most two), or -1 when the run ends with fewer than two dated lines or
// holds other lines among them. A headline never has two lines opening
// with a day.
func datedItems(run []*block) int {
	k := len(run)
	for k > 0 && datedItem(run[k-1].text) {
		k--
	}
	if len(run)-k < 2 || k > 2 {
		return -1
	}
	return k
}

// reItemDay matches the day opening an item of a dated list: 3月18日,
// 2026年3月18日.
var reItemDay = regexp.MustCompile(`^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日`)

// datedItem reports whether a line opens with a day and says something
// after it: 3月20日 春分, 3月22日—23日 全区中小学春季运动会.
func datedItem(text string) bool {
	text = trim(text)
	if !isDigit(firstRune(text)) {
		return false
	}
	loc := reItemDay.FindStringIndex(text)
	return loc != nil && trim(text[loc[1]:]) != ""
}

// datedList places a list of dated lines (run[k:]) with its label lines
// (run[:k]) over it: the label heads a piece of its own, or a part of the
// open one, and the items are its text.
func (s *splitter) datedList(run []*block, k int, prev *block) {
	if k > 0 {
		// The items are the label's text, not headings over it.
		items := *run[k]
		items.heading = false
		s.headingRun(run[:k], prev, &items)
	}
	if !s.open || s.ended {
		s.openPiece(run[k].line)
	}
	for _, b := range run[k:] {
		s.addBlock(b, BlockParagraph)
	}
}

// listStyle names the kind of numbering that opens text: 'a' for 1. 1、,
// 'c' for 一、, 'p' for (1) （一）, 'o' for ① ⑴, 'b' for a bullet; 0 for none.
func listStyle(text string) byte {
	n := listMarker(text)
	if n == 0 {
		return 0
	}
	r := firstRune(text)
	switch {
	case isBullet(r):
		return 'b'
	case r == '(' || r == '（':
		return 'p'
	case isDigit(r):
		return 'a'
	case cnDigit(r) >= 0 || r == '十':
		return 'c'
	}
	return 'o'
}

// editorsNote takes back an editor's note (编者按：…) that stands alone
// before a headline: it introduces the article below, not a piece of its
// own. It returns nil when the open piece is anything else.
func (s *splitter) editorsNote() *Block {
	pc := &s.piece
	if !s.open || len(pc.Headlines) > 0 || len(pc.Body) != 1 || pc.Dateline != "" || len(pc.Authors) > 0 ||
		len(s.jumps) > 0 || len(s.credits) > 0 || len(s.pending) > 0 || len(s.pendingJumps) > 0 {
		return nil
	}
	if !editorsNoteText(pc.Body[0].Text) {
		return nil
	}
	b := pc.Body[0]
	s.open = false // dropped, not closed: the text moves to the next piece
	return &b
}

// editorsNoteText reports whether a paragraph is an editor's note: 编者按：….
func editorsNoteText(t string) bool {
	return strings.HasPrefix(t, "编者按") || strings.HasPrefix(t, "编者的话") || strings.HasPrefix(t, "编者注")
}

// labelOverNote places the headline of a column's piece printed under its
// label and the editor's note: 读者来信 / 编者按：… / 快递柜超时收费，能否多给点
// 时间？ / 编辑同志：…. The label, read as the title, becomes the kicker and
// the run the title; the note stays the first paragraph. It reports whether
// it placed the run.
func (s *splitter) labelOverNote(run []*block, prev *block) bool {
	pc := &s.piece
	if !s.open || s.ended || len(run) > 2 || len(pc.Headlines) != 1 || len(pc.Body) != 1 ||
		pc.Body[0].Kind != BlockParagraph || pc.Dateline != "" || len(pc.Authors) > 0 ||
		prev == nil || prev.kind != textBlock || prev.heading || !editorsNoteText(prev.text) || !editorsNoteText(pc.Body[0].Text) {
		return false
	}
	label := pc.Headlines[0].Text
	if st := measure(label); st.han != st.runes || st.runes < 2 || st.runes > 6 {
		return false // a column's name is a few ideographs: 读者来信, 民生热线
	}
	texts := make([]string, len(run))
	for i, b := range run {
		texts[i] = s.stripBullet(b.text)
		for _, j := range b.jumps {
			s.jump(j)
		}
	}
	hs, _ := headlineRoles(texts)
	pc.Headlines = append([]Headline{{Role: RoleKicker, Text: label}}, hs...)
	s.noted = true
	return true
}

// subheadAfterCaption reports whether a lone heading line right after a
// caption cut from an article is that article's next subhead: it wears the
// bullet or numbering of a subhead the article printed between paragraphs
// above the picture, and text, not a lead, follows it. A photo credit ends
// the caption, not the story the picture stands in.
func (s *splitter) subheadAfterCaption(run []*block, next *block) bool {
	if s.resume == 0 || !s.ended || len(run) != 1 || s.resume > len(s.p.page.Pieces) ||
		next == nil || next.kind != textBlock || next.heading || isLead(next) || run[0].gap > s.typicalGap {
		return false
	}
	head := run[0].text
	style := listStyle(head)
	art := &s.p.page.Pieces[s.resume-1]
	if art.Kind != KindArticle {
		return false
	}
	if style == 0 {
		// 老街夜市焕新颜 / text / 图为…。通讯员 X 摄 / 滨江市集添活力 / text:
		// a dated story cut into sections by plain subheads goes on
		// below a section's picture, unless another picture follows.
		_, photo := s.photoCaption(next)
		return art.Dateline != "" && !photo && !isDocumentTitle(head) &&
			slices.ContainsFunc(art.Body, func(b Block) bool { return b.Kind == BlockSubhead })
	}
	found := false
	for k := run[0].index - 1; k >= 0 && run[0].index-k <= 200; k-- {
		b := s.blocks[k]
		if b.line < art.Line {
			break
		}
		if b.kind != textBlock {
			continue
		}
		switch {
		case b.heading && listStyle(b.text) == style && (style != 'b' || firstRune(b.text) == firstRune(head)):
			found = true
		case found && !b.heading:
			return true // a subhead with the article's text above it
		}
	}
	return false
}

// underHeadline reports whether nothing but the headline group, and maybe
// an editor's note, has been placed in the open piece: a byline here is the
// piece's own.
func (s *splitter) underHeadline() bool {
	return len(s.piece.Body) == 0 || s.noted && len(s.piece.Body) == 1
}

// reopen closes the open piece and makes the k-th piece of the page the open
// one again, to take more text. Its markers and credits were recorded when
// it was closed.
func (s *splitter) reopen(k int) {
	s.close()
	if k >= len(s.p.page.Pieces) || s.p.page.Pieces[k].Kind != KindArticle {
		return
	}
	pc := s.p.page.Pieces[k]
	s.p.page.Pieces = slices.Delete(s.p.page.Pieces, k, k+1)
	s.open, s.ended, s.piece = true, false, pc
	s.bodyLine = s.bodyLine[:0]
	s.paras, s.marked, s.inVerse, s.noted, s.seen = 0, 0, false, false, nil
	for _, b := range pc.Body {
		s.bodyLine = append(s.bodyLine, pc.Line)
		if b.Kind == BlockParagraph {
			s.paras++
		}
	}
	s.jumps, s.credits = s.jumps[:0], nil
}

// bareByline returns the last block of a headline group when it is a
// writer's name printed alone, as commentaries and columns sign under their
// title, with body text after it (see nameCredit); nil when there is none.
func (s *splitter) bareByline(run []*block, next *block) *block {
	if len(run) < 2 || next == nil || next.kind != textBlock || next.heading || next.dateline != "" {
		return nil
	}
	return nameCredit(run[len(run)-1], []*block{next})
}

// headings places a run of heading lines, the last of which may be the
// writer's name printed alone: 临江时评 / 让“一老一小”更有保障 / 何平.
func (s *splitter) headings(run []*block, prev, next *block) {
	if name := s.bareByline(run, next); name != nil {
		s.headingRun(run[:len(run)-1], prev, name)
		s.creditLine(name, next)
		return
	}
	// A theory piece numbers its parts from the first line of its text:
	// 以基层治理现代化助推… / 卓文轩 / 一、坚持党建引领… / text. The name
	// stands between the headline and the first numbered subhead.
	k := len(run)
	for k > 2 && isSubheadLabel(run[k-1].text) && listMarker(run[k-1].text) > 0 {
		k--
	}
	if k < len(run) && next != nil && next.kind == textBlock && !next.heading && next.dateline == "" {
		if name := nameCredit(run[k-1], append([]*block{next}, run[k:]...)); name != nil {
			s.headingRun(run[:k-1], prev, name)
			s.creditLine(name, run[k])
			s.headingRun(run[k:], name, next)
			return
		}
	}
	s.headingRun(run, prev, next)
}

// bylineOverProse reports whether b is a credit line naming a writer with
// prose under it: 老屋的门槛 / 文/陈 默 / 老屋的门槛是…. Such a credit opens
// the essay whose headline stands above it.
func (s *splitter) bylineOverProse(b *block) bool {
	if b == nil || b.kind != creditBlock || !b.cred().hasRole(RoleWriter) && !b.cred().hasRole(RoleReporter) {
		return false
	}
	after := s.at(b.index + 1)
	return after != nil && after.kind == textBlock && !after.heading && measure(after.text).runes > 24
}

// poemByline finds a poet's name printed alone inside a run of heading
// lines, between the poem's title and at least three short lines of verse:
// 雪  夜 / （外一首） / 林 秋 / 雪落下来的时候 / …. It returns the name's place
// in the run and the name as a credit line, or nil.
func poemByline(run []*block) (int, *block) {
	for k := 1; k+3 < len(run)+1 && k < 4; k++ {
		name := nameCredit(run[k], run[k+1:])
		if name == nil {
			continue
		}
		if len(run)-k-1 < 3 {
			return 0, nil
		}
		for _, b := range run[k+1:] {
			if measure(b.text).runes > 24 {
				return 0, nil // prose, not verse
			}
		}
		return k, name
	}
	return 0, nil
}

// nameCredit returns a heading line that is a writer's name printed alone
// as a credit line, or nil: two or three ideographs that read as a personal
// name (bareName), maybe padded (叶 舟), and that the text below does not
// name again — a short title's word recurs in its text (二十四节气 / 白露 /
// 今日白露，…), a writer's name rarely does.
func nameCredit(b *block, below []*block) *block {
	t := trim(b.text)
	name := unspaced(t) // 叶 舟: a two-character name padded to three
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 3 || len(b.jumps) > 0 || isSectionName(name) || !bareName(name) {
		return nil
	}
	for _, x := range below {
		if strings.Contains(x.text, name) {
			return nil
		}
	}
	nb := *b
	nb.kind, nb.heading, nb.text = creditBlock, false, ""
	nb.cr = &blockCredit{
		c:    credit{authors: []Author{{Name: name, Role: RoleWriter}}, values: []string{t}, lead: true},
		cuts: []cut{{text: b.text, values: []string{t}}},
	}
	return &nb
}

// signature finds the signature of a notice in a run of heading lines: up
// to three offices and a date on lines of their own (临江区医疗保障局 /
// 临江区税务局 / 2025年11月28日), or a date alone or under any one line. It
// returns the run's blocks [start, end) that sign, end 0 when none do.
func signature(run []*block) (start, end int) {
	for k, b := range run {
		if !isBareDate(b.text) {
			continue
		}
		start = k
		for start > 0 && k-start < 5 && (isIssuer(run[start-1].text) || k-start < 4 && signatureField(run[start-1].text)) {
			start--
		}
		if start == k && k == 1 {
			start = 0 // one line of any kind over the date
		}
		return start, k + 1
	}
	return 0, 0
}

// directory returns the index of the label over a box of telephone
// numbers that closes a run of heading lines — 便民热线 / 政务服务便民热线：
// 12345 / 区供电服务热线：95598 / 燃气抢修：0571-86022345 — or -1. The label
// names such a box (热线, 电话, 号码, 通讯录), and two lines or more under
// it, and nothing else, each give a name and a number.
func directory(run []*block) int {
	if len(run) < 3 {
		return -1
	}
	k := len(run) - 1
	for k >= 0 && phoneEntry(run[k].text) {
		k--
	}
	if k < 0 || len(run)-1-k < 2 {
		return -1
	}
	label := trim(run[k].text)
	label = label[bulletPrefix(label):]
	if st := measure(label); st.han != st.runes || st.runes > 10 || listMarker(label) > 0 {
		return -1
	}
	for _, w := range [...]string{"热线", "电话", "号码", "通讯录"} {
		if strings.Contains(label, w) {
			return k
		}
	}
	return -1
}

// phoneEntry reports whether a line gives a name and a telephone number
// and nothing else: 燃气抢修：0571-86022345, 政务服务便民热线：12345.
func phoneEntry(s string) bool {
	s = trim(s)
	i := indexAnyRune(s, "：:")
	if i <= 0 || len(s) > 120 {
		return false
	}
	if st := measure(s[:i]); st.runes < 2 || st.runes > 14 || st.han == 0 {
		return false
	}
	_, size := decodeFirst(s[i:])
	// Numbers apart, a dash between the area code and the number
	// (0571—86022345) and an extension (转8012).
	digits := 0
	for part := range strings.FieldsFuncSeq(s[i+size:], func(r rune) bool { return r == '—' || r == '转' || isSpace(r) }) {
		n, _, ok := phoneNumber(part, true)
		if !ok {
			return false
		}
		digits += n
	}
	return digits >= 3
}

// quoteAttribution reports whether a heading line names who said a quote
// printed above it, after a dash: ——浙江恒拓智能装备有限公司总经理　贺明远,
// — Maria Lopez, owner of Lopez Bakery. It is one short line with no
// sentence in it.
func quoteAttribution(s string) bool {
	s = trim(s)
	if !startsWithDash(s) || len(s) > 150 || endsSentence(s) {
		return false
	}
	st := measure(s)
	return st.runes >= 3 && (st.latinText() && st.words <= 16 || !st.latinText() && st.runes <= 40)
}

// quoted reports whether a paragraph is a quotation and nothing else: it
// opens with a quotation mark and closes with one, maybe before a full
// stop: “以前……就能完成。”
func quoted(s string) bool {
	s = trim(s)
	switch firstRune(s) {
	case '“', '「', '"', '『':
	default:
		return false
	}
	s = strings.TrimRight(s, "。.")
	switch lastRune(s) {
	case '”', '」', '"', '』':
		return true
	}
	return false
}

// isSubheadLabel reports whether a heading line is a numbered point (一、
// 招标条件, （一）…) or a short label in square brackets (【案情】, 【说法】):
// the subheads of a story, never a line of its headline.
func isSubheadLabel(s string) bool {
	s = trim(s)
	if n := listMarker(s); n > 0 && bulletPrefix(s) == 0 {
		return true
	}
	if strings.HasPrefix(s, "【") && strings.HasSuffix(s, "】") {
		inner := s[len("【") : len(s)-len("】")]
		return !containsAnyRune(inner, "【】") && utf8.RuneCountInString(inner) <= 6
	}
	return dayLabel(s)
}

// reDayLabel matches the label of a day in a listings column: Friday,
// April 17; SATURDAY; Thursday's schedule; Today's games.
var reDayLabel = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?|(?:today|tonight|tomorrow|yesterday|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s (?:schedule|results|games|events|scores|matches|meets|listings))$`)

// dayLabel reports whether an English heading line labels a day of a
// calendar, a scoreboard or a schedule — Friday, April 17; Thursday's
// schedule — a part of that listing and never a headline of its own.
func dayLabel(s string) bool {
	if len(s) < 6 || len(s) > 40 || firstRune(s) >= utf8.RuneSelf {
		return false
	}
	switch s[0] | 0x20 {
	case 'm', 't', 'w', 'f', 's', 'y':
	default:
		return false
	}
	if !strings.Contains(s, "day") && !strings.Contains(s, "DAY") && !strings.Contains(s, "ight") &&
		!strings.Contains(s, "IGHT") && !strings.Contains(s, "ekend") && !strings.Contains(s, "EKEND") {
		return false // most headlines name no day: no regular expression for them
	}
	return reDayLabel.MatchString(s)
}

// signatureField reports whether a line of a notice's signature names its
// issuer or a contact after a label: 招标人：临江区教育局, 联系人：王先生.
func signatureField(s string) bool {
	s = trim(s)
	i := indexAnyRune(s, "：:")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 8 || utf8.RuneCountInString(s) > 40 || endsSentence(s) {
		return false
	}
	label := s[:i] // 招标人, 招标代理机构, 联系电话
	return endsWithAny(label, "人", "单位", "机构", "地址", "电话") || startsWithAny(label, "联系", "电话", "地址", "邮箱", "传真", "网址")
}

// isIssuer reports whether a line names an office that may sign a notice:
// 临江区医疗保障局, 临江区人民政府办公室, 东湖街道.
func isIssuer(s string) bool {
	s = trim(s)
	if len(s) < 9 || len(s) > 72 || !isOrgName(s) {
		return false // three to twenty-four ideographs
	}
	st := measure(s)
	return st.han == st.runes
}

// isDocumentTitle reports whether a headline names a notice printed in the
// paper: 关于…的通告, 遗失声明, 招聘启事. Such a headline opens a piece.
func isDocumentTitle(s string) bool {
	return endsWithAny(trim(s), noticeKinds...)
}

// tableNotes open the lines that give a table's unit or source.
var tableNotes = [...]string{"单位", "计量单位", "注", "数据来源", "资料来源", "来源", "续表", "续"}

// unitNote reports whether a line gives the unit of a table below it, in
// brackets or not: （单位：亿元）, 单位：万元.
func unitNote(s string) bool {
	s = trim(s)
	if r := firstRune(s); r == '（' || r == '(' {
		s = s[utf8.RuneLen(r):]
	}
	return (strings.HasPrefix(s, "单位") || strings.HasPrefix(s, "计量单位")) && utf8.RuneCountInString(s) <= 24
}

// sourceNote reports whether a line names the source of the data above it:
// 数据来源：区统计局, 资料来源: 市商务委.
func sourceNote(s string) bool {
	s = trim(s)
	return startsWithAny(s, "数据来源", "资料来源", "来源：", "来源:") && utf8.RuneCountInString(s) <= 40 && !endsSentence(s)
}

// letterSignature returns a credit line for the writer of a letter to the
// editor signing off on two lines, a name and a home town (Janet Morris /
// Riverton), or nil.
func letterSignature(name, home *block) *block {
	n, h := trim(name.text), trim(home.text)
	if home.gap > 0 || isUpperWords(n) || isUpperWords(h) {
		return nil
	}
	c, ok := englishNames(n, RoleWriter)
	if !ok || len(c.authors) == 0 || c.authors[0].About != "" || !letterHome(h) {
		return nil
	}
	for i := range c.authors {
		c.authors[i].About = h
	}
	c.values = append(c.values, h)
	nb := *name
	nb.kind, nb.heading, nb.text = creditBlock, false, ""
	nb.cr = &blockCredit{
		c:    c,
		cuts: []cut{{text: name.text, values: c.values[:len(c.values)-1]}, {text: home.text, values: []string{h}}},
	}
	return &nb
}

// readerWords introduce the writer of a letter printed in the paper.
var readerWords = [...]string{"读者", "市民", "居民", "网友"}

// readerSignature returns a credit line for the writer of a reader's letter
// signing off on a line of its own — 读者 贺明亮, 市民：王先生 — or nil. The word
// before the name is kept as what the writer is.
func readerSignature(b *block) *block {
	t := trim(b.text)
	if len(b.jumps) > 0 || len(t) > 40 {
		return nil
	}
	for _, w := range readerWords {
		rest, ok := strings.CutPrefix(t, w)
		if !ok {
			continue
		}
		r, size := decodeFirst(rest)
		if !isSpace(r) && r != '：' && r != ':' {
			return nil // 读者来信, 市民服务中心
		}
		name := trim(rest[size:])
		if !bareName(name) {
			return nil
		}
		nb := *b
		nb.kind, nb.heading, nb.text = creditBlock, false, ""
		nb.cr = &blockCredit{
			c:    credit{authors: []Author{{Name: name, Role: RoleWriter, About: w}}, values: []string{name, w}},
			cuts: []cut{{text: b.text, values: []string{w, name}}},
		}
		return &nb
	}
	return nil
}

// qaLine returns 问 or 答 when text opens a question or an answer of a
// Q&A with its label and a colon — 问：小区附近的菜市场什么时候开业？,
// 答：预计5月中旬投入使用。 — or 0. Such a line is text: a question there
// is no headline.
func qaLine(text string) rune {
	t := trim(text)
	r, size := decodeFirst(t)
	if r != '问' && r != '答' {
		return 0
	}
	if c := firstRune(t[size:]); c != '：' && c != ':' {
		return 0 // 问计于民, 答卷
	}
	return r
}

// replyLabels open the answer printed under a reader's letter: 记者追踪：….
var replyLabels = [...]string{"记者追踪", "记者回访", "记者调查", "部门回复", "部门答复", "回复", "答复",
	"编者按", "编者的话", "编辑回复", "追踪"}

// replyLabel reports whether text opens with the label of a reply to a
// reader's letter, alone or before a colon.
func replyLabel(text string) bool {
	t := trim(text)
	for _, w := range replyLabels {
		if rest, ok := strings.CutPrefix(t, w); ok {
			r := firstRune(rest)
			return rest == "" || r == '：' || r == ':'
		}
	}
	return false
}

// isPlace reports whether s reads as the name of a town: one to three
// capitalised words, maybe with a state after a comma (Millbrook, Ohio).
func isPlace(s string) bool {
	town, state, _ := strings.Cut(s, ",")
	words := strings.Fields(town)
	if len(words) == 0 || len(words) > 3 || !isEnglishName(town) {
		return false
	}
	return state == "" || isEnglishName(trim(state)) && len(strings.Fields(state)) <= 2
}

// isNote reports whether a line is a note in round brackets, all of it:
// （文中当事人均为化名）, (本文有删节). A headline never is; a numbered
// subhead's （一） holds a number, not a note.
func isNote(s string) bool {
	s = trim(s)
	open, size := decodeFirst(s)
	if open != '（' && open != '(' {
		return false
	}
	closer, csize := decodeLastRune(s)
	if !sameBracket(')', closer) || len(s) <= size+csize {
		return false
	}
	inner := s[size : len(s)-csize]
	if containsAnyRune(inner, "()（）") || listMarker(s) > 0 {
		return false
	}
	for _, w := range tableNotes {
		if strings.HasPrefix(inner, w) {
			return false // the unit or source of a table: （单位：亿元）
		}
	}
	return utf8.RuneCountInString(inner) >= 4
}
