package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryWidth is how wide a summary may be, counting a wide (CJK)
// character as 2 and any other as 1: about 120 Chinese characters or 240
// Latin letters.
const summaryWidth = 240

// personName returns a name for the feeds' author fields (Atom <name>, RSS
// dc:creator, JSON Feed name), which are plain text that readers and
// validators may take for HTML: "<", ">" and "&" become their full-width
// forms when the name looks like markup. Pages show names as they are.
func personName(s string) string {
	s = clean(s)
	if !markupRe.MatchString(s) && !strings.Contains(s, ">") {
		return s
	}
	return strings.NewReplacer("<", "＜", ">", "＞", "&", "＆").Replace(s)
}

// clean returns s as valid UTF-8 without the characters XML forbids or feed
// validators flag (C0 and C1 controls other than tab and newline, U+FFFD,
// U+FFFE, U+FFFF), trimmed of surrounding space.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if badRune(r) {
			ok = false
			break
		}
	}
	if ok {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s { // invalid UTF-8 arrives as U+FFFD and is dropped
		if !badRune(r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

func badRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == utf8.RuneError, r == 0xfffe, r == 0xffff:
		return true
	}
	return false
}

// summarize shortens text to at most width columns (a wide character counts
// 2): at the last sentence end that keeps at least a third of it, else at a
// clause or word boundary with "…", else in the middle with "…".
func summarize(text string, width int) string {
	text = strings.TrimSpace(text)
	r := []rune(text)
	// fit is how many runes fit in width, leaving room for "…".
	fit, w := len(r), 0
	for i, c := range r {
		w += runeWidth(c)
		if w > width {
			fit = i
			break
		}
	}
	if fit == len(r) {
		return text
	}
	// The last sentence end, with its closing quotes, that fits.
	best := -1
	for i := 0; i < fit; i++ {
		if !sentenceEnd(r, i) {
			continue
		}
		j := i + 1
		for j < len(r) && strings.ContainsRune("”’」』）)》\"'", r[j]) {
			j++
		}
		if j <= fit {
			best = j
		}
	}
	if best >= fit/3 {
		return strings.TrimSpace(string(r[:best]))
	}
	cut := fit - 1 // room for "…"
	for i := cut; i > fit/3; i-- {
		if strings.ContainsRune("，,；;、：:", r[i]) {
			return strings.TrimSpace(string(r[:i])) + "…"
		}
	}
	for i := cut; i > fit/3; i-- {
		if unicode.IsSpace(r[i]) {
			return strings.TrimSpace(string(r[:i])) + "…"
		}
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}

// sentenceEnd reports whether r[i] ends a sentence.
func sentenceEnd(r []rune, i int) bool {
	switch r[i] {
	case '。', '！', '？', '!', '?':
		return true
	case '…':
		return i+1 == len(r) || r[i+1] != '…'
	case '.':
		return i+1 == len(r) || unicode.IsSpace(r[i+1])
	}
	return false
}

// runeWidth is 2 for East Asian wide characters and 1 otherwise.
func runeWidth(r rune) int {
	if r >= 0x1100 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xff60) || (r >= 0xffe0 && r <= 0xffe6)) {
		return 2
	}
	return 1
}
