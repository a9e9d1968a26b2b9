package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the lead's opening (电头) at the start of a paragraph:
// 本报讯, 本报讯（记者 张三 通讯员 李四）, 新华社北京11月5日电（记者 王五）,
// 本报记者 张三, 记者 张三 报道, and in English WASHINGTON (AP) —. A dateline
// opens a new article.

// cutDateline splits a paragraph into its dateline and the rest of the text.
// The credit holds the people the dateline names.
func cutDateline(s string) (dateline, rest string, c credit, ok bool) {
	s = trim(s)
	if s == "" {
		return "", s, credit{}, false
	}
	if end, c, ok := newsDateline(s); ok {
		return trim(s[:end]), trim(s[end:]), c, true
	}
	if end, c, ok := bylineLead(s); ok {
		return trim(s[:end]), trim(s[end:]), c, true
	}
	if end, ok := reportDateline(s); ok {
		return trim(s[:end]), trim(s[end:]), credit{}, true
	}
	if end, ok := englishDateline(s); ok {
		return trim(s[:end]), trim(s[end:]), credit{}, true
	}
	return "", s, credit{}, false
}

// skipBullets returns the index after leading bullets and spaces.
func skipBullets(s string) int {
	i := 0
	for i < len(s) {
		r, size := decodeFirst(s[i:])
		if !isBullet(r) && !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// newsDateline matches 本报讯, 新华社北京11月5日电 and their kin, with an
// optional bracketed credit after them. It returns the end of the dateline.
func newsDateline(s string) (int, credit, bool) {
	if h := s[:min(len(s), 100)]; !hasWord(h, "讯") && !hasWord(h, "电") {
		return 0, credit{}, false
	}
	start := skipBullets(s)
	head := s[start:]
	// The agency word comes within the first runes: 本报讯, 据新华社电.
	end := -1
	n := 0
	for i, rn := 0, 0; i < len(head); i += rn {
		var r rune
		r, rn = decodeRune(head, i)
		if n >= 32 {
			break
		}
		n++
		if r == '讯' || r == '电' {
			if validDatelineHead(head[:i], r) {
				end = i + utf8.RuneLen(r)
			}
			break
		}
		if !isHan(r) && !isDigit(r) && r != ' ' {
			break
		}
	}
	if end < 0 {
		return 0, credit{}, false
	}
	end += start
	var c credit
	// A bracketed credit: 本报讯（记者 张三 通讯员 李四）.
	i := skipSpaces(s, end)
	if i < len(s) && (s[i] == '(' || strings.HasPrefix(s[i:], "（") || strings.HasPrefix(s[i:], "[") || strings.HasPrefix(s[i:], "【")) {
		if j := closingBracket(s, i); j > 0 {
			if got, ok := parseCredit(s[i:j]); ok {
				c, end = got, j
			}
		}
	} else if j, got, ok := bylineAt(s, i, true); ok {
		// 新华社北京11月5日电 记者 王五 报道
		c, end = got, j
	} else if j, got, ok := bylineAt(s, i, false); ok && skipSpaces(s, j) < len(s) {
		// 本报讯 记者 钱佳怡 近日，…: no bracket and no 报道; the names
		// stand on the evidence bylineAt asks for.
		c, end = got, j
	}
	return withSeparator(s, end), c, true
}

// reportDateline matches a lead naming the medium a story is taken from,
// set apart from the text by a space: 据临江发布报道　…, 据《临江晚报》报道
// …, 据新华社报道 …. In running text the same words go on with a comma
// (据《人民日报》报道，…) and stay text.
func reportDateline(s string) (int, bool) {
	start := skipBullets(s)
	rest, ok := strings.CutPrefix(s[start:], "据")
	if !ok {
		return 0, false
	}
	k := strings.Index(rest[:min(len(rest), 80)], "报道")
	if k < 0 {
		return 0, false
	}
	src := rest[:k]
	if inner, ok := strings.CutPrefix(src, "《"); ok {
		inner, ok = strings.CutSuffix(inner, "》")
		if n := utf8.RuneCountInString(inner); !ok || n < 2 || n > 20 || containsAnyRune(inner, "《》，。") {
			return 0, false
		}
	} else {
		n := 0
		for ri, rn := 0, 0; ri < len(src); ri += rn {
			var r rune
			r, rn = decodeRune(src, ri)
			if !isHan(r) {
				return 0, false
			}
			n++
		}
		if n < 2 || n > 10 {
			return 0, false
		}
	}
	end := start + len("据") + k + len("报道")
	if r := firstRune(s[end:]); !isSpace(r) || skipSpaces(s, end) >= len(s) {
		return 0, false
	}
	return end, true
}

// validDatelineHead reports whether the text before 讯 or 电 names a paper
// or agency: 本报, 新华社北京11月5日, 据中新社, 嘉定报.
func validDatelineHead(head string, word rune) bool {
	head = strings.ReplaceAll(head, " ", "")
	n := utf8.RuneCountInString(head)
	if n < 2 {
		return false
	}
	agency := -1 // rune index just after 报/社/刊/网/台
	for i, r := range []rune(head) {
		if i >= 8 {
			break
		}
		if strings.ContainsRune("报社刊网台", r) {
			agency = i + 1
			break
		}
	}
	own := strings.HasPrefix(head, "本报") || strings.HasPrefix(head, "本刊") || strings.HasPrefix(head, "本台") || strings.HasPrefix(head, "本网")
	if word == '讯' {
		if own {
			return n <= 8
		}
		last, _ := decodeLastRune(head)
		return agency == n && strings.ContainsRune("报社刊网台", last) && n <= 10
	}
	// 电: an agency, then a place and a date: 新华社北京11月5日电, 新华社电.
	if agency < 0 && !own {
		return false
	}
	if agency == n || own && n == 2 {
		return true
	}
	return strings.HasSuffix(head, "日") && strings.Contains(head, "月")
}

// skipSpaces returns the index of the first non-space at or after i.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, size := decodeFirst(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// closingBracket returns the index just after the bracket closing the one at
// s[i], or -1 when it does not close within a credit's length.
func closingBracket(s string, i int) int {
	open, size := decodeFirst(s[i:])
	want := closerFor(open)
	for j, n := i+size, 0; j < len(s) && n < 60; n++ {
		r, sz := decodeFirst(s[j:])
		if sameBracket(want, r) {
			return j + sz
		}
		if isJumpOpener(r) {
			return -1
		}
		j += sz
	}
	return -1
}

// withSeparator extends the end of a dateline over a colon or dash that
// separates it from the text.
func withSeparator(s string, end int) int {
	i := skipSpaces(s, end)
	for _, sep := range [...]string{"：", ":", "——", "—", "--", "–"} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return end
}

// bylineLead matches a byline opening a paragraph: 本报记者 张三 李四,
// 记者 张三 通讯员 李四 报道, 本报记者张三11月5日….
func bylineLead(s string) (int, credit, bool) {
	if h := s[:min(len(s), 60)]; !hasWord(h, "记者") && !hasWord(h, "通讯员") && !hasWord(h, "实习生") {
		return 0, credit{}, false
	}
	start := skipBullets(s)
	l, ok := matchLabel(s[start:])
	if !ok || !l.lead {
		if _, l2, _, ok := orgLabel(s[start:]); !ok || !l2.lead {
			return 0, credit{}, false
		}
	}
	end, c, ok := bylineAt(s, start, false)
	if !ok || skipSpaces(s, end) >= len(s) {
		return 0, credit{}, false // a byline alone is a credit line, not a lead
	}
	return withSeparator(s, end), c, true
}

// bylineAt reads the longest lead byline starting at s[i]. It ends at a
// space, after 报道, or before a digit or punctuation; needSuffix asks for
// 报道 at its end. Without 报道 nothing closes the names, so each must read
// as a personal name (leadName) and the byline must end before a space, a
// date, a colon or a time word (记者钱佳怡近日…), never inside a word.
func bylineAt(s string, i int, needSuffix bool) (int, credit, bool) {
	if i >= len(s) {
		return 0, credit{}, false
	}
	if !needSuffix {
		if l, ok := matchLabel(s[i:]); !ok || !l.lead {
			if _, l2, _, ok := orgLabel(s[i:]); !ok || !l2.lead {
				return 0, credit{}, false
			}
		}
	}
	best, bestC := -1, credit{}
	try := func(b int) {
		if b <= i {
			return
		}
		cand := s[i:b]
		if needSuffix && !strings.HasSuffix(cand, "报道") {
			return
		}
		if b < len(s) && splitsPadding(s, b) {
			return // 记者 韩 雪 | 常 乐: the end cuts a padded name
		}
		c, ok := parseCredit(cand)
		if !ok && needSuffix {
			// Closed by 报道, the label may touch a name that opens with a
			// surname: 记者胡杨报道, not 记者手记报道.
			c, ok = chineseCredit(cand, true)
			for _, a := range c.authors {
				ok = ok && isSurname(a.Name)
			}
		}
		if !ok && !needSuffix {
			// Outside brackets a short label may touch the name when the
			// names stand on their own: 本报讯 记者钱佳怡 通讯员王小丽 近日.
			c, ok = chineseCredit(cand, true)
		}
		if ok && !needSuffix {
			ok = leadEnd(s, b) && leadNames(c)
		}
		if ok && c.lead && c.onlyRoles(RoleReporter, RoleCorrespondent) {
			best, bestC = b, c
		}
	}
	limit := len(s)
	if limit-i > 150 {
		limit = i + 150
	}
	j := i
scan:
	for j < limit {
		if strings.HasPrefix(s[j:], "报道") {
			try(j + len("报道"))
			break
		}
		r, size := decodeFirst(s[j:])
		switch {
		case isSpace(r):
			try(j)
		case !needSuffix && (r == '：' || r == ':'):
			try(j) // 本报记者 高远：…
		case !needSuffix && isHan(r) && timeWordAt(s[j:]):
			try(j) // 记者钱佳怡近日…
		case isHan(r), r == '·', r == '•', r == '/', r == '／', r == '、', r == '：', r == ':', r == '|', r == '｜':
		default:
			try(j)
			break scan
		}
		j += size
	}
	if j >= len(s) {
		try(len(s))
	}
	if best < 0 {
		return 0, credit{}, false
	}
	return best, bestC, true
}

// notLeadNameEnds close the words that stand where a lead byline's name
// would and name no person: those of notNameEnds, a periodical and an
// event (周刊, 读书节).
const notLeadNameEnds = notNameEnds + "刊节"

// leadName reports whether a name read from a lead byline with nothing to
// close it is a personal name: a family name and one or two more characters
// (陆晓峰, 常乐), three after a family name of two (欧阳晓峰), or a foreign
// name with a dot; never a place, a weekday or a time (马陆镇, 周末, 近日).
func leadName(name string) bool {
	if containsAnyRune(name, "·•・") {
		return validName(name)
	}
	if !strings.ContainsRune("常万安关单成路游管华解时车项连党费全应师商明查洪", firstRune(name)) {
		return bareName(name) && !strings.ContainsRune(notLeadNameEnds, lastRune(name))
	}
	// Family names that open common words too (常规, 全程): where a
	// byline stands they name people, two or three characters long.
	n := utf8.RuneCountInString(name)
	return validName(name) && n <= 3 && !notAName(name) && !timeWordAt(name) &&
		!strings.ContainsRune(notLeadNameEnds, lastRune(name))
}

// leadNames reports whether every name of a lead byline read with nothing
// to close it is a personal name. A name padded to the width of three (常 乐)
// is one by its print.
func leadNames(c credit) bool {
	for _, a := range c.authors {
		if leadName(a.Name) {
			continue
		}
		padded := false
		for _, v := range c.values {
			if len(v) > len(a.Name) && joinName(v) == a.Name {
				padded = true
			}
		}
		if !padded || notAName(a.Name) {
			return false
		}
	}
	return true
}

// leadEnd reports whether a lead byline may end at s[b]: at the end, before
// a space, a colon, a date (3月16日) or a time word (近日, 昨天上午).
func leadEnd(s string, b int) bool {
	if b >= len(s) {
		return true
	}
	r := firstRune(s[b:])
	switch {
	case isSpace(r), r == '：', r == ':':
		return true
	case isDigit(r):
		j := b
		for j < len(s) {
			r, size := decodeFirst(s[j:])
			if !isDigit(r) {
				break
			}
			j += size
		}
		return strings.ContainsRune("年月日时点号", firstRune(s[j:]))
	}
	return timeWordAt(s[b:])
}

// timeWordAt reports whether s opens with a word that dates a news lead:
// 近日, 日前, 昨天, 今日上午.
func timeWordAt(s string) bool {
	switch firstRune(s) {
	case '近', '日', '昨', '今', '前', '上', '下', '晚', '早', '凌', '中', '傍', '本', '去', '连', '当':
	default:
		return false
	}
	for _, w := range [...]string{"近日", "近期", "近年", "日前", "昨天", "昨日", "昨晚", "今天", "今日", "今年", "今晨",
		"前天", "前不久", "上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "本周", "上周", "本月", "上月", "去年",
		"连日", "当天", "当日"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// splitsPadding reports whether s[:b] ends with a one-ideograph token and
// s[b:], after spaces, opens with another: b would cut a padded name, one
// step of a run of spaced ideographs (see joinName).
func splitsPadding(s string, b int) bool {
	r, size := decodeLastRune(s[:b])
	if !isHan(r) || !isSpace(lastRune(s[:b-size])) {
		return false
	}
	j := skipSpaces(s, b)
	r, size = decodeFirst(s[j:])
	return j > b && isHan(r) && (j+size == len(s) || isSpace(firstRune(s[j+size:])))
}

// englishDateline matches "WASHINGTON (AP) —", "BEIJING, Nov. 5 (Xinhua) --",
// "(AP) —", "NEW YORK —". It returns the end of the dateline, dash included.
func englishDateline(s string) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	// A place in capitals or an agency in brackets comes first.
	if s[0] != '(' && !(s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') {
		return 0, false
	}
	limit := len(s)
	if limit > 90 {
		limit = 90
	}
	// Find the dash that closes the dateline.
	for i := 0; i < limit; {
		r, size := decodeFirst(s[i:])
		dash := 0
		switch {
		case r == '—' || r == '–':
			dash = size
		case strings.HasPrefix(s[i:], "--"):
			dash = 2
		case r == '-' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ':
			dash = 1
		}
		if dash == 0 {
			if r == '.' && i > 0 && i+1 < len(s) && s[i+1] == ' ' && !isAbbrevBefore(s[:i]) {
				return 0, false // a sentence ended before any dash
			}
			i += size
			continue
		}
		head := trim(s[:i])
		if head == "" || !englishDatelineHead(head) {
			return 0, false
		}
		end := i + dash
		if end < len(s) && s[end] == '-' { // "---"
			end++
		}
		if skipSpaces(s, end) >= len(s) {
			return 0, false
		}
		return end, true
	}
	return 0, false
}

// isAbbrevBefore reports whether the text before a period ends with a short
// abbreviation such as "Nov" or "Calif" rather than a word of a sentence.
func isAbbrevBefore(s string) bool {
	j := strings.LastIndexAny(s, " ,(")
	w := s[j+1:]
	return len(w) <= 5 && w != "" && unicode.IsUpper(firstRune(w))
}

// englishDatelineHead reports whether head is a place in capitals, maybe a
// date, and an agency in brackets: "WASHINGTON (AP)", "BEIJING, Nov. 5
// (Xinhua)", "(AP)", "NEW YORK".
func englishDatelineHead(head string) bool {
	place := head
	if strings.HasSuffix(head, ")") {
		i := strings.LastIndexByte(head, '(')
		if i < 0 {
			return false
		}
		agency := head[i+1 : len(head)-1]
		if agency == "" || len(agency) > 30 || !isEnglishName(agency) && !isUpperWords(agency) {
			return false
		}
		place = trim(head[:i])
		if place == "" {
			return true
		}
	}
	// The place in capitals, then maybe ", Calif." or ", Nov. 5".
	city, _, _ := strings.Cut(place, ",")
	city = trim(city)
	if len(city) < 3 || len(city) > 40 || !isUpperWords(city) {
		return false
	}
	for ri, rn := 0, 0; ri < len(city); ri += rn {
		var r rune
		r, rn = decodeRune(city, ri)
		if !(r >= 'A' && r <= 'Z') && r != ' ' && r != '.' && r != '\'' && r != '-' {
			return false
		}
	}
	return len(strings.Fields(city)) <= 4
}
