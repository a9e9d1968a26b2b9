package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/paperfeed/paperfeed/article"
)

// Full-text search.
//
// The tokens are made here, in Go, and handed to FTS5's "ascii" tokenizer as
// space-separated words; since every token is made only of letters and
// digits and that tokenizer splits on ASCII spaces and punctuation only, it
// keeps them as they are, whatever its Unicode tables say.
//
// Text is NFKC-normalized and lower-cased. A run of letters and digits that
// are not CJK is one token (English words match whole and case-insensitively).
// A run of CJK characters c0…cn-1 gives one token per character: the bigram
// ci ci+1, and for the last character the unigram cn-1. Every character thus
// starts exactly one token, and adjacent characters give adjacent tokens, so:
//
//   - a query run of two or more characters is the phrase of its bigrams
//     ("嘉定区" → "嘉定" "定区"), which matches wherever the characters stand
//     together, also inside longer runs;
//   - a query run of one character at the end of a query word is a prefix
//     token ("区" *), matching any token starting with it — every occurrence;
//   - a query run followed by more of the same query word (digits, Latin)
//     ends in its exact unigram, as the indexed run then ends there too
//     ("区10余" → "区" "10" "余" *).
//
// Query words separated by spaces must all match (AND). Every token is
// quoted, and contains no quote, so no query can inject FTS5 syntax.

const (
	maxQueryRunes  = 256
	maxQueryWords  = 16
	maxQueryTokens = 64
)

// isCJK reports whether r is a letter or digit of a script written without
// spaces between words, indexed as bigrams.
func isCJK(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsNumber(r)) &&
		unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// isWord reports whether r belongs to a token.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// token is one search token; prefix makes it match any token it begins.
type token struct {
	text   string
	prefix bool
}

// segments calls fn for each run of s: a non-CJK word or a run of CJK
// characters, in order. s must be normalized already.
func segments(s string, fn func(run []rune, cjk bool)) {
	var run []rune
	cjk := false
	flush := func() {
		if len(run) > 0 {
			fn(run, cjk)
			run = run[:0]
		}
	}
	for _, r := range s {
		switch {
		case isCJK(r):
			if !cjk {
				flush()
				cjk = true
			}
			run = append(run, r)
		case isWord(r):
			if cjk {
				flush()
				cjk = false
			}
			run = append(run, r)
		default:
			flush()
		}
	}
	flush()
}

func normalize(s string) string {
	return strings.ToLower(norm.NFKC.String(s))
}

// indexText appends to b the token text FTS5 indexes for s.
func indexText(b *strings.Builder, s string) {
	segments(normalize(s), func(run []rune, cjk bool) {
		if !cjk {
			b.WriteString(string(run))
			b.WriteByte(' ')
			return
		}
		for i := range run {
			b.WriteRune(run[i])
			if i+1 < len(run) {
				b.WriteRune(run[i+1])
			}
			b.WriteByte(' ')
		}
	})
}

// pieceText returns the indexed text of a piece: headlines, dateline, body
// and author names.
func pieceText(p *article.Piece) string {
	var b strings.Builder
	for _, h := range p.Headlines {
		indexText(&b, h.Text)
		b.WriteString(". ")
	}
	indexText(&b, p.Dateline)
	b.WriteString(". ")
	for _, bl := range p.Body {
		indexText(&b, bl.Text)
		b.WriteString(". ")
	}
	for _, a := range p.Authors {
		indexText(&b, a.Name)
		b.WriteString(". ")
	}
	return b.String()
}

// queryTokens returns the tokens of one query word (no spaces), per the
// rules above.
func queryTokens(word string) []token {
	type seg struct {
		run []rune
		cjk bool
	}
	var segs []seg
	segments(normalize(word), func(run []rune, cjk bool) {
		segs = append(segs, seg{run: append([]rune(nil), run...), cjk: cjk})
	})
	var toks []token
	for i, sg := range segs {
		if !sg.cjk {
			toks = append(toks, token{text: string(sg.run)})
			continue
		}
		for j := 0; j+1 < len(sg.run); j++ {
			toks = append(toks, token{text: string(sg.run[j : j+2])})
		}
		last := string(sg.run[len(sg.run)-1])
		switch {
		case i+1 < len(segs):
			toks = append(toks, token{text: last})
		case len(sg.run) == 1:
			toks = append(toks, token{text: last, prefix: true})
		}
	}
	return toks
}

// matchExpr turns a user's query into a safe FTS5 MATCH expression, or ""
// when it holds nothing to search for.
func matchExpr(q string) string {
	if r := []rune(q); len(r) > maxQueryRunes {
		q = string(r[:maxQueryRunes])
	}
	var phrases []string
	seen := make(map[string]bool)
	total := 0
	for _, word := range strings.Fields(q) {
		toks := queryTokens(word)
		if len(toks) == 0 {
			continue
		}
		if total+len(toks) > maxQueryTokens {
			break
		}
		total += len(toks)
		var b strings.Builder
		for i, t := range toks {
			if i > 0 {
				b.WriteString(" + ")
			}
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(t.text, `"`, `""`))
			b.WriteByte('"')
			if t.prefix {
				b.WriteString(" *")
			}
		}
		p := b.String()
		if seen[p] {
			continue
		}
		seen[p] = true
		phrases = append(phrases, p)
		if len(phrases) == maxQueryWords {
			break
		}
	}
	return strings.Join(phrases, " AND ")
}
