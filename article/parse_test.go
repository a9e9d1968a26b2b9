package article

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// TestParseSample asserts the facts issue 2 lists for the real sample page.
func TestParseSample(t *testing.T) {
	in, err := os.ReadFile("testdata/00_sample_jiading.txt")
	if err != nil {
		t.Fatal(err)
	}
	pg, err := Parse(bytes.NewReader(in), Options{})
	if err != nil {
		t.Fatalf("Parse(sample) error: %v", err)
	}
	if len(pg.Pieces) != 4 {
		t.Fatalf("Parse(sample) = %d pieces, want 4:\n%s", len(pg.Pieces), dump(pg))
	}
	paragraphs := func(pc Piece) (ps, subs []string) {
		for _, b := range pc.Body {
			if b.Kind == BlockSubhead {
				subs = append(subs, b.Text)
			} else {
				ps = append(ps, b.Text)
			}
		}
		return ps, subs
	}
	headlines := func(pc Piece) []string {
		var hs []string
		for _, h := range pc.Headlines {
			hs = append(hs, h.Text)
		}
		return hs
	}
	contains := func(ps []string, s string) bool {
		for _, p := range ps {
			if strings.Contains(p, s) {
				return true
			}
		}
		return false
	}
	noLabels := func(pc Piece) {
		for _, b := range pc.Body {
			for _, w := range []string{"撰稿", "摄影", "下转", "(下转第2版)"} {
				if strings.Contains(b.Text, w) {
					t.Errorf("body of %q keeps %q: %q", pc.Title(), w, b.Text)
				}
			}
		}
	}

	// 1. The lead article.
	a := pg.Pieces[0]
	ps, subs := paragraphs(a)
	if a.Kind != KindArticle || a.Kicker() != "10余家企业组团参展,14个优质项目落地,达成采购成交意向金额3.8亿美元……" ||
		a.Title() != "进博会见证“嘉定力量”" || a.Subtitle() != "" || a.Dateline != "本报讯" {
		t.Errorf("piece 1 = %s kicker %q title %q subtitle %q dateline %q", a.Kind, a.Kicker(), a.Title(), a.Subtitle(), a.Dateline)
	}
	if want := []string{"在共享发展中寻新机", "国际“朋友圈”再扩容"}; !reflect.DeepEqual(subs, want) {
		t.Errorf("piece 1 subheads = %q, want %q", subs, want)
	}
	if len(ps) != 7 || !contains(ps, "本届进博会,嘉定10余家企业") || !contains(ps, "在汽车及智慧出行展区,肖文高") {
		t.Errorf("piece 1 = %d paragraphs with joins %v %v, want 7 with both column breaks joined", len(ps),
			contains(ps, "本届进博会,嘉定10余家企业"), contains(ps, "在汽车及智慧出行展区,肖文高"))
	}
	if a.ContinuedOn != "2" || len(a.Authors) != 0 || a.Line != 5 {
		t.Errorf("piece 1 continued on %q, authors %+v, line %d; want 2, none, 5", a.ContinuedOn, a.Authors, a.Line)
	}
	noLabels(a)

	// 2. The meeting of the three cities.
	b := pg.Pieces[1]
	ps, subs = paragraphs(b)
	if want := []string{"2025年嘉昆太协同创新核心圈轮值会议在嘉定举行", "共同开启核心圈建设新征程"}; b.Kind != KindArticle ||
		!reflect.DeepEqual(headlines(b), want) || b.Dateline != "本报讯" {
		t.Errorf("piece 2 = %s headlines %q dateline %q, want article %q 本报讯", b.Kind, headlines(b), b.Dateline, want)
	}
	if len(ps) != 7 || len(subs) != 0 || !contains(ps, "“美好生活圈”。") {
		t.Errorf("piece 2 = %d paragraphs, %d subheads, joined %v; want 7, 0, true", len(ps), len(subs), contains(ps, "“美好生活圈”。"))
	}
	if want := []Author{{Name: "俞超", Role: RoleWriter}}; !reflect.DeepEqual(b.Authors, want) || b.ContinuedOn != "" {
		t.Errorf("piece 2 authors %+v continued on %q, want %+v", b.Authors, b.ContinuedOn, want)
	}
	noLabels(b)

	// 4. The photo caption: it stands between articles 2 and 3 in the text,
	// and comes after the page's articles.
	c := pg.Pieces[3]
	ps, _ = paragraphs(c)
	if c.Kind != KindPhoto || len(c.Headlines) != 0 || len(ps) != 1 || !strings.HasPrefix(ps[0], "本届进博会上,嘉定首次") {
		t.Errorf("piece 4 = %s %d headlines %q, want a photo caption 本届进博会上,嘉定首次…", c.Kind, len(c.Headlines), ps)
	}
	if want := []Author{{Name: "徐宸逸", Role: RolePhotographer}}; !reflect.DeepEqual(c.Authors, want) || c.Line != 53 {
		t.Errorf("piece 4 authors %+v line %d, want %+v line 53", c.Authors, c.Line, want)
	}
	noLabels(c)

	// 3. The study session.
	d := pg.Pieces[2]
	ps, subs = paragraphs(d)
	if want := []string{"坚持以改革创新精神,引领推动全区高质量发展", "区委中心组举行专题学习会"}; d.Kind != KindArticle ||
		!reflect.DeepEqual(headlines(d), want) || d.Dateline != "本报讯" {
		t.Errorf("piece 3 = %s headlines %q dateline %q, want article %q 本报讯", d.Kind, headlines(d), d.Dateline, want)
	}
	if len(ps) != 4 || len(subs) != 0 || !contains(ps, "系统集成和突出重点相结合") {
		t.Errorf("piece 3 = %d paragraphs, %d subheads, joined %v; want 4, 0, true", len(ps), len(subs), contains(ps, "系统集成和突出重点相结合"))
	}
	if want := []Author{{Name: "李华成", Role: RoleWriter}}; !reflect.DeepEqual(d.Authors, want) {
		t.Errorf("piece 3 authors %+v, want %+v", d.Authors, want)
	}
	noLabels(d)
	if len(pg.Warnings) != 0 || pg.Encoding != "UTF-8" {
		t.Errorf("warnings %q encoding %q, want none, UTF-8", pg.Warnings, pg.Encoding)
	}
}

func TestParseMaxSize(t *testing.T) {
	page := strings.Repeat("本报讯 正文。\n", 100)
	tests := []struct {
		name    string
		max     int64
		wantErr error
	}{
		{"under the limit", int64(len(page)), nil},
		{"default limit", 0, nil},
		{"over the limit", int64(len(page)) - 1, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, err := Parse(strings.NewReader(page), Options{MaxSize: tt.max})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse(max %d) error = %v, want %v", tt.max, err, tt.wantErr)
			}
			if err == nil && len(pg.Pieces) != 100 {
				t.Errorf("Parse(max %d) = %d pieces, want 100", tt.max, len(pg.Pieces))
			}
			if err != nil && pg != nil {
				t.Errorf("Parse(max %d) returned a page with an error", tt.max)
			}
		})
	}
}

func TestParseReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := Parse(iotest.ErrReader(boom), Options{})
	if !errors.Is(err, boom) {
		t.Errorf("Parse(failing reader) error = %v, want it to wrap %v", err, boom)
	}
}

func TestParseEncodings(t *testing.T) {
	// The same page in the encodings the fixtures use must parse alike.
	tests := []struct{ name, path, enc string }{
		{"GBK", "testdata/04_cn_gbk.txt", "GB18030"},
		{"UTF-16LE with BOM", "testdata/05_cn_briefs_utf16le_bom.txt", "UTF-16LE"},
		{"UTF-8 with BOM", "testdata/06_cn_opinion_utf8_bom.txt", "UTF-8"},
		{"CRLF", "testdata/07_cn_headlines_crlf.txt", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			pg, err := Parse(bytes.NewReader(in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if pg.Encoding != tt.enc || len(pg.Pieces) == 0 {
				t.Fatalf("Parse(%s) = %s with %d pieces, want %s", tt.path, pg.Encoding, len(pg.Pieces), tt.enc)
			}
			for _, pc := range pg.Pieces {
				for _, h := range pc.Headlines {
					if strings.ContainsAny(h.Text, "\r\uFEFF\uFFFD") {
						t.Errorf("headline %q keeps a CR, BOM or replacement character", h.Text)
					}
				}
			}
		})
	}
}

func ExampleParse() {
	page := `2025年11月10日 星期一 第1版 要闻

进博会见证“嘉定力量”

本报讯（记者 王晓燕）第八届进博会圆满落幕,嘉定区10余家企业组团参展。撰稿 俞超

本届进博会上,嘉定首次设立“嘉定企业集中展示区”。

摄影 徐宸逸
`
	pg, err := Parse(strings.NewReader(page), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pg.Date, pg.Number, pg.Name)
	for _, pc := range pg.Pieces {
		fmt.Printf("%s: %s (%s)\n", pc.Kind, pc.Title(), pc.Dateline)
		for _, a := range pc.Authors {
			fmt.Printf("  %s %s\n", a.Role, a.Name)
		}
	}
	// Output:
	// 2025-11-10 1 要闻
	// article: 进博会见证“嘉定力量” (本报讯（记者 王晓燕）)
	//   reporter 王晓燕
	//   writer 俞超
	// photo: 本届进博会上,嘉定首次设立“嘉定企业集中展示区” ()
	//   photographer 徐宸逸
}

func TestPieceTitle(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a numbered item", "1. 青溪区开展春季消防安全检查，共排查整改隐患32处。", "青溪区开展春季消防安全检查，共排查整改隐患32处"},
		{"a numbered item with a comma", "2、青溪区举办全民健身运动会。", "青溪区举办全民健身运动会"},
		{"a year opens the text", "2026年全区新增公共充电桩600个。", "2026年全区新增公共充电桩600个"},
		{"a decimal opens the text", "3.5亿元投入老旧小区改造。", "3.5亿元投入老旧小区改造"},
		{"a number alone", "1.", "1"},
		{"an English caption keeps a line's worth of words",
			"Fire crews from Millbrook and Carver work to contain a brush fire off Route 9 on Sunday afternoon as residents watch.",
			"Fire crews from Millbrook and Carver work to contain a brush fire off Route 9…"},
		{"an abbreviation ends no sentence", "The fire department will hold an open house from 10 a.m. to 2 p.m. Saturday.",
			"The fire department will hold an open house from 10 a.m. to 2 p.m. Saturday"},
		{"a title before a name ends no sentence", "Gov. Ellen Park signs the school budget at City Hall on Monday.",
			"Gov. Ellen Park signs the school budget at City Hall on Monday"},
		{"a clock time ends a sentence before a capital", "Crews worked until 3 a.m. Residents were allowed back in by noon.", "Crews worked until 3 a.m"},
		{"a clock time goes on with its day", "The board meets at 7 p.m. Thursday in the library.", "The board meets at 7 p.m. Thursday in the library"},
		{"a sentence ending in a score ends", "The council voted 5-2. The plan now goes to the mayor.", "The council voted 5-2"},
		{"a Chinese caption is cut within forty characters",
			"青溪区第六届职工合唱比赛决赛在区大剧院举行十八支合唱团队同台竞技展现全区职工积极向上的精神风貌和昂扬斗志赢得观众阵阵掌声",
			"青溪区第六届职工合唱比赛决赛在区大剧院举行十八支合唱团队同台竞技展现全区职工积…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pc := Piece{Body: []Block{{Kind: BlockParagraph, Text: tt.in}}}
			if got := pc.Title(); got != tt.want {
				t.Errorf("Piece{%q}.Title() = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
