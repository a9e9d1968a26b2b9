package article

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
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
		{"a lunar date between ideographic spaces", "2025年12月3日\u3000星期三\u3000农历乙巳年十月十四\u3000第8256期\u3000第1版\u3000要闻",
			furniture{strength: strongFurniture, date: d(2025, 12, 3), number: "1", name: "要闻"}},
		{"a teaser asking a question", "·冬季供暖准备就绪，哪些小区先通暖？　见第2版", furniture{strength: strongFurniture}},
		{"a sentence pointing to a page", "市民可拨打热线咨询，详见第2版。", furniture{}},
		{"two sections printed as one name", "第6版 教育卫生", furniture{strength: strongFurniture, number: "6", name: "教育卫生"}},
		{"two padded editors", "责任编辑 王 蕾 李 明", furniture{strength: strongFurniture,
			editors: []Author{{Name: "王蕾", Role: RoleEditor}, {Name: "李明", Role: RoleEditor}}}},
		{"a contact alone counts only at the edges", "联系电话：0571-86012345", furniture{strength: weakFurniture}},
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
		{"letter-spaced masthead", "嘉 定 报   2026年3月12日  星期四   第3版  社会民生",
			furniture{strength: strongFurniture, date: d(2026, 3, 12), number: "3", name: "社会民生"}},
		{"letter-spaced page name", "江 潮 副刊", furniture{strength: weakFurniture, name: "江潮副刊"}},
		{"page and section apart by an ideographic space", "A1\u3000要闻", furniture{strength: weakFurniture, number: "A1", name: "要闻"}},
		{"page glued to its section", "A1要闻", furniture{strength: weakFurniture, number: "A1", name: "要闻"}},
		{"two sections and a page number", "经济·产业  05", furniture{strength: weakFurniture, number: "5", name: "经济·产业"}},
		{"page number ending a dated header", "法治\u3000\u3000\u30002025年11月28日\u3000星期五\u30008",
			furniture{strength: strongFurniture, date: d(2025, 11, 28), number: "8", name: "法治"}},
		{"section and page number ending a dated header", "2025年11月28日 星期五 要闻 3",
			furniture{strength: strongFurniture, date: d(2025, 11, 28), number: "3", name: "要闻"}},
		{"page joined to its section by a dot", "第6版·专版", furniture{strength: strongFurniture, number: "6", name: "专版"}},
		{"the paper is no part of the page name", "临江日报·综合 2025年11月22日 星期六 第3版",
			furniture{strength: strongFurniture, date: d(2025, 11, 22), number: "3", name: "综合"}},
		{"publisher and serial number", "中共临江区委主管主办\u3000\u3000国内统一连续出版物号 CN33-0192", furniture{strength: strongFurniture}},
		{"editor in brackets", "（责任编辑 王蕾）", furniture{strength: weakFurniture,
			editors: []Author{{Name: "王蕾", Role: RoleEditor}}, bracketed: true}},
		{"editor with a spaced name", "（责任编辑 陈 丽）", furniture{strength: weakFurniture,
			editors: []Author{{Name: "陈丽", Role: RoleEditor}}, bracketed: true}},
		{"editor and telephone", "责任编辑 韦清 电话 86012345", furniture{strength: strongFurniture,
			editors: []Author{{Name: "韦清", Role: RoleEditor}}}},
		{"editor and e-mail", "责任编辑 韦清 E-mail: weiqing@ljrb.cn", furniture{strength: strongFurniture,
			editors: []Author{{Name: "韦清", Role: RoleEditor}}}},
		{"chief editor of the page", "本版主编：韩冰 责任编辑：魏来", furniture{strength: strongFurniture,
			editors: []Author{{Name: "韩冰", Role: RoleEditor}, {Name: "魏来", Role: RoleEditor}}}},
		{"words and pictures of the page", "本版文字：杨帆\u3000本版图片：东湖镇提供", furniture{strength: strongFurniture,
			editors: []Author{{Name: "杨帆", Role: RoleWriter}}}},
		{"pictures note in brackets", "（本版图片除署名外均由区融媒体中心提供）", furniture{strength: strongFurniture}},
		{"organisers with the paper", "主办：临江区农业农村委员会\u3000\u3000临江日报社", furniture{strength: strongFurniture}},
		{"organisers alone are for the edges", "主办单位：区文化旅游局", furniture{strength: weakFurniture}},
		{"teaser with a question", "冬季流感高发期如何防护？专家支招（5版）", furniture{strength: strongFurniture}},
		{"teaser with a bullet and a bare page", "▶ 东湖镇“共享菜园”开园\u3000\u3000A3", furniture{strength: strongFurniture}},
		{"English header with the paper's name", "A4 | The Springfield Herald | Wednesday, March 4, 2026",
			furniture{strength: strongFurniture, date: d(2026, 3, 4), number: "A4"}},
		{"English date and Page", "Sunday, October 12, 2025 | Page A14", furniture{strength: strongFurniture, date: d(2025, 10, 12), number: "A14"}},
		{"a price is no page name", "Vol. 137, No. 312 | Wednesday, March 4, 2026 | $2.00", furniture{strength: strongFurniture, date: d(2026, 3, 4)}},
		{"a sponsor of the page", "本版由枫林区医疗保障局协办", furniture{strength: strongFurniture}},
		{"who supplied the page's copy", "本版稿件由区卫生健康委员会提供。", furniture{strength: strongFurniture}},
		{"joint sponsors in brackets", "（本专版由区委宣传部与本报联合主办）", furniture{strength: strongFurniture}},
		{"a sponsored column", "本栏目由东湖街道办事处协办", furniture{strength: strongFurniture}},
		{"a list of sponsors", "本版由区委宣传部、区文明办联合主办", furniture{strength: strongFurniture}},
		{"a one-line weather box", "TODAY'S WEATHER: Sunny, high 64, low 41. Full forecast, A12", furniture{strength: strongFurniture}},
		{"a weather box's heading is for the edges", "WEATHER", furniture{strength: weakFurniture}},
		{"a name, wide padding and a bare page", "文化·体育" + strings.Repeat("\u3000", 20) + "8",
			furniture{strength: weakFurniture, number: "8", name: "文化·体育"}},
		{"an English page's corner with the paper's name", "B2  COMMUNITY                  The Millbrook Ledger",
			furniture{strength: weakFurniture, number: "B2", name: "COMMUNITY"}},
		{"an English page's corner alone", "B2  COMMUNITY", furniture{strength: weakFurniture, number: "B2", name: "COMMUNITY"}},
		{"an English page's corner between bars", "B2 | COMMUNITY | The Millbrook Ledger",
			furniture{strength: weakFurniture, number: "B2", name: "COMMUNITY"}},
		{"a serial number spaced from its letters", "国内统一连续出版物号 CN 31-0099", furniture{strength: strongFurniture}},
		{"serial numbers after their labels", "刊号：CN 31 - 0099　邮发代号：3-45", furniture{strength: strongFurniture}},
		{"a serial number beside the page", "国内统一连续出版物号 CN 31-0099　第1版 要闻",
			furniture{strength: strongFurniture, number: "1", name: "要闻"}},
		{"the offices that run a special page", "中共临溪区委办公室\u3000临溪区报社\u3000联合主办", furniture{strength: weakFurniture}},
		{"an ad page's foot", "广告热线：0571-86036789\u3000\u3000本版广告内容由广告主负责", furniture{strength: strongFurniture}},
		{"who answers for the ads", "本版广告内容由广告主负责", furniture{strength: strongFurniture}},
		{"who answers for the notices", "以上启事内容由登报人自行负责。", furniture{strength: strongFurniture}},
		{"an ad line alone is for the edges", "广告热线：0571-86036789", furniture{strength: weakFurniture}},
		{"an English desk's editor", "Sports editor: Tom Reyes, 555-0160, sports@harlowcourier.example", furniture{strength: strongFurniture,
			editors: []Author{{Name: "Tom Reyes", Role: RoleEditor, Contact: "555-0160, sports@harlowcourier.example"}}}},
		{"English editor and designer", "Features Editor: Ann Lee; Page designer: Mark Hale", furniture{strength: strongFurniture,
			editors: []Author{{Name: "Ann Lee", Role: RoleEditor}, {Name: "Mark Hale", Role: RoleDesigner}}}},
		{"a plain English editor is for the edges", "Editor: Jane Doe", furniture{strength: weakFurniture,
			editors: []Author{{Name: "Jane Doe", Role: RoleEditor}}}},
		{"an English section label", "OBITUARIES", furniture{strength: weakFurniture, name: "OBITUARIES"}},
		{"a desk's note on paid obituaries", "Obituaries are published for a fee. Call 555-0142 or email obits@harlowcourier.example by 3 p.m. the day before publication.",
			furniture{strength: weakFurniture}},
		{"a desk's note on calendar items", "To submit a calendar item, email calendar@harlowcourier.example a week before the event.",
			furniture{strength: weakFurniture}},
		{"a desk's note on letters", "Letters must be signed and include a phone number for verification before publication. Email letters@harlowcourier.example.",
			furniture{strength: weakFurniture}},
		{"a desk's note on death notices", "To place a death notice, call 555-0142 by noon the day before publication.", furniture{strength: weakFurniture}},
		{"a desk's note on news tips and a deadline", "Email your news tips to tips@harlowledger.example or call 555-0142 by the Friday deadline.",
			furniture{strength: weakFurniture}},
		{"a desk's note on letters sent in", "Send your letters to letters@harlowledger.example or call 555-0142. Letters are published as space allows.",
			furniture{strength: weakFurniture}},
		{"a desk's note on wedding announcements", "Wedding announcements are published free of charge. Email weddings@harlowledger.example or call 555-0142.",
			furniture{strength: weakFurniture}},
		{"a weekly's header with a span of dates", "2026年4月6日-2026年4月12日\u3000星期一\u3000第3版\u3000要闻",
			furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "3", name: "要闻"}},
		{"a weekly's span ending with no year", "青溪周刊\u30002026年4月6日—4月12日\u3000第15期", furniture{strength: strongFurniture, date: d(2026, 4, 6)}},
		{"a weekly's span ending with the day alone", "2026年4月6日至12日\u3000第3版", furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "3"}},
		{"an English weekly's span and page", "Week of April 6 - April 12, 2026 | Page A3", furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "A3"}},
		{"an English weekly's span across the new year", "Week of Dec. 29 - Jan. 4, 2026 | Page A3", furniture{strength: strongFurniture, date: d(2025, 12, 29), number: "A3"}},
		{"an English weekly's first day and page", "Week of April 6, 2026 | Page A3", furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "A3"}},
		{"an English weekly's span and a bare page", "Week of April 6 - April 12, 2026 | B2", furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "B2"}},
		{"an English weekly's days in one month", "April 6-12, 2026 | Page A3", furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "A3"}},
		{"an English weekly's days in one month, en dash and week of", "Week of April 6–12, 2026 | B2",
			furniture{strength: strongFurniture, date: d(2026, 4, 6), number: "B2"}},
		{"a newspaper as publisher", "临江日报\u3000联合主办", furniture{strength: weakFurniture}},
		{"a youth centre and the paper run a special page", "青川区青少年活动中心\u3000青川区报社\u3000联合主办", furniture{strength: weakFurniture}},
		{"an index box on one line", "INSIDE: Obituaries A4 | Opinion A7 | Sports B1", furniture{strength: strongFurniture}},
		{"an index box on one line with bare pages", "Inside | Obituaries 4 | Opinion 7", furniture{strength: strongFurniture}},
		{"an index row with no heading", "Obituaries A4 | Opinion A7 | Classifieds B6 | Sports B1", furniture{strength: weakFurniture}},
		{"an index row with bullets and commas", "Local news, B1 • Weather, Page A8", furniture{strength: weakFurniture}},
		{"a desk's contact line ending on its editor", "Have a score or a story idea? Call the sports desk at 555-0150 or email sports@cvledger.example. Sports editor: Lena Park.",
			furniture{strength: weakFurniture, editors: []Author{{Name: "Lena Park", Role: RoleEditor}}}},
		{"a desk's editor before how to reach the newsroom", "Local news editor: Brian Koenig. Reach the newsroom at news@cvledger.example or 555-0142.",
			furniture{strength: weakFurniture, editors: []Author{{Name: "Brian Koenig", Role: RoleEditor}}}},
		{"a desk's editor with an initial", "Business editor: Ann M. Ortiz. Reach her at 555-0177.",
			furniture{strength: weakFurniture, editors: []Author{{Name: "Ann M. Ortiz", Role: RoleEditor}}}},
		// Not furniture.
		{"life dates", "March 2, 1931 - April 12, 2026", furniture{}},
		{"an event's span with no year at its end", "2026年4月6日—4月12日", furniture{}},
		{"an event's English span", "April 6 - April 12, 2026", furniture{}},
		{"an event's English days in one month", "April 6-12, 2026", furniture{}},
		{"days that run backwards are no date", "April 12-6, 2026 | Page A3", furniture{}},
		{"a sentence with days in one month", "The fair runs April 6-12, 2026, at the county grounds.", furniture{}},
		{"a story's last line asking for registration by a deadline", "Registration deadline for vendors is May 1. Call 555-0142 or email market@example.com to sign up.", furniture{}},
		{"a story's line on a published show", "The show was published in 1990. Call 555-0142 for tickets.", furniture{}},
		{"a story's call to the police before a deadline", "Anyone with information should call police at 555-0142 before the deadline.", furniture{}},
		{"a story's call for tips before a deadline", "Anyone with tips should call police at 555-0142 before the deadline.", furniture{}},
		{"a story's letters and a deadline", "The school mailed letters to parents. Call 555-0142 before the deadline to register.", furniture{}},
		{"a police story's closing line on tips", "Tips can be submitted anonymously. Call Crime Stoppers at 555-0142.", furniture{}},
		{"a story's letters of support and a deadline", "Letters of support must be submitted by the May 30 deadline. Call Town Hall at 555-0142.", furniture{}},
		{"a story's closing paragraph on letters of support", "Residents and groups may write in support of the plan. Letters of support must be submitted by the May 30 deadline. Call Town Hall at 555-0142.",
			furniture{}},
		{"a story's letters of support sent by a deadline", "Residents may submit letters of support by the May 30 deadline. Call Town Hall at 555-0142.", furniture{}},
		{"a story's tips sent before a deadline", "Residents can send tips to police before the deadline. Call 555-0142 or email tips@harlowpd.example.", furniture{}},
		{"a story's notices at a sentence's start", "Notices must be submitted by the deadline. Call the clerk at 555-0142.", furniture{}},
		{"an event's sponsors in a story", "本次活动由区委宣传部、区文明办联合主办", furniture{}},
		{"sponsors in a sentence without 由", "本届运动会区体育局、区教育局联合主办", furniture{}},
		{"Chinese life dates", "1931年3月2日—2026年4月12日", furniture{}},
		{"a season's dates", "2026-04-01 to 2026-04-30", furniture{}},
		{"a sentence on who answers for ads", "广告发布者应对广告内容负责", furniture{}},
		{"a warning about ads", "区市场监管局提醒：虚假广告由发布者负责", furniture{}},
		{"an editor quoted in a story", "Sports editor Tom Reyes said the schedule was set.", furniture{}},
		{"an editor's note", "Editor's note: This story was updated Tuesday.", furniture{}},
		{"an editor's label over a sentence", "Managing editor: the paper will change its format", furniture{}},
		{"scores set apart by bars", "Lions 3 | Tigers 2 | Bears 7", furniture{}},
		{"an index row of one item", "Obituaries A4", furniture{}},
		{"inside a sentence", "Inside: the council voted 5-2 to approve the plan", furniture{}},
		{"a headline's teams and a bar", "Lincoln beats Carrow A4 | Sports today, he said", furniture{}},
		{"an editor's label over a sentence and a number", "Managing editor: the paper will change its format. Call 555-0142 with questions.", furniture{}},
		{"a desk's editor and no way to reach anyone", "Sports editor: Lena Park. She joined the paper in 2019 from the Herald.", furniture{}},
		{"a plain editor before a number to call", "Editor: Lena Park. Call 555-0150 for copies of the report.", furniture{}},
		{"an editor's name in a story's sentence", "The sports editor: Lena Park, who said to call 555-0150 with scores.", furniture{}},
		{"a number to call for tickets", "Call 555-0142 for tickets to the spring concert at the high school.", furniture{}},
		{"a sentence about the page", "本版由于篇幅所限，部分来信未能刊登。", furniture{}},
		{"a page's story told in a line", "本版由记者深入一线采写的系列报道今起刊出", furniture{}},
		{"a sponsor line that goes on as a sentence", "本版由区医保局协办，欢迎读者来信提出意见建议", furniture{}},
		{"weather news is no forecast", "Weather: The storm closed every school in the county on Monday", furniture{}},
		{"a question is no header", "2025年11月28日是星期几？", furniture{}},
		{"a count before a word", "3要闻", furniture{}},
		{"organisers glued to a word", "主办方表示 活动免费", furniture{}},
		{"a telephone that is no number", "联系电话 请拨打服务热线", furniture{}},
		{"a page label glued to words", "本版图片由东湖镇的菜园里拍摄", furniture{}},
		{"paper name inside a sentence", "A4 | Readers of The Springfield Herald wrote in | March 4, 2026", furniture{}},
		{"headline with a year", "2025年嘉昆太协同创新核心圈轮值会议在嘉定举行", furniture{}},
		{"headline with a full date", "2025年11月10日起嘉定实施垃圾分类新规", furniture{}},
		{"paragraph", "11月7日,区四套班子领导肖文高等来到国家会展中心。", furniture{}},
		{"a short heading", "在共享发展中寻新机", furniture{}},
		{"English sentence with a date", "The festival runs every weekend through Dec. 21, 2025, organizers said.", furniture{}},
		{"invalid date", "2025年2月30日 第1版", furniture{strength: strongFurniture, number: "1"}},
		{"a long line with a number is no padded header", "区第九届全民健身运动会在区体育中心隆重开幕全区干部群众踊跃参加 8", furniture{}},
		{"a headline in capitals after a page-like word", "B2 BOMBER CRASHES", furniture{}},
		{"a headline in capitals after padding", "B2  BOMBER CRASHES NEAR AIR BASE", furniture{}},
		{"a first issue is no serial number", "《清浦报》创刊号珍藏展开幕", furniture{}},
		{"the paper's name beside the page's", "桐浦区报\u3000评论", furniture{strength: weakFurniture, name: "评论"}},
		{"the page's name beside the paper's", "民生　　临江日报", furniture{strength: weakFurniture, name: "民生"}},
		{"the paper's name beside a supplement's", "桐浦区报　桐江副刊", furniture{strength: weakFurniture, name: "桐江副刊"}},
		{"the paper's name joined to the page's by a dot", "临江日报·综合", furniture{strength: weakFurniture, name: "综合"}},
		{"the paper's name beside a headline", "桐浦区报　让项目跑出加速度", furniture{}},
		{"two papers' names name no page", "桐浦区报　临江日报", furniture{strength: weakFurniture}},
		{"a headline naming the paper and a word", "晚报　评论员", furniture{}},
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
		{"国内统一连续出版物号 CN 31-0099 2026年", len("国内统一连续出版物号 CN 31-0099"), tokIssue, ""},
		{"国际标准连续出版物号：ISSN 1005-5592", len("国际标准连续出版物号：ISSN 1005-5592"), tokIssue, ""},
		{"刊号 CN31-0081/G", len("刊号 CN31-0081/G"), tokIssue, ""},
		{"刊号珍藏", 0, 0, ""},
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
		{"▶ 东湖镇“共享菜园”开园\u3000\u3000A3", true},
		{"■ 区运会闭幕  6版", true},
		{"▶ 区运会闭幕 A6", false},
		{"■ 参赛队伍  12", false},
		{"▶ 冬季流感如何防护  5", true},
		{"▶ 区运会 A6", false},
		{"Sunday, October 12, 2025 | Page A14", false},
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

func TestTeaserPageTail(t *testing.T) {
	tests := []struct {
		in, page string
		ok       bool
	}{
		{"东湖镇“共享菜园”开园\u3000\u3000A3", "A3", true},
		{"Obituaries .......... A4", "A4", true},
		{"Opinion.............A8", "A8", true},
		{"社区新闻…………3版", "3", true},
		{"Weather: Cloudy, high 41, low 29 ........ A2", "A2", true},
		{"He waited... 5", "", false},
		{"他等了很久……5", "", false},
		{"Growth was 3.5", "", false},
		{"Obituaries A4", "", false},
		{".......... A4", "", false},
	}
	for _, tt := range tests {
		if page, ok := teaserPageTail(tt.in); page != tt.page || ok != tt.ok {
			t.Errorf("teaserPageTail(%q) = %q, %v, want %q, %v", tt.in, page, ok, tt.page, tt.ok)
		}
	}
}

func TestForecastLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sunny, high 71, low 49. Page A2", true},
		{"Cloudy with highs in the 40s; lows 25 to 30", true},
		{"Rain likely. High 58°", true},
		{"Partly cloudy, 65 degrees", true},
		{"The storm knocked out power to 4,000 homes", false},
		{"Ridgefield High 35, Dover 21", false},
		{"Sunny and mild all week", false},
	}
	for _, tt := range tests {
		if got := forecastLine(tt.in); got != tt.want {
			t.Errorf("forecastLine(%q) = %v, want %v", tt.in, got, tt.want)
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

// TestMarkFurnitureContext checks the rules that read a line by the lines
// around it: an English paper's name over its date, a teaser box, credits
// in brackets, a column's label.
func TestMarkFurnitureContext(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		furn    []string
		number  string
		pgName  string
		editors []Author
	}{
		{"paper's name over the date", "The Springfield Herald\nWednesday, March 4, 2026\n\nCity approves park plan\n\nThe council voted.\n",
			[]string{"The Springfield Herald", "Wednesday, March 4, 2026"}, "", "", nil},
		{"paper's name, slogan and header", "The Springfield Herald\nServing Clark County since 1889\nVol. 137, No. 312 | Wednesday, March 4, 2026 | $2.00\nA1\n\nCity approves park plan\n",
			[]string{"The Springfield Herald", "Serving Clark County since 1889", "Vol. 137, No. 312 | Wednesday, March 4, 2026 | $2.00", "A1"}, "A1", "", nil},
		{"a headline like a paper's name with no date", "The Springfield Herald\n\nThe council voted.\n", nil, "", "", nil},
		{"a slogan set apart under the dated line", "The Ashford Falls Sentinel\n\nWednesday, September 16, 2026 | Vol. 141, No. 259 | $2.00\n\nServing the Quarry River Valley since 1885\n\nCouncil backs school bond\n\nASHFORD FALLS — Voters will decide.\n",
			[]string{"The Ashford Falls Sentinel", "Wednesday, September 16, 2026 | Vol. 141, No. 259 | $2.00", "Serving the Quarry River Valley since 1885"}, "", "", nil},
		{"a slogan set apart between the name and the date", "The Ashford Falls Sentinel\n\nServing the Quarry River Valley since 1885\n\nWednesday, September 16, 2026\n\nCouncil backs school bond\n\nASHFORD FALLS — Voters will decide.\n",
			[]string{"The Ashford Falls Sentinel", "Serving the Quarry River Valley since 1885", "Wednesday, September 16, 2026"}, "", "", nil},
		{"a slogan under the dated line in its block", "The Ashford Falls Sentinel\n\nWednesday, September 16, 2026\nServing the Quarry River Valley since 1885\n\nCouncil backs school bond\n\nVoters will decide.\n",
			[]string{"The Ashford Falls Sentinel", "Wednesday, September 16, 2026", "Serving the Quarry River Valley since 1885"}, "", "", nil},
		{"a headline shaped like a slogan over its text", "The Ashford Falls Sentinel\n\nWednesday, September 16, 2026\n\nServing up smiles since 1962\n\nASHFORD FALLS — The diner will close.\n",
			[]string{"The Ashford Falls Sentinel", "Wednesday, September 16, 2026"}, "", "", nil},
		{"a headline shaped like a slogan over its byline", "The Ashford Falls Sentinel\n\nWednesday, September 16, 2026\n\nServing up smiles since 1962\n\nBy JANE DOE\n\nThe diner will close.\n",
			[]string{"The Ashford Falls Sentinel", "Wednesday, September 16, 2026"}, "", "", nil},
		{"a headline opening with Serving over its deck", "The Harlow Valley Ledger\nWednesday, September 16, 2026 | Vol. 141, No. 212\n\nServing those who served\n\nVeterans hall reopens after two-year, $2 million renovation\n\nBy Jane Doe\n\nHARLOW — The hall reopened Saturday.\n",
			[]string{"The Harlow Valley Ledger", "Wednesday, September 16, 2026 | Vol. 141, No. 212"}, "", "", nil},
		{"a headline opening with Since over its deck", "The Harlow Valley Ledger\nWednesday, September 16, 2026 | Vol. 141, No. 212\n\nSince the flood, a town rebuilds\n\nTwo years on, Main Street shops are open again\n\nBy Jane Doe\n\nHARLOW — Every shop has reopened.\n",
			[]string{"The Harlow Valley Ledger", "Wednesday, September 16, 2026 | Vol. 141, No. 212"}, "", "", nil},
		{"a founding year set apart under the dated line", "The Harlow Valley Ledger\nWednesday, September 16, 2026 | Vol. 141, No. 212\n\nEst. 1885\n\nVeterans hall reopens\n\nHARLOW — The hall reopened Saturday.\n",
			[]string{"The Harlow Valley Ledger", "Wednesday, September 16, 2026 | Vol. 141, No. 212", "Est. 1885"}, "", "", nil},
		{"a slogan naming the paper's valley, no year", "The Harlow Valley Ledger\nWednesday, September 16, 2026 | Vol. 141, No. 212\n\nServing the Harlow Valley\n\nVeterans hall reopens\n\nHARLOW — The hall reopened Saturday.\n",
			[]string{"The Harlow Valley Ledger", "Wednesday, September 16, 2026 | Vol. 141, No. 212", "Serving the Harlow Valley"}, "", "", nil},
		{"a slogan-like headline under a header that names no paper", "Wednesday, September 16, 2026\n\nServing the valley since 1885\n\nCouncil backs school bond\n\nVoters will decide.\n",
			[]string{"Wednesday, September 16, 2026"}, "", "", nil},
		{"the paper's and the page's name over the dated line", "桐浦区报　评论\n\n2026年9月16日　星期三　第8版\n\n本报评论员\n\n让重大项目跑出“加速度”\n\n28个项目同日开工。\n",
			[]string{"桐浦区报　评论", "2026年9月16日　星期三　第8版"}, "8", "评论", nil},
		{"a slogan with no paper's name", "Serving Clark County since 1889\nWednesday, March 4, 2026\n\nThe council voted.\n",
			[]string{"Wednesday, March 4, 2026"}, "", "", nil},
		{"an INSIDE box of rows with bars under a story", "Wednesday, May 20, 2026\nA1\n\nLibrary to close\n\nThe library will close.\n\nINSIDE\nObituaries A4 | Opinion A7 | Classifieds B6 | Sports B1\n",
			[]string{"Wednesday, May 20, 2026", "A1", "INSIDE", "Obituaries A4 | Opinion A7 | Classifieds B6 | Sports B1"}, "A1", "", nil},
		{"an INSIDE box of bare-number rows", "INSIDE\nObituaries 4 | Opinion 7\nSports 9\n\nLibrary to close\n\nThe library will close.\n",
			[]string{"INSIDE", "Obituaries 4 | Opinion 7", "Sports 9"}, "", "", nil},
		{"a desk's contact line naming its editor at the foot", "SPORTS\n\nTanner wins title\n\nMia Tanner won the title Monday.\n\nHave a score? Call the sports desk at 555-0150. Sports editor: Lena Park.\n",
			[]string{"SPORTS", "Have a score? Call the sports desk at 555-0150. Sports editor: Lena Park."}, "", "SPORTS", []Author{{Name: "Lena Park", Role: RoleEditor}}},
		{"a desk's contact line in mid-page", "SPORTS\n\nTanner wins title\n\nHave a score? Call the sports desk at 555-0150. Sports editor: Lena Park.\n\nMia Tanner won the title Monday.\n",
			[]string{"SPORTS"}, "", "SPORTS", nil},
		{"a supplement's name over a page dated at its foot", "澜苑\n\n外婆的竹篮\n文/沈青禾\n　　外婆有一只竹篮。\n\n东澜区报　2026年5月20日　第12版　　编辑　纪雪梅\n",
			[]string{"澜苑", "东澜区报　2026年5月20日　第12版　　编辑　纪雪梅"}, "12", "澜苑", []Author{{Name: "纪雪梅", Role: RoleEditor}}},
		{"a kicker when the foot names the page", "澜苑\n\n外婆的竹篮\n文/沈青禾\n　　外婆有一只竹篮。\n\n2026年5月20日　第12版　副刊\n",
			[]string{"2026年5月20日　第12版　副刊"}, "12", "副刊", nil},
		{"a kicker when the page has no header", "澜苑\n\n外婆的竹篮\n文/沈青禾\n　　外婆有一只竹篮。\n",
			nil, "", "", nil},
		{"a kicker over a headline set apart too", "喜迎新春\n\n外婆的竹篮\n\n　　外婆有一只竹篮。\n\n2026年5月20日　第12版\n",
			[]string{"2026年5月20日　第12版"}, "12", "", nil},
		{"a first line over a paragraph", "澜苑\n\n　　外婆有一只竹篮，是外公编的。\n　　如今它挂在阳台上。\n\n2026年5月20日　第12版\n",
			[]string{"2026年5月20日　第12版"}, "12", "", nil},
		{"teaser box without bullets", "第1版 要闻\n\n今日导读\n\n东湖镇“共享菜园”开园　　A3\n冬季流感高发期如何防护？专家支招　　A5\n\n某某项目开工\n\n本报讯 某某项目开工。\n",
			[]string{"第1版 要闻", "今日导读", "东湖镇“共享菜园”开园　　A3", "冬季流感高发期如何防护？专家支招　　A5"}, "1", "要闻", nil},
		{"a list after a teaser head without pages", "第1版 要闻\n\n本报讯 项目开工。\n\n导读\n赛事回顾\n\n正文。\n",
			[]string{"第1版 要闻"}, "1", "要闻", nil},
		{"editor in brackets at the foot", "第3版 综合\n\n标题\n\n本报讯 正文。\n\n（责任编辑 王蕾）\n",
			[]string{"第3版 综合", "（责任编辑 王蕾）"}, "3", "综合", []Author{{Name: "王蕾", Role: RoleEditor}}},
		{"editors in brackets after each article", "第3版 综合\n\n标题\n\n本报讯 正文。\n【责任编辑：王晓】\n\n标题二\n\n本报讯 正文。\n【责任编辑：刘佳】\n",
			[]string{"第3版 综合"}, "3", "综合", nil},
		{"the page is named by its header, not by a column", "社区·民生\n2025.11.25　星期二\n\n标题\n\n本报讯 正文。\n\n短讯\n\n◆ 区政协召开会议。\n",
			[]string{"社区·民生", "2025.11.25　星期二", "短讯"}, "", "社区·民生", nil},
		{"the section beside the page beats the paper's name beside the date",
			"青溪新闻\u3000\u3000\u3000\u3000\u3000\u30002025年11月4日\u3000星期二\n第3版\u3000\u3000街镇\u3000\u3000\u3000\u3000责任编辑\u3000林晓芸\n\n标题\n\n本报讯 正文。\n",
			[]string{"青溪新闻\u3000\u3000\u3000\u3000\u3000\u30002025年11月4日\u3000星期二", "第3版\u3000\u3000街镇\u3000\u3000\u3000\u3000责任编辑\u3000林晓芸"},
			"3", "街镇", []Author{{Name: "林晓芸", Role: RoleEditor}}},
		{"a column's label spaced out, after an essay", "第12版 副刊\n\n街角的修鞋摊\n\n文/明川\n\n正文。\n\n书 讯\n\n近日，散文集出版。（晓岚）\n",
			[]string{"第12版 副刊", "书 讯"}, "12", "副刊", nil},
		{"two characters spaced out that name no column stay text", "第12版 副刊\n\n正文。\n\n春 雨\n\n细雨落在瓦上。\n",
			[]string{"第12版 副刊"}, "12", "副刊", nil},
		{"the first known section name stays", "第3版 街镇\n\n标题\n\n本报讯 正文。\n\n第3版 社区\n",
			[]string{"第3版 街镇", "第3版 社区"}, "3", "街镇", nil},
		{"the paper's name centred under the header", "A3     LOCAL NEWS     Tuesday, March 10, 2026\n       The Ridgefield Sentinel\n\nSchool board names new superintendent\n\nThe board voted.\n",
			[]string{"A3     LOCAL NEWS     Tuesday, March 10, 2026", "The Ridgefield Sentinel"}, "A3", "LOCAL NEWS", nil},
		{"the paper's name closing the header", "SPORTS\nB1\nSaturday, November 8, 2025\nThe Harlan Valley Courier\n\nWildcats roll into final\n\nThe team won.\n",
			[]string{"SPORTS", "B1", "Saturday, November 8, 2025", "The Harlan Valley Courier"}, "B1", "SPORTS", nil},
		{"a headline in title case under the header", "A1 | Wednesday, December 3, 2025\nLocal Swimmer Sets State Record\n\nRIVERTON — A swimmer broke the record.\n",
			[]string{"A1 | Wednesday, December 3, 2025"}, "A1", "", nil},
		{"an index box with dot leaders", "Police charge man in break-ins\nHARLAN — A man was charged.\n\nINSIDE\nObituaries .......... A4\nOpinion.............A8\n\nWEATHER\nSunny, high 71, low 49. Page A2\n",
			[]string{"INSIDE", "Obituaries .......... A4", "Opinion.............A8", "WEATHER", "Sunny, high 71, low 49. Page A2"}, "", "", nil},
		{"a story under a weather heading", "Council meets\n\nThe council met.\n\nWEATHER\nSnow is on the way, and the city has 40 plows ready, high 30 expected.\nCrews worked through the night.\n\nMore text.\n",
			nil, "", "", nil},
		{"a sponsor line at the foot", "标题\n\n本报讯 正文。\n\n本版由枫林区医疗保障局协办\n", []string{"本版由枫林区医疗保障局协办"}, "", "", nil},
		{"a page's name over the dated line", "民生服务\n2026年3月17日 星期二 第4版\n编辑 潘晓雯\n\n城市书房延长开放时间\n本报讯 正文。\n",
			[]string{"民生服务", "2026年3月17日 星期二 第4版", "编辑 潘晓雯"}, "4", "民生服务", []Author{{Name: "潘晓雯", Role: RoleEditor}}},
		{"a page's name between the date and the editor", "2026年3月17日　星期二　第11版\n垃圾分类专版\n责任编辑　费思雨\n\n城市书房延长开放时间\n本报讯 正文。\n",
			[]string{"2026年3月17日　星期二　第11版", "垃圾分类专版", "责任编辑　费思雨"}, "11", "垃圾分类专版", []Author{{Name: "费思雨", Role: RoleEditor}}},
		{"a page's name closing the header over a headline", "2026年3月17日 星期二 第11版\n乡 村 振 兴\n\n城市书房延长开放时间\n\n本报讯 正文。\n",
			[]string{"2026年3月17日 星期二 第11版", "乡 村 振 兴"}, "11", "乡村振兴", nil},
		{"a page's name padded from its number over the date", "民生服务" + strings.Repeat("\u3000", 16) + "4\n2026年3月17日　星期二　　责任编辑　魏可馨\n\n城市书房延长开放时间\n\n本报讯 正文。\n",
			[]string{"民生服务" + strings.Repeat("\u3000", 16) + "4", "2026年3月17日　星期二　　责任编辑　魏可馨"}, "4", "民生服务", []Author{{Name: "魏可馨", Role: RoleEditor}}},
		{"a headline under the header over its text", "2026年3月17日 星期二 第4版\n春到田间\n本报讯 正文。\n",
			[]string{"2026年3月17日 星期二 第4版"}, "4", "", nil},
		{"a headline under the header, its text after a blank line", "2026年3月17日 星期二 第4版\n春到田间\n\n本报讯 正文，还有正文。\n",
			[]string{"2026年3月17日 星期二 第4版"}, "4", "", nil},
		{"a headline under the header over its subtitle", "2026年3月17日 星期二 第4版\n春到田间\n\n——记青浦区农技站\n\n本报讯 正文。\n",
			[]string{"2026年3月17日 星期二 第4版"}, "4", "", nil},
		{"a headline with punctuation over the header", "春耕：田间地头忙\n2026年3月17日 星期二 第4版\n\n本报讯 正文。\n",
			[]string{"2026年3月17日 星期二 第4版"}, "4", "", nil},
		{"a long headline over the header", "全区城市书房开放时间统一延长\n2026年3月17日 星期二 第4版\n\n本报讯 正文。\n",
			[]string{"2026年3月17日 星期二 第4版"}, "4", "", nil},
		{"an English corner over the date", "B2  COMMUNITY        The Millbrook Ledger\nWednesday, April 8, 2026\n\nLibrary launches seed-sharing program\n\nASHFORD — Gardeners borrow seeds.\n",
			[]string{"B2  COMMUNITY        The Millbrook Ledger", "Wednesday, April 8, 2026"}, "B2", "COMMUNITY", nil},
		{"a serial number gives no page", "清浦日报\n国内统一连续出版物号 CN 31-0099\n2026年3月17日 星期二\n第1版 要闻\n\n标题\n\n本报讯 正文。\n",
			[]string{"清浦日报", "国内统一连续出版物号 CN 31-0099", "2026年3月17日 星期二", "第1版 要闻"}, "1", "要闻", nil},
		{"a column's label names no page", "标题\n\n本报讯 正文。\n\n简讯\n\n◆ 区政协召开会议。\n",
			[]string{"简讯"}, "", "", nil},
		{"a notice column's label after an essay", "街角的修鞋摊\n\n文/明川\n\n如今街上的修鞋摊越来越少了。\n\n书讯\n\n近日，散文集《河埠旧事》出版。\n",
			[]string{"书讯"}, "", "", nil},
		{"an INSIDE box with commas at the foot names no page", "School board delays vote\n\nMILLBROOK — The plan will wait.\n\nINSIDE\nObituaries, A4\nOpinion, A8\nSports, B1\n",
			[]string{"INSIDE", "Obituaries, A4", "Opinion, A8", "Sports, B1"}, "", "", nil},
		{"a headline of two characters stays a headline", "标题\n\n本报讯 正文。\n\n喜雨\n\n本报讯 昨天全区普降小雨。\n",
			nil, "", "", nil},
		{"a special page's header with the paper's name and its organisers",
			"临溪区报\u3000优化营商环境专版\n2026年4月16日\u3000星期四\u3000第3版\n中共临溪区委办公室\u3000临溪区报社\u3000联合主办\n\n一窗通办跑出“临溪速度”\n\n本报讯 正文。\n",
			[]string{"临溪区报\u3000优化营商环境专版", "2026年4月16日\u3000星期四\u3000第3版", "中共临溪区委办公室\u3000临溪区报社\u3000联合主办"}, "3", "优化营商环境专版", nil},
		{"the paper's name and a page's over text is no header", "临溪区报\u3000优化营商环境专版\n本报讯 正文。\n", nil, "", "", nil},
		{"a weather box under the header is a piece", "临溪区报\u3000生活服务\u3000第8版\u30002026年4月16日\u3000星期四\n\n天气预报\n今天：多云转小雨，14℃～21℃。\n明天：小雨转阴。\n\n温馨提示\n\n请注意添衣。\n",
			[]string{"临溪区报\u3000生活服务\u3000第8版\u30002026年4月16日\u3000星期四"}, "8", "生活服务", nil},
		{"a weather box opening the page is a piece", "天气预报\n今天：多云转小雨，14℃～21℃。\n明天：小雨转阴。\n", nil, "", "", nil},
		{"an English weather box pointing nowhere is a piece", "A3 | LOCAL | Thursday, April 16, 2026\n\nWEATHER\nToday: Sunny, high 71, low 49.\nTonight: Clear, low 40.\n\nCouncil meets\n\nThe council met.\n",
			[]string{"A3 | LOCAL | Thursday, April 16, 2026"}, "A3", "LOCAL", nil},
		{"a paper's name over a headline stays the paper's", "嘉定报\n区政协召开常委会议\n\n本报讯 正文。\n", []string{"嘉定报"}, "", "", nil},
		{"an English section label after the header names the page",
			"THE HARLOW COURIER | Thursday, April 16, 2026 | A5\n\nOBITUARIES\n\nFormer mayor Dale Pruitt dies at 81\n\nHARLOW — Dale Pruitt died Tuesday.\n",
			[]string{"THE HARLOW COURIER | Thursday, April 16, 2026 | A5", "OBITUARIES"}, "A5", "OBITUARIES", nil},
		{"a piece's label under the section's stays a kicker",
			"A8 | THE RIVERTON LEDGER | Wednesday, December 3, 2025\n\nOPINION\n\nEDITORIAL\n\nKeep the Library Open\n\nThe council did right.\n",
			[]string{"A8 | THE RIVERTON LEDGER | Wednesday, December 3, 2025", "OPINION"}, "A8", "OPINION", nil},
		{"life dates under a name give no date", "Margaret Ellen Voss\n\nMarch 2, 1931 - April 12, 2026\n\nHARLOW - Margaret Ellen Voss died Sunday.\n", nil, "", "", nil},
		{"a desk's editor at the foot", "The Harlow Courier | Thursday, April 16, 2026 | B1\n\nHawks win\n\nThe Hawks won.\n\nSports editor: Tom Reyes, 555-0160, sports@harlowcourier.example\n",
			[]string{"The Harlow Courier | Thursday, April 16, 2026 | B1", "Sports editor: Tom Reyes, 555-0160, sports@harlowcourier.example"}, "B1", "",
			[]Author{{Name: "Tom Reyes", Role: RoleEditor, Contact: "555-0160, sports@harlowcourier.example"}}},
		{"a desk's note at the foot", "Lund dies at 67\n\nBRENTON - Robert Lund died Monday.\n\nObituaries are published for a fee. Call 555-0142 or email obits@harlowcourier.example by 3 p.m. the day before publication.\n",
			[]string{"Obituaries are published for a fee. Call 555-0142 or email obits@harlowcourier.example by 3 p.m. the day before publication."}, "", "", nil},
		{"a story's last line with a number to call stays text", "Farmers market opens Saturday\n\nThe Harlow farmers market opens for the season on Saturday.\n\nRegistration deadline for vendors is May 1. Call 555-0142 or email market@example.com to sign up.\n",
			nil, "", "", nil},
		{"a story's last line on its sponsors stays text", "青溪区“全民阅读月”活动启动\n\n本报讯 活动在区图书馆启动。\n\n本次活动由区委宣传部、区文明办联合主办\n",
			nil, "", "", nil},
		{"a weekly's dated header", "2026年4月6日-2026年4月12日\u3000星期一\u3000第3版\u3000要闻\n\n青溪区开展春季消防安全检查\n\n本报讯 正文。\n",
			[]string{"2026年4月6日-2026年4月12日\u3000星期一\u3000第3版\u3000要闻"}, "3", "要闻", nil},
		{"a desk's note in mid-page is text", "Lund dies at 67\n\nBRENTON - Robert Lund died Monday.\n\nObituaries are published for a fee. Call 555-0142 or email obits@harlowcourier.example by 3 p.m. the day before publication.\n\nMore news\n\nThe council met.\n",
			nil, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &parser{page: &Page{}}
			lines := splitLines(tt.text)
			p.markFurniture(lines)
			var furn []string
			for _, l := range lines {
				if l.furn {
					furn = append(furn, l.text)
				}
			}
			pg := p.page
			if !reflect.DeepEqual(furn, tt.furn) || pg.Number != tt.number || pg.Name != tt.pgName || !reflect.DeepEqual(pg.Editors, tt.editors) {
				t.Errorf("markFurniture(%q): furniture %q page %q %q editors %v, want %q page %q %q editors %v",
					tt.text, furn, pg.Number, pg.Name, pg.Editors, tt.furn, tt.number, tt.pgName, tt.editors)
			}
		})
	}
}

// TestFindDates checks the date searches that run the expressions only
// where a match may start against the expressions run over the whole text,
// on random lines of dates in every form, whole or broken, glued to words
// or digits, among other pieces of headers.
func TestFindDates(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	space := func() string { return pick("", "", " ", "  ", "\t", "\u3000") }
	date := func() string {
		switch rng.IntN(4) {
		case 0:
			return pick("2025", "２０２５", "二〇二五", "二零二五", "20２5", "202", "12025", "二〇二") + space() + "年" + space() +
				pick("11", "1", "十一", "十二", "３", "123") + space() + "月" + space() + pick("5", "30", "十五", "三十一", "") + space() + "日"
		case 1:
			return pick("Nov", "NOV", "november", "Sept.", "sep", "May", "mayor", "Dec.") + space() + pick("5", "17", "123", "") +
				pick(",", "") + space() + pick("2025", "202", "20256")
		case 2:
			return pick("5", "17", "123") + space() + pick("Nov", "november", "Sept.", "DEC") + pick(",", "", ".") + space() + pick("2025", "202")
		}
		return pick("2025", "202", "20251") + pick("-", "/", ".") + pick("1", "11", "123") + pick("-", "/", ".") + pick("7", "17", "")
	}
	parts := []string{"", " ", "\u3000", "x", "_", "7", "第", "版", "星期三", "Wednesday", "|", "é", "ſep 5, 2025", "，"}
	for range 30000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pick(parts...))
			if rng.IntN(3) > 0 {
				b.WriteString(date())
			}
		}
		s := b.String()
		if got, want := findCNDates(s), reCNDate.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("findCNDates(%q) = %v, want %v", s, got, want)
		}
		for _, re := range []*regexp.Regexp{reENDate, reENDMY} {
			if got, want := findENDates(re, s), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("findENDates(%v, %q) = %v, want %v", re, s, got, want)
			}
		}
		if got, want := findAllAt(reISO, s, digitWordStart), reISO.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("findAllAt(reISO, %q) = %v, want %v", s, got, want)
		}
	}
}

func TestDateSpanLine(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"English life dates", "March 2, 1931 - April 12, 2026", true},
		{"day-first dates and an en dash", "2 March 1931 – 12 April 2026", true},
		{"Chinese dates and a dash", "1931年3月2日—2026年4月12日", true},
		{"years alone", "1931 - 2026", true},
		{"dates joined by to", "2026-04-01 to 2026-04-30", true},
		{"one date", "April 12, 2026", false},
		{"a header with a date", "Thursday, April 16, 2026 | A5", false},
		{"two dates in a sentence", "Born March 2, 1931, died April 12, 2026", false},
		{"a box score", "Lakeview 28 27 22 22 10 — 109", false},
		{"a score of years", "1931 2026", false},
		{"a weekly's span and page", "2026年4月6日-2026年4月12日\u3000第3版", false},
		{"an impossible day is no date", "February 30, 1931 - April 12, 2026", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateSpanLine(tt.in); got != tt.want {
				t.Errorf("dateSpanLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsPublisher(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"a district committee", "中共临江区委主管主办", true},
		{"a paper's office", "嘉定报社出版", true},
		{"offices set apart by spaces", "中共临溪区委办公室\u3000临溪区报社\u3000联合主办", true},
		{"offices set apart by 、", "区委宣传部、区文明办联合主办", true},
		{"a newspaper and a university", "临江日报\u3000临江大学\u3000联合主办", true},
		{"a word too short", "图书出版", false},
		{"an event's sponsors", "本次活动由区委宣传部、区文明办联合主办", false},
		{"sponsors after 由", "由区委宣传部、区文明办联合主办", false},
		{"an event named before its sponsor", "本届运动会区体育局主办", false},
		{"words that name no office", "全民阅读\u3000亲子共读\u3000联合主办", false},
		{"a youth centre named for its activities", "青川区青少年活动中心\u3000青川区报社\u3000联合主办", true},
		{"a conference centre and a paper", "区会议中心\u3000临江日报社\u3000联合主办", true},
		{"an activity room and an exhibition hall", "东湖街道老年活动室、区展览馆联合主办", true},
		{"an event glued to its sponsor", "全民阅读活动区委宣传部主办", false},
		{"a contest glued to its sponsor", "此次比赛区体育局主办", false},
		{"this event's sponsor", "该活动区文明办主办", false},
		{"an event among the sponsors", "区文明办、本届大赛组委会联合主办", false},
		{"a sentence with 的", "区委宣传部的志愿服务队主办", false},
		{"a sentence on what an office will do", "区文明办将联合主办", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isPublisher(tt.in); got != tt.want {
				t.Errorf("isPublisher(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestHasWordStart(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a verb opening the line", "call 555-0142 for tickets.", true},
		{"a verb after a space", "please email news@ledger.example.", true},
		{"a verb after a bracket", "(call 555-0142)", true},
		{"a verb inside a word", "the recall vote is set.", false},
		{"a verb after one inside a word", "the recall vote is set. call 555-0142.", true},
		{"no verb", "the council met on tuesday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasWordStart(tt.in, reachVerbs[:]); got != tt.want {
				t.Errorf("hasWordStart(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPagePictureSource(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"by an organisation", "本版图片由临河区融媒体中心提供", "临河区融媒体中心"},
		{"in brackets, save the signed ones", "（本版图片除署名外均由区委宣传部提供）", "区委宣传部"},
		{"after a writer on one line", "本版文字：杨帆　本版图片：东湖镇提供", "东湖镇"},
		{"photos supplied", "本版照片由区文旅局提供。", "区文旅局"},
		{"a photographer is a person, not a source", "本版摄影 孙浩", ""},
		{"a sponsor line", "本版由临河区治水办协办", ""},
		{"a writer credit", "本版撰稿 聂思源", ""},
		{"a sentence of text", "本版图片由于篇幅所限，未能刊出，敬请谅解", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pagePictureSource(tt.in); got != tt.want {
				t.Errorf("pagePictureSource(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIndexItems(t *testing.T) {
	tests := []struct {
		in      string
		n       int
		letters bool
	}{
		{"Obituaries A4 | Opinion A7 | Classifieds B6 | Sports B1", 4, true},
		{"Local news, B1 • Weather, Page 8", 2, false},
		{"Obituaries A4", 1, true},
		{"Opinion 7; Sports 9", 2, false},
		{"Lions 3 | Tigers 2", 2, false}, // scores: bare numbers, read only inside a box
		{"Obituaries A4 | the vote was 5-2", 0, false},
		{"讣告 A4 | 评论 A7", 0, false},
		{"Route 66 A4 | Opinion A7", 0, false},
		{"Obituaries 2026 | Opinion A7", 0, false},
		{"", 0, true},
		{", A4 | , Page B1", 0, false},
		{"Sports, Page B1", 1, true},
	}
	for _, tt := range tests {
		if n, letters := indexItems(tt.in); n != tt.n || n > 0 && letters != tt.letters {
			t.Errorf("indexItems(%q) = %d, %v, want %d, %v", tt.in, n, letters, tt.n, tt.letters)
		}
	}
}

func TestCommaPageItem(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Obituaries, A4", true},
		{"Local news, B1", true},
		{"Opinion, 8", true},
		{"He went home, A4", true}, // short Latin words before a page: only read inside an index box
		{"Obituaries A4", false},
		{"Obituaries, 2025", false},
		{"The vote, he said, was close", false},
		{"讣告, A4", false},
		{"Dr. Smith, A4", false},
	}
	for _, tt := range tests {
		if got := commaPageItem(tt.in); got != tt.want {
			t.Errorf("commaPageItem(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSloganMarks(t *testing.T) {
	tests := []struct {
		name, in, paper string
		want            bool
	}{
		{"since a year", "Serving the Quarry River Valley since 1885", "", true},
		{"founded in a year", "Founded in 1885", "", true},
		{"established a year", "Est. 1872", "", true},
		{"the paper's place", "Serving the Harlow Valley", "The Harlow Valley Ledger", true},
		{"the paper's name", "Serving readers of the Harlow Ledger", "The Harlow Ledger", true},
		{"a headline naming veterans", "Serving those who served", "The Harlow Valley Ledger", false},
		{"a headline since an event", "Since the flood, a town rebuilds", "The Harlow Valley Ledger", false},
		{"a count is no year", "Serving 1,200 meals a day", "The Harlow Valley Ledger", false},
		{"a number glued to a word is no year", "Serving route 12345", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sloganYear(tt.in) || namesPaper(tt.in, tt.paper); got != tt.want {
				t.Errorf("sloganYear||namesPaper(%q, %q) = %v, want %v", tt.in, tt.paper, got, tt.want)
			}
		})
	}
}
