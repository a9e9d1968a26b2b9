package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"full stop", "会议在嘉定举行。", true},
		{"closing quote after stop", "他说：“很方便。”", true},
		{"half-width question", "企业为何纷纷“家”定嘉定?", true},
		{"ellipsis", "从电梯制造到健康科技……", true},
		{"comma", "本届进博会,", false},
		{"inside a word", "本届进博会,嘉", false},
		{"quote without stop", "美好生活圈”", false},
		{"english period", "The council voted on Thursday.", true},
		{"english no period", "City Council approves budget", false},
		{"trailing spaces", "好。  ", true},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsSentence(tt.in); got != tt.want {
				t.Errorf("endsSentence(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestJoinSep(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"CJK inside a word", "本届进博会,嘉", "定10余家企业", ""},
		{"CJK before a closing quote", "美好生活", "圈”。", ""},
		{"Latin words", "the city council", "voted on Thursday", " "},
		{"Latin after comma", "In 2025,", "the city", " "},
		{"hyphenated word", "well-", "known", ""},
		{"a phone number after a colon is whole", "咨询电话：86012345，86012346", "5月1日起，服务点照常开放", " "},
		{"a dash set apart at the line's end", "approved the move -", "and the shops", " "},
		{"digits then CJK", "3.8", "亿美元", ""},
		{"CJK then Latin", "嘉定区", "AI产业", ""},
		{"Latin quote after CJK", "他说“", "OK”", ""},
		{"number of Chinese text cut in two", "提供岗位60", "00余个", ""},
		{"number cut before its unit", "占地120", "0亩", ""},
		{"number cut at its decimal point", "生产总值486", ".7亿元", ""},
		{"number cut after its decimal point", "同比增长7.", "8%，增速高于全市", ""},
		{"a sentence ending with a number", "The vote was 7.", "8 members were absent", " "},
		{"a figure cut after its point before its unit", "项目总投资3.", "5亿元", ""},
		{"a time cut after its colon", "咨询电话5561 2230(工作日9:", "00—17:00)。", ""},
		{"a score cut after its colon", "凤凰体育队以2:", "1取胜", ""},
		{"a figure cut after its thousands comma", "全年接待游客12,", "400人次", ""},
		{"an English time cut after its colon", "doors open at 9:", "30 and close at noon", " "},
		{"an English list after a colon", "Scores by period 1:", "12 15 9 14", " "},
		{"an English number list after a comma", "in 2025,", "300 people came", " "},
		{"a credit's label at the end of a wrapped line", "等问题反弹。 撰稿", "宋佳", " "},
		{"a word that ends like a label", "他是一位资深的新闻记者", "曾多次获奖", ""},
		{"two numbers of English text", "on page 60", "100 people came", " "},
		{"English number list", "scores of 98", "76 and 54", " "},
		{"a number after a sentence", "投入使用。82", "11月12日", " "},
		{"a time cut after its colon after a closing quote", "周三为“无作业日”,15:", "30—17:30全部安排", ""},
		{"a time cut after its colon after a full-width comma", "周三为无作业日，15:", "30—17:30", ""},
		{"a time cut after its colon after an opening quote", "通知称“15:", "30后闭馆”", ""},
		{"a number of Chinese text cut after a pause mark", "共有12、60", "0余名", ""},
		{"an English time after a quote", "he said \"9:", "30 is too late\"", " "},
		{"an English time after a bracket", "the meeting (9:", "30 sharp) ran long", " "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinSep(tt.a, tt.b); got != tt.want {
				t.Errorf("joinSep(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestChineseNumber(t *testing.T) {
	tests := []struct {
		in     string
		want   int
		wantOK bool
	}{
		{"12", 12, true},
		{"１２", 12, true},
		{"二", 2, true},
		{"十", 10, true},
		{"十二", 12, true},
		{"二十一", 21, true},
		{"二〇二五", 2025, true},
		{"", 0, false},
		{"A2", 0, false},
		{"十x", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := chineseNumber(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("chineseNumber(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestCharClasses checks the fast paths of isHan and isSpace against the
// Unicode tables they stand for, over every code point.
func TestCharClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r) || unicode.Is(unicode.Cf, r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestLeadingSpace(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"\u3000\u3000本报讯", 4},
		{"    The city", 4},
		{"\tText", 4},
		{"正文", 0},
	}
	for _, tt := range tests {
		if got := leadingSpace(tt.in); got != tt.want {
			t.Errorf("leadingSpace(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestMeasure(t *testing.T) {
	st := measure("进博会见证“嘉定力量”, 2025 AI")
	if st.han != 9 || st.latin != 2 || st.digits != 4 || st.commas != 1 || st.words != 3 {
		t.Errorf("measure = %+v, want 9 han, 2 latin, 4 digits, 1 comma, 3 words", st)
	}
	if measure("City Council approves budget").latinText() != true {
		t.Errorf("latinText(English) = false, want true")
	}
	if measure("区委中心组举行专题学习会").latinText() {
		t.Errorf("latinText(Chinese) = true, want false")
	}
}

func TestHasWord(t *testing.T) {
	tests := []struct {
		name, s, w string
	}{
		{"empty", "", "讯"},
		{"alone", "讯", "讯"},
		{"start", "讯本报", "讯"},
		{"end", "本报讯", "讯"},
		{"absent", "本报记者张三", "讯"},
		{"last byte elsewhere", "诉讼", "讯"},
		{"two runes", "本报记者 张三", "记者"},
		{"split runes", "记 者", "记者"},
		{"cut rune", "本报讯"[:8], "讯"},
		{"ascii", "Continued on", "ontinued"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := hasWord(tt.s, tt.w), strings.Contains(tt.s, tt.w); got != want {
				t.Errorf("hasWord(%q, %q) = %v, want %v", tt.s, tt.w, got, want)
			}
		})
	}
}

func TestDecodeRune(t *testing.T) {
	tests := []struct {
		name, s string
	}{
		{"empty", ""},
		{"ascii", "ab"},
		{"han", "本报讯"},
		{"two bytes", "é"},
		{"four bytes", "𠀀x"},
		{"overlong", "\xe0\x80\x80"},
		{"surrogate", "\xed\xa0\x80"},
		{"cut", "本报"[:5]},
		{"stray continuation", "\x80\xbf本"},
		{"bad continuation", "\xe8\x41\xaf"},
		{"fullwidth", "（１）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := 0; i <= len(tt.s); i++ {
				s := tt.s[i:]
				r, n := decodeFirst(s)
				wr, wn := utf8.DecodeRuneInString(s)
				if r != wr || n != wn {
					t.Errorf("decodeFirst(%q) = %q, %d, want %q, %d", s, r, n, wr, wn)
				}
				s = tt.s[:i]
				r, n = decodeLastRune(s)
				wr, wn = utf8.DecodeLastRuneInString(s)
				if r != wr || n != wn {
					t.Errorf("decodeLastRune(%q) = %q, %d, want %q, %d", s, r, n, wr, wn)
				}
			}
		})
	}
}

// TestIsSpaceAllRunes checks isSpace's fast paths against its definition
// for every rune.
func TestIsSpaceAllRunes(t *testing.T) {
	def := func(r rune) bool {
		switch {
		case r < utf8.RuneSelf:
			return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
		case r == '\u3000':
			return true
		case r >= 0x3001 && r < 0xFE00:
			return false
		}
		return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
	}
	for r := rune(-2); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpace(r), def(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestAnyRune checks containsAnyRune and indexAnyRune against
// strings.ContainsAny and strings.IndexAny.
func TestAnyRune(t *testing.T) {
	sets := []string{"·•・", "，,", "。！？!?", "()（）[]［］【】〔〕", "：:"}
	texts := []string{"", "王·小明", "区委，会议", "a,b，c", "（附表）", "时间：10:30", "no marks here", "。", "!？"}
	for _, set := range sets {
		for _, s := range texts {
			if got, want := containsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("containsAnyRune(%q, %q) = %v, want %v", s, set, got, want)
			}
			if got, want := indexAnyRune(s, set), strings.IndexAny(s, set); got != want {
				t.Errorf("indexAnyRune(%q, %q) = %d, want %d", s, set, got, want)
			}
		}
	}
}

// TestHasUnicodeSpaceEveryRune checks the byte tests of hasUnicodeSpace against
// unicode.IsSpace for every character, alone and between ideographs.
func TestHasUnicodeSpaceEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		want := unicode.IsSpace(r)
		for _, s := range []string{string(r), "中" + string(r) + "文"} {
			if got := hasUnicodeSpace(s); got != want {
				t.Fatalf("hasUnicodeSpace(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"\xe3\x80", "\xe2\x80", "\xc2", "\xe1\x9a"} {
		if hasUnicodeSpace(s) {
			t.Errorf("hasUnicodeSpace(%q) = true for a cut sequence", s)
		}
	}
}
