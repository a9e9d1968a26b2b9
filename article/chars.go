package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the character classes the rules share: spaces, sentence
// enders, CJK and Latin text, widths. Full- and half-width punctuation are
// treated alike everywhere.

// isSpace reports whether r is white space or an invisible format character
// (zero-width space, BOM): characters that carry no text.
func isSpace(r rune) bool {
	// '\t' through '\r' are \t \n \v \f \r.
	return r == ' ' || uint32(r)-'\t' <= '\r'-'\t' || r >= utf8.RuneSelf && isWideSpace(r)
}

// isWideSpace is isSpace beyond ASCII, kept apart so that isSpace inlines.
func isWideSpace(r rune) bool {
	switch {
	case r == '\u3000':
		return true
	case r >= 0x3001 && r < 0xFE00:
		return false // CJK, kana, hangul: the bulk of Chinese text
	case r >= 0xFF01 && r <= 0xFFEF, r >= 0x2010 && r <= 0x2027:
		return false // full-width punctuation; dashes, quotes, ellipsis
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// trim removes leading and trailing spaces as isSpace defines them.
func trim(s string) string {
	return trimRight(trimLeft(s))
}

// trimLeft removes leading spaces. It is strings.TrimLeftFunc(s, isSpace)
// without the call through a function value for each rune.
func trimLeft(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c >= 0xE4 && c <= 0xE9 {
			return s // an ideograph (U+4000..U+9FFF), the usual first character
		}
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				return s
			}
			s = s[1:]
			continue
		}
		r, n := decodeFirst(s)
		if !isWideSpace(r) {
			return s
		}
		s = s[n:]
	}
	return s
}

// trimRight removes trailing spaces.
func trimRight(s string) string {
	for len(s) > 0 {
		if n := len(s); n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 {
			return s // an ideograph ends s: its lead byte stands three from the end
		}
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := decodeLastRune(s)
		if !isWideSpace(r) {
			return s
		}
		s = s[:len(s)-n]
	}
	return s
}

// asciiSpace is isSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF:
		return true
	case r >= 0x3001 && r <= 0x33FF, r >= 0xA000 && r <= 0xF8FF, r >= 0xFE00 && r <= 0xFFFF:
		return r == 0x3005 || r == 0x3007 || r >= 0x3021 && r <= 0x3029 || r >= 0x3038 && r <= 0x303B
	}
	return unicode.Is(unicode.Han, r)
}

// isWide reports whether r belongs to East Asian text: ideographs, kana,
// hangul, CJK punctuation and full-width forms. Text joins without a space
// next to these.
func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x3000 && r <= 0x303F, // CJK symbols and punctuation
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x3040 && r <= 0x30FF, // kana
		r >= 0xAC00 && r <= 0xD7A3, // hangul
		r >= 0x1100 && r <= 0x11FF:
		return true
	}
	return isHan(r)
}

// isLatin reports whether r is a letter or digit of alphabetic text.
func isLatin(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return !isWide(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isDigit reports whether r is an ASCII or full-width digit.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// digitValue returns the value of an ASCII or full-width digit.
func digitValue(r rune) int {
	if r >= '０' {
		return int(r - '０')
	}
	return int(r - '0')
}

// isCloser reports whether r closes a quotation or bracket.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〉', '】', '"', '\'', '］', ']', '〕', '}', '｝', '»':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket.
func isOpener(r rune) bool {
	switch r {
	case '“', '‘', '「', '『', '（', '(', '《', '〈', '【', '"', '\'', '［', '[', '〔', '{', '｛', '«':
		return true
	}
	return false
}

// isEnder reports whether r ends a sentence.
func isEnder(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…', '．', '｡', '.', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// isClauseEnd reports whether r ends a clause inside a sentence: text ending
// with it continues.
func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '—', '-', '–', '～', '~', '·':
		return true
	}
	return false
}

// isNonStarter reports whether r cannot begin a paragraph: punctuation that
// only follows text.
func isNonStarter(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '。', '．', '.', '！', '!', '？', '?',
		'”', '’', '」', '』', '）', ')', '》', '〉', '】', '］', ']', '〕', '%', '％':
		return true
	}
	return false
}

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	if r == utf8.RuneError && len(s) == 0 {
		return 0
	}
	return r
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := decodeFirst(s)
	if r == utf8.RuneError && len(s) == 0 {
		return 0
	}
	return r
}

// stripClosers returns s without trailing closing quotes and brackets.
func stripClosers(s string) string {
	for len(s) > 0 {
		r, n := decodeLastRune(s)
		if !isCloser(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// endsSentence reports whether the text ends a sentence, closing quotes and
// brackets aside.
func endsSentence(s string) bool {
	return isEnder(lastRune(stripClosers(trimRight(s))))
}

// endsWithEllipsis reports whether the text ends with … or ...
func endsWithEllipsis(s string) bool {
	s = stripClosers(trimRight(s))
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "⋯")
}

// endsClause reports whether the text ends inside a sentence, after a comma,
// colon or dash.
func endsClause(s string) bool {
	return isClauseEnd(lastRune(trimRight(s)))
}

// joinSep returns the separator for joining text a and b broken apart by a
// line or column break: nothing between CJK text or after a hyphen, a space
// between Latin words.
func joinSep(a, b string) string {
	ra, rb := lastRune(a), firstRune(b)
	if isHan(ra) && isHan(rb) && endsWithLabel(a) {
		return " " // a credit's label at a line's end keeps apart from the name: 撰稿 / 宋佳
	}
	if ra == 0 || rb == 0 || isWide(ra) || isWide(rb) {
		return ""
	}
	if ra == '-' || ra == '‐' || ra == '/' {
		if ra == '-' && len(a) >= 2 && a[len(a)-2] == ' ' {
			return " " // a dash set apart: the move - / and the shops
		}
		return ""
	}
	if isDigit(ra) && (isDigit(rb) || rb == '.' && isDigit(firstRune(b[1:]))) && hanBeforeNumber(a) && hanAfterNumber(b) {
		return "" // a number of Chinese text cut in two: 岗位60 / 00余个, 486 / .7亿元
	}
	if cutAtDecimalPoint(a, b) {
		return "" // 增长7. / 8%, 工作日9: / 00
	}
	// Look through punctuation for the nearest letters on both sides.
	la, fb := rune(0), rune(0)
	for i, n := len(a), 0; i > 0 && n < 4; n++ {
		r, size := decodeLastRune(a[:i])
		i -= size
		if isLatin(r) || isWide(r) {
			la = r
			break
		}
	}
	for i, n := 0, 0; i < len(b) && n < 4; n++ {
		r, size := decodeFirst(b[i:])
		i += size
		if isLatin(r) || isWide(r) {
			fb = r
			break
		}
	}
	if isWide(la) || isWide(fb) {
		return ""
	}
	return " "
}

// endsWithLabel reports whether a ends with a credit's label set apart from
// the text before it: …作主旨演讲。 撰稿, 本报记者.
func endsWithLabel(a string) bool {
	// The longest labels have six characters: without a space or an ender
	// among the last seven, no label stands apart at the end. Most joins
	// of wrapped lines stop here.
	apart := false
	for i, n := len(a), 0; i > 0 && n < 7 && !apart; n++ {
		r, size := decodeLastRune(a[:i])
		i -= size
		apart = isSpace(r) || isEnder(r) || isCloser(r)
	}
	if !apart && (len(a) > 24 || utf8.RuneCountInString(a) > 6) { // longer than any label
		return false
	}
	for _, l := range creditLabels {
		if !l.prefix || len(l.text) < 6 || !strings.HasSuffix(a, l.text) {
			continue
		}
		before := a[:len(a)-len(l.text)]
		if before == "" {
			return true
		}
		r := lastRune(before)
		return isSpace(r) || isEnder(r) || isCloser(r)
	}
	return false
}

// cutAtDecimalPoint reports whether a break falls right after the point,
// colon or comma inside a number of Chinese text: 同比增长7. / 8%，…,
// 工作日9: / 00—17:00, 比分2: / 1, 共4, / 200户. A point may end a sentence,
// so the number must run into Chinese text on both sides; a half-width colon
// or comma after Chinese text takes no space after it in any case.
func cutAtDecimalPoint(a, b string) bool {
	a = trimRight(a)
	if len(a) < 2 || !isDigit(firstRune(b)) {
		return false
	}
	num := a[:len(a)-1]
	if !isDigit(lastRune(num)) {
		return false
	}
	switch a[len(a)-1] {
	case '.':
		return hanBeforeNumber(num) && hanAfterNumber(b)
	case ':', ',':
		return hanBeforeNumber(num)
	}
	return false
}

// hanBeforeNumber reports whether the number that ends a stands in Chinese
// text: right after an ideograph (岗位60, 增长3.8) or after the punctuation
// of a clause of Chinese text, full-width (，15, 、30) or a quotation mark
// or bracket closing or opening on an ideograph (无作业日”,15, 称“15). After a
// sentence ender (投入使用。82) a number starts something else, and a
// quotation mark after a space or a letter is English text.
//
// After punctuation the number is a short one cut in two (，15: / 30); a
// run of more than four digits there is a whole number, a phone's
// (咨询电话：86012346), with the next line's text apart from it.
func hanBeforeNumber(a string) bool {
	i, digits := len(a), 0
	for i > 0 {
		r, size := decodeLastRune(a[:i])
		if !isDigit(r) && r != '.' && r != ',' {
			break
		}
		if isDigit(r) {
			digits++
		}
		i -= size
	}
	for n := 0; i > 0 && n < 3; n++ {
		r, size := decodeLastRune(a[:i])
		i -= size
		switch {
		case isHan(r):
			return n == 0 || digits <= 4
		case isEnder(r), isSpace(r):
			return false
		case isWide(r):
			return digits <= 4 // ，、；：“（ of Chinese text
		case !isCloser(r) && !isOpener(r):
			return false
		}
	}
	return false
}

// hanAfterNumber reports whether the number that starts b runs into an
// ideograph or full-width punctuation: 00余个, 5%的, 8%，.
func hanAfterNumber(b string) bool {
	for i := 0; i < len(b); {
		r, size := decodeFirst(b[i:])
		i += size
		if !isDigit(r) && r != '.' && r != ',' && r != '%' {
			return isHan(r) || isWide(r) // 00余个, 8%，
		}
	}
	return false
}

// textStats measures a line of text.
type textStats struct {
	runes  int // runes other than spaces
	han    int // CJK ideographs
	latin  int // letters of alphabetic scripts
	digits int // ASCII and full-width digits
	words  int // space-separated words
	commas int // commas and enumeration commas inside the text
	width  int // display width: 2 for wide runes, 1 otherwise
}

func measure(s string) textStats {
	var st textStats
	inWord := false
	for i := 0; i < len(s); {
		// The common ideographs, U+4E00..U+9FFF, are told by their first
		// two bytes (E4 B8 80 .. E9 BF BF) without decoding.
		if c := s[i]; c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && (c != 0xE4 || s[i+1] >= 0xB8) {
			if !inWord {
				st.words++
				inWord = true
			}
			st.runes++
			st.han++
			st.width += 2
			i += 3
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		if isSpace(r) {
			inWord = false
			if r == '\u3000' {
				st.width += 2
			} else {
				st.width++
			}
			continue
		}
		if !inWord {
			st.words++
			inWord = true
		}
		st.runes++
		switch {
		case r < utf8.RuneSelf:
			st.width++
			switch {
			case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
				st.latin++
			case r >= '0' && r <= '9':
				st.digits++
			case r == ',':
				st.commas++
			}
		case r == '，' || r == '、':
			st.commas++
			st.width += 2
		case isHan(r):
			st.han++
			st.width += 2
		case r >= '０' && r <= '９':
			st.digits++
			st.width += 2
		case isWide(r):
			st.width += 2
		default:
			st.width++
			if unicode.IsLetter(r) {
				st.latin++
			}
		}
	}
	return st
}

// latinText reports whether the text is mostly alphabetic rather than CJK.
func (st textStats) latinText() bool {
	return st.latin > 2*st.han
}

// leadingSpace returns the width of the indentation of a line: 2 for an
// ideographic space, 4 for a tab, 1 for other spaces.
func leadingSpace(s string) int {
	w := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		switch {
		case r == '\u3000':
			w += 2
		case r == '\t':
			w += 4
		case isSpace(r):
			w++
		default:
			return w
		}
	}
	return w
}

// chineseNumber converts a small Chinese or Arabic numeral ("12", "十二",
// "二十一", "１２") to its value; ok is false when s is not one.
func chineseNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n, digits := 0, 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if !isDigit(r) {
			digits = -1
			break
		}
		n = n*10 + digitValue(r)
		digits++
		if digits > 6 {
			return 0, false
		}
	}
	if digits > 0 {
		return n, true
	}
	total, cur := 0, -1
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if v := cnDigit(r); v >= 0 {
			if cur >= 0 {
				cur = cur*10 + v // 二〇二五
			} else {
				cur = v
			}
			continue
		}
		switch r {
		case '十':
			if cur < 0 {
				cur = 1
			}
			total += cur * 10
			cur = -1
		case '百':
			if cur < 0 {
				return 0, false
			}
			total += cur * 100
			cur = -1
		default:
			return 0, false
		}
	}
	if cur >= 0 {
		total += cur
	}
	return total, true
}

// cnDigit returns the value of a Chinese digit, or -1.
func cnDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII and the common
// three-byte cases decoded inline: CJK text is nearly all three-byte
// sequences, and the generic decoder is a call per rune.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// E1..EC and EE..EF lead bytes take any continuation bytes; E0 and ED
	// (overlongs, surrogates) go the long way.
	if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// containsAnyRune is strings.ContainsAny for a set holding characters
// beyond ASCII: it searches s for each character of the set in turn, where
// ContainsAny, given such a set, looks up every rune of s in it.
func containsAnyRune(s, set string) bool {
	for _, r := range set {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// indexAnyRune is strings.IndexAny for such a set: the first index of any
// of its characters in s, or -1.
func indexAnyRune(s, set string) int {
	first := -1
	for _, r := range set {
		if i := strings.IndexRune(s, r); i >= 0 && (first < 0 || i < first) {
			first = i
			s = s[:i] // nothing after it can come first
		}
	}
	return first
}

// rune3 decodes the three-byte sequence at s[i]: the parser's text is valid
// UTF-8 (see decode), so a lead byte E0..EF is followed by two continuation
// bytes. It inlines, where decodeRune is a call.
func rune3(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// hasWord is strings.Contains(s, w) for a short w whose first byte is common
// in the text, as the lead bytes of ideographs are: it looks for w's last
// byte, which is rarer, and checks the bytes before it.
func hasWord(s, w string) bool {
	return indexWord(s, w) >= 0
}

// indexWord is strings.Index(s, w) searched the way hasWord searches.
func indexWord(s, w string) int {
	last := w[len(w)-1]
	for i := len(w) - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return -1
		}
		i += j
		if s[i+1-len(w):i+1] == w {
			return i + 1 - len(w)
		}
		i++
	}
	return -1
}

// decodeFirst is utf8.DecodeRuneInString with the common cases inline.
func decodeFirst(s string) (rune, int) {
	if len(s) == 0 {
		return utf8.RuneError, 0
	}
	return decodeRune(s, 0)
}

// decodeLastRune is utf8.DecodeLastRuneInString with the ASCII and the
// common three-byte cases decoded inline.
func decodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 3 {
		if c := s[n-3]; c >= 0xE1 && c <= 0xEF && c != 0xED && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// lastOpener returns the index of the last round opening bracket of s within
// its last n bytes, or -1: where the aside or the credit that closes a
// paragraph opens, …。（孙蕾）. Only the tail is searched.
func lastOpener(s string, n int) int {
	from := max(0, len(s)-n)
	if k := strings.LastIndexAny(s[from:], "（("); k >= 0 {
		return from + k
	}
	return -1
}

// runeSet is a set of characters of the Basic Multilingual Plane, one bit
// each: a lookup costs the same for any character, where a switch over many
// cases is a chain of comparisons.
type runeSet [0x10000 / 64]uint64

// newRuneSet returns the set of the characters of chars.
func newRuneSet(chars string) *runeSet {
	var set runeSet
	for _, r := range chars {
		set.add(r)
	}
	return &set
}

func (set *runeSet) add(r rune) {
	if r >= 0 && r <= 0xFFFF {
		set[r>>6] |= 1 << (r & 63)
	}
}

// has reports whether r is in the set.
func (set *runeSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && set[r>>6]&(1<<(r&63)) != 0
}
