package article

import (
	"strings"
	"unicode/utf8"
)

// This file finds jump markers: (下转第2版) ends the part of an article on
// this page, (上接第1版) starts a continuation; Continued on Page A6 and
// Continued from Page A1 in English. A marker is never body text: it is cut
// from the text and its page recorded on the piece.

// jumpDir tells which way a jump points.
type jumpDir int

const (
	jumpOn   jumpDir = iota + 1 // the piece continues on another page
	jumpFrom                    // the piece is continued from another page
)

// jump is one jump marker found in the text.
type jump struct {
	dir  jumpDir
	page string // normalised page: "2", "A6"
	raw  string // the marker as printed, brackets included
	num  string // the page as printed inside raw
}

// hasJumpWord is a cheap test that s may hold a jump marker: it looks for
// 转 接 续 and "ontinued" in either case. Each search skips along the bytes
// with IndexByte, faster on a long paragraph than a loop over them.
func hasJumpWord(s string) bool {
	return hasWord(s, "转") || hasWord(s, "接") || hasWord(s, "续") ||
		strings.Contains(s, "ontinued") || strings.Contains(s, "ONTINUED")
}

// cutJumps removes every bracketed jump marker from s and returns the rest of
// the text and the markers in order. Text on both sides of a marker in the
// middle is joined as a column break would be.
func cutJumps(s string) (string, []jump) {
	return cutJumpsWords(s, hasJumpWord(s))
}

// cutJumpsWords is cutJumps for a caller that knows hasJumpWord(s).
func cutJumpsWords(s string, words bool) (string, []jump) {
	next := func(string, int) int { return -1 }
	switch {
	case !words:
	case strings.IndexByte(s, 'C') >= 0 || strings.IndexByte(s, 'c') >= 0:
		next = nextOpener // an English marker may open with C: try every bracket
	default:
		next = markerOpeners(s)
	}
	first := next(s, 0)
	if first < 0 {
		if rest, j, ok := cutTrailingEnglishJump(s); ok {
			return rest, []jump{j}
		}
		if words {
			if rest, j, ok := cutMarkedJump(s); ok {
				return rest, []jump{j}
			}
		}
		return s, nil
	}
	var (
		jumps []jump
		b     strings.Builder
		last  int // start of text not yet copied
	)
	for i := first; i >= 0 && i < len(s); i = next(s, i) {
		j, n, ok := bracketedJump(s[i:])
		if !ok {
			_, size := decodeFirst(s[i:])
			i += size
			continue
		}
		jumps = append(jumps, j)
		before := trimRight(s[last:i])
		if b.Len() == 0 && last == 0 {
			b.Grow(len(s))
		}
		if before != "" {
			if b.Len() > 0 {
				b.WriteString(joinSep(b.String(), before))
			}
			b.WriteString(before)
		}
		i += n
		for i < len(s) {
			r, size := decodeFirst(s[i:])
			if !isSpace(r) {
				break
			}
			i += size
		}
		last = i
	}
	if jumps == nil {
		if rest, j, ok := cutTrailingEnglishJump(s); ok {
			return rest, []jump{j}
		}
		if rest, j, ok := cutMarkedJump(s); ok {
			return rest, []jump{j}
		}
		return s, nil
	}
	if rest := s[last:]; rest != "" {
		if b.Len() > 0 {
			b.WriteString(joinSep(b.String(), rest))
		}
		b.WriteString(rest)
	}
	out := trim(b.String())
	// English markers may also close a paragraph without brackets.
	if rest, j, ok := cutTrailingEnglishJump(out); ok {
		out = rest
		jumps = append(jumps, j)
	}
	return out, jumps
}

// nextOpener returns the index of the first opening bracket at or after i
// that may start a marker — ( （ [ ［ 【 〔 — or -1. It looks at bytes, not
// runes: the brackets' UTF-8 forms start with 0x28, 0x5B, 0xEF 0xBC and
// 0xE3 0x80.
func nextOpener(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			return i
		case 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x88 || s[i+2] == 0xBB) {
				return i
			}
		case 0xE3:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x94) {
				return i
			}
		}
	}
	return -1
}

// markerOpeners returns, for one text, a search for the first opening
// bracket at or after i that is followed by the words of a Chinese marker —
// 转, 接 or 续, maybe after 下, 上, 紧 or 承 and spaces — or -1. It finds the
// words, which are rare, rather than the brackets, which are not, and looks
// back from each. The places asked for only grow: it remembers where each
// word was found, or that it is not there, so that a long paragraph with
// many markers and no 续 is not searched for 续 again after each marker. It
// misses English markers: cutJumps asks nextOpener for those.
func markerOpeners(text string) func(s string, i int) int {
	words := [...]string{"转", "接", "续"}
	var at [len(words)]int // the next place of each word at or after from, -1 for none
	searched := false
	return func(s string, i int) int {
		for k, w := range words {
			if !searched || at[k] >= 0 && at[k] < i {
				at[k] = indexFrom(s, w, i)
			}
		}
		searched = true
		for {
			k := -1
			for n, a := range at {
				if a >= 0 && (k < 0 || a < at[k]) {
					k = n
				}
			}
			if k < 0 {
				return -1
			}
			w := at[k]
			j := w
			if r, size := decodeLastRune(s[:j]); r == '下' || r == '上' || r == '紧' || r == '承' {
				j -= size
			}
			for j > i && s[j-1] == ' ' {
				j--
			}
			if r, size := decodeLastRune(s[:j]); j-size >= i && isJumpOpener(r) {
				return j - size
			}
			// Each word is searched again only once passed: linear in s.
			at[k] = indexFrom(s, words[k], w+len(words[k]))
		}
	}
}

// indexFrom is the index of w in s at or after i, or -1.
func indexFrom(s, w string, i int) int {
	if k := indexWord(s[i:], w); k >= 0 {
		return i + k
	}
	return -1
}

func isJumpOpener(r rune) bool {
	switch r {
	case '(', '（', '[', '［', '【', '〔':
		return true
	}
	return false
}

func closerFor(r rune) rune {
	switch r {
	case '(', '（':
		return ')'
	case '[', '［':
		return ']'
	case '【':
		return '】'
	case '〔':
		return '〕'
	}
	return 0
}

// sameBracket reports whether c closes the kind of bracket want stands for,
// in either width.
func sameBracket(want, c rune) bool {
	switch want {
	case ')':
		return c == ')' || c == '）'
	case ']':
		return c == ']' || c == '］'
	}
	return c == want
}

// bracketedJump matches a jump marker at the start of s, which begins with an
// opening bracket. It returns the marker and its length in bytes.
func bracketedJump(s string) (jump, int, bool) {
	open, size := decodeFirst(s)
	want := closerFor(open)
	// The words open the marker: 下转, 转, 上接, 紧接, 接, 续, Continued.
	switch firstRune(strings.TrimLeft(s[size:], " ")) {
	case '下', '转', '上', '紧', '承', '接', '续', 'C', 'c':
	default:
		return jump{}, 0, false
	}
	// The marker is short: look for the closing bracket nearby.
	for i, n := size, 0; i < len(s) && n < 40; n++ {
		r, sz := decodeFirst(s[i:])
		if sameBracket(want, r) {
			body := s[size:i]
			j, ok := jumpBody(trim(body))
			if !ok {
				return jump{}, 0, false
			}
			j.raw = s[:i+sz]
			return j, i + sz, true
		}
		if r == '\n' || isJumpOpener(r) {
			break
		}
		i += sz
	}
	return jump{}, 0, false
}

// jumpLine reports whether the whole line is a jump marker, with or without
// brackets, maybe set off by bullets or arrows: ■上接A1版, ◆上接第一版◆,
// >>>下转第4版.
func jumpLine(s string) (jump, bool) {
	s = trim(s)
	if s == "" || len(s) > 80 {
		return jump{}, false
	}
	return jumpLineWords(s, hasJumpWord(s))
}

// jumpLineWords is jumpLine for a trimmed line of 80 bytes or fewer whose
// hasJumpWord the caller knows.
func jumpLineWords(s string, words bool) (jump, bool) {
	if !words && !mayBeEnglishJump(s) {
		return jump{}, false
	}
	if isJumpOpener(firstRune(s)) {
		j, n, ok := bracketedJump(s)
		if ok && n == len(s) {
			return j, true
		}
		return jump{}, false
	}
	inner := trimJumpMarks(s)
	j, ok := jumpBody(inner)
	if !ok && len(inner) == len(s) {
		j, ok = seeJump(s)
	}
	if !ok {
		// "From Page A1" opens a continuation on English pages.
		if rest, found := strings.CutPrefix(s, "From "); found {
			if page, num, ok := englishPage(rest); ok {
				return jump{dir: jumpFrom, page: page, num: num, raw: s}, true
			}
		}
		return jump{}, false
	}
	j.raw = s
	return j, true
}

// isJumpMark reports whether r sets a jump marker off: a bullet or an
// arrow (■上接A1版, >>>下转第4版, →下转第3版).
func isJumpMark(r rune) bool {
	switch r {
	case '>', '＞', '》', '→', '➡', '⇒', '»':
		return true
	}
	return isBullet(r)
}

// trimJumpMarks removes the bullets and arrows around a marker standing on
// a line of its own.
func trimJumpMarks(s string) string {
	t := strings.TrimLeftFunc(s, isJumpMark)
	t = strings.TrimRightFunc(t, isBullet) // ◆上接第一版◆
	return trim(t)
}

// cutMarkedJump cuts an unbracketed Chinese marker set off by bullets or
// arrows from the end of a paragraph: …居民表示满意。>>>下转第4版. The text
// before it must end a sentence.
func cutMarkedJump(s string) (string, jump, bool) {
	if !strings.HasSuffix(s, "版") && !strings.HasSuffix(s, "面") {
		return s, jump{}, false
	}
	// The marker is short: look at the end only.
	k := max(len(s)-48, 0)
	for k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	for i := k; i < len(s); {
		r, size := decodeFirst(s[i:])
		if !isJumpMark(r) || i > 0 && isJumpMark(lastRune(s[:i])) {
			i += size
			continue
		}
		before := trimRight(s[:i])
		if before != "" && !endsSentence(before) {
			i += size
			continue
		}
		if j, ok := jumpBody(trim(strings.TrimLeftFunc(s[i:], isJumpMark))); ok {
			j.raw = trim(s[i:])
			return before, j, true
		}
		i += size
	}
	return s, jump{}, false
}

// mayBeEnglishJump is a cheap test that s may be an English marker with
// no "Continued": See BUDGET, Page A4; BUDGET, from Page A1; From Page A1.
func mayBeEnglishJump(s string) bool {
	return strings.HasPrefix(s, "From ") || strings.HasPrefix(s, "See ") || strings.HasPrefix(s, "SEE ") ||
		strings.HasPrefix(s, "Please see ") || strings.HasPrefix(s, "PLEASE SEE ") || strings.Contains(s, ", from ") || strings.Contains(s, ", From ")
}

// seeJump matches the English markers that name the story by a slug in
// capitals: "See BUDGET, Page A4", "Please see BUDGET, A4", "See BUDGET |
// A4", "See Page A6" (the story continues there) and "BUDGET, from Page
// A1" (it continues from there). A slug must be in capitals; with none,
// the page must say "Page": "See you on Page 6" is no marker.
func seeJump(s string) (jump, bool) {
	s = strings.TrimRight(s, ".")
	dir := jumpOn
	rest, ok := "", false
	for _, p := range [...]string{"please see ", "see "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			rest, ok = s[len(p):], true
			break
		}
	}
	if !ok {
		i := strings.Index(s, ", from ")
		if i < 0 {
			i = strings.Index(s, ", From ")
		}
		if i <= 0 || !isSlug(s[:i]) {
			return jump{}, false
		}
		page, num, ok := englishPage(s[i+len(", from "):])
		if !ok {
			return jump{}, false
		}
		return jump{dir: jumpFrom, page: page, num: num, raw: s}, true
	}
	if page, num, ok := englishPage(rest); ok && rest[0]|0x20 == 'p' {
		return jump{dir: dir, page: page, num: num, raw: s}, true // See Page A6
	}
	i := strings.IndexAny(rest, ",|")
	if i <= 0 || !isSlug(trimRight(rest[:i])) {
		return jump{}, false
	}
	page, num, ok := englishPage(rest[i+1:])
	if !ok {
		return jump{}, false
	}
	return jump{dir: dir, page: page, num: num, raw: s}, true
}

// isSlug reports whether s is a jump's slug: one to three words in
// capitals, BUDGET, CITY COUNCIL.
func isSlug(s string) bool {
	if len(s) < 2 || len(s) > 30 || countWords(s) > 3 {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '-' || c == '\'' || c == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// jumpBody matches the words of a marker without its brackets:
// 下转第2版, 转3版, 上接第一版, 紧接A1版, Continued on Page A6.
func jumpBody(s string) (jump, bool) {
	if j, ok := englishJump(s); ok {
		return j, true
	}
	var dir jumpDir
	rest := s
	for _, v := range [...]struct {
		word string
		dir  jumpDir
	}{
		{"下转", jumpOn}, {"转至", jumpOn}, {"转到", jumpOn}, {"转", jumpOn}, {"下接", jumpOn},
		{"上接", jumpFrom}, {"紧接", jumpFrom}, {"承接", jumpFrom}, {"接", jumpFrom}, {"续", jumpFrom},
	} {
		if r, ok := strings.CutPrefix(s, v.word); ok {
			dir, rest = v.dir, r
			break
		}
	}
	if dir == 0 {
		return jump{}, false
	}
	rest = trim(rest)
	hasDi := false
	if r, ok := strings.CutPrefix(rest, "第"); ok {
		rest, hasDi = trim(r), true
	}
	num, hasBan := strings.CutSuffix(rest, "版")
	if !hasBan {
		num, hasBan = strings.CutSuffix(rest, "面")
	}
	num = trim(num)
	if !hasBan && !hasDi {
		// 转3 alone is too weak; letters make it a page: 转A3.
		if !startsWithPageLetter(num) {
			return jump{}, false
		}
	}
	page, ok := pageNumber(num)
	if !ok {
		return jump{}, false
	}
	return jump{dir: dir, page: page, num: num}, true
}

func startsWithPageLetter(s string) bool {
	r := firstRune(s)
	return r >= 'A' && r <= 'Z' || r >= 'Ａ' && r <= 'Ｚ'
}

// pageNumber normalises a page number as printed: "2", "０２", "二", "A6",
// "Ａ６". It allows one leading letter and at most three digits.
func pageNumber(s string) (string, bool) {
	if s == "" || len(s) > 12 {
		return "", false
	}
	var letter string
	r := firstRune(s)
	switch {
	case r >= 'A' && r <= 'Z':
		letter, s = string(r), s[1:]
	case r >= 'a' && r <= 'z':
		letter, s = string(r-'a'+'A'), s[1:]
	case r >= 'Ａ' && r <= 'Ｚ':
		letter, s = string(r-'Ａ'+'A'), s[utf8.RuneLen(r):]
	}
	s = strings.TrimLeft(s, " -")
	n, ok := chineseNumber(s)
	if !ok || n <= 0 || n > 999 {
		return "", false
	}
	return letter + itoa(n), true
}

// itoa formats a small non-negative number.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// englishJump matches "Continued on Page A6", "Continued from A1",
// "CONTINUED ON PAGE 3".
func englishJump(s string) (jump, bool) {
	var dir jumpDir
	rest := s
	for _, v := range [...]struct {
		word string
		dir  jumpDir
	}{
		{"continued on ", jumpOn}, {"continued from ", jumpFrom}, {"cont. on ", jumpOn}, {"cont. from ", jumpFrom},
	} {
		if len(s) > len(v.word) && strings.EqualFold(s[:len(v.word)], v.word) {
			dir, rest = v.dir, s[len(v.word):]
			break
		}
	}
	if dir == 0 {
		return jump{}, false
	}
	page, num, ok := englishPage(strings.TrimRight(rest, "."))
	if !ok {
		return jump{}, false
	}
	return jump{dir: dir, page: page, num: num}, true
}

// englishPage matches "Page A6", "page 3", "A6", "P. 3".
func englishPage(s string) (page, num string, ok bool) {
	s = trim(s)
	for _, p := range [...]string{"page ", "p. ", "p."} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = trim(s[len(p):])
			break
		}
	}
	if s == "" || len(s) > 5 {
		return "", "", false
	}
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return "", "", false
		}
	}
	page, ok = pageNumber(s)
	return page, s, ok
}

// cutTrailingEnglishJump cuts an unbracketed English marker that closes a
// paragraph after a sentence: "Continued on Page A6", "See BUDGET, Page A4",
// "Please see Page A6", "BUDGET, from Page A1".
func cutTrailingEnglishJump(s string) (string, jump, bool) {
	// It ends with a page: A6, 3.
	if len(s) < 12 || !(s[len(s)-1] >= '0' && s[len(s)-1] <= '9' || s[len(s)-1] >= 'A' && s[len(s)-1] <= 'Z') {
		return s, jump{}, false
	}
	// The marker is short: look at the end only.
	k := max(len(s)-48, 0)
	for k > 0 && k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	tail := s[k:]
	// Where a marker may start: the C of "Continued", "Please see", "See",
	// the slug before ", from"; tried in this order.
	var starts [4]int
	if i := max(strings.LastIndex(tail, "ontinued "), strings.LastIndex(tail, "ONTINUED ")); i >= 1 {
		starts[0] = k + i - 1
	}
	if i := max(strings.LastIndex(tail, "Please see "), strings.LastIndex(tail, "PLEASE SEE ")); i >= 0 {
		starts[1] = k + i
	}
	if i := max(strings.LastIndex(tail, "See "), strings.LastIndex(tail, "SEE ")); i >= 0 {
		starts[2] = k + i
	}
	if i := max(strings.LastIndex(tail, ", from "), strings.LastIndex(tail, ", From ")); i > 0 {
		// The slug before ", from": words in capitals.
		b := i
		for b > 0 && (tail[b-1] >= 'A' && tail[b-1] <= 'Z' || tail[b-1] == ' ' && b-1 > 0 && tail[b-2] >= 'A' && tail[b-2] <= 'Z') {
			b--
		}
		starts[3] = k + b
	}
	for _, start := range starts {
		if start <= 0 {
			continue // none, or the whole text: a marker line is jumpLine's
		}
		marker := trim(s[start:])
		j, ok := englishJump(marker)
		if !ok {
			j, ok = seeJump(marker)
		}
		before := trimRight(s[:start])
		if !ok || before != "" && (!endsSentence(before) || len(before) == start) {
			continue // no marker, or one inside a sentence or glued to a word
		}
		j.raw = marker
		return before, j, true
	}
	return s, jump{}, false
}
