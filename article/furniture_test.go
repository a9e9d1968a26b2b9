package article

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestFurnitureLine(t *testing.T) {
	d := func(y, m, day int) Date { return Date{Year: y, Month: time.Month(m), Day: day} }
	tests := []struct {
		name string
		in   string
		want furniture
	}{
		{"date, weekday, page, name", "2025年11月10日 星期一 第1版 要闻",
			furniture{strength: strongFurniture, date: d(2025, 11, 10), number: "1", name: "要闻"}},
		{"masthead and date with ideographic spaces", "嘉定报\u30002025年11月13日\u3000星期四",
			furniture{strength: strongFurniture, date: d(2025, 11, 13)}},
		{"page and name", "第4版\u3000民生", furniture{strength: strongFurniture, number: "4", name: "民生"}},
		{"N版", "3版 综合", furniture{strength: strongFurniture, number: "3", name: "综合"}},
		{"two sections joined by a middle dot", "第3版 教育·卫生", furniture{strength: strongFurniture, number: "3", name: "教育·卫生"}},
		{"a spaced middle dot separates", "嘉定报 · 2025年11月10日 · 第3版", furniture{strength: strongFurniture, date: d(2025, 11, 10), number: "3"}},
		{"Chinese numeral page", "第二版", furniture{strength: strongFurniture, number: "2"}},
		{"ISO date", "2025-11-18 星期二 农历乙巳年九月廿八", furniture{strength: strongFurniture, date: d(2025, 11, 18)}},
		{"slashed date", "2025/11/15    第2版    经济", furniture{strength: strongFurniture, date: d(2025, 11, 15), number: "2", name: "经济"}},
		{"issue numbers", "国内统一连续出版物号 CN31-0081 第2987期", furniture{strength: strongFurniture}},
		{"editors", "责任编辑 刘敏 版式设计 张楠", furniture{strength: strongFurniture,
			editors: []Author{{Name: "刘敏", Role: RoleEditor}, {Name: "张楠", Role: RoleDesigner}}}},
		{"plain 编辑 is for the edges", "编辑　周婷", furniture{strength: weakFurniture,
			editors: []Author{{Name: "周婷", Role: RoleEditor}}}},
		{"teaser", "嘉定新城远香湖畔新添文化地标 见第2版", furniture{strength: strongFurniture}},
		{"teaser with the page in brackets", "■ 西岑科创中心首批企业入驻（2版）", furniture{strength: strongFurniture}},
		{"teaser with an arrow", "秋冬季节火灾防控提示 >>4版", furniture{strength: strongFurniture}},
		{"issue number alone", "国内统一连续出版物号 CN31-0099", furniture{strength: strongFurniture}},
		{"publisher under the masthead", "中共上海市青浦区委主管主办", furniture{strength: weakFurniture}},
		{"section and bare page number", "要闻 1", furniture{strength: weakFurniture, number: "1", name: "要闻"}},
		{"English header", "A1 | Monday, November 10, 2025", furniture{strength: strongFurniture, date: d(2025, 11, 10), number: "A1"}},
		{"English page", "Page A6", furniture{strength: strongFurniture, number: "A6"}},
		{"English date", "November 12, 2025", furniture{strength: strongFurniture, date: d(2025, 11, 12)}},
		{"masthead and date", "THE RIVERSIDE HERALD     Tuesday, Nov. 11, 2025", furniture{strength: strongFurniture, date: d(2025, 11, 11)}},
		{"masthead alone", "嘉定报", furniture{strength: weakFurniture}},
		{"section alone", "要闻", furniture{strength: weakFurniture, name: "要闻"}},
		{"English masthead", "THE RIVERSIDE HERALD", furniture{strength: weakFurniture}},
		{"bare page", "A2", furniture{strength: weakFurniture, number: "A2"}},
		// Not furniture.
		{"headline with a year", "2025年嘉昆太协同创新核心圈轮值会议在嘉定举行", furniture{}},
		{"headline with a full date", "2025年11月10日起嘉定实施垃圾分类新规", furniture{}},
		{"paragraph", "11月7日,区四套班子领导肖文高等来到国家会展中心。", furniture{}},
		{"a short heading", "在共享发展中寻新机", furniture{}},
		{"English sentence with a date", "The festival runs every weekend through Dec. 21, 2025, organizers said.", furniture{}},
		{"invalid date", "2025年2月30日 第1版", furniture{strength: strongFurniture, number: "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := furnitureLine(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("furnitureLine(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// TestMarkFurniture checks that weak furniture counts only at the page's
// edges and that the first date and page win, with a warning for others.
func TestMarkFurnitureMastheadBlock(t *testing.T) {
	text := "青浦报\nQINGPU BAO\n中共上海市青浦区委主管主办\n2025年11月10日 星期一\n\n今日导读\n西岑科创中心首批企业入驻 见第2版\n\n要闻 1\n\n" +
		"标题\n\n本报讯 正文。\n\n特此公告。\n上海市嘉定区医疗保障局\n2025年11月18日\n\n简讯\n\n◆ 区政协召开会议。\n"
	p := &parser{page: &Page{}}
	lines := splitLines(text)
	p.markFurniture(lines)
	var furn []string
	for _, l := range lines {
		if l.furn {
			furn = append(furn, l.text)
		}
	}
	want := []string{"青浦报", "QINGPU BAO", "中共上海市青浦区委主管主办", "2025年11月10日 星期一", "今日导读",
		"西岑科创中心首批企业入驻 见第2版", "要闻 1", "简讯"}
	if !reflect.DeepEqual(furn, want) {
		t.Errorf("furniture lines = %q, want %q", furn, want)
	}
	if pg := p.page; pg.Number != "1" || pg.Name != "要闻" || len(pg.Warnings) != 0 {
		t.Errorf("page facts = %q %q warnings %q, want 1 要闻 and no warning", pg.Number, pg.Name, pg.Warnings)
	}
}

func TestMarkFurniture(t *testing.T) {
	text := "嘉定报\n2025年11月10日 星期一 第1版 要闻\n\n要闻\n\n本报讯 正文。\n\n2025年11月11日 第2版\n\n正文二。\n\n编辑 周婷\n"
	p := &parser{page: &Page{}}
	lines := splitLines(text)
	p.markFurniture(lines)
	var furn []string
	for _, l := range lines {
		if l.furn {
			furn = append(furn, l.text)
		}
	}
	want := []string{"嘉定报", "2025年11月10日 星期一 第1版 要闻", "要闻", "2025年11月11日 第2版", "编辑 周婷"}
	if !reflect.DeepEqual(furn, want) {
		t.Errorf("furniture lines = %q, want %q", furn, want)
	}
	pg := p.page
	if pg.Date != (Date{2025, 11, 10}) || pg.Number != "1" || pg.Name != "要闻" {
		t.Errorf("page facts = %v %q %q, want 2025-11-10 1 要闻", pg.Date, pg.Number, pg.Name)
	}
	if len(pg.Warnings) != 2 {
		t.Errorf("warnings = %q, want two (date and page differ)", pg.Warnings)
	}
	if len(pg.Editors) != 1 || pg.Editors[0].Name != "周婷" {
		t.Errorf("editors = %+v, want 周婷", pg.Editors)
	}
}

func TestFurnitureToken(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		kind tokKind
		page string
	}{
		{"星期一 第1版", len("星期一"), tokWeekday, ""},
		{"周日", len("周日"), tokWeekday, ""},
		{"Monday, Nov. 10", len("Monday"), tokWeekday, ""},
		{"第2987期", len("第2987期"), tokIssue, ""},
		{"总第 5678 号", len("总第 5678 号"), tokIssue, ""},
		{"CN31-0081/G", len("CN31-0081/G"), tokIssue, ""},
		{"邮发代号：3-12 余下", len("邮发代号：3-12"), tokIssue, ""},
		{"今日8版", len("今日8版"), tokIssue, ""},
		{"Vol. 12, No. 345", len("Vol. 12,"), tokIssue, ""},
		{"第1版", len("第1版"), tokPage, "1"},
		{"第 A2 版", len("第 A2 版"), tokPage, "A2"},
		{"第十二版", len("第十二版"), tokPage, "12"},
		{"3版", len("3版"), tokPage, "3"},
		{"A6版", len("A6版"), tokPage, "A6"},
		{"Page A6", len("Page A6"), tokPage, "A6"},
		{"PAGE 3 |", len("PAGE 3"), tokPage, "3"},
		{"A2 | Monday", len("A2"), tokBarePage, "A2"},
		{"第二季度", 0, 0, ""},
		{"Pages", 0, 0, ""},
		{"ABC", 0, 0, ""},
		{"G60科创走廊", 0, 0, ""},
		{"2025", 0, 0, ""},
	}
	for _, tt := range tests {
		n, kind, page := furnitureToken(tt.in, 0)
		if n != tt.n || kind != tt.kind || page != tt.page {
			t.Errorf("furnitureToken(%q) = %d, %d, %q, want %d, %d, %q", tt.in, n, kind, page, tt.n, tt.kind, tt.page)
		}
	}
}

func TestIsTeaser(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"嘉定新城远香湖畔新添文化地标 见第2版", true},
		{"“专精特新”企业培育成效显著（详见3版）", true},
		{"老街焕发新活力 →A3版", true},
		{"City budget vote delayed, Page A3", true},
		{"第1版 要闻", false},
		{"Page A6", false},
		{"本报讯 详见今日第2版。", false},
	}
	for _, tt := range tests {
		if got := isTeaser(tt.in); got != tt.want {
			t.Errorf("isTeaser(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTwoFields(t *testing.T) {
	tests := []struct {
		name, s string
	}{
		{"empty", ""},
		{"one", "要闻"},
		{"two", "要闻 1"},
		{"two padded", "  3\u3000综合 "},
		{"three", "A 2 b"},
		{"nbsp", "要闻\u00a01"},
		{"invalid", "\xff 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, ok := twoFields(tt.s)
			f := strings.Fields(tt.s)
			if ok != (len(f) == 2) || ok && (a != f[0] || b != f[1]) {
				t.Errorf("twoFields(%q) = %q, %q, %v, want %q", tt.s, a, b, ok, f)
			}
		})
	}
}

func TestHasUnicodeSpace(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{name: "empty", in: ""},
		{name: "ideographs", in: "要闻综合"},
		{name: "ascii space", in: "要闻 1"},
		{name: "tab", in: "A\tB"},
		{name: "ideographic space", in: "要闻\u30001"},
		{name: "no-break space", in: "A\u00a0B"},
		{name: "next line", in: "A\u0085B"},
		{name: "ogham space", in: "A\u1680B"},
		{name: "thin space", in: "A\u2009B"},
		{name: "narrow no-break", in: "A\u202fB"},
		{name: "dash not space", in: "A\u2014B"},
		{name: "punctuation not space", in: "、。“”"},
		{name: "invalid before space", in: "\xe3\xc2\xa0"},
		{name: "invalid alone", in: "\xe2\x80"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.IndexFunc(tt.in, unicode.IsSpace) >= 0
			if got := hasUnicodeSpace(tt.in); got != want {
				t.Errorf("hasUnicodeSpace(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}
