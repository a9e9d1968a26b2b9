package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// This file checks point 11 of the parser's contract: nothing is lost. Every
// non-space character of the decoded input must be in exactly one place of
// the output: a headline, a dateline, a body block, a furniture line, or a
// cut — text taken out of the flow because it became a field. A cut is only
// allowed to hold the values it recorded (names that are now authors, pages
// that are now jumps) plus printed labels from a closed list (撰稿, 摄影,
// 下转第…版, By, Photo by) and punctuation; so the parser cannot hide body
// text in a cut, and it cannot print a character twice either.

// labelWords are the printed words a credit or a jump marker may hold
// besides the names and pages it records. The list is closed and kept apart
// from the parser's own tables on purpose.
var labelWords = []string{
	// Chinese credits.
	"本报记者", "本报实习记者", "本报见习记者", "本报特约记者", "本报摄影记者", "本报通讯员", "本报实习生",
	"首席记者", "特派记者", "特约记者", "见习记者", "实习记者", "融媒体记者", "全媒体记者", "摄影记者", "记者",
	"特约通讯员", "见习通讯员", "通讯员", "实习生", "撰稿", "撰文", "执笔", "作者为", "作者系", "作者是",
	"作者单位", "作者", "采写", "整理", "文字", "文图", "图文", "文并摄", "文", "摄影报道", "摄影", "摄像", "摄",
	"图片来源", "图片", "供图", "图", "报道", "制图", "绘图", "漫画", "插图", "题图", "图表", "绘",
	"责任编辑", "本版编辑", "版面编辑", "值班编辑", "编辑", "责编", "编审", "审核", "审校", "审读", "校对",
	"版式设计", "版面设计", "美术编辑", "美编", "版式", "组版", "排版",
	"本报特约评论员", "本报评论员", "特约评论员", "评论员", "供稿",
	// What an office supplied: （区气象台提供）, （图片由…提供）.
	"提供", "由", "照片",
	// An office's sign-off under a notice: 区应急管理局（温馨）提醒.
	"温馨提醒", "提醒",
	// A Q&A column's answerer: 答疑律师：…, 律师解答：…, 释疑法官 ….
	"答疑", "解答", "释疑", "解惑", "律师", "法官", "检察官", "专家", "医生", "医师", "民警", "警官", "老师", "嘉宾",
	// Chinese jump markers.
	"下转", "转至", "转到", "转", "下接", "上接", "紧接", "承接", "接", "续", "第", "版", "面",
	// English credits and jumps, word by word, compared without case.
	"by", "and", "staff", "file", "photo", "photos", "photograph", "photographs", "courtesy", "of", "graphic",
	"graphics", "illustration", "illustrations", "story", "text", "words", "written", "compiled",
	"reporting", "edited", "editing", "additional", "writing",
	// English desk sign-offs: — Staff reports, From wire services.
	"report", "reports", "wire", "services", "news",
	// English sign-offs that give the writer's contact.
	"can", "be", "reached", "at", "reach", "contact", "email", "e-mail",
	// End marks.
	"完", "全文完", "end", "continued", "cont.", "on", "from", "in", "page", "p.", "see", "please",
}

// labelPunct are the separators and marks a cut may hold.
const labelPunct = "()（）[]［］【】〔〕/／|｜:：、，,;；·•・□■◆◇●○◎▲△▼▽★☆▶►▷◀◥◤♦※◉▌▍▎▏█▪▫-—–－&.．>＞》→➡⇒»"

// uncounted reports whether a character carries no text: white space and
// invisible format characters.
func uncounted(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// runeCounts counts the characters of the texts that carry text.
func runeCounts(texts ...string) map[rune]int {
	m := make(map[rune]int)
	for _, s := range texts {
		for _, r := range s {
			if !uncounted(r) {
				m[r]++
			}
		}
	}
	return m
}

// outputTexts returns every text of the page that holds input characters
// once: headlines, datelines, body blocks, furniture lines.
func outputTexts(pg *Page) []string {
	var out []string
	for _, pc := range pg.Pieces {
		for _, h := range pc.Headlines {
			out = append(out, h.Text)
		}
		out = append(out, pc.Dateline)
		for _, b := range pc.Body {
			out = append(out, b.Text)
		}
	}
	return append(out, pg.Furniture...)
}

// checkNothingLost reports how the page and its cuts fail to account for
// the decoded text, or nil.
func checkNothingLost(text string, pg *Page, cuts []cut) error {
	var problems []string
	texts := outputTexts(pg)
	for _, c := range cuts {
		texts = append(texts, c.text)
		if err := checkCut(c, pg); err != nil {
			problems = append(problems, err.Error())
		}
	}
	in, out := runeCounts(text), runeCounts(texts...)
	var diff []string
	for r, n := range in {
		if out[r] != n {
			diff = append(diff, fmt.Sprintf("%q in %d, out %d", r, n, out[r]))
		}
	}
	for r, n := range out {
		if _, ok := in[r]; !ok {
			diff = append(diff, fmt.Sprintf("%q in 0, out %d", r, n))
		}
	}
	sort.Strings(diff)
	if len(diff) > 10 {
		diff = append(diff[:10], "…")
	}
	problems = append(problems, diff...)
	if len(problems) == 0 {
		return nil
	}
	return fmt.Errorf("characters not accounted for: %s", strings.Join(problems, "; "))
}

// checkCut checks that a cut holds its recorded values and labels only, and
// that each value is a field of the page.
func checkCut(c cut, pg *Page) error {
	recorded := map[string]bool{}
	for _, pc := range pg.Pieces {
		for _, a := range pc.Authors {
			recorded[a.Name], recorded[a.About], recorded[a.Contact] = true, true, true
			// A couple's first given name is recorded with the family name
			// printed once, after the second: Diane and Peter Kozlowski.
			if given, _, ok := strings.Cut(a.Name, " "); ok {
				recorded[given] = true
			}
		}
		recorded["page "+pc.ContinuedOn], recorded["page "+pc.ContinuedFrom] = true, true
	}
	for _, a := range pg.Editors {
		recorded[a.Name], recorded[a.About] = true, true
	}
	for _, v := range c.values {
		if v == "" || !strings.Contains(c.text, v) {
			return fmt.Errorf("cut %q: value %q not in it", c.text, v)
		}
		// A name padded to width is recorded without its spaces: 周 敏.
		if p, ok := pageNumber(v); !recorded[v] && !recorded[strings.Join(strings.Fields(v), "")] && !(ok && recorded["page "+p]) {
			return fmt.Errorf("cut %q: value %q recorded nowhere", c.text, v)
		}
	}
	budget := 10000
	if word, ok := labelsOnly(c.text, c.values, &budget); !ok && !(isJumpCut(c, recorded) && jumpSlugOnly(c, word)) {
		return fmt.Errorf("cut %q: %q is neither a recorded value nor a label", c.text, word)
	}
	return nil
}

// isJumpCut reports whether a cut is an English jump marker: its one value
// is a page the page records.
func isJumpCut(c cut, recorded map[string]bool) bool {
	if len(c.values) != 1 {
		return false
	}
	p, ok := pageNumber(c.values[0])
	return ok && recorded["page "+p] && c.text[0] < utf8.RuneSelf
}

// jumpSlugOnly reports whether the words of an English jump marker that
// are no labels are its slug, the story's name in capitals that links the
// two parts: See BUDGET, Page A4; BUDGET, from Page A1.
func jumpSlugOnly(c cut, word string) bool {
	slug := 0 // words in the slug: at most three
	for _, w := range strings.FieldsFunc(c.text, func(r rune) bool { return uncounted(r) || strings.ContainsRune(labelPunct, r) }) {
		switch {
		case w == c.values[0] || isLabels(w):
		case strings.ToUpper(w) == w && slug < 3:
			slug++
		default:
			return false
		}
	}
	return slug > 0 && strings.ToUpper(word) == word
}

// labelsOnly reports whether what is left of text once each value is taken
// out — at one of the places it occurs — is labels and punctuation only.
// It returns a word that is neither when it fails.
func labelsOnly(text string, values []string, budget *int) (string, bool) {
	if len(values) == 0 {
		rest := strings.Map(func(r rune) rune {
			if uncounted(r) || strings.ContainsRune(labelPunct, r) {
				return ' '
			}
			return r
		}, text)
		for _, word := range strings.Fields(rest) {
			if !isLabels(word) {
				return word, false
			}
		}
		return "", true
	}
	v := values[0]
	bad := v
	for i := 0; *budget > 0; {
		*budget--
		k := strings.Index(text[i:], v)
		if k < 0 {
			break
		}
		k += i
		if word, ok := labelsOnly(text[:k]+" "+text[k+len(v):], values[1:], budget); ok {
			return "", true
		} else {
			bad = word
		}
		i = k + 1
		for i < len(text) && !utf8.RuneStart(text[i]) {
			i++
		}
	}
	return bad, false
}

// isLabels reports whether s is made of label words only.
func isLabels(s string) bool {
	// ok[i]: s[i:] splits into label words.
	ok := make([]bool, len(s)+1)
	ok[len(s)] = true
	for i := len(s) - 1; i >= 0; i-- {
		for _, w := range labelWords {
			if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) && ok[i+len(w)] {
				ok[i] = true
				break
			}
		}
	}
	return ok[0]
}

// checkClean reports output strings that are not valid UTF-8 or hold
// characters XML 1.0 forbids.
func checkClean(pg *Page) error {
	var bad []string
	check := func(what, s string) {
		if !utf8.ValidString(s) {
			bad = append(bad, fmt.Sprintf("%s %q: invalid UTF-8", what, s))
			return
		}
		for _, r := range s {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0xD800 && r <= 0xDFFF || r == 0xFFFE || r == 0xFFFF {
				bad = append(bad, fmt.Sprintf("%s %q: holds %U", what, s, r))
				return
			}
		}
	}
	check("encoding", pg.Encoding)
	check("number", pg.Number)
	check("name", pg.Name)
	for _, s := range pg.Furniture {
		check("furniture", s)
	}
	for _, s := range pg.Warnings {
		check("warning", s)
	}
	for _, a := range pg.Editors {
		check("editor", a.Name)
		check("editor", a.About)
	}
	for _, pc := range pg.Pieces {
		for _, h := range pc.Headlines {
			check("headline", h.Text)
		}
		check("dateline", pc.Dateline)
		check("continued on", pc.ContinuedOn)
		check("continued from", pc.ContinuedFrom)
		for _, a := range pc.Authors {
			check("author", a.Name)
			check("author", a.About)
			check("author", a.Contact)
		}
		for _, b := range pc.Body {
			check("body", b.Text)
		}
		check("title", pc.Title())
	}
	if len(bad) > 0 {
		return fmt.Errorf("unclean output: %s", strings.Join(bad, "; "))
	}
	return nil
}

func TestNothingLost(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text, _, _ := decode(in)
			pg, cuts := parseBytes(in)
			if err := checkNothingLost(text, pg, cuts); err != nil {
				t.Errorf("Parse(%s): %v", path, err)
			}
			if err := checkClean(pg); err != nil {
				t.Errorf("Parse(%s): %v", path, err)
			}
		})
	}
}

// TestNothingLostCatches makes sure the accounting is not satisfied by
// anything: a dropped character, a duplicated one, or body text hidden in a
// cut all fail.
func TestNothingLostCatches(t *testing.T) {
	const text = "进博会见证嘉定力量\n\n本报讯 嘉定企业组团参展。撰稿 俞超\n"
	pg, cuts := parseText(text)
	if err := checkNothingLost(text, pg, cuts); err != nil {
		t.Fatalf("checkNothingLost on a good parse: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(pg *Page, cuts []cut) []cut
	}{
		{"drop a character", func(pg *Page, cuts []cut) []cut {
			pg.Pieces[0].Body[0].Text = strings.TrimSuffix(pg.Pieces[0].Body[0].Text, "。")
			return cuts
		}},
		{"print a character twice", func(pg *Page, cuts []cut) []cut {
			pg.Pieces[0].Body[0].Text += "。"
			return cuts
		}},
		{"hide body text in a cut", func(pg *Page, cuts []cut) []cut {
			body := pg.Pieces[0].Body[0].Text
			pg.Pieces[0].Body = nil
			return append(cuts, cut{text: body})
		}},
		{"hide text as an unrecorded value", func(pg *Page, cuts []cut) []cut {
			body := pg.Pieces[0].Body[0].Text
			pg.Pieces[0].Body = nil
			return append(cuts, cut{text: body, values: []string{body}})
		}},
		{"drop the author", func(pg *Page, cuts []cut) []cut {
			pg.Pieces[0].Authors = nil
			return cuts
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(text)
			cuts = tt.mutate(pg, slices.Clone(cuts))
			if err := checkNothingLost(text, pg, cuts); err == nil {
				t.Errorf("checkNothingLost after %s = nil, want an error", tt.name)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, path := range fixtures(f) {
		in, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		pg, err := Parse(bytes.NewReader(in), Options{})
		if err != nil {
			t.Fatalf("Parse error: %v", err)
		}
		if err := checkClean(pg); err != nil {
			t.Fatal(err)
		}
		text, _, _ := decode(in)
		again, cuts := parseBytes(in)
		if !reflect.DeepEqual(pg, again) {
			t.Fatalf("Parse is not deterministic:\n%s\nvs\n%s", dump(pg), dump(again))
		}
		if err := checkNothingLost(text, again, cuts); err != nil {
			t.Fatal(err)
		}
	})
}
