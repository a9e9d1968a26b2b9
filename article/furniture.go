package article

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file recognises page furniture: headers and footers with the page's
// date, number and name (2025年11月10日 星期一 第1版 要闻; A2 | Monday,
// November 10, 2025), editors' credits (责任编辑 X, 版式设计：X), mastheads,
// issue numbers, teaser and index boxes (今日导读 … 见第3版; INSIDE /
// Obituaries ..... A4), weather boxes that point to another page, sponsor
// lines (本版由…协办), the notes of ad pages (本版广告内容由广告主负责) and of
// an English desk (Obituaries are published for a fee. Call …).
// Furniture is not an article; its date and page become facts of the page.

// furnitureStrength tells where a line may be taken as furniture.
type furnitureStrength int

const (
	notFurniture furnitureStrength = iota
	// weakFurniture is furniture only at the top or bottom of the page: a
	// masthead, a section name, a bare page number.
	weakFurniture
	// strongFurniture is furniture anywhere: a date line, a page line,
	// editors' credits, issue numbers, teasers.
	strongFurniture
)

// furniture is what one furniture line says.
type furniture struct {
	strength furnitureStrength
	date     Date
	number   string // page number
	name     string // page name
	editors  []Author
	// bracketed: credits in brackets, （责任编辑 王蕾）, which sign the page
	// only when no other line of the page is one.
	bracketed bool
}

var (
	reCNDate = regexp.MustCompile(`([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日`)
	reISO    = regexp.MustCompile(`\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})\b`)
	// reENDate reads a day range in one month too, April 6-12, 2026: a
	// weekly's issue.
	reENDate = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?,?\s+(\d{4})\b`)
	reENDMY  = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	reLunar  = regexp.MustCompile(`农历[^\s\x{3000}|｜]*`)
)

// topic reports whether a section name names a field (教育, 体育), not a
// kind of column (简讯, 新闻), so that two of them may make one name.
func topic(s string) bool {
	return s != "新闻" && s != "综合" && !isColumnLabel(s) && isSectionName(s)
}

// isColumnLabel reports whether s names a column of short items, a label
// wherever it stands on the page: 简讯, 便民信息, IN BRIEF. A page's name
// (交通, 教育) in mid-page may be a subhead.
func isColumnLabel(s string) bool {
	if measure(s).latinText() {
		s = strings.ToUpper(s)
	}
	switch s {
	case "简讯", "快讯", "短讯", "速览", "资讯", "图片新闻", "图说", "新闻速递", "要闻简报", "一周要闻", "便民信息",
		"便民服务", "服务信息", "信息服务", "生活服务", "社区快讯", "街镇快讯", "国内速览", "国际速览":
		return true
	}
	if s != "" && s[0] < utf8.RuneSelf {
		return plainBriefs(s) // BRIEFS, IN BRIEF, NEWS IN BRIEF
	}
	// A kind of notice and 讯: 书讯, 影讯, 展讯, 赛讯 over short items.
	if r, size := decodeFirst(s); size == 3 && len(s) == 6 && isHan(r) && strings.HasSuffix(s, "讯") {
		return true
	}
	// A field's briefs: 体育简讯, 教育快讯, 社区简讯.
	if len(s) >= 12 && len(s) <= 18 && (strings.HasSuffix(s, "简讯") || strings.HasSuffix(s, "快讯")) {
		st := measure(s)
		return st.han == st.runes
	}
	return false
}

// isSectionName reports whether s is a page or column name common enough to
// stand alone at the top of a page without being a headline.
func isSectionName(s string) bool {
	if len(s) > 16 {
		return false
	}
	if len(s) == 12 && topic(s[:6]) && topic(s[6:]) {
		return true // two sections printed as one name: 教育卫生, 文化体育
	}
	if measure(s).latinText() {
		s = strings.ToUpper(s)
	}
	switch s {
	case "要闻", "综合", "国内", "国际", "社会", "经济", "财经", "文化", "体育", "副刊", "评论", "专版", "民生",
		"时政", "教育", "健康", "视点", "理论", "读书", "专题", "城事", "科技", "法治", "关注", "热线", "文体",
		"观察", "聚焦", "新闻", "地方", "本地", "区域", "广告", "人物",
		"社区", "街镇", "乡村", "农村", "党建", "政务", "政法", "平安", "环保", "生态", "交通", "住房", "卫生", "医疗", "旅游",
		"消费", "楼市", "产业", "园区", "企业", "科教", "文旅", "文艺", "艺术", "悦读", "阅读", "书评", "影视", "娱乐",
		"军事", "广告专版", "特刊", "专刊", "周刊", "视觉",
		"要闻·综合", "综合新闻", "社会新闻", "体育新闻", "国内新闻", "国际新闻",
		"NEWS", "LOCAL", "SPORTS", "BUSINESS", "OPINION", "WORLD", "NATION", "METRO", "ARTS", "LIFE",
		"FRONT PAGE", "LOCAL NEWS", "OBITUARIES",
		"COMMUNITY", "FEATURES", "ENTERTAINMENT", "CLASSIFIED", "CLASSIFIEDS", "EDUCATION", "HEALTH", "RELIGION",
		"FAITH", "FOOD", "TRAVEL", "OUTDOORS", "AGRICULTURE", "REGION", "STATE", "NATION & WORLD", "LOCAL & STATE":
		return true
	}
	return isColumnLabel(s) // the columns of short items: 简讯, 便民信息, IN BRIEF
}

// isWeatherHead reports whether s heads an English paper's weather box.
func isWeatherHead(s string) bool {
	if len(s) < 7 || len(s) > 24 || s[0] != 'W' && s[0] != 'T' && s[0] != 'F' {
		return false
	}
	switch strings.ToUpper(s) {
	case "WEATHER", "THE WEATHER", "TODAY'S WEATHER", "TODAY’S WEATHER", "WEATHER FORECAST", "FORECAST":
		return true
	}
	return false
}

// forecastLine reports whether an English line gives the weather: a
// temperature after high or low, or in degrees: Sunny, high 71, low 49.
func forecastLine(s string) bool {
	if len(s) > 200 || strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	if strings.Contains(s, "°") || strings.Contains(s, "degrees") {
		return true
	}
	for _, w := range [...]string{"high ", "High ", "highs ", "Highs ", "low ", "Low ", "lows ", "Lows "} {
		i := strings.Index(s, w)
		if i > 0 && w[0] <= 'Z' && !strings.HasSuffix(s[:i], ". ") {
			continue // Ridgefield High 35: a school; High 58 opens a sentence
		}
		if i >= 0 && (i == 0 || !isLatin(rune(s[i-1]))) {
			if j := i + len(w); j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '-' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				return true
			}
		}
	}
	return false
}

// isTeaserHead reports whether s opens a box of teasers.
func isTeaserHead(s string) bool {
	if len(s) > 16 {
		return false
	}
	switch strings.ToUpper(s) {
	case "今日导读", "本期导读", "导读", "今日看点", "本版导读", "要闻导读", "今日提要", "INSIDE", "INSIDE TODAY":
		return true
	}
	return false
}

// editorLabels start page-level credits.
var editorLabels = [...]string{"责任编辑", "本版编辑", "版面编辑", "值班编辑", "美术编辑", "版式设计", "版面设计", "责编", "美编", "编审", "审核", "审校", "审读", "校对", "组版", "排版", "编辑"}

// cues are the marks a furniture line carries, found in one pass so that
// most lines of text are turned away without a regular expression.
type cues struct {
	digits, year   bool // a digit; four digits in a row
	yearNian       bool // 年 after four digits or Chinese numerals
	yue, ri        bool // 月 日
	isoSep         bool // - / . right after four digits
	pageNum        bool // 版 after a number (3版, 第二版)
	issueNum       bool // 期 or 号 after a number, 刊号, 代号
	ban            bool // 版
	week, lunar    bool // 星期 礼拜 周; 农历
	editor, teaser bool // a character of an editor's label; 见 → ➡
	latin          bool // a Latin letter
	enDate, enPage bool // a month's name and a year; Page 3, A2, Vol. 5
	stop           bool // a full stop: no furniture line has one
	ask            bool // a question or exclamation mark: only a teaser may have one
	runes          int  // the runes read: all of them unless stop
	spaces         int  // the spaces among them, ASCII or ideographic
}

// hasMonthName reports whether s holds an English month's name.
func hasMonthName(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 's' || i > 0 && isLatin(rune(s[i-1])) {
			continue
		}
		if monthNumber(s[i:i+3]) > 0 {
			return true
		}
	}
	return false
}

// latinPageCue reports whether s holds "Page 3", "Vol. 5", "No. 7" or a page
// such as A2 standing as a word.
func latinPageCue(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' && c < 'a' || c > 'z' || i > 0 && isLatin(rune(s[i-1])) {
			continue
		}
		rest := s[i:]
		if len(rest) >= 2 && isUpperASCII(c) && rest[1] >= '0' && rest[1] <= '9' &&
			(len(rest) == 2 || !isLatin(firstRune(rest[2:])) || rest[2] >= '0' && rest[2] <= '9' && (len(rest) == 3 || !isLatin(firstRune(rest[3:])))) {
			return true
		}
		for _, w := range [...]string{"page ", "vol.", "no."} {
			if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
				return true
			}
		}
	}
	return false
}

// findAllAt is re.FindAllStringSubmatchIndex(s, -1) for an expression whose
// matches can start only where starts says: starts(s, from) returns the
// first such place at or after from, or -1. The expression runs from those
// places only; left to itself, it tries every byte of a long header. The
// places must include every start of a match, and for an expression that
// opens with \b none may follow a word character: a search from a place
// reads it as the start of the text.
func findAllAt(re *regexp.Regexp, s string, starts func(string, int) int) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		st := starts(s, from)
		if st < 0 {
			break
		}
		loc := re.FindStringSubmatchIndex(s[st:])
		if loc == nil {
			break
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += st
			}
		}
		out = append(out, loc)
		from = max(loc[1], loc[0]+1)
	}
	return out
}

// cnDateStart returns where a match of reCNDate may start at or after from:
// four digits of one kind (０-９ and 0-9, or 〇 and 一…九), maybe spaces,
// and 年. It returns -1 when there is none.
func cnDateStart(s string, from int) int {
	for {
		k := strings.Index(s[from:], "年")
		if k < 0 {
			return -1
		}
		at := from + k
		j := at
		for j > from && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\f' || s[j-1] == '\r') {
			j-- // \s in the expression: ASCII spaces only
		}
		arabic, chinese := 0, 0
		for n := 0; n < 4 && j > from; n++ {
			r, size := decodeLastRune(s[:j])
			switch {
			case isDigit(r):
				arabic++
			case cnDigit(r) >= 0 && r != '十':
				chinese++
			}
			if arabic+chinese != n+1 {
				break
			}
			j -= size
		}
		if arabic == 4 || chinese == 4 {
			return j
		}
		from = at + len("年")
	}
}

// findCNDates is reCNDate.FindAllStringSubmatchIndex(s, -1).
func findCNDates(s string) [][]int {
	return findAllAt(reCNDate, s, cnDateStart)
}

// mayHoldISODate is a cheap test that reISO may match s: four ASCII digits
// and a separator right after them.
func mayHoldISODate(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			run++
		case (c == '-' || c == '/' || c == '.') && run >= 4:
			return true
		default:
			run = 0
		}
	}
	return false
}

// mayHoldMonth is a cheap test that reENDate or reENDMY may match s: the
// first three letters of a month's name in any case. Case-insensitive
// matching also reads the long s (ſ) as s, so a text holding one is left to
// the regular expressions.
func mayHoldMonth(s string) bool {
	return strings.Contains(s, "ſ") || monthStart(s, 0, false) >= 0
}

// monthStart returns the first place at or after from where the first
// three letters of a month's name stand, in any case, or -1. With word set,
// only places that open a word count.
func monthStart(s string, from int, word bool) int {
	for i := from; i+3 <= len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 's' || word && i > 0 && isWordByte(s[i-1]) {
			continue
		}
		var w [3]byte
		for k := range w {
			w[k] = s[i+k] | 0x20
		}
		switch string(w[:]) {
		case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
			return i
		}
	}
	return -1
}

// digitWordStart returns the first place at or after from where an ASCII
// digit opens a word, or -1.
func digitWordStart(s string, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' && (i == 0 || !isWordByte(s[i-1])) {
			return i
		}
	}
	return -1
}

// isWordByte reports whether c is a word character of \b in regexp: an
// ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_'
}

// findENDates is the matches of reENDate (May 5, 2025) or reENDMY (5 May
// 2025) in s, as FindAllStringSubmatchIndex gives them.
func findENDates(re *regexp.Regexp, s string) [][]int {
	if strings.Contains(s, "ſ") {
		return re.FindAllStringSubmatchIndex(s, -1) // ſep: see mayHoldMonth
	}
	if re == reENDate {
		return findAllAt(re, s, func(s string, from int) int { return monthStart(s, from, true) })
	}
	return findAllAt(re, s, digitWordStart)
}

// strong reports whether the cues may make a line furniture anywhere.
func (c cues) strong() bool {
	return c.yearNian && c.yue && c.ri || c.year && c.isoSep || c.pageNum || c.issueNum ||
		c.editor || c.lunar || c.enDate || c.enPage
}

// cueChars holds the three-byte characters scanCues reads: full-width
// digits, Chinese numerals, and the characters of its switch. Any other
// such character only ends a run of digits.
var cueChars = newRuneSet("０１２３４５６７８９零〇一二两三四五六七八九十年月日版期号星礼周历辑核读对式面编校见→➡（＞》▶►。！？\u3000")

func scanCues(s string) cues {
	var c cues
	run, cn := 0, 0 // digits, Chinese numerals just before
	var prev rune
	for i := 0; i < len(s); {
		var r rune
		if b := s[i]; b >= 0xE0 && b <= 0xEF && i+2 < len(s) {
			r = rune3(s, i)
			i += 3
			if !cueChars.has(r) {
				c.runes++
				prev = r
				run, cn = 0, 0
				continue
			}
		} else {
			var size int
			r, size = decodeRune(s, i)
			i += size
		}
		c.runes++
		p := prev
		prev = r
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			c.digits = true
			if run++; run >= 4 {
				c.year = true
			}
			cn = 0
			continue
		}
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			c.latin = true // what the switch below would say, sooner
			run, cn = 0, 0
			continue
		}
		if cnDigit(r) >= 0 || r == '十' {
			cn++
			run = 0
			continue
		}
		switch r { // a three-byte character added here goes in cueChars too
		case '年':
			c.yearNian = c.yearNian || run >= 4 || cn >= 4
		case '月':
			c.yue = true
		case '日':
			c.ri = true
		case '-', '/', '.':
			c.isoSep = c.isoSep || run == 4
		case '版':
			c.ban = true
			c.pageNum = c.pageNum || run > 0 || cn > 0
			c.editor = c.editor || p == '组' || p == '排'
		case '期', '号':
			c.issueNum = c.issueNum || run > 0 || p == '刊' || p == '代' || p == '物'
		case '星', '礼', '周':
			c.week = true
		case '历':
			c.lunar = c.lunar || p == '农'
		case '辑', '核', '读', '对', '式', '面':
			c.editor = c.editor || p == '编' && r == '辑' || p == '审' && (r == '核' || r == '读') ||
				p == '校' && r == '对' || p == '版' && (r == '式' || r == '面')
		case '编':
			c.editor = c.editor || p == '责' || p == '美'
		case '校':
			c.editor = c.editor || p == '审'
		case '见', '→', '➡', '（', '(', '>', '＞', '》', '▶', '►':
			c.teaser = true
		case '。':
			c.stop = true
			return c
		case '！', '？':
			c.ask = true
		case ' ', '\u3000':
			c.spaces++
			if run > 0 || cn > 0 {
				continue // 第 1 版: keep the number across the space
			}
		default:
			if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				c.latin = true
			}
		}
		run, cn = 0, 0
	}
	if c.latin && c.digits {
		c.enDate = c.year && hasMonthName(s)
		c.enPage = latinPageCue(s)
	}
	return c
}

// furnitureLine reads one line as page furniture.
func furnitureLine(s string) furniture {
	s = trim(s)
	if s == "" || len(s) > 300 {
		return furniture{}
	}
	if c := s[0]; c == 'I' || c == 'i' {
		if insideLine(s) {
			return furniture{strength: strongFurniture} // INSIDE: Obituaries A4 | Opinion A7
		}
	}
	if strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "•") {
		// A row of an index box with no heading, at the edges only:
		// Obituaries A4 | Opinion A7 | Sports B1.
		if n, letters := indexItems(s); n >= 2 && letters {
			return furniture{strength: weakFurniture}
		}
	}
	if editors := contactCredits(s); editors != nil {
		return furniture{strength: weakFurniture, editors: editors} // Call 555-0150… Sports editor: Lena Park.
	}
	if deskNote(s) {
		return furniture{strength: weakFurniture} // Obituaries are published for a fee. Call 555-0142…
	}
	if len(s) > 60 && (hasWord(s, "。") || hasWord(s, "，") && !hasWord(s, "编") && !hasWord(s, "版") || countWords(s) > 12) {
		return furniture{} // running text
	}
	if num, ok := pageMark(s); ok {
		return furniture{strength: strongFurniture, number: num}
	}
	if mayOpenPageCredit(s) {
		if editors, st := pageCredits(s); st != notFurniture {
			return furniture{strength: st, editors: editors}
		}
		if sponsorLine(s) || adDisclaimer(s) {
			return furniture{strength: strongFurniture}
		}
	} else if adDisclaimer(s) {
		return furniture{strength: strongFurniture} // 以上启事内容由登报人负责
	} else if isJumpOpener(firstRune(s)) {
		// Credits in brackets sign an article, (责任编辑：王晓) after each
		// one of a page of wire copy, or at the foot of the page its
		// editor: they count at the edges only, and only alone.
		if inner := unbracket(s); len(inner) < len(s) {
			if sponsorLine(trim(inner)) {
				return furniture{strength: strongFurniture} // （本版由…协办）
			}
			if editors, st := pageCredits(inner); st != notFurniture {
				if strings.HasPrefix(trim(inner), "本版") {
					// （本版图片除署名外均由…提供）: the page's, wherever it stands.
					return furniture{strength: strongFurniture, editors: editors}
				}
				return furniture{strength: weakFurniture, editors: editors, bracketed: true}
			}
		}
	}
	if c := s[0]; (c == 'W' || c == 'T' || c == 'F') && len(s) <= 160 {
		// TODAY'S WEATHER: Sunny, high 64, low 41. Full forecast, A12.
		if head, rest, ok := strings.Cut(s, ":"); ok && isWeatherHead(head) && forecastLine(rest) {
			return furniture{strength: strongFurniture}
		}
	}
	if isUpperASCII(s[0]) {
		if i := strings.IndexByte(s, ':'); i > 0 && i <= 32 {
			// Sports editor: Tom Reyes, 555-0160, sports@….
			if editors, st := englishPageCredits(s); st != notFurniture {
				return furniture{strength: st, editors: editors}
			}
		}
	}
	c := scanCues(s)
	if c.stop {
		return furniture{}
	}
	n := c.runes // utf8.RuneCountInString(s), counted by scanCues
	if !c.strong() && !(c.teaser && (c.ban || c.digits)) {
		// The padding of a header spread across the page is no text:
		// 文化·体育　　　…　　8.
		if n-c.spaces > 24 || c.ask {
			return furniture{}
		}
		return weakLine(s)
	}
	if n > 100 {
		return furniture{}
	}
	editorAt := -1
	if c.editor {
		editorAt = editorLabelIndex(s)
	}
	// A teaser: 嘉定新城建设提速 见第3版, 哪些小区先通暖？　见第2版.
	if n <= 60 && (c.teaser && (c.ban || c.digits) || c.latin && c.digits) && !c.enDate && isTeaser(s) && !(c.yearNian && findCNDates(s) != nil) {
		return furniture{strength: strongFurniture}
	}
	if strings.ContainsRune(s, '，') && editorAt < 0 {
		return furniture{}
	}
	if c.ask || editorAt < 0 && proseLike(s) {
		return furniture{}
	}
	var f furniture
	used := make([]bool, len(s))
	mark := func(loc []int) {
		for i := loc[0]; i < loc[1]; i++ {
			used[i] = true
		}
	}
	overlaps := func(loc []int) bool {
		for i := loc[0]; i < loc[1]; i++ {
			if used[i] {
				return true
			}
		}
		return false
	}
	strong := false
	var dates [][2]int // where the dates stand, for spans
	// Editors first: their names must not be read as a page name.
	if editorAt >= 0 {
		if c, ok := parseCredit(s[editorAt:]); ok && c.onlyRoles(RoleEditor, RoleDesigner, RoleProofreader) {
			f.editors = c.authors
			mark([]int{editorAt, len(s)})
			// A plain 编辑 X may close one article; the page's own editors
			// have titles of their own (责任编辑, 版式设计) or come in pairs.
			plain := strings.HasPrefix(s[editorAt:], "编辑") && len(c.authors) == 1
			strong = !plain || editorAt > 0
		}
	}
	span := false   // a span of dates: a week's issue, or a life's or an event's
	weekly := false // "Week of" before a date: an issue's, not an event's
	for _, d := range datesIn(s, c) {
		if overlaps(d.at[:]) {
			continue
		}
		// A weekly's header runs to a date with no year: 2026年4月6日—4月12日.
		if w, ok := yearlessSpan(s, d); ok && !overlaps(w.at[:]) {
			d, span = w, true
		} else if c.latin {
			d.at[0] = weekOf(s, d.at[0])
			span = span || d.span // Week of April 6-12, 2026
		}
		weekly = weekly || c.latin && len(s)-d.at[0] > 7 && strings.EqualFold(s[d.at[0]:d.at[0]+7], "week of")
		// A date that does not exist still fills the line.
		if !d.date.IsZero() && f.date.IsZero() {
			f.date = d.date
		}
		mark(d.at[:])
		dates = append(dates, d.at)
		strong = true
	}
	span = span || len(dates) > 1 && dateSpan(s, dates)
	if c.lunar {
		for _, loc := range reLunar.FindAllStringIndex(s, -1) {
			if !overlaps(loc) {
				mark(loc)
			}
		}
	}
	// Weekdays, issue numbers and pages, in one pass.
	bare, marked := false, weekly // a bare page number; a weekday, an issue or a page
	for i := 0; i < len(s); {
		if used[i] {
			i++
			continue
		}
		n, kind, page := furnitureToken(s, i)
		if n == 0 {
			_, size := decodeFirst(s[i:])
			i += size
			continue
		}
		mark([]int{i, i + n})
		marked = marked || kind != tokBarePage
		switch kind {
		case tokIssue:
			strong = true
		case tokPage, tokBarePage:
			if f.number == "" {
				f.number, bare = page, kind == tokBarePage
			}
		}
		i += n
	}
	if f.number != "" && !bare {
		strong = true
	}
	if span && !marked {
		// Dates joined by a dash with nothing of an issue beside them are a
		// span, a life's or an event's, never the page's: March 2, 1931 -
		// April 12, 2026. A weekly prints its week among the page's marks:
		// 2026年4月6日-2026年4月12日　星期一　第3版　要闻.
		return furniture{}
	}
	// What is left must be a few short labels: a page name, a masthead.
	tokens, adjacent := residue(s, used)
	if !strong {
		if len(f.editors) > 0 && len(tokens) == 0 {
			return furniture{strength: weakFurniture, editors: f.editors}
		}
		if f.number != "" && (len(tokens) <= 2 && allLabels(tokens) || cornerLabels(s, tokens)) {
			// A bare "A2" line, maybe with the section: a page number at
			// the edge of the page.
			return furniture{strength: weakFurniture, number: f.number, name: pageName(tokens)}
		}
		if len(tokens) == 1 && tokens[0] == s {
			return weakLine(s)
		}
		return furniture{}
	}
	if f.number == "" && len(tokens) > 0 {
		// A page number at the start or the end of a dated line, with
		// nothing to say it is one: 法治 … 2025年11月28日　星期五　8.
		for _, k := range [...]int{len(tokens) - 1, 0} {
			if t := tokens[k]; !adjacent[k] && digitRun(t) == len(t) && utf8.RuneCountInString(t) <= 3 {
				if page, ok := pageNumber(t); ok {
					f.number = page
					tokens = slices.Delete(tokens, k, k+1)
					adjacent = slices.Delete(adjacent, k, k+1)
					break
				}
			}
		}
	}
	if len(tokens) > 3 {
		return furniture{}
	}
	total := 0
	for i, t := range tokens {
		if isPaperName(t) || isPrice(t) || isPublisher(t) {
			continue // long, but known: The Springfield Herald, $2.00
		}
		st := measure(t)
		total += st.runes
		known := sectionLike(t) || isMasthead(t)
		if !known && (adjacent[i] || st.commas > 0 || st.latinText() && !isUpperWords(t) || !st.latinText() && st.runes > 8) {
			return furniture{}
		}
	}
	if total > 24 {
		return furniture{}
	}
	f.strength = strongFurniture
	f.name = pageName(tokens)
	return f
}

// lineDate is a date found in a line: where it stands, and the day it
// names, zero for a day that does not exist (2025年2月30日). span marks
// the first day of a range of days in one month: April 6-12, 2026.
type lineDate struct {
	at   [2]int
	date Date
	span bool
}

// datesIn finds the dates of s, given its cues, in the order the page's
// date is taken from them: Chinese (2026年4月16日), ISO (2026-04-16),
// English (April 16, 2026; 16 April 2026). A Chinese date is found even if
// the day does not exist; an ISO or English one only if it does.
func datesIn(s string, c cues) []lineDate {
	var dates []lineDate
	free := func(loc []int) bool {
		for _, d := range dates {
			if loc[0] < d.at[1] && d.at[0] < loc[1] {
				return false
			}
		}
		return true
	}
	if c.yearNian && c.yue && c.ri {
		for _, loc := range findCNDates(s) {
			d, _ := cnDate(s, loc)
			dates = append(dates, lineDate{at: [2]int{loc[0], loc[1]}, date: d})
		}
	}
	if c.year && mayHoldISODate(s) {
		for _, loc := range findAllAt(reISO, s, digitWordStart) {
			if !free(loc) || s[loc[4]:loc[5]] != s[loc[8]:loc[9]] {
				continue
			}
			if d, ok := makeDate(atoiDigits(s[loc[2]:loc[3]]), atoiDigits(s[loc[6]:loc[7]]), atoiDigits(s[loc[10]:loc[11]])); ok {
				dates = append(dates, lineDate{at: [2]int{loc[0], loc[1]}, date: d})
			}
		}
	}
	if c.year && c.latin && mayHoldMonth(s) {
		for _, re := range [...]*regexp.Regexp{reENDate, reENDMY} {
			for _, loc := range findENDates(re, s) {
				if !free(loc) {
					continue
				}
				mon, day, year := s[loc[2]:loc[3]], s[loc[4]:loc[5]], loc[6:8]
				last := -1 // the last day of a range: April 6-12, 2026
				if re == reENDMY {
					day, mon = mon, day
				} else {
					if loc[6] >= 0 {
						last = atoiDigits(s[loc[6]:loc[7]])
					}
					year = loc[8:10]
				}
				d, ok := makeDate(atoiDigits(s[year[0]:year[1]]), monthNumber(mon), atoiDigits(day))
				if ok && last >= 0 {
					_, ok = makeDate(d.Year, int(d.Month), last)
					ok = ok && last > d.Day
				}
				if ok {
					dates = append(dates, lineDate{at: [2]int{loc[0], loc[1]}, date: d, span: last >= 0})
				}
			}
		}
	}
	return dates
}

// spanJoiner reports whether the text between two dates joins them as a
// span: a dash, a tilde, 至, "to".
func spanJoiner(gap string) bool {
	switch trim(gap) {
	case "-", "–", "—", "——", "~", "～", "至", "到", "--", "to", "until", "through":
		return true
	}
	return false
}

// dateSpan reports whether two of the dates found in s, at the given
// places, stand joined as a span: 1931年3月2日—2026年4月12日, March 2,
// 1931 - April 12, 2026, 2026-04-01 to 2026-04-30.
func dateSpan(s string, dates [][2]int) bool {
	slices.SortFunc(dates, func(a, b [2]int) int { return a[0] - b[0] })
	for k := 1; k < len(dates); k++ {
		if dates[k][0] >= dates[k-1][1] && spanJoiner(s[dates[k-1][1]:dates[k][0]]) {
			return true
		}
	}
	return false
}

// yearlessSpan widens a date of s over the other end of a span printed
// without its year, as a weekly dates its issue: 2026年4月6日—4月12日,
// 2026年4月6日至12日, (Week of) April 6 - April 12, 2026. The date of the
// span is its first day.
func yearlessSpan(s string, d lineDate) (lineDate, bool) {
	// After a Chinese date: 4月12日 or 12日, in Arabic digits.
	if end := d.at[1]; strings.HasSuffix(s[:end], "日") {
		rest := s[end:]
		win := rest[:min(len(rest), 16)] // the joiner and its spaces
		k := len(win) - len(strings.TrimLeftFunc(win, func(r rune) bool { return !isDigit(r) }))
		if k > 0 && k < len(win) && spanJoiner(rest[:k]) {
			t := rest[k:]
			n := digitRun(t)
			if n > 0 && n <= 6 && strings.HasPrefix(t[n:], "月") {
				t = t[n+len("月"):]
				n = digitRun(t)
			}
			if n > 0 && n <= 6 && strings.HasPrefix(t[n:], "日") {
				d.at[1] = len(s) - len(t) + n + len("日")
				return d, true
			}
		}
		return d, false
	}
	// Before an English date: April 6 - , maybe after "Week of".
	head := s[:d.at[0]]
	from := max(0, len(head)-8) // the joiner and its spaces
	k := from + len(strings.TrimRightFunc(head[from:], func(r rune) bool { return !isDigit(r) }))
	if k == from || !spanJoiner(head[k:]) {
		return d, false
	}
	n := 0
	for n < 2 && k-n > 0 && head[k-n-1] >= '0' && head[k-n-1] <= '9' {
		n++
	}
	day := atoiDigits(head[k-n : k])
	m := strings.TrimRight(head[:k-n], " .")
	i := len(m)
	for i > 0 && (m[i-1]|0x20 >= 'a' && m[i-1]|0x20 <= 'z') {
		i--
	}
	if n == 0 || i == len(m) || len(m)-i < 3 || len(m)-i > 9 || len(m) == k-n || i > 0 && isWordByte(m[i-1]) {
		return d, false
	}
	mon := monthNumber(m[i:])
	year := d.date.Year
	if mon > int(d.date.Month) {
		year-- // Dec. 28 - Jan. 3, 2026
	}
	first, ok := makeDate(year, mon, day)
	if mon == 0 || !ok || d.date.IsZero() {
		return d, false
	}
	return lineDate{at: [2]int{weekOf(s, i), d.at[1]}, date: first}, true
}

// weekOf returns where "Week of" stands before s[i:], as a weekly dates its
// issue by its first day (Week of April 6, 2026), or i when it does not.
func weekOf(s string, i int) int {
	const w = "week of"
	j := len(strings.TrimRight(s[:i], " "))
	if j == i || j < len(w) || !strings.EqualFold(s[j-len(w):j], w) || j > len(w) && isWordByte(s[j-len(w)-1]) {
		return i
	}
	return j - len(w)
}

// dateSpanLine reports whether s is a span of two dates or two years and
// nothing else, as an obituary prints the life dates under the name:
// March 2, 1931 - April 12, 2026, 1931年3月2日—2026年4月12日, 1931 – 2026.
func dateSpanLine(s string) bool {
	s = trim(s)
	if len(s) > 80 || len(s) < 9 {
		return false
	}
	var dates [][2]int
	for _, d := range datesIn(s, scanCues(s)) {
		dates = append(dates, d.at)
	}
	if len(dates) == 0 && digitRun(s) == 4 && digitRun(s[len(s)-4:]) == 4 {
		dates = [][2]int{{0, 4}, {len(s) - 4, len(s)}} // 1931 – 2026
	}
	if len(dates) != 2 {
		return false
	}
	slices.SortFunc(dates, func(a, b [2]int) int { return a[0] - b[0] })
	return dates[0][0] == 0 && dates[1][1] == len(s) && dateSpan(s, dates)
}

// proseLike reports whether a line holds more running text than a header
// or footer can: many lowercase words, or many ideographs that are not the
// words of dates and page numbers.
func proseLike(s string) bool {
	lower, free := 0, 0
	inWord, wordLower, wordLen := false, false, 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		switch {
		case r >= 'a' && r <= 'z':
			if !inWord {
				inWord, wordLower, wordLen = true, true, 0
			}
			wordLen++
			continue
		case r >= 'A' && r <= 'Z' || r == '\'' || r == '.':
			if !inWord {
				inWord, wordLower, wordLen = true, false, 0
			}
			wordLen++
			continue
		case isHan(r) && !strings.ContainsRune("年月日星期礼拜周一二三四五六七八九十〇零天农历版第期号总今导读见详", r):
			free++
		}
		if inWord && wordLower && wordLen >= 3 {
			lower++
		}
		inWord = false
	}
	if inWord && wordLower && wordLen >= 3 {
		lower++
	}
	return lower > 4 || free > 18
}

// editorLabelIndex returns where the first page-level editor label starts.
func editorLabelIndex(s string) int {
	best := -1
	for _, l := range editorLabels {
		if i := strings.Index(s, l); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// residue returns the text of s outside the used bytes, as tokens split on
// spaces and separators, and whether each token touches a used span with no
// separator in between. Ideographs spaced out one by one, as mastheads and
// page names are printed and as OCR reads them, make one token: 嘉 定 报,
// 江 潮 副刊, by unspaced's rule (see joinName) read a word at a time.
func residue(s string, used []bool) ([]string, []bool) {
	var (
		tokens   []string
		adjacent []bool
		lastEnd  = -1    // where the last token ended
		spaced   = false // the last token is ideographs spaced one by one
	)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := s[start:end]
		touch := start > 0 && used[start-1] || end < len(s) && used[end]
		single := isSingleHan(t)
		if n := len(tokens); n > 0 && spaced && oneSpace(s[lastEnd:start]) && (single || isHanWord(t, 2)) {
			tokens[n-1] += t
			adjacent[n-1] = adjacent[n-1] || touch
			spaced = single
		} else {
			tokens = append(tokens, t)
			adjacent = append(adjacent, touch)
			spaced = single
		}
		lastEnd, start = end, -1
	}
	for i, rn := 0, 0; i < len(s); i += rn {
		var r rune
		r, rn = decodeRune(s, i)
		sep := used[i] || isSpace(r) && (r != ' ' || !latinAround(s, i)) ||
			strings.ContainsRune("|｜·•/／-—–*＊,，、:：()（）[]【】", r) && !(hanAround(s, i) && !used[i-1])
		if sep {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(s))
	return tokens, adjacent
}

// isSingleHan reports whether s is one ideograph.
func isSingleHan(s string) bool {
	r, size := decodeFirst(s)
	return size == len(s) && isHan(r)
}

// isHanWord reports whether s is one to max ideographs.
func isHanWord(s string, max int) bool {
	n := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if n++; !isHan(r) || n > max {
			return false
		}
	}
	return n > 0
}

// oneSpace reports whether s is a single space, ASCII or ideographic.
func oneSpace(s string) bool {
	return s == " " || s == "\u3000"
}

// Ideographs spaced out one by one are one family of print: a masthead or a
// page's name set with letter spacing (嘉 定 报, 江 潮 副刊), a column's
// label (书 讯), and a two-character name padded to the width of three
// (周 敏, 王　芳) or spaced by OCR (陆 晓 峰). Its readers share joinName,
// which drops the padding (unspaced and the byline's names), and padSplit,
// which reads a run of one-ideograph words as names (joinSpacedHan and the
// byline's padTokens). The readers stay apart where the lines differ:
//   - unspaced reads a whole line, a name or a label standing alone: single
//     ideographs one space apart, the last word maybe of two (江 潮 副刊).
//   - joinSpacedHan reads the names inside an editor's line (责任编辑 陈 丽
//     美术编辑 王 芳), where wide gaps set the fields apart: a run
//     crosses only one space.
//   - padTokens reads a byline's names from a given byte on (记者 周 敏):
//     any spaces pad there, a credit's separator may close the name, and a
//     one-character label (周 敏 摄) closes the run.
//   - residue (a furniture line's leftover words) and splitsPadding (where
//     a dateline's byline may end) test one step of a run in place.

// joinName returns a name or a word as printed without the spaces that pad
// it: 周 敏 is 周敏.
func joinName(s string) string {
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// padSplit returns how many of a run of n one-ideograph words make its
// first name: two or three make one name (陈 丽, 陆 晓 峰), four make two
// names of two padded alike (王 蕾 李 明). It returns 0 when the run is no
// name: one ideograph, or five and more.
func padSplit(n int) int {
	switch n {
	case 2, 3:
		return n
	case 4:
		return 2
	}
	return 0
}

// joinSpacedHan joins the ideographs of names spaced out one by one, as
// print and OCR space a two-character name: 责任编辑 陈 丽 → 责任编辑 陈丽.
// A run of single ideographs one space apart is read by padSplit. It
// returns s unchanged when it holds no run.
func joinSpacedHan(s string) string {
	if !hasUnicodeSpace(s) {
		return s
	}
	type word struct {
		text   string
		single bool // one ideograph
		tight  bool // one space before it
	}
	var (
		buf   [16]word
		words = buf[:0]
		run   bool // two single ideographs one space apart: 陈 丽
	)
	for i := 0; ; {
		j := skipSpaces(s, i)
		if j == len(s) {
			break
		}
		end := wordEnd(s, j)
		w := word{text: s[j:end], single: isSingleHan(s[j:end]), tight: i > 0 && oneSpace(s[i:j])}
		run = run || w.single && w.tight && words[len(words)-1].single
		words = append(words, w)
		i = end
	}
	if !run {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(words); {
		n := 1 // the run of single ideographs one space apart from i
		for words[i].single && i+n < len(words) && words[i+n].single && words[i+n].tight {
			n++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		k := padSplit(n)
		for j, w := range words[i : i+n] {
			if j > 0 && (k == 0 || j == k) {
				b.WriteByte(' ')
			}
			b.WriteString(w.text)
		}
		i += n
	}
	return b.String()
}

// wordEnd returns where the word of s starting at i ends: at a space or at
// the end of s.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := decodeFirst(s[i:])
		if isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// spacedName reports whether a line is a short name printed with letter
// spacing, as a paper or its supplement names itself at the top of a page:
// 江 月, 临 江 日 报.
func spacedName(s string) bool {
	s = trim(s)
	u := unspaced(s)
	n := utf8.RuneCountInString(u)
	return u != s && n >= 2 && n <= 8
}

// unspaced joins a line of ideographs spaced out one by one, a masthead or a
// page name printed with letter spacing: 嘉 定 报 → 嘉定报, 江 潮 副刊 →
// 江潮副刊. The words stand one space apart, every one but the last a single
// ideograph. It returns s unchanged when s is anything else.
func unspaced(s string) string {
	n, short := 0, true // short: every word so far is one ideograph
	for i := 0; i < len(s); n++ {
		end := wordEnd(s, i)
		w := s[i:end]
		if !short || !isHanWord(w, 2) || n == 0 && !isSingleHan(w) {
			return s
		}
		short = isSingleHan(w)
		_, size := decodeFirst(s[end:])
		if i = skipSpaces(s, end); i > end+size {
			return s // two spaces: the words stand one space apart
		}
	}
	if n < 2 {
		return s
	}
	return joinName(s)
}

// hanAround reports whether the mark at s[i] is a middle dot between two
// ideographs, joining the names of a page that covers two sections:
// 教育·卫生, 要闻·综合.
func hanAround(s string, i int) bool {
	r, size := decodeFirst(s[i:])
	if r != '·' && r != '•' && r != '・' || i == 0 {
		return false
	}
	a, _ := decodeLastRune(s[:i])
	b, _ := decodeFirst(s[i+size:])
	return isHan(a) && isHan(b)
}

// latinAround reports whether the space at s[i] sits between two Latin
// letters, inside an English name such as "THE DAILY HERALD".
func latinAround(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	a, _ := decodeLastRune(s[:i])
	b, _ := decodeFirst(s[i+1:])
	return isLatin(a) && isLatin(b) && !isDigit(a) && !isDigit(b)
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	n := 0
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			space = true
		} else if space {
			n++
			space = false
		}
	}
	return n
}

// weakLine reads a line with no date or page: a masthead, a section name, a
// teaser box's heading.
func weakLine(s string) furniture {
	if isPublisher(s) {
		return furniture{strength: weakFurniture} // 中共临溪区委办公室　临溪区报社　联合主办
	}
	if len(s) > 40 && len(s)-spaceBytes(s) > 40 {
		return furniture{} // longer than a name, the spacing of a centred header aside
	}
	if hasUnicodeSpace(s) {
		if a, b, ok := twoFields(s); ok {
			// The paper's name beside the page's, the way a page's top
			// corner prints them: 桐浦区报　评论, 民生　　临江日报, 桐浦区报
			// 桐江副刊. A headline holds no paper's name set apart.
			if isMasthead(b) {
				a, b = b, a
			}
			if isMasthead(a) && !isMasthead(b) {
				if f := weakLine(b); f.name != "" {
					return f
				}
			}
		}
		s = unspaced(s) // 江 潮 副刊
	}
	if page, name, ok := pageAndSection(s); ok {
		return furniture{strength: weakFurniture, number: page, name: name} // A1要闻
	}
	switch {
	case sectionLike(s):
		return furniture{strength: weakFurniture, name: pageName([]string{s})} // 评论, 临江日报·综合
	case isTeaserHead(s), isMasthead(s), isWeatherHead(s):
		return furniture{strength: weakFurniture}
	}
	st := measure(s)
	if !st.latinText() && st.runes <= 24 && st.han+2 >= st.runes {
		// The publisher's line under a masthead: 中共上海市青浦区委主管主办.
		for _, suf := range [...]string{"主管主办", "主办", "主管", "出版", "主办单位"} {
			if strings.HasSuffix(s, suf) && st.runes > len([]rune(suf))+2 {
				return furniture{strength: weakFurniture}
			}
		}
	}
	if !hasUnicodeSpace(s) {
		// A section and its page number stand apart; nothing more to read.
	} else if name, num, ok := twoFields(s); ok {
		// A section name and its page number at the edge: 要闻 1, 3 综合.
		if digitRun(name) == len(name) {
			name, num = num, name
		}
		if sectionLike(name) && digitRun(num) == len(num) && utf8.RuneCountInString(num) <= 3 {
			if page, ok := pageNumber(num); ok {
				return furniture{strength: weakFurniture, number: page, name: name}
			}
		}
	}
	if !st.latinText() && st.runes <= 6 && (strings.HasSuffix(s, "新闻") || strings.HasSuffix(s, "专刊") || strings.HasSuffix(s, "副刊") || strings.HasSuffix(s, "周刊")) {
		return furniture{strength: weakFurniture, name: s}
	}
	return furniture{}
}

// spaceBytes counts the bytes of ASCII and ideographic spaces in s.
func spaceBytes(s string) int {
	return strings.Count(s, " ") + 3*strings.Count(s, "\u3000")
}

// hasUnicodeSpace reports whether s holds a rune unicode.IsSpace accepts,
// as strings.IndexFunc(s, unicode.IsSpace) >= 0 does. Beyond ASCII such a
// rune begins with the byte C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000…)
// or E3 (U+3000): only there is a rune decoded.
func hasUnicodeSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return true
		case 0xC2, 0xE1, 0xE2, 0xE3:
			// The spaces beyond ASCII, by their bytes (unicode.IsSpace):
			// U+0085, U+00A0; U+1680; U+2000–U+200A, U+2028, U+2029,
			// U+202F, U+205F; U+3000. CJK text holds E3 in every
			// 。、「」, so a decode per lead byte would cost.
			if i+1 >= len(s) {
				return false
			}
			c1 := s[i+1]
			switch c {
			case 0xC2:
				if c1 == 0x85 || c1 == 0xA0 {
					return true
				}
			case 0xE1:
				if c1 == 0x9A && i+2 < len(s) && s[i+2] == 0x80 {
					return true
				}
			case 0xE2:
				if i+2 < len(s) {
					c2 := s[i+2]
					if c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
						return true
					}
				}
			case 0xE3:
				if c1 == 0x80 && i+2 < len(s) && s[i+2] == 0x80 {
					return true
				}
			}
		}
	}
	return false
}

// pageAndSection reads a page number glued to its section's name, the way
// a page's corner prints them: A1要闻, 3版要闻.
func pageAndSection(s string) (string, string, bool) {
	letter := pageLetter(s)
	d := digitRun(s[letter:])
	if d == 0 || d > 3*3 {
		return "", "", false
	}
	end := letter + d
	rest := strings.TrimPrefix(s[end:], "版")
	if letter == 0 && len(rest) == len(s[end:]) || !sectionLike(rest) {
		return "", "", false // a number before a word is a count: 3要闻
	}
	page, ok := pageNumber(s[:end])
	return page, rest, ok
}

// isMasthead reports whether s names a newspaper: 嘉定报, 解放日报, THE DAILY
// HERALD.
func isMasthead(s string) bool {
	if !strings.HasSuffix(s, "报") && !strings.HasSuffix(s, "刊") && !hasASCIILetter(s) {
		return false // no paper's name in ideographs, no English word
	}
	st := measure(s)
	if st.latinText() {
		return isUpperWords(s) && st.words <= 5 && isEnglishOrg(s)
	}
	if st.runes < 3 || st.runes > 10 || st.han != st.runes {
		return false
	}
	for _, suf := range [...]string{"日报", "晚报", "早报", "时报", "周报", "商报", "导报", "晨报", "青年报", "报", "周刊"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// hasASCIILetter reports whether s holds a letter a to z in either case.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// allLabels reports whether every token is a section name or a masthead.
func allLabels(tokens []string) bool {
	for _, t := range tokens {
		if !isSectionName(t) && !isMasthead(t) {
			return false
		}
	}
	return true
}

// cornerLabels reports whether the words beside a bare page number (B2)
// make the corner of an English page: its section in capitals, maybe a
// name no list holds, and the paper's name, set apart by padding or bars:
// B2  COMMUNITY  The Millbrook Ledger, B2 | COMMUNITY. A headline in
// capitals runs on with single spaces: B2 BOMBER CRASHES.
func cornerLabels(s string, tokens []string) bool {
	if len(tokens) == 0 || len(tokens) > 3 || !strings.Contains(s, "  ") && !containsAnyRune(s, "|｜\t") {
		return false
	}
	names := 0
	for _, t := range tokens {
		switch {
		case isSectionName(t) || isMasthead(t) || isPaperName(t):
		case len(t) <= 24 && isUpperWords(t) && countWords(t) <= 2 && measure(t).latinText():
			names++
		default:
			return false
		}
	}
	return names <= 1
}

// pageName picks the page's name from the labels left on a furniture line,
// preferring a known section name and skipping mastheads.
func pageName(tokens []string) string {
	for _, t := range tokens {
		if sectionLike(t) {
			// The paper's name before the section's is no part of it:
			// 临江日报·综合.
			for _, dot := range [...]string{"·", "・", "•"} {
				if paper, rest, ok := strings.Cut(t, dot); ok && isMasthead(paper) && isSectionName(rest) {
					return rest
				}
			}
			return t
		}
	}
	for _, t := range tokens {
		if !isMasthead(t) && !isPaperName(t) && !isPrice(t) && !isPublisher(t) {
			return t
		}
	}
	return ""
}

// sectionLike reports whether s is a section name, or the names of a page
// that covers two sections or more and at least one known one, joined by a
// middle dot: 经济·产业, 社区·民生.
func sectionLike(s string) bool {
	if isSectionName(s) {
		return true
	}
	if len(s) > 40 || !containsAnyRune(s, "·・•") {
		return false
	}
	known, parts := false, 0
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '·' || r == '・' || r == '•' }) {
		if !isHanWord(part, 4) {
			return false
		}
		known = known || isSectionName(part)
		parts++
	}
	return known && parts >= 2
}

// isPrice reports whether s is the price printed on a masthead: $2.00,
// ¥1.50, 2.00元.
func isPrice(s string) bool {
	for _, p := range [...]string{"$", "¥", "￥", "定价", "零售价"} {
		if r, ok := strings.CutPrefix(s, p); ok {
			s = strings.TrimLeft(r, ":：")
			break
		}
	}
	s = strings.TrimSuffix(s, "元")
	if s == "" || s[0] < '0' || s[0] > '9' || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// isPublisher reports whether s names who runs a paper or a supplement,
// printed under its masthead: 中共临江区委主管主办, 嘉定报社出版, and the
// offices that run a special page together, set apart by spaces or 、:
// 中共临溪区委办公室　临溪区报社　联合主办. Each word names an office, a
// paper or a school; a story's sentence on who runs an event is no
// masthead's: 本次活动由区委宣传部、区文明办联合主办.
func isPublisher(s string) bool {
	if len(s) > 120 {
		return false
	}
	for _, suf := range [...]string{"联合主办", "共同主办", "主管主办", "主办", "主管", "出版"} {
		body, ok := strings.CutSuffix(s, suf)
		if !ok {
			continue
		}
		if strings.Contains(body, "由") || strings.Contains(body, "的") || strings.Contains(body, "已") {
			return false // 本次活动由区委宣传部主办
		}
		orgs, han := 0, 0
		for w := range strings.FieldsFuncSeq(body, func(r rune) bool { return isSpace(r) || r == '、' }) {
			st := measure(w)
			if st.runes < 2 || st.han != st.runes || !isOrgName(w) && !isMasthead(w) && !endsWithAny(w, "大学", "中学", "小学") ||
				namesEvent(w) {
				return false
			}
			orgs, han = orgs+1, han+st.han
		}
		return orgs >= 1 && orgs <= 4 && han >= 3 // 区委主办, not 图书出版
	}
	return false
}

// namesEvent reports whether w, a word before 主办 on a line shaped like a
// publisher's, tells of an event rather than names an office: 本届运动会区体育局,
// 读书活动区委宣传部. An office may be named for what it houses, an event's
// kind before 中心, 馆, 室 or 站: 青少年活动中心, 区会议中心, 展览馆.
func namesEvent(w string) bool {
	for _, p := range [...]string{"本次", "本届", "此次", "这次", "该"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, e := range [...]string{"活动", "比赛", "大赛", "展览", "会议"} {
		for i := strings.Index(w, e); i >= 0; {
			rest := w[i+len(e):]
			if !strings.HasPrefix(rest, "中心") && !strings.HasPrefix(rest, "馆") && !strings.HasPrefix(rest, "室") &&
				!strings.HasPrefix(rest, "站") {
				return true
			}
			k := strings.Index(rest, e)
			if k < 0 {
				break
			}
			i += len(e) + k
		}
	}
	return false
}

// paperWords end the English names of newspapers.
var paperWords = [...]string{"Herald", "Times", "Tribune", "Post", "Gazette", "Journal", "News", "Chronicle", "Courier",
	"Observer", "Register", "Sentinel", "Examiner", "Inquirer", "Enquirer", "Bulletin", "Dispatch", "Ledger", "Telegraph",
	"Telegram", "Mirror", "Globe", "Record", "Star", "Sun", "Press", "Standard", "Independent", "Democrat", "Republican",
	"Beacon", "Monitor", "Messenger", "Banner", "Citizen", "Express", "Leader", "Review", "Advertiser", "Argus",
	"Pioneer", "Transcript", "Eagle", "Daily", "Weekly"}

// isPaperName reports whether s is the English name of a newspaper in
// title case: The Springfield Herald, Lakeshore Tribune. Capital words only,
// "of" and "and" aside, the last a newspaper's word.
func isPaperName(s string) bool {
	if len(s) < 6 || len(s) > 48 || !isUpperASCII(s[0]) {
		return false
	}
	words, last := 0, ""
	for w := range strings.FieldsSeq(s) {
		words++
		last = w
		if w == "of" || w == "and" || w == "&" {
			continue
		}
		if !isUpperASCII(w[0]) {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i] | 0x20; (c < 'a' || c > 'z') && w[i] != '-' && w[i] != '\'' && w[i] != '.' {
				return false
			}
		}
	}
	if words < 2 || words > 5 {
		return false
	}
	for _, p := range paperWords {
		if strings.EqualFold(last, p) {
			return true
		}
	}
	return false
}

// pageFromToken normalises a page token: 第1版, 第 A2 版, 3版, Page 3, A2.
func pageFromToken(t string) string {
	t = strings.TrimPrefix(t, "第")
	t = strings.TrimSuffix(t, "版")
	if len(t) > 5 && strings.EqualFold(t[:5], "page ") {
		t = t[5:]
	}
	t = strings.ReplaceAll(trim(t), " ", "")
	p, ok := pageNumber(t)
	if !ok {
		return ""
	}
	return p
}

// cnDate reads a 2025年11月10日 match.
func cnDate(s string, loc []int) (Date, bool) {
	y, ok1 := chineseNumber(s[loc[2]:loc[3]])
	m, ok2 := chineseNumber(s[loc[4]:loc[5]])
	d, ok3 := chineseNumber(s[loc[6]:loc[7]])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	return makeDate(y, m, d)
}

// makeDate validates a calendar day.
func makeDate(y, m, d int) (Date, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Date{}, false
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, true
}

// atoiDigits reads ASCII or full-width digits; -1 when s holds other runes.
func atoiDigits(s string) int {
	n, ok := chineseNumber(s)
	if !ok {
		return -1
	}
	return n
}

// monthNumber reads an English month name or abbreviation.
func monthNumber(s string) int {
	s = strings.ToLower(s)
	if len(s) > 3 {
		s = s[:3]
	}
	for i, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if s == m {
			return i + 1
		}
	}
	return 0
}

// markFurniture finds the page's furniture lines and records their facts on
// the page. Lines that are furniture anywhere count wherever they stand;
// mastheads, section names and bare page numbers count only in the runs of
// furniture at the top and the bottom of the page.
func (p *parser) markFurniture(lines []line) {
	// What each furniture line says: facts[at[i]-1] for line i, at[i] == 0
	// when the line says nothing, as most lines do.
	var (
		at    []int32
		facts []furniture
	)
	fact := func(i int) furniture {
		if at == nil || at[i] == 0 {
			return furniture{}
		}
		return facts[at[i]-1]
	}
	set := func(i int, f furniture) {
		if at == nil {
			at = make([]int32, len(lines))
		}
		if at[i] == 0 {
			facts = append(facts, f)
			at[i] = int32(len(facts))
			return
		}
		facts[at[i]-1] = f
	}
	for i := range lines {
		l := &lines[i]
		if l.blank() {
			continue
		}
		f := furnitureLine(l.text)
		if f.strength == notFurniture {
			continue
		}
		if i > 0 && !lines[i-1].blank() && !lines[i-1].furn && isBareDate(l.text) && fact(i-1).strength == notFurniture {
			// A date right under a line of text signs a notice or a letter:
			// 上海市嘉定区医疗保障局 / 2025年11月18日. Page headers stand apart.
			continue
		}
		if i > 1 && lines[i-1].blank() && !lines[i-2].blank() && isBareDate(l.text) && fact(i-2).strength == notFurniture && isIssuer(lines[i-2].text) {
			continue // the same with a blank line between the office and its date
		}
		if _, ok := jumpLine(l.text); ok {
			continue
		}
		set(i, f)
	}
	if len(facts) == 0 {
		return
	}
	// A teaser box: its heading (今日导读), maybe a blank line, and items
	// that end with the page they point to, with or without a bullet:
	// 东湖镇“共享菜园”开园　　A3.
	for i := range lines {
		if at[i] == 0 || facts[at[i]-1].strength != weakFurniture || !isTeaserHead(trim(lines[i].text)) {
			continue
		}
		k := i + 1
		if k < len(lines) && lines[k].blank() {
			k++
		}
		items := 0
		for ; k < len(lines) && !lines[k].blank(); k++ {
			_, ok := teaserPageTail(lines[k].text)
			if !ok {
				n, _ := indexItems(lines[k].text) // Obituaries A4 | Opinion A7
				ok = n > 0 || commaPageItem(lines[k].text)
			}
			if !ok && fact(k).strength != strongFurniture {
				break
			}
			if ok {
				// The page an item points to is not the page's own:
				// Opinion, A8 in an INSIDE box names no page.
				set(k, furniture{strength: strongFurniture})
			}
			items++
		}
		if items > 0 {
			set(i, furniture{strength: strongFurniture})
		}
	}
	// A weather box: its heading and a forecast or two under it, with the
	// page of the full forecast: WEATHER / Sunny, high 71, low 49. Page A2.
	// It points to the weather on another page; a box that points nowhere
	// is the weather report itself, a piece (天气预报 / 今天：多云…).
	for i := range lines {
		if at[i] == 0 || facts[at[i]-1].strength != weakFurniture || !isWeatherHead(trim(lines[i].text)) {
			continue
		}
		k := i + 1
		if k < len(lines) && lines[k].blank() {
			k++
		}
		end, temps, points := k, 0, false
		for ; end < len(lines) && !lines[end].blank() && end-k < 4; end++ {
			t := lines[end].text
			switch {
			case forecastLine(t):
				temps++
				points = points || latinPageCue(t) // Sunny, high 71. Page A2
			case isTeaser(t) || len(t) <= 24 && latinPageCue(t):
				points = true
			default:
				temps = -10 // a story under the heading
			}
		}
		if temps <= 0 || !points || end < len(lines) && !lines[end].blank() {
			continue
		}
		set(i, furniture{strength: strongFurniture})
		for ; k < end; k++ {
			set(k, furniture{strength: strongFurniture})
		}
	}
	bracketed := 0
	for k := range facts {
		if facts[k].bracketed {
			bracketed++
		}
	}
	if bracketed > 1 {
		// Credits in brackets after each article sign the articles.
		for i := range lines {
			if at != nil && at[i] != 0 && facts[at[i]-1].bracketed {
				set(i, furniture{})
			}
		}
	}
	// The edges: runs of furniture from the top and from the bottom.
	// The page's first block, up to a blank line, and whether it holds a
	// date: an English paper's name in title case and the slogan under it
	// are furniture there only.
	head, dated, datedAt := 0, false, -1
	for head < len(lines) && lines[head].blank() {
		head++
	}
	first := head
	for ; head < len(lines) && !lines[head].blank(); head++ {
		if !dated && !fact(head).date.IsZero() {
			dated, datedAt = true, head
		}
	}
	if !dated && head-first == 1 && (isPaperName(trim(lines[first].text)) || spacedName(lines[first].text)) {
		// The name alone above the dated line, a blank line between: The
		// Riverton Ledger / Vol. 142, No. 318 … December 3, 2025.
		next := head
		for next < len(lines) && lines[next].blank() {
			next++
		}
		if k := next + 1; next < len(lines) && isSlogan(trim(lines[next].text)) && (k == len(lines) || lines[k].blank()) {
			// The slogan set apart between them: The Ashford Falls
			// Sentinel / Serving the Quarry River Valley since 1885 /
			// Wednesday, September 16, 2026 | Vol. 141.
			for next = k; next < len(lines) && lines[next].blank(); next++ {
			}
		}
		for ; next < len(lines) && !lines[next].blank(); next++ {
			if !dated && !fact(next).date.IsZero() {
				dated, datedAt = true, next
			}
		}
		if dated {
			head = next
		}
	}
	masthead := false // the last furniture line of the top run names the paper
	named := false    // a line of the top run names the paper
	paper := ""       // the first such line
top:
	for i := 0; i < len(lines); i++ {
		t := lines[i].text
		if lines[i].blank() {
			continue
		}
		if fact(i).strength == notFurniture {
			var name, number string
			switch {
			case masthead && isRomanizedMasthead(t): // 青浦报 / QINGPU BAO
			case i < head && dated && (i < datedAt && (isPaperName(trim(t)) || spacedName(t)) || named && isSlogan(trim(t))):
				// (Only above the date: headlines end in Record, Star, Post.)
				// The Springfield Herald / Serving Clark County since 1889,
				// or under the dated line below the name.
			case named && i >= head && isSlogan(trim(t)) && (sloganYear(trim(t)) || namesPaper(trim(t), paper)) && sloganApart(lines, i):
				// The paper's slogan set apart under its header, over the
				// first headline: The Ashford Falls Sentinel / Wednesday,
				// September 16, 2026 | Vol. 141 / Serving the Quarry River
				// Valley since 1885 / Council backs school bond… Down
				// there it carries the paper's founding year or its name;
				// a headline rarely does (Serving those who served).
			case i < head && dated && i > datedAt && isPaperName(trim(t)) &&
				(strings.HasPrefix(trim(t), "The ") || lines[i].indent > lines[datedAt].indent || i+1 < head && fact(i+1).strength != notFurniture):
				// The name under the dated line, in the header's block:
				// A3 LOCAL NEWS Tuesday, March 10, 2026 / The Ridgefield
				// Sentinel. It opens with The, is centred, or more of the
				// header follows; a headline in title case (Swimmer Breaks
				// State Record) is none of these.
			case i < head && headerNameAt(lines, i, head, fact):
				name, number, _ = headerName(t)
			case i == first && head-first == 1 && !dated && nameOverPage(lines, i, head, facts, fact):
				name, number, _ = headerName(t)
			default:
				// A bare label right above the text that ends the run,
				// in one block with it, heads that text: 天气预报 /
				// 今天：多云转小雨…。 reads like a paper's name, WEATHER /
				// Today: Sunny, high 71. like a box's heading.
				if k := i - 1; k >= 0 && lines[k].furn && bareLabel(fact(k)) && endsSentence(t) {
					lines[k].furn = false
				}
				break top
			}
			set(i, furniture{strength: weakFurniture, name: name, number: number})
		}
		masthead = isMasthead(t) || i < head && isPaperName(trim(t))
		if masthead && paper == "" {
			paper = trim(t)
		}
		named = named || masthead
		lines[i].furn = true
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].blank() {
			continue
		}
		if fact(i).strength == notFurniture {
			break
		}
		lines[i].furn = true
	}
	// A column's label (简讯, 便民信息, 书 讯 spaced out) is a label wherever
	// it stands apart or over a list of bulleted items (简讯 / ◆ …).
	// It names a column, not the page.
	for i := range lines {
		if at[i] != 0 && !lines[i].furn && facts[at[i]-1].strength == weakFurniture && isColumnLabel(unspaced(trim(lines[i].text))) {
			apart := (i == 0 || lines[i-1].blank()) && (i+1 == len(lines) || lines[i+1].blank())
			for k := i + 1; k < len(lines); k++ {
				if !lines[k].blank() {
					lines[i].furn = apart || bulletPrefix(lines[k].text) > 0
					break
				}
			}
			if lines[i].furn {
				f := facts[at[i]-1]
				f.name = ""
				set(i, f)
			}
		}
	}
	pg := p.page
	for i := range lines {
		l := &lines[i]
		if at[i] == 0 {
			continue
		}
		f := facts[at[i]-1]
		if f.strength == strongFurniture {
			l.furn = true
		}
		if !l.furn {
			continue
		}
		pg.Furniture = append(pg.Furniture, l.text)
		l.pageFact = !f.date.IsZero() || f.number != ""
		p.notePageCredit(l.no, l.text, f.editors)
		for _, e := range f.editors {
			if !slices.Contains(pg.Editors, e) { // the header and the foot may both name them
				pg.Editors = append(pg.Editors, e)
			}
		}
		if !f.date.IsZero() {
			switch {
			case pg.Date.IsZero():
				pg.Date = f.date
			case pg.Date != f.date:
				p.warn("line " + strconv.Itoa(l.no) + ": page date " + f.date.String() + " differs from " + pg.Date.String() + " found earlier; kept the first")
			}
		}
		if f.number != "" {
			switch {
			case pg.Number == "":
				pg.Number = f.number
			case pg.Number != f.number:
				p.warn("line " + strconv.Itoa(l.no) + ": page number " + f.number + " differs from " + pg.Number + " found earlier; kept the first")
			}
		}
		if f.name != "" && (pg.Name == "" || !sectionLike(pg.Name) && sectionLike(f.name)) {
			// A known section's name beats a guess, the paper's name
			// beside the date: 青溪新闻 … 2025年11月4日 / 第3版 街镇.
			pg.Name = f.name
		}
	}
}

// nextText returns the index of the first line at or after from that is
// not blank, or len(lines).
func nextText(lines []line, from int) int {
	for from < len(lines) && lines[from].blank() {
		from++
	}
	return from
}

// sloganApart reports whether lines[i], a line shaped like a paper's slogan
// (Serving the Quarry River Valley since 1885) under the page's header,
// stands alone in its block over a heading: the slogan stands over the
// first headline, a headline of that shape (Serving up smiles since 1962)
// over its story's text or its byline.
func sloganApart(lines []line, i int) bool {
	if i == 0 || !lines[i-1].blank() || i+1 < len(lines) && !lines[i+1].blank() {
		return false
	}
	k := nextText(lines, i+1)
	if k == len(lines) {
		return false
	}
	t := trim(lines[k].text)
	if len(t) > 120 || endsSentence(t) || strings.ContainsRune(t, '—') {
		return false // a story's text, its dateline: ASHFORD FALLS —
	}
	_, byline := parseCredit(t)
	return !byline
}

// sloganYear reports whether a slogan carries a year, as a paper's
// founding: since 1885, Est. 1885, Founded in 1885.
func sloganYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' || s[i] == '2') && (i == 0 || s[i-1] == ' ') && digitRun(s[i:]) == 4 {
			return true
		}
	}
	return false
}

// namesPaper reports whether a slogan names the paper whose name is paper,
// or the place in that name: The Harlow Valley Ledger / Serving the
// Harlow Valley.
func namesPaper(s, paper string) bool {
	paper = strings.TrimPrefix(paper, "The ")
	if paper == "" {
		return false
	}
	s = strings.ToLower(s)
	if strings.Contains(s, strings.ToLower(paper)) {
		return true
	}
	place := paper
	if i := strings.LastIndexByte(place, ' '); i > 0 {
		place = place[:i]
	}
	return len(place) >= 4 && place != paper && strings.Contains(s, strings.ToLower(place))
}

// bareLabel reports whether a furniture line says nothing of the page, the
// way a paper's name, a publisher's line or a box's heading does not.
func bareLabel(f furniture) bool {
	return f.strength == weakFurniture && f.date.IsZero() && f.number == "" && f.name == "" && len(f.editors) == 0
}

// headerName reads a line as a page's name no list holds: a few
// ideographs, maybe joined by a middle dot or letter-spaced, and nothing
// else but the page's number set apart from them, or the paper's name
// before them: 民生服务, 垃圾分类专版, 乡 村 振 兴, 民生服务　　　　4, 临溪区报
// 优化营商环境专版. It returns the name and the page.
func headerName(s string) (string, string, bool) {
	s = trim(s)
	if len(s) < 6 || len(s) > 100 {
		return "", "", false // two ideographs at least
	}
	num := ""
	if hasUnicodeSpace(s) {
		if a, b, ok := twoFields(s); ok {
			// 4　民生服务, 民生服务　　4, 民生服务　第4版: the page beside the name.
			if digitRun(a) == len(a) || pageMarkToken(a) {
				a, b = b, a
			}
			if pageMarkToken(b) {
				_, _, num = furnitureToken(b, 0)
			} else if digitRun(b) == len(b) && utf8.RuneCountInString(b) <= 3 {
				num, _ = pageNumber(b)
			}
			switch {
			case num != "":
				s = a
			case isMasthead(a) && !isMasthead(b):
				// The paper's name beside the page's: 临溪区报　优化营商环境专版.
				s = b
			}
		}
		if num == "" && hasUnicodeSpace(s) {
			s = unspaced(s)
		}
	}
	if s[0] < 0xE3 {
		return "", "", false
	}
	n := 0
	for i, r := range s {
		switch {
		case r == '·' || r == '・' || r == '•':
			if !hanAround(s, i) {
				return "", "", false
			}
		case isHan(r):
			n++
		default:
			return "", "", false
		}
	}
	return s, num, n >= 2 && n <= 10
}

// pageMarkToken reports whether s is a page token and nothing else: 第4版,
// 4版.
func pageMarkToken(s string) bool {
	n, kind, _ := furnitureToken(s, 0)
	return n == len(s) && kind == tokPage
}

// headerNameAt reports whether lines[i], in the page's first block (which
// ends before head), is the page's name beside the header's lines that say
// the date, the page or its editors: 民生服务 over 2026年3月17日 第4版, or
// 垃圾分类专版 between the date and 责任编辑 X. A line under the header that
// ends the block is the name only when what follows the blank line opens
// with a heading, not the text of an article: the first headline of the
// page stands there too.
func headerNameAt(lines []line, i, head int, fact func(int) furniture) bool {
	says := func(k int) bool {
		f := fact(k)
		return f.strength != notFurniture && (!f.date.IsZero() || f.number != "" || len(f.editors) > 0)
	}
	if _, _, ok := headerName(lines[i].text); !ok {
		return false
	}
	if i+1 < head && !lines[i+1].blank() {
		return says(i + 1) // not a headline over its article's text
	}
	if i == 0 || lines[i-1].blank() || !says(i-1) || fact(i-1).strength != strongFurniture {
		return false
	}
	k := nextText(lines, i+1)
	if k == len(lines) {
		return false
	}
	t := lines[k].text
	// A heading: short, unindented, no sentence in it, and no subtitle
	// (——记…) that would make the line over it a headline.
	return lines[k].indent == 0 && len(t) <= 3*30 && !containsAnyRune(t, "。，,；") && !strings.HasPrefix(t, "—") &&
		fact(k).strength == notFurniture
}

// nameOverPage reports whether lines[i], the page's first line and alone
// in its block (which ends before head), names the page whose header
// stands only at its foot, the way a supplement prints its name at the
// top (澜苑) and its date and page under the text: a few ideographs, a
// blank line, then a headline whose lines the page sets together
// (外婆的竹篮 / 文/沈青禾), so the line set apart is none of them. The
// header at the foot must name no page: then the line is a kicker.
func nameOverPage(lines []line, i, head int, facts []furniture, fact func(int) furniture) bool {
	name, _, ok := headerName(lines[i].text)
	if !ok || utf8.RuneCountInString(name) > 6 || lines[i].indent > 0 {
		return false
	}
	footer := false // a line of the page saying its date or number, and no name
	for _, f := range facts {
		if f.strength == strongFurniture && (!f.date.IsZero() || f.number != "") {
			if f.name != "" {
				return false
			}
			footer = true
		}
	}
	if !footer {
		return false
	}
	k := nextText(lines, head)
	if k+1 >= len(lines) || lines[k+1].blank() || fact(k).strength != notFurniture || fact(k+1).strength != notFurniture {
		return false
	}
	t := lines[k].text
	return lines[k].indent == 0 && len(t) <= 3*30 && !containsAnyRune(t, "。，,；;：:") && !strings.HasPrefix(t, "—")
}

// tokKind is the kind of a furniture token.
type tokKind int

const (
	tokWeekday  tokKind = iota + 1 // 星期一, Monday
	tokIssue                       // 第2987期, CN31-0081, Vol. 12
	tokPage                        // 第1版, 3版, Page 3
	tokBarePage                    // A2 standing alone
)

// furnitureToken matches a weekday, an issue number or a page at s[i:]. It
// returns the token's length in bytes, 0 when none starts there, its kind
// and, for a page, the normalised number.
func furnitureToken(s string, i int) (int, tokKind, string) {
	// Every token opens with a letter, a digit or one of a few characters;
	// the rest of a header (spaces, names, bars) is passed over at once.
	if c := s[i]; c < utf8.RuneSelf {
		if !(c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z') {
			return 0, 0, ""
		}
	} else {
		switch r, _ := decodeRune(s, i); {
		case r == '星', r == '礼', r == '周', r == '总', r == '第', r == '国', r == '邮', r == '刊', r == '今':
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ':
		default:
			return 0, 0, ""
		}
	}
	rest := s[i:]
	boundary := i == 0 || !isLatin(lastRune(s[:i]))
	// Weekdays.
	for _, p := range [...]string{"星期", "礼拜", "周"} {
		if strings.HasPrefix(rest, p) && strings.ContainsRune("一二三四五六日天", firstRune(rest[len(p):])) && len(rest) > len(p) {
			return len(p) + 3, tokWeekday, ""
		}
	}
	if boundary && len(rest) >= 6 && isLatin(firstRune(rest)) {
		end := 0
		for end < len(rest) && (rest[end]|0x20 >= 'a' && rest[end]|0x20 <= 'z') {
			end++
		}
		switch strings.ToLower(rest[:end]) {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return end, tokWeekday, ""
		}
	}
	// Issue numbers.
	for _, p := range [...]string{"总第", "第"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			j := skipSpaces(r, 0)
			d := digitRun(r[j:])
			if d > 0 {
				k := skipSpaces(r, j+d)
				if strings.HasPrefix(r[k:], "期") || strings.HasPrefix(r[k:], "号") {
					return len(p) + k + 3, tokIssue, ""
				}
			}
		}
	}
	for _, p := range [...]string{"国内统一连续出版物号", "国际标准连续出版物号", "国内统一刊号", "刊号", "邮发代号"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			j := 0
			if strings.HasPrefix(r, "：") {
				j = len("：")
			} else if strings.HasPrefix(r, ":") {
				j = 1
			}
			j = skipSpaces(r, j)
			// The number is the label's, not the page's: CN 31-0099.
			n := serialLen(r[j:])
			if n == 0 && p == "刊号" {
				break // 创刊号
			}
			return len(p) + j + n, tokIssue, ""
		}
	}
	if boundary && strings.HasPrefix(rest, "CN") {
		j := skipSpaces(rest, 2)
		if d := digitRun(rest[j:]); d == 2 {
			k := skipSpaces(rest, j+d)
			if k < len(rest) && rest[k] == '-' {
				k = skipSpaces(rest, k+1)
				if d2 := digitRun(rest[k:]); d2 == 4 {
					end := k + d2
					if end < len(rest) && rest[end] == '/' {
						e := end + 1
						for e < len(rest) && isUpperASCII(rest[e]) {
							e++
						}
						if e > end+1 {
							end = e
						}
					}
					return end, tokIssue, ""
				}
			}
		}
	}
	if r, ok := strings.CutPrefix(rest, "今日"); ok {
		j := skipSpaces(r, 0)
		if d := digitRun(r[j:]); d > 0 {
			k := skipSpaces(r, j+d)
			if strings.HasPrefix(r[k:], "版") {
				return len("今日") + k + len("版"), tokIssue, ""
			}
		}
	}
	if boundary {
		for _, p := range [...]string{"vol.", "no."} {
			if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
				j := skipSpaces(rest, len(p))
				if d := digitRun(rest[j:]); d > 0 {
					end := j + d
					if end < len(rest) && rest[end] == ',' {
						end++
					}
					return end, tokIssue, ""
				}
			}
		}
	}
	// Pages.
	if r, ok := strings.CutPrefix(rest, "第"); ok {
		numStart := skipSpaces(r, 0)
		letter := pageLetter(r[numStart:])
		j := skipSpaces(r, numStart+letter)
		d := digitRun(r[j:])
		if d == 0 {
			for k := j; k < len(r); {
				c, size := decodeFirst(r[k:])
				if cnDigit(c) < 0 && c != '十' {
					break
				}
				k += size
				d = k - j
			}
		}
		if d > 0 {
			k := skipSpaces(r, j+d)
			if strings.HasPrefix(r[k:], "版") {
				if page, ok := pageNumber(r[numStart:numStart+letter] + r[j:j+d]); ok {
					return len("第") + k + len("版"), tokPage, page
				}
			}
		}
	}
	start := i == 0 || !isLatin(lastRune(s[:i])) && !isDigit(lastRune(s[:i]))
	if start {
		letter := pageLetter(rest)
		if d := digitRun(rest[letter:]); d > 0 && d <= 3*3 {
			k := skipSpaces(rest, letter+d)
			if strings.HasPrefix(rest[k:], "版") {
				if page, ok := pageNumber(rest[:letter+d]); ok {
					return k + len("版"), tokPage, page
				}
			}
			// A bare page: A2 between word boundaries.
			end := letter + d
			if letter == 1 && d <= 2 && isUpperASCII(rest[0]) && (end == len(rest) || !isLatin(firstRune(rest[end:])) && !isHan(firstRune(rest[end:]))) {
				if page, ok := pageNumber(rest[:end]); ok {
					return end, tokBarePage, page
				}
			}
		}
	}
	if boundary && len(rest) > 5 && strings.EqualFold(rest[:4], "page") && (rest[4] == ' ' || rest[4] == '\t') {
		j := skipSpaces(rest, 4)
		letter := 0
		if j < len(rest) && isUpperASCII(rest[j]) {
			letter = 1
		}
		if d := digitRun(rest[j+letter:]); d > 0 && d <= 3 {
			end := j + letter + d
			if end == len(rest) || !isLatin(firstRune(rest[end:])) {
				if page, ok := pageNumber(rest[j:end]); ok {
					return end, tokPage, page
				}
			}
		}
	}
	return 0, 0, ""
}

// serialLen returns the length in bytes of the serial number at the start of
// s, as printed after its label: CN31-0081/N, CN 31-0099, ISSN 1005-5592,
// 3-45, CN 31 - 0099. Capital letters may stand a space apart from the
// digits, and a dash or a slash between spaces; 0 when none is there.
func serialLen(s string) int {
	j := 0
	for j < len(s) && isUpperASCII(s[j]) {
		j++
	}
	if k := skipSpaces(s, j); j > 0 && k < len(s) && s[k] >= '0' && s[k] <= '9' {
		j = k
	}
	end := j
	for j < len(s) {
		switch c := s[j]; {
		case c >= '0' && c <= '9' || isUpperASCII(c):
			j++
			end = j
		case c == '-' || c == '/':
			j = skipSpaces(s, j+1)
		default:
			if k := skipSpaces(s, j); k > j && k < len(s) && (s[k] == '-' || s[k] == '/') {
				j = k
				continue
			}
			return end
		}
	}
	return end
}

// digitRun returns the length in bytes of the ASCII or full-width digits at
// the start of s.
func digitRun(s string) int {
	n := 0
	for n < len(s) {
		r, size := decodeFirst(s[n:])
		if !isDigit(r) {
			break
		}
		n += size
	}
	return n
}

// pageLetter returns the length of a page's section letter (A, Ａ) at the
// start of s, or 0.
func pageLetter(s string) int {
	r, size := decodeFirst(s)
	if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 'Ａ' && r <= 'Ｚ' {
		return size
	}
	return 0
}

// isTeaser reports whether a line points to an article inside the paper:
// 嘉定新城建设提速 见第3版, City budget vote, Page A3.
func isTeaser(s string) bool {
	if page, ok := teaserPageTail(s); ok && isTeaserBullet(firstRune(s)) {
		// ▶ 东湖镇“共享菜园”开园　　A3. A bare number is a page after an
		// arrow only: ■ 参赛队伍  12 is a count.
		r := firstRune(s)
		if !isDigit(firstRune(page)) || strings.HasSuffix(s, "版") || r == '▶' || r == '►' || r == '▷' || r == '→' || r == '➡' {
			return true
		}
	}
	t := strings.TrimSuffix(strings.TrimSuffix(s, "）"), ")")
	if body, ok := strings.CutSuffix(t, "版"); ok {
		body = trimRight(body)
		d := 0
		for d < len(body) {
			r, size := decodeLastRune(body[:len(body)-d])
			if !isDigit(r) {
				break
			}
			d += size
		}
		if d == 0 || d > 9 {
			return false
		}
		body = trimRight(body[:len(body)-d])
		body = strings.TrimRightFunc(body, func(r rune) bool { return pageLetter(string(r)) > 0 })
		body = trimRight(strings.TrimSuffix(trimRight(body), "第"))
		for _, w := range [...]string{"见", "→", "➡", "（", "(", ">>", "＞＞", "》》", "▶", "►"} {
			if strings.HasSuffix(body, w) {
				return true
			}
		}
		return false
	}
	// English: two words or more, then ", Page A3"; not a header's
	// "… | Page A3".
	i := strings.LastIndex(strings.ToLower(s), "page ")
	if i < 2 || s[i-1] != ' ' && s[i-1] != ',' || strings.Count(trim(s[:i]), " ") < 1 || !isLatin(lastRune(trimRight(s[:i]))) && lastRune(trimRight(s[:i])) != ',' {
		return false
	}
	p := trim(s[i+5:])
	if len(p) == 0 || len(p) > 4 {
		return false
	}
	_, ok := pageNumber(p)
	return ok && strings.IndexFunc(p, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) < 0
}

// isTeaserBullet reports whether r marks an item of a teaser box.
func isTeaserBullet(r rune) bool {
	switch r {
	case '▶', '►', '▷', '→', '➡', '>', '＞', '■', '◆', '●', '▲', '★', '·', '•':
		return true
	}
	return false
}

// teaserPageTail reads the page a teaser points to at the end of s, apart
// from its title by a wide gap — two spaces, a tab or an ideographic space —
// the way a teaser box aligns its pages: 东湖镇“共享菜园”开园　　A3, … 5版.
// The title before the gap must hold some text.
func teaserPageTail(s string) (string, bool) {
	s = trimRight(s)
	k := len(s)
	for k > 0 {
		r, size := decodeLastRune(s[:k])
		if isSpace(r) || isLeader(r) {
			break
		}
		k -= size
	}
	tail := s[k:]
	if k == 0 || len(tail) > 9 {
		return "", false
	}
	tail = strings.TrimSuffix(tail, "版")
	if tail == "" || !isDigit(lastRune(tail)) {
		return "", false
	}
	page, ok := pageNumber(tail)
	if !ok || len(page) > 3 {
		return "", false
	}
	head := s[:k]
	body := trimRight(head)
	gap := head[len(body):]
	if lead := strings.TrimRightFunc(body, isLeader); len(lead) < len(body) && utf8.RuneCountInString(body[len(lead):]) >= 4 {
		// Dot leaders run to the page: Obituaries .......... A4. (Three
		// dots or two ellipses are an ellipsis.)
		body, gap = trimRight(lead), "  "
	}
	if !(strings.Contains(gap, "  ") || strings.ContainsAny(gap, "\t\u3000")) || measure(body).runes < 4 {
		return "", false
	}
	return page, true
}

// commaPageItem reports whether s is an item of an English index box set
// with a comma before its page: Obituaries, A4; Local news, B1.
func commaPageItem(s string) bool {
	s = trim(s)
	i := strings.LastIndex(s, ", ")
	if i <= 0 || len(s)-i-2 > 3 {
		return false
	}
	if _, ok := pageNumber(s[i+2:]); !ok || !isDigit(lastRune(s)) {
		return false
	}
	st := measure(s[:i])
	return st.latinText() && st.words <= 4 && st.digits == 0 && !strings.ContainsAny(s[:i], ",.;:")
}

// indexItems counts the items of a row of an English index box, each a
// section and the page it stands on, set apart by bars, bullets or
// semicolons: Obituaries A4 | Opinion A7 | Sports B1, Local news, B1 •
// Weather, Page 8. It returns 0 unless every part is such an item, and
// whether every page carries a section's letter (A4, not 8): a row of
// bare numbers may be scores.
func indexItems(s string) (n int, letters bool) {
	if len(s) > 200 {
		return 0, false
	}
	letters = true
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '｜' || r == '•' || r == ';' }) {
		part = trim(part)
		i := strings.LastIndexByte(part, ' ')
		if i <= 0 || len(part)-i-1 > 3 {
			return 0, false
		}
		page, label := part[i+1:], strings.TrimSuffix(trimRight(part[:i]), ",")
		if l, ok := strings.CutSuffix(label, " Page"); ok {
			label = strings.TrimSuffix(trimRight(l), ",") // Weather, Page 8
		}
		if _, ok := pageNumber(page); !ok || label == "" || !isDigit(lastRune(page)) || !isUpperASCII(label[0]) {
			return 0, false
		}
		st := measure(label)
		if !st.latinText() || st.words > 4 || st.digits > 0 || strings.ContainsAny(label, ",.;:!?") {
			return 0, false
		}
		letters = letters && isUpperASCII(page[0])
		n++
	}
	return n, letters
}

// insideLine reports whether s is an English index box on one line: its
// heading, a colon, a bar or a dash, and its items: INSIDE: Obituaries A4
// | Opinion A7 | Sports B1.
func insideLine(s string) bool {
	i := strings.IndexAny(s[:min(len(s), 20)], ":|—-")
	if i < 6 || i > 16 || !isTeaserHead(trimRight(s[:i])) {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	n, _ := indexItems(s[i+size:])
	return n > 0
}

// isLeader reports whether r is a dot of the leaders an index box runs from
// an item to its page.
func isLeader(r rune) bool {
	return r == '.' || r == '…' || r == '·' || r == '．' || r == '⋯'
}

// isSlogan reports whether s is the motto an English paper prints under its
// name: Serving Clark County since 1889, Established 1872.
func isSlogan(s string) bool {
	if len(s) > 60 || s == "" || !isUpperASCII(s[0]) || endsSentence(s) || countWords(s) > 8 {
		return false
	}
	for _, w := range [...]string{"Serving ", "Founded ", "Established ", "Est. ", "Published ", "Since "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	i := strings.LastIndex(s, " since ")
	return i > 0 && len(s) == i+len(" since ")+4 && digitRun(s[i+len(" since "):]) == 4
}

// isRomanizedMasthead reports whether s is a paper's name spelled in capital
// Latin letters, as Chinese papers print it under the masthead: QINGPU BAO.
func isRomanizedMasthead(s string) bool {
	st := measure(s)
	return st.latinText() && st.digits == 0 && st.words <= 4 && isUpperWords(s)
}

// isBareDate reports whether s is a Chinese date and nothing else.
func isBareDate(s string) bool {
	s = trim(s)
	if len(s) > 40 || !strings.HasSuffix(s, "日") || !strings.Contains(s, "年") {
		return false
	}
	locs := findCNDates(s)
	return len(locs) > 0 && locs[0][0] == 0 && locs[0][1] == len(s)
}

// twoFields returns the words of s when strings.Fields(s) holds exactly two,
// without building the slice.
func twoFields(s string) (string, string, bool) {
	var f [2]string
	n, start := 0, -1
	for i, rn := 0, 0; i < len(s); i += rn {
		var r rune
		r, rn = decodeRune(s, i)
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == 2 {
				return "", "", false
			}
			f[n], n, start = s[start:i], n+1, -1
		}
	}
	if start >= 0 {
		if n == 2 {
			return "", "", false
		}
		f[n], n = s[start:], n+1
	}
	return f[0], f[1], n == 2
}

// pageMark reads a page number printed on a line of its own between dashes
// or dots, the way a PDF or OCR dump of the page keeps it: - 2 -, —２—, ·3·.
// It returns the number in ASCII digits.
func pageMark(s string) (string, bool) {
	if len(s) > 24 {
		return "", false
	}
	isMark := func(r rune) bool {
		switch r {
		case '-', '－', '—', '–', '·', '・', '•':
			return true
		}
		return false
	}
	inner := strings.TrimFunc(s, func(r rune) bool { return isMark(r) || isSpace(r) })
	if inner == "" || len(inner) == len(s) {
		return "", false
	}
	first, _ := decodeFirst(s)
	last, _ := decodeLastRune(s)
	if !isMark(first) || !isMark(last) {
		return "", false // marks on both sides: a lone "- 2" is a list item
	}
	if n := digitRun(inner); n != len(inner) || n == 0 {
		return "", false
	}
	return pageNumber(inner)
}

// pageLabelKind tells what a label of a page's credit line introduces.
type pageLabelKind int

const (
	labelPerson  pageLabelKind = iota // names of people: 本版主编：韩冰
	labelOrg                          // organisations: 主办：临江日报社
	labelContact                      // a telephone number or an address: 电话 86012345
)

// pageLabel is a label of a page's credit line.
type pageLabel struct {
	text string
	kind pageLabelKind
	role Role
}

// pageLabels start the parts of the credit lines printed at the head or the
// foot of a page: its editors, where its words and pictures come from, who
// runs a sponsored page, how to reach the desk. Longer labels come before
// the shorter ones they begin with.
var pageLabels = [...]pageLabel{
	{"本版主编", labelPerson, RoleEditor}, {"本版策划", labelPerson, RoleEditor}, {"本版统筹", labelPerson, RoleEditor},
	{"本版责编", labelPerson, RoleEditor}, {"本版编辑", labelPerson, RoleEditor}, {"本版文字", labelPerson, RoleWriter},
	{"本版撰稿", labelPerson, RoleWriter}, {"本版图片", labelPerson, RolePhotographer}, {"本版摄影", labelPerson, RolePhotographer},
	{"本版照片", labelPerson, RolePhotographer}, {"本版供图", labelPerson, RolePhotographer}, {"本版制图", labelPerson, RoleGraphics},
	{"本版设计", labelPerson, RoleDesigner},
	{"执行主编", labelPerson, RoleEditor}, {"副主编", labelPerson, RoleEditor}, {"主编", labelPerson, RoleEditor},
	{"策划", labelPerson, RoleEditor}, {"统筹", labelPerson, RoleEditor}, {"监制", labelPerson, RoleEditor},
	{"责任编辑", labelPerson, RoleEditor}, {"值班编辑", labelPerson, RoleEditor}, {"版面编辑", labelPerson, RoleEditor},
	{"美术编辑", labelPerson, RoleDesigner}, {"版式设计", labelPerson, RoleDesigner}, {"版面设计", labelPerson, RoleDesigner},
	{"责编", labelPerson, RoleEditor}, {"美编", labelPerson, RoleDesigner}, {"编审", labelPerson, RoleEditor},
	{"审核", labelPerson, RoleEditor}, {"审校", labelPerson, RoleEditor}, {"审读", labelPerson, RoleEditor},
	{"校对", labelPerson, RoleProofreader}, {"组版", labelPerson, RoleDesigner}, {"排版", labelPerson, RoleDesigner},
	{"版式", labelPerson, RoleDesigner}, {"编辑", labelPerson, RoleEditor},
	{"主办单位", labelOrg, ""}, {"协办单位", labelOrg, ""}, {"承办单位", labelOrg, ""}, {"支持单位", labelOrg, ""},
	{"主办", labelOrg, ""}, {"协办", labelOrg, ""}, {"承办", labelOrg, ""}, {"联办", labelOrg, ""},
	{"广告热线", labelContact, ""}, {"广告电话", labelContact, ""}, {"订阅热线", labelContact, ""}, {"订报热线", labelContact, ""},
	{"联系电话", labelContact, ""}, {"热线电话", labelContact, ""}, {"新闻热线", labelContact, ""}, {"电话", labelContact, ""},
	{"热线", labelContact, ""}, {"传真", labelContact, ""}, {"投稿邮箱", labelContact, ""}, {"电子邮箱", labelContact, ""},
	{"邮箱", labelContact, ""}, {"E-mail", labelContact, ""}, {"Email", labelContact, ""}, {"email", labelContact, ""},
	{"Tel", labelContact, ""}, {"TEL", labelContact, ""},
}

// matchPageLabel returns the page label at the start of s.
func matchPageLabel(s string) (pageLabel, bool) {
	for _, l := range pageLabels {
		if strings.HasPrefix(s, l.text) {
			return l, true
		}
	}
	return pageLabel{}, false
}

// mayOpenPageCredit is a cheap test that s may start with a page label.
func mayOpenPageCredit(s string) bool {
	switch firstRune(s) {
	case '本', '执', '副', '主', '策', '统', '监', '责', '值', '版', '美', '编', '审', '校', '组', '排', '协', '承',
		'支', '联', '电', '热', '新', '传', '投', '邮', '广', '订', 'E', 'e', 'T':
		return true
	}
	return false
}

// pageCredits reads a line made only of page labels and what they
// introduce: 本版主编：韩冰 责任编辑：魏来, 责任编辑 韦清 电话 86012345,
// 本版文字：杨帆　本版图片：东湖镇提供, 主办：临江区农业农村委员会　临江日报社.
// It returns the people the line names and how strongly the line is
// furniture: a line that names only one editor with the plain label 编辑,
// or only organisations, may close an article or a notice, and counts only
// at the edges of the page; a newspaper named as the organiser makes the
// line the page's own.
func pageCredits(s string) ([]Author, furnitureStrength) {
	if len(s) > 200 || !mayOpenPageCredit(s) {
		return nil, notFurniture
	}
	if _, ok := matchPageLabel(s); !ok {
		return nil, notFurniture
	}
	s = joinSpacedHan(s) // 责任编辑 陈 丽
	var (
		authors        []Author
		cur            pageLabel
		segs, vals     int
		plain, paper   bool
		person, orgSeg bool
	)
	for field := range strings.FieldsFuncSeq(s, isSpace) {
		if segs > 0 && vals > 0 && (adDisclaimer(field) || sponsorLine(field)) {
			// 广告热线：0571-86036789　　本版广告内容由广告主负责: the
			// note makes the line the page's.
			paper = true
			continue
		}
		l, ok := matchPageLabel(field)
		var rest string
		if ok {
			rest = strings.TrimLeft(field[len(l.text):], ":：")
			// A label glued to more text may be a word (主办方, 编辑部);
			// not a contact's (电话86012345), not 本版图片除署名外…, not
			// a label glued to a name (责任编辑王蕾).
			if glued := rest != "" && len(rest) == len(field)-len(l.text); glued &&
				l.kind != labelContact && !strings.HasPrefix(l.text, "本版") && !(l.kind == labelPerson && validName(rest)) {
				ok = false
			}
		}
		switch {
		case ok:
			if segs > 0 && vals == 0 {
				return nil, notFurniture // a label with nothing after it
			}
			cur, segs, vals = l, segs+1, 0
			plain = plain || l.text == "编辑"
			person = person || l.kind == labelPerson
			orgSeg = orgSeg || l.kind == labelOrg
			if field = rest; field == "" {
				continue
			}
		case segs == 0:
			return nil, notFurniture
		}
		vals++
		switch cur.kind {
		case labelPerson:
			for name := range strings.FieldsFuncSeq(field, func(r rune) bool { return r == '、' || r == '，' || r == ',' }) {
				switch {
				case validName(name):
					authors = append(authors, Author{Name: name, Role: cur.role})
				case cur.role == RolePhotographer || cur.role == RoleWriter || cur.role == RoleGraphics:
					// Pictures or words from an organisation: 东湖镇提供,
					// 除署名外均由区融媒体中心提供.
					if !strings.HasSuffix(name, "提供") && !strings.HasSuffix(name, "供图") && !strings.HasSuffix(name, "供稿") ||
						measure(name).runes > 30 {
						return nil, notFurniture
					}
				default:
					return nil, notFurniture
				}
			}
		case labelOrg:
			st := measure(field)
			if st.han != st.runes || st.runes > 24 {
				return nil, notFurniture
			}
			paper = paper || strings.HasSuffix(field, "报社") || strings.HasSuffix(field, "日报") ||
				strings.HasSuffix(field, "融媒体中心") || strings.HasSuffix(field, "报业集团")
		case labelContact:
			if !contactValue(strings.TrimLeft(field, ":：")) {
				return nil, notFurniture
			}
		}
	}
	if segs == 0 || vals == 0 {
		return nil, notFurniture
	}
	switch {
	case person && !(plain && segs == 1 && len(authors) == 1):
		return authors, strongFurniture
	case orgSeg && !person && !paper:
		return authors, weakFurniture
	case person:
		return authors, weakFurniture
	case !paper:
		// Only a telephone or an address: a notice or an advertisement
		// closes with one too (联系电话：0571-86012345).
		return authors, weakFurniture
	}
	return authors, strongFurniture
}

// englishPageCredits reads an English paper's line naming the editors of
// its page, each after a label ending in editor or designer and a colon,
// maybe with a telephone or an e-mail address: Sports editor: Tom Reyes,
// 555-0160, sports@example.com; Page designer: Ann Lee. A desk's editor
// or a designer signs the page wherever the line stands; a plain
// "Editor: X" may close a letter or a release, and counts at the edges.
func englishPageCredits(s string) ([]Author, furnitureStrength) {
	if len(s) > 200 {
		return nil, notFurniture
	}
	var authors []Author
	strong := false
	for seg := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || r == '|' }) {
		label, rest, ok := strings.Cut(trim(seg), ":")
		if !ok || len(label) > 32 {
			return nil, notFurniture
		}
		words := strings.Fields(label)
		if len(words) == 0 || len(words) > 3 || !isUpperASCII(words[0][0]) {
			return nil, notFurniture
		}
		role := Role("")
		switch strings.ToLower(words[len(words)-1]) {
		case "editor":
			role = RoleEditor
		case "designer":
			role = RoleDesigner
		default:
			return nil, notFurniture
		}
		for _, w := range words[:len(words)-1] {
			if !isLatin(firstRune(w)) || strings.ContainsFunc(w, func(r rune) bool { return !isLatin(r) && r != '&' && r != '-' }) {
				return nil, notFurniture
			}
		}
		// The name, then the ways to reach the desk.
		parts := strings.Split(rest, ",")
		name := trim(parts[0])
		if !isEnglishName(name) || isEnglishOrg(name) {
			return nil, notFurniture
		}
		var contacts []string
		for _, c := range parts[1:] {
			c = trim(c)
			if !contactValue(c) {
				return nil, notFurniture
			}
			contacts = append(contacts, c)
		}
		authors = append(authors, Author{Name: name, Role: role, Contact: strings.Join(contacts, ", ")})
		strong = strong || len(words) > 1 || role == RoleDesigner
	}
	switch {
	case len(authors) == 0:
		return nil, notFurniture
	case strong || len(authors) > 1:
		return authors, strongFurniture
	}
	return authors, weakFurniture
}

// contactCredits reads an English desk's contact line that names its
// editor among the ways to reach the desk: Have a score or a story idea?
// Call the sports desk at 555-0150 or email sports@example.com. Sports
// editor: Lena Park. — Local news editor: Brian Koenig. Reach him at
// 555-0142. The editor's sentence is a desk's credit (Sports editor: X;
// a plain Editor: X may sign a letter), and the rest of the line asks
// readers to call, e-mail or reach someone, with a telephone or an
// e-mail address. A story may end on such words too, so the line signs
// the page at its edges only. It returns nil for any other line.
func contactCredits(s string) []Author {
	if len(s) < 30 || len(s) > 300 || !isUpperASCII(s[0]) {
		return nil
	}
	i := strings.Index(s, "ditor: ")
	if i < 1 || s[i-1]|0x20 != 'e' {
		return nil
	}
	colon := i + len("ditor")
	// The editor's sentence opens after the one before it, if any.
	start := 0
	for _, stop := range [...]string{". ", "? ", "! "} {
		if k := strings.LastIndex(s[:colon], stop); k >= 0 && k+len(stop) > start {
			start = k + len(stop)
		}
	}
	// It ends at the first full stop after which the name reads whole,
	// past an initial's: Brian J. Koenig.
	for from := colon; ; {
		end := len(s)
		k := strings.Index(s[from:], ". ")
		if k >= 0 {
			end = from + k
		}
		if initial := end >= 2 && isUpperASCII(s[end-1]) && s[end-2] == ' '; initial && k >= 0 {
			from = end + len(". ")
			continue
		}
		authors, st := englishPageCredits(strings.TrimSuffix(s[start:end], "."))
		if st == strongFurniture && len(authors) == 1 && authors[0].Role == RoleEditor {
			rest := s[:start] + " " + s[end:]
			if rest == " " || !hasPhoneOrEmail(rest) || !asksToReach(strings.ToLower(rest)) {
				return nil // the credit alone is englishPageCredits's
			}
			return authors
		}
		if k < 0 || from-colon > 40 {
			return nil
		}
		from = end + len(". ")
	}
}

// asksToReach reports whether ls, a line in lower case, asks readers to
// reach a desk or a person: call, email, contact, reach.
func asksToReach(ls string) bool {
	return hasWordStart(ls, reachVerbs[:])
}

// reachVerbs ask readers to reach a desk or a person, in lower case.
var reachVerbs = [...]string{"call ", "email ", "e-mail ", "contact ", "reach ", "write to ", "text "}

// hasWordStart reports whether one of words, in lower case, opens a word
// of ls, a line in lower case: "call " in "please call 555-0142", not in
// "recall the vote".
func hasWordStart(ls string, words []string) bool {
	for _, w := range words {
		for i := strings.Index(ls, w); i >= 0; {
			if i == 0 || !isLatin(rune(ls[i-1])) {
				return true
			}
			k := strings.Index(ls[i+1:], w)
			if k < 0 {
				break
			}
			i += k + 1
		}
	}
	return false
}

// deskNote reports whether s is an English paper's note telling readers
// how to send in what the page prints, with the desk's telephone or
// e-mail: Obituaries are published for a fee. Call 555-0142 or email
// obits@example.com by 3 p.m. the day before publication; To submit a
// calendar item, email calendar@example.com. Pages print one at the foot,
// so it counts at the edges only: a story may end with a number to call.
func deskNote(s string) bool {
	if len(s) < 30 || len(s) > 300 || !isUpperASCII(s[0]) || !hasPhoneOrEmail(s) {
		return false
	}
	ls := strings.ToLower(s)
	if !hasWordStart(ls, deskVerbs[:]) { // how to reach the desk
		return false
	}
	noun := deskNoun(ls)
	if noun == 0 {
		return false
	}
	// What the desk does with them: print them. A deadline or a
	// submission is anyone's, so it tells only of what a desk alone
	// takes: "Tips can be submitted anonymously", "Letters of support must
	// be submitted by the deadline" close stories.
	for _, w := range [...]string{"publication", "published", "publish", "to place "} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	if noun == deskCompound {
		for _, w := range [...]string{"submission", "submit", "deadline"} {
			if strings.Contains(ls, w) {
				return true
			}
		}
	}
	return false
}

// deskVerbs ask readers to reach a desk or send it something, in lower
// case.
var deskVerbs = [...]string{"call ", "email ", "e-mail ", "send ", "contact ", "submit ", "mail "}

// How deskNoun found what a desk takes in.
const (
	deskBare     = 1 + iota // a word a story may use too, sent: "email your tips"
	deskCompound            // a desk's own: "death notice", "news tips"
)

// deskNoun tells whether ls, a line in lower case, names what a desk
// takes in to print: deskCompound for a desk's own words (obituaries,
// death notices, calendar items, letters to the editor, news tips),
// deskBare for a word a story may use too (letters, notices, tips) sent
// to someone: "email your tips to", "send letters to". A bare word opening
// a sentence is a story's as often ("Tips can be submitted anonymously",
// "Letters of support must be…"), and so is a word "of" something. It
// returns 0 for neither.
func deskNoun(ls string) int {
	for _, w := range [...]string{"obituar", "death notice", "funeral notice", "legal notice", "calendar item", "calendar listing",
		"news tip", "story tip", "classified ad", "letters to the editor", "letter to the editor", "press release",
		"wedding announcement", "engagement announcement", "birth announcement", "anniversary announcement"} {
		if strings.Contains(ls, w) {
			return deskCompound
		}
	}
	for _, w := range [...]string{"letters", "notices", "announcements", "submissions", "listings", "tips"} {
		for i := strings.Index(ls, w); i >= 0; {
			if end := i + len(w); (end == len(ls) || !isLatin(rune(ls[end])) && !strings.HasPrefix(ls[end:], " of ")) &&
				deskObject(ls[:i]) {
				return deskBare
			}
			k := strings.Index(ls[i+1:], w)
			if k < 0 {
				break
			}
			i += k + 1
		}
	}
	return 0
}

// deskObject reports whether the words before a noun of deskNoun, in
// lower case, make it sent to a desk: "your", or a verb that sends or
// places it, with maybe "a", "the" or "any" between.
func deskObject(head string) bool {
	head = strings.TrimRight(head, " ")
	if h, ok := strings.CutSuffix(head, "your"); ok && (h == "" || !isLatin(rune(h[len(h)-1]))) {
		return true
	}
	for _, w := range [...]string{"an", "a", "the", "any"} {
		if h, ok := strings.CutSuffix(head, w); ok && (h == "" || h[len(h)-1] == ' ') {
			head = strings.TrimRight(h, " ")
			break
		}
	}
	for _, v := range [...]string{"email", "e-mail", "send", "submit", "mail", "place"} {
		if strings.HasSuffix(head, v) && (len(head) == len(v) || !isLatin(rune(head[len(head)-len(v)-1]))) {
			return true
		}
	}
	return false
}

// hasPhoneOrEmail reports whether s holds an e-mail address or a telephone
// number: 555-0142, (555) 555-0142.
func hasPhoneOrEmail(s string) bool {
	if i := strings.IndexByte(s, '@'); i > 0 && i+1 < len(s) && isLatin(rune(s[i-1])) && isLatin(rune(s[i+1])) {
		return true
	}
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i >= 3 && i+4 < len(s) && digitRun(s[i-3:i]) == 3 && digitRun(s[i+1:i+5]) == 4 {
			return true
		}
		k := strings.IndexByte(s[i+1:], '-')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// isUpperASCII reports whether c is a capital letter A to Z.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// sponsorLine reports whether s says who runs or supplies a page, the line a
// sponsored page prints at its head or foot: 本版由枫林区医疗保障局协办,
// 本版稿件由区卫健委提供, 本专版由区委宣传部与本报联合主办. It is the
// page's, never an article's, wherever it stands.
func sponsorLine(s string) bool {
	if len(s) < len("本版由某某协办") || len(s) > 120 || s[0] != "本"[0] {
		return false
	}
	rest, ok := "", false
	for _, p := range [...]string{"本专版", "本栏目", "本专栏", "本版", "本栏", "本刊"} {
		if rest, ok = strings.CutPrefix(s, p); ok {
			break
		}
	}
	if !ok {
		return false
	}
	for _, w := range [...]string{"部分图片", "稿件", "图片", "照片", "文字", "内容", "图文", "文图", "新闻"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	// Organisations, a list of them at most: 区委宣传部、区文明办; never
	// 本版由于篇幅所限…, a sentence.
	org, by, ok := supplier(strings.TrimRight(rest, "。."),
		[]string{"联合主办", "协办", "主办", "承办", "联办", "提供", "供稿", "供图", "策划", "冠名", "支持", "协助"}, true)
	return by && ok && !strings.HasPrefix(org, "于")
}

// adDisclaimer reports whether s says who answers for the advertisements or
// notices of a page, the line a page of them prints at its foot:
// 本版广告内容由广告主负责, 以上启事内容由登报人自行负责. It is the page's
// wherever it stands.
func adDisclaimer(s string) bool {
	s = strings.TrimRight(s, "。.")
	if len(s) > 3*30 || !strings.HasSuffix(s, "负责") {
		return false
	}
	i := strings.LastIndex(s, "由")
	if i < 0 {
		return false
	}
	what, who := s[:i], strings.TrimSuffix(s[i+len("由"):], "负责")
	who = strings.TrimSuffix(who, "自行")
	switch who {
	case "广告主", "广告客户", "客户", "刊登者", "刊登人", "刊登单位", "登报人", "登报者", "发布者":
	default:
		return false
	}
	// What they answer for: the page's ads or notices, in a few words.
	return !containsAnyRune(what, "，,；;：:") && utf8.RuneCountInString(what) <= 12 &&
		(strings.Contains(what, "广告") || strings.Contains(what, "启事") || strings.Contains(what, "公告") || strings.Contains(what, "内容"))
}

// contactValue reports whether s is a telephone number, an e-mail address
// or a web address.
func contactValue(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	if strings.IndexByte(s, '@') > 0 || strings.HasPrefix(s, "http") || strings.HasPrefix(s, "www.") {
		return !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
	}
	digits, _, ok := phoneNumber(s, true)
	return ok && digits >= 5
}

// pageCredit is a credit line of the page that also credits its pieces:
// 本版撰稿 聂思源 names the writer of the page's unsigned articles,
// 本版图片由区融媒体中心提供 the source of its pictures.
type pageCredit struct {
	line     int      // where the line stands
	writers  []Author // 本版撰稿, 本版文字
	photoOrg string   // the organisation that supplied the pictures
}

// notePageCredit records a furniture line that credits the page's pieces.
// Page editors stay the page's only.
func (p *parser) notePageCredit(line int, text string, editors []Author) {
	pc := pageCredit{line: line, photoOrg: pagePictureSource(text)}
	for _, e := range editors {
		if e.Role == RoleWriter {
			pc.writers = append(pc.writers, e)
		}
	}
	if len(pc.writers) > 0 || pc.photoOrg != "" {
		p.pageCredits = append(p.pageCredits, pc)
	}
}

// pagePictureSource returns the organisation a page credit line says
// supplied the page's pictures: 本版图片由临河区融媒体中心提供,
// （本版图片除署名外均由区委宣传部提供）, 本版文字：宋扬　本版图片：东湖镇提供;
// "" for any other line.
func pagePictureSource(s string) string {
	s = trim(unbracket(trim(s)))
	if !strings.HasPrefix(s, "本版") || !strings.Contains(s, "图") && !strings.Contains(s, "照片") {
		return ""
	}
	for field := range strings.FieldsFuncSeq(s, isSpace) {
		for _, w := range [...]string{"本版图片", "本版照片", "本版供图"} {
			if rest, ok := strings.CutPrefix(field, w); ok {
				return pictureSource(rest)
			}
		}
	}
	return ""
}

// pictureSource reads what follows 本版图片: ：东湖镇提供, 由…提供,
// 除署名外均由…提供.
func pictureSource(rest string) string {
	rest = strings.TrimLeft(rest, ":：")
	rest = trim(strings.TrimPrefix(rest, "除署名外"))
	org, _, ok := supplier(trimRight(strings.TrimRight(rest, "。.")), []string{"提供", "供图"}, false)
	if !ok {
		return ""
	}
	return org
}

// supplier reads the end of a line saying who supplies a page or what it
// prints, after 本版 and what is supplied (稿件, 图片): [均][由], the
// organisation, and the first of verbs that ends rest — 由区卫健委提供,
// 均由区委宣传部与本报联合主办, 东湖镇提供. by reports whether 由 stood
// before the organisation. A sponsor line (sponsorLine, list true) may
// name several (区委宣传部、区文明办); a picture credit (pictureSource) one,
// its spaces trimmed. The two read the heads of their lines apart: a
// sponsor line needs 由 and no colon, under 本版, 本专版, 本栏目…; a picture
// credit's label (本版图片) may take a colon and 除署名外, and it names the
// pictures' source only with 提供 or 供图.
func supplier(rest string, verbs []string, list bool) (org string, by, ok bool) {
	rest, by = strings.CutPrefix(strings.TrimPrefix(rest, "均"), "由")
	for _, v := range verbs {
		org, found := strings.CutSuffix(rest, v)
		if !found {
			continue
		}
		bad := "，,。；;：:？！"
		if !list {
			org, bad = trim(org), "，,。；;：:？！、 \u3000"
		}
		n := utf8.RuneCountInString(org)
		return org, by, n >= 2 && n <= 30 && !containsAnyRune(org, bad)
	}
	return "", by, false
}
