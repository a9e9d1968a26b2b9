package article

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitLines(t *testing.T) {
	lines := splitLines("标题\n\n\u3000\u3000正文。  \n    Indented\n")
	if len(lines) != 5 {
		t.Fatalf("splitLines: %d lines, want 5", len(lines))
	}
	want := []line{
		{no: 1, raw: "标题", text: "标题"},
		{no: 2},
		{no: 3, raw: "\u3000\u3000正文。", text: "正文。", indent: 4},
		{no: 4, raw: "    Indented", text: "Indented", indent: 4},
		{no: 5},
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("splitLines = %+v, want %+v", lines, want)
	}
	// The wrap rules measure a line when they first ask.
	for i, m := range []struct{ runes, width int }{{2, 4}, {0, 0}, {5, 10}, {12, 12}, {0, 0}} {
		if got := lines[i].measure(false); got != m.runes {
			t.Errorf("line %d: measure(false) = %d, want %d", i+1, got, m.runes)
		}
		if got := lines[i].measure(true); got != m.width {
			t.Errorf("line %d: measure(true) = %d, want %d", i+1, got, m.width)
		}
	}
}

// blockTexts runs the block stage of the parser and returns the blocks' text.
func blockTexts(text string) []string {
	p := &parser{page: &Page{}}
	blocks := p.blocks(text)
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = b.text
	}
	return out
}

func TestColumnBreaks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"inside a word", "标题\n\n从医疗产品到美妆个护,从电梯制造到健康科技……本届进博会,嘉\n\n定10余家企业携众多新产品亮相。",
			[]string{"标题", "从医疗产品到美妆个护,从电梯制造到健康科技……本届进博会,嘉定10余家企业携众多新产品亮相。"}},
		{"a number cut before its unit", "标题\n\n本报讯 项目开工。\n\n项目共分三期建设，一期工程占地120\n\n亩，二期工程占地200亩。",
			[]string{"标题", "项目开工。", "项目共分三期建设，一期工程占地120亩，二期工程占地200亩。"}},
		{"a connective opens running text", "标题\n\n本报讯 项目开工。\n\n今年以来，全区新开工项目\n\n共计38个，总投资超过200亿元。",
			[]string{"标题", "项目开工。", "今年以来，全区新开工项目共计38个，总投资超过200亿元。"}},
		{"reported speech opens running text", "标题\n\n本报讯 全会召开。\n\n全会提出，未来五年全区将新建各类产业园区\n\n12个，新增就业岗位5万个以上。",
			[]string{"标题", "全会召开。", "全会提出，未来五年全区将新建各类产业园区12个，新增就业岗位5万个以上。"}},
		{"a heading with a comma stays", "标题\n\n本报讯 全会召开。\n\n立足新起点，开创新局面\n\n全会强调，要坚持稳中求进。",
			[]string{"标题", "全会召开。", "立足新起点，开创新局面", "全会强调，要坚持稳中求进。"}},
		{"before a closing quote and stop", "使嘉昆太真正成为三地市民的“美好生活\n\n圈”。\n\n下一段。",
			[]string{"使嘉昆太真正成为三地市民的“美好生活圈”。", "下一段。"}},
		{"before a lone stop", "这些数据为企业改进算法提供了重要支撑\n\n。",
			[]string{"这些数据为企业改进算法提供了重要支撑。"}},
		{"after a comma on consecutive lines", "全区上下要坚持深学细悟，\n增强改革创新行动自觉。",
			[]string{"全区上下要坚持深学细悟，增强改革创新行动自觉。"}},
		{"English mid-sentence", "The council voted 7-2 on Thursday to approve a plan to turn a rail\n\nyard into a park.",
			[]string{"The council voted 7-2 on Thursday to approve a plan to turn a rail yard into a park."}},
		{"a subhead is not joined", "会议强调要抓好落实。\n\n在共享发展中寻新机\n\n从医疗产品到美妆个护。",
			[]string{"会议强调要抓好落实。", "在共享发展中寻新机", "从医疗产品到美妆个护。"}},
		{"a headline group is not joined", "嘉定新城再添一座城市书房\n——“我嘉书房”累计建成65家\n本报讯 11月10日开放。",
			[]string{"嘉定新城再添一座城市书房", "——“我嘉书房”累计建成65家", "11月10日开放。"}},
		{"a jump ends the part", "为我们提(下转第2版)\n\n下一篇文章的正文。",
			[]string{"为我们提", "下一篇文章的正文。"}},
		{"a credit ends the part", "作主旨演讲 撰稿 俞超\n\n下一篇文章的正文。",
			[]string{"作主旨演讲", "下一篇文章的正文。"}},
		{"a dateline starts a new block", "会议要求抓好落实\n\n本报讯 另一条消息。",
			[]string{"会议要求抓好落实", "另一条消息。"}},
		{"a numbered line is not joined", "具体措施如下：\n\n一、加强组织领导",
			[]string{"具体措施如下：", "一、加强组织领导"}},
		{"a clock time before its day", "Garden club\n\nThe club will meet at 7 p.m.\nThursday at the Town Hall. Guest speaker Ron Delgado\nwill talk about shady yards.",
			[]string{"Garden club", "The club will meet at 7 p.m. Thursday at the Town Hall. Guest speaker Ron Delgado will talk about shady yards."}},
		{"a title before its name", "Garden club\n\nThe club will meet at the home of Dr.\nEllen Park on Thursday. Guest speaker Ron Delgado\nwill talk about shady yards.",
			[]string{"Garden club", "The club will meet at the home of Dr. Ellen Park on Thursday. Guest speaker Ron Delgado will talk about shady yards."}},
		{"a clock time ends a sentence", "The library closed at 5 p.m.\n\nThe branch reopens on Monday with new hours.",
			[]string{"The library closed at 5 p.m.", "The branch reopens on Monday with new hours."}},
		{"life dates stand on their own line", "Helen Abbott\nCarver\nMarch 2, 1931 - April 12, 2026\nHelen M. Abbott, 95, of Carver died April 12 at home.\nShe taught fourth grade for 34 years.",
			[]string{"Helen Abbott", "Carver", "March 2, 1931 - April 12, 2026", "Helen M. Abbott, 95, of Carver died April 12 at home.", "She taught fourth grade for 34 years."}},
		{"a span of dates goes on with its lower-case sentence", "The fair runs\n\nMay 2, 2026 - May 9, 2026\n\nat the fairgrounds on Route 9.",
			[]string{"The fair runs", "May 2, 2026 - May 9, 2026 at the fairgrounds on Route 9."}},
		{"Jr. ends a sentence", "The march was led by Martin Luther King Jr.\n\nThousands of people followed him to the capitol.",
			[]string{"The march was led by Martin Luther King Jr.", "Thousands of people followed him to the capitol."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blockTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("blocks of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHardWrap(t *testing.T) {
	// Wrapped at 20 characters, paragraphs indented with two U+3000.
	cjk := strings.Join([]string{
		"街道推出新举措",
		"",
		"\u3000\u3000今年以来，街道在辖区内推行“一楼一策”工作",
		"法，由居委会牵头组织楼组议事，逐户听取意见，",
		"最终让全楼居民达成一致。",
		"\u3000\u3000下一步，街道将继续推进这项工作，力争在年",
		"底前完成全部楼栋的改造任务，让居民满意放心。",
		"\u3000\u3000相关负责人表示，将加强对施工质量的监督，",
		"确保工程安全有序推进。",
	}, "\n")
	// Wrapped at 40 columns, paragraphs indented with spaces, a subhead.
	en := strings.Join([]string{
		"   The council will review final design",
		"drawings in January, and a groundbreaking",
		"ceremony is planned for April.",
		"What comes next",
		"   Residents said they were glad the site",
		"would finally be put to use after twenty",
		"years behind a fence.",
	}, "\n")
	// Indented paragraphs wrapped at 28 characters under flush titles, an
	// indented subhead, and a column break inside a paragraph.
	sub := strings.Join([]string{
		"外贸进出口总额增长",
		"    本报讯 记者从区商务委获悉，今年1至10月，我区外贸进出",
		"口总额达到412.6亿元，同比增长12.3%。",
		"",
		"数字赋能 小店焕新",
		"    本报讯 走进位于老城区的南货店，店员正通过直播向网友介",
		"绍店里的传统糕点。店主说线上销售占到四成，生意好多了。",
		"    今年以来，我区启动“小店焕新”行动，为中小商贸企业提",
		"供免费数字化诊断，帮助其开通线上渠道，效果明显。",
		"    一、搭平台：线上线下融合",
		"    区商务委联合本地生活服务平台开设专区，集中展示推介本",
		"地特色小店。专区上线半年，累计访问量超过300万人次。",
		"    下一步，区商务委将继续扩大专区规模，让更多小店搭上",
		"",
		"数字快车，实现线上线下同步增长。",
		"",
		"制造业采购经理指数回升",
		"    本报讯 国家统计局30日发布数据显示，11月份，制造业采购",
		"经理指数为50.2%，比上月上升0.6个百分点。",
		"",
		"区农商银行发放首笔碳汇贷款",
		"    本报讯 近日，区农商银行向东湖镇一家林业合作社发放碳汇",
		"贷款200万元，这是我区首笔以林业碳汇为质押的贷款。",
		"",
		"前三季度居民人均可支配收入增长",
		"    本报讯 区统计局发布数据，前三季度全区居民人均可支配收",
		"入达到4.86万元，同比增长5.1%。",
	}, "\n")
	// Wrapped at 48 columns, paragraphs indented, a writer's line break
	// after a short sentence, a flush sign-off and a flush heading.
	cal := strings.Join([]string{
		"Saturday, April 18",
		"   Tannery River cleanup: 8 a.m. to noon, meet at",
		"the Front Street boat launch. Gloves and bags are",
		"provided. Call 555-0188 to sign up for a shift.",
		"   Contra dance: 7:30 p.m., Grange Hall.",
		"Beginners' lesson at 7. $10 at the door.",
		"   Fish fry: 5 to 7 p.m., St. Luke's Lutheran hall,",
		"30 Church St. $14 adults, $7 children. Takeout is",
		"available at the side door of the church hall.",
		"   Plant sale: 9 a.m. at the library.",
		"- Staff report",
		"Sunday, April 19",
		"   Bird walk: 8 a.m., Harlow Marsh. Bring binoculars.",
	}, "\n")
	// Wrapped at 70 columns, paragraphs indented: a wrapped line ends a
	// sentence a few columns short, and the next line, flush, reads like a
	// heading until its sentence runs on in lower case.
	bond := strings.Join([]string{
		"  Fenwick said the town's overall debt would stay well below the state",
		"limit even with the library bond and the bridge repairs, and that the",
		"town's credit rating was confirmed again in the spring.",
		"  Several parents asked why the board did not look at building on",
		"the grounds of the old Mill Road School, which closed in 2009.",
		"Principal Dana Whitlock said those grounds are too small for the",
		"playing fields the state now requires of a new school.",
		"  The board meets again next month.",
		"Budget Talks Resume Next Week After Long Pause",
		"  Members will take up the spending plan for the coming school year.",
	}, "\n")
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a flush heading-like line cut mid-sentence goes on after a short line", bond, []string{
			"Fenwick said the town's overall debt would stay well below the state limit even with the library bond and the bridge repairs, and that the town's credit rating was confirmed again in the spring.",
			"Several parents asked why the board did not look at building on the grounds of the old Mill Road School, which closed in 2009. Principal Dana Whitlock said those grounds are too small for the playing fields the state now requires of a new school.",
			"The board meets again next month.",
			"Budget Talks Resume Next Week After Long Pause",
			"Members will take up the spending plan for the coming school year.",
		}},
		{"a flush line after a short one goes on where only indents open paragraphs", cal, []string{
			"Saturday, April 18",
			"Tannery River cleanup: 8 a.m. to noon, meet at the Front Street boat launch. Gloves and bags are provided. Call 555-0188 to sign up for a shift.",
			"Contra dance: 7:30 p.m., Grange Hall. Beginners' lesson at 7. $10 at the door.",
			"Fish fry: 5 to 7 p.m., St. Luke's Lutheran hall, 30 Church St. $14 adults, $7 children. Takeout is available at the side door of the church hall.",
			"Plant sale: 9 a.m. at the library.",
			"- Staff report",
			"Sunday, April 19",
			"Bird walk: 8 a.m., Harlow Marsh. Bring binoculars.",
		}},
		{"indented subheads in indented wrapped text", sub, []string{
			"外贸进出口总额增长",
			"记者从区商务委获悉，今年1至10月，我区外贸进出口总额达到412.6亿元，同比增长12.3%。",
			"数字赋能 小店焕新",
			"走进位于老城区的南货店，店员正通过直播向网友介绍店里的传统糕点。店主说线上销售占到四成，生意好多了。",
			"今年以来，我区启动“小店焕新”行动，为中小商贸企业提供免费数字化诊断，帮助其开通线上渠道，效果明显。",
			"一、搭平台：线上线下融合",
			"区商务委联合本地生活服务平台开设专区，集中展示推介本地特色小店。专区上线半年，累计访问量超过300万人次。",
			"下一步，区商务委将继续扩大专区规模，让更多小店搭上数字快车，实现线上线下同步增长。",
			"制造业采购经理指数回升",
			"国家统计局30日发布数据显示，11月份，制造业采购经理指数为50.2%，比上月上升0.6个百分点。",
			"区农商银行发放首笔碳汇贷款",
			"近日，区农商银行向东湖镇一家林业合作社发放碳汇贷款200万元，这是我区首笔以林业碳汇为质押的贷款。",
			"前三季度居民人均可支配收入增长",
			"区统计局发布数据，前三季度全区居民人均可支配收入达到4.86万元，同比增长5.1%。",
		}},
		{"CJK indented", cjk, []string{
			"街道推出新举措",
			"今年以来，街道在辖区内推行“一楼一策”工作法，由居委会牵头组织楼组议事，逐户听取意见，最终让全楼居民达成一致。",
			"下一步，街道将继续推进这项工作，力争在年底前完成全部楼栋的改造任务，让居民满意放心。",
			"相关负责人表示，将加强对施工质量的监督，确保工程安全有序推进。",
		}},
		{"English indented with a subhead", en, []string{
			"The council will review final design drawings in January, and a groundbreaking ceremony is planned for April.",
			"What comes next",
			"Residents said they were glad the site would finally be put to use after twenty years behind a fence.",
		}},
		{"one paragraph per line is not wrapped", "第一段很短。\n第二段稍微长一些，但也结束了。\n第三段。\n第四段也结束了。\n第五段。",
			[]string{"第一段很短。", "第二段稍微长一些，但也结束了。", "第三段。", "第四段也结束了。", "第五段。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := blockTexts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("blocks of %q =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEndAbbrev(t *testing.T) {
	tests := []struct {
		name, in string
		want     abbrevKind
	}{
		{"clock time", "will meet at 7 p.m.", abbrevMaybe},
		{"morning", "from 7 to 11 a.m.", abbrevMaybe},
		{"street", "at 40 Beacon St.", abbrevMaybe},
		{"avenue", "on Main Ave.", abbrevMaybe},
		{"junior", "said Martin Luther King Jr.", abbrevMaybe},
		{"initial", "said John F.", abbrevMaybe},
		{"doctor", "the home of Dr.", abbrevTitle},
		{"mister", "(Mr.", abbrevTitle},
		{"senator", "said state Sen.", abbrevTitle},
		// Sentence ends.
		{"a word", "at the Town Hall.", abbrevNone},
		{"a number", "rose 4.5 percent in 2025.", abbrevNone},
		{"an ellipsis", "and then...", abbrevNone},
		{"a lower-case word like a title", "he said dr.", abbrevNone},
		{"a question", "Who is Dr?", abbrevNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endAbbrev(tt.in); got != tt.want {
				t.Errorf("endAbbrev(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestHardWrapAbbrev(t *testing.T) {
	// Wrapped at 60 columns: a line cut after "p.m." because the next word
	// did not fit goes on; a short line that ends a paragraph does not.
	in := strings.Join([]string{
		"Blood drive",
		"",
		"The American Red Cross will hold a blood drive from noon to",
		"6 p.m. April 15 at Grace Lutheran Church, and the Ashford",
		"Garden Club, which sponsors it, will meet there at 7 p.m.",
		"Thursday to sort the donations of books for the spring sale",
		"at the Ashford Town Hall. Appointments are encouraged but",
		"walk-ins are welcome, organizers said at 10 a.m.",
		"Parking is free in the lot behind the church for donors and",
		"volunteers who bring a ticket from the front desk with them.",
		"",
		"Library news",
	}, "\n")
	want := []string{
		"Blood drive",
		"The American Red Cross will hold a blood drive from noon to 6 p.m. April 15 at Grace Lutheran Church, and the Ashford " +
			"Garden Club, which sponsors it, will meet there at 7 p.m. Thursday to sort the donations of books for the spring sale " +
			"at the Ashford Town Hall. Appointments are encouraged but walk-ins are welcome, organizers said at 10 a.m.",
		"Parking is free in the lot behind the church for donors and volunteers who bring a ticket from the front desk with them.",
		"Library news",
	}
	if got := blockTexts(in); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks of %q =\n%q\nwant\n%q", in, got, want)
	}
}

func TestSentenceLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"从医疗产品到美妆个护,从电梯制造到健康科技……本届进博会,嘉", true},
		{"肖文高指出,全区上下", true},
		{"今年以来，全区新开工项目", true},
		{"同时，项目方还计划建设职工", true},
		{"全会提出，未来五年全区将新建各类产业园区", true},
		{"同心协力，共建美好家园", false},
		{"说到做到，落实见效", false},
		{"立足新起点,开创新局面", false},
		{"在共享发展中寻新机", false},
		{"本届进博会,嘉", true},
		{"Nguyen breaks 41-year-old school record in 1,600", false},
		{"全区新增就业岗位1,600个", false},
		{"ran the 1,600 meters in 4 minutes, 16", true},
	}
	for _, tt := range tests {
		if got := sentenceLike(tt.in); got != tt.want {
			t.Errorf("sentenceLike(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsAgateRow(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Boston 118, Chicago 101", true},
		{"Mill Creek 112, Lakeview 109, OT", true},
		{"Lakeview 28 27 22 22 10 — 109", true},
		{"Cleveland       25   15  .625  1½", true},
		{"5 things to know about 2026", false},
		{"Council OKs $1.2 million for 2 parks", false},
		{"Indiana at Cleveland, 7 p.m.", false},
		{"Hawks rally past Lakers in overtime", false},
		{"March 2, 1931 - April 12, 2026", false}, // life dates
		{"1931 - 2026", false},
	} {
		if got := isAgateRow(tt.in); got != tt.want {
			t.Errorf("isAgateRow(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestColumnNames(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"W    L   Pct   GB", true},
		{"Team\tW\tL\tPct", true},
		{"日期 天气 气温", true},
		{"指标　　绝对值　　同比增长", true},
		// Not column names.
		{"EASTERN CONFERENCE", false},
		{"Class 4A regional semifinals", false},
		{"Saturday's Games", false},
		{"PREP FOOTBALL RESULTS", false},
		{"数字赋能 小店焕新", false},
		{"1 2 3 4", false},
	}
	for _, tt := range tests {
		if got := columnNames(tt.in); got != tt.want {
			t.Errorf("columnNames(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAbbrevHeads(t *testing.T) {
	tests := []struct {
		name, head, row string
		want            bool
	}{
		{"standings won and lost", "Team W L", "Carrow Valley 15 3", true},
		{"standings with percentage and games behind", "Team W L Pct GB", "Mill Creek 27 14 .659 —", true},
		{"scoring leaders", "Player G A Pts", "Dana Ruiz 12 9 21", true},
		{"a name of one word", "Team W L", "Weston 9 9", true},
		// Not column names.
		{"a headline of words", "Cats Win Big", "Cats 35 14", false},
		{"fewer figures than labels", "Team W L", "Carrow Valley 15", false},
		{"more figures than labels", "Team W L", "Carrow Valley 15 3 2", false},
		{"a headline over a result", "Hawks Top Jets", "Hawks 5, Jets 3", false},
		{"a label with a figure", "Top 5 W L", "Carrow Valley 15 3", false},
		{"a row that opens with a figure", "Team W L", "1 15 3", false},
		{"a row of figures only", "Team W L", "15 3", false},
		{"an empty row", "Team W L", "", false},
		{"a lowercase word", "Team won lost", "Carrow Valley 15 3", false},
		{"columns named in full over records", "Team League Overall", "Pine Hollow 5-0 8-0", true},
		{"abbreviations over records", "Team W L T Pts", "Pine Hollow 5-0 8-0", true},
		{"records with ties", "School W-L-T Home", "Riverton 3-2-1 2-1", false},
		{"a headline over records", "Hawks Stay Unbeaten", "Pine Hollow 5-0 8-0", false},
		{"a headline of short words over records", "Cats Win Big", "Pine Hollow 5-0 8-0", false},
		{"a column word among headline words", "Lions Win League", "Pine Hollow 5-0 8-0", false},
		{"a score is no record of more columns", "Team W L T", "Pine Hollow 5 0", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := abbrevHeads(tt.head, tt.row); got != tt.want {
				t.Errorf("abbrevHeads(%q, %q) = %v, want %v", tt.head, tt.row, got, tt.want)
			}
		})
	}
}

func TestWordCells(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"a header row", "项目　　　　冠军　　　　亚军　　　　季军", 4},
		{"a row of words", "男子团体　　城东街道　　临溪镇　　　桃源街道", 4},
		{"cells set apart by tabs", "项目\t冠军\t亚军", 3},
		{"a cell in brackets", "城东（甲）　　西山　　临溪", 3},
		{"names with their teams", "男子单打　　许长庚(临溪镇)　　周逸飞(城东街道)　　何川(桃源街道)", 4},
		// Not rows.
		{"a headline's phrases one space apart", "春到临溪　花海迎客　游人如织", 0},
		{"an editor line", "责任编辑　王蕾　　美术编辑　李明", 0},
		{"two cells", "项目　　冠军", 0},
		{"a cell too long for a table", "临溪区第十一届运动会乒乓球比赛决赛　　城东　　西山", 0},
		{"punctuation", "男子团体，　　城东街道　　临溪镇", 0},
		{"a sentence", "城东街道代表队包揽三项团体冠军。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &block{text: tt.in, shape: headingShape(tt.in)}
			if got := wordCells(b); got != tt.want {
				t.Errorf("wordCells(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestAgateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Harlan 35, Fairmont 14", true},
		{"Westbrook 17, Bellamy 10 (OT)", true},
		{"Mill Creek      27   14  .659    —", true},
		// Not rows.
		{"Class 4A regional semifinals", false},
		{"the Wildcats beat Fairmont 35-14 in a Class 4A", false},
		{"March 3, 2025, at 7 p.m. in Room 201 of the", false},
		{"Smith 35, Jones 14 and the rest of the", false},
		{"区农商银行发放贷款200万元 同比增长5.1% 3 4", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := agateLine(tt.in); got != tt.want {
			t.Errorf("agateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBrokenWord(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"a word cut at the line's end", "to anywhere else. Down-", "town, people can", true},
		{"a lower-case word", "The com-", "mittee approved the move.", true},
		{"a word in quotes", "the theme was \"Crafts in Jia-", "ding\", and", true},
		{"a word with an accent", "her résu-", "mé was short", true},
		{"a compound with an accent", "a small café-", "style stand", false},
		{"a name after it", "said Ann Smith-", "Jones, the chair", false},
		{"a figure after it", "since the mid-", "1990s the town", false},
		{"a dash after letters", "the market--", "and the shops", false},
		{"a dash after a space", "the market -", "and the shops", false},
		{"a compound's usual first half", "a well-", "known baker", false},
		{"a number first", "after a two-", "car crash", false},
		{"a compound's usual second half", "a school-", "based program", false},
		{"a compound of three parts", "his sister-", "in-law said", false},
		{"a compound of four parts", "a face-", "to-face talk", false},
		{"a word that goes on to a compound", "It took a com-", "munity-based effort", true},
		{"the second hyphen of a compound", "a state-of-", "the-art hall", false},
		{"a figure before it", "a 10-", "year plan", false},
		{"no hyphen", "the market", "town", false},
		{"Chinese full-width dash", "主题为“工匠－", "精神”", false},
		{"Chinese text after it", "Jia-", "定区", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brokenWord(tt.a, tt.b); got != tt.want {
				t.Errorf("brokenWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestHardWrapBrokenWords(t *testing.T) {
	// Wrapped at 44 columns, paragraphs indented with spaces.
	in := strings.Join([]string{
		"    Nobody walks from the fairgrounds to any-",
		"where else, the market manager said. Down-",
		"town, people can grab breakfast and shop at",
		"the Smith-",
		"Jones hardware store, a well-",
		"known stop since the mid-",
		"1990s. The com-",
		"mittee approved the move -",
		"and the shops are glad.",
	}, "\n")
	want := []string{"Nobody walks from the fairgrounds to anywhere else, the market manager said. Downtown, people can grab breakfast and shop at the Smith-Jones hardware store, a well-known stop since the mid-1990s. The committee approved the move - and the shops are glad."}
	pg, cuts := parseText(in)
	if got := blockTexts(in); !reflect.DeepEqual(got, want) {
		t.Errorf("blocks of %q =\n%q\nwant\n%q", in, got, want)
	}
	if err := checkNothingLost(in, pg, cuts); err != nil {
		t.Errorf("parseText(%q): %v", in, err)
	}
}

func TestSalutation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"编辑同志：", true}, {"编辑同志:", true}, {"尊敬的各位居民：", true}, {"亲爱的同学们：", true},
		{"王先生：", true}, {"Dear Editor:", true}, {"To the Editor:", true},
		// No salutations.
		{"编辑同志", false}, {"他说：", false}, {"报名电话：86012345", false}, {"具体安排如下：", false},
		{"区委书记强调：", false}, {"Tickets:", false}, {"Dear readers, here is what happened at the meeting:", false},
	}
	for _, tt := range tests {
		if got := salutation(tt.in); got != tt.want {
			t.Errorf("salutation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestBoxRow(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		kind   int
		digits bool
	}{
		{"a figure and what it counts", "32项　今年推出的营商环境改革举措", figureRow, true},
		{"a figure in words", "半日　企业开办全流程办结时间", figureRow, false},
		{"a share", "62%　首日签约率", figureRow, true},
		{"one space between", "98.7% 企业诉求办结率", figureRow, true},
		{"a group and its teams", "男子组:青枫街道队、滨江街道队、区城投集团队", resultRow, false},
		{"a prize and its winners", "一等奖：许长庚、周逸飞", resultRow, false},
		{"a place and who took it", "冠军　柳塘镇东湖村队", rankRow, false},
		{"a prize with a note in brackets", "最佳射手　殷海波(渔港村队,9球)", rankRow, false},
		{"a numbered prize", "一等奖　许长庚、周逸飞", rankRow, false},
		{"a numbered place", "第三名　梅湾镇队", rankRow, false},
		{"a good and its price", "青菜　2.6元/斤", priceRow, false},
		{"a price range by the kilogram", "猪肉　26～28元/公斤", priceRow, false},
		{"a good with a note in brackets", "猪肉(后腿)　13.5元/斤", priceRow, false},
		{"a place in digits", "第1名　石桥镇上湾村队", rankRow, false},
		{"a place in full-width digits", "第２名　云岭街道茶坪村队", rankRow, false},
		{"a place past ten", "第十一名　青杉镇竹园村队", rankRow, false},
		{"a prize numbered in digits", "1等奖　许长庚", rankRow, false},
		{"a prize for taking part", "优胜奖　柳塘镇队、梅湾镇队", rankRow, false},
		{"a team's place", "团体冠军　区供电公司队", rankRow, false},
		{"a named prize", "道德风尚奖　区人民医院队", rankRow, false},
		{"one winner of a group", "男子组冠军：区供电公司队", resultRow, false},
		{"one winner of a place", "第1名：石桥镇上湾村队", resultRow, false},
		{"a price range with a dash", "土豆　1.6—1.8元/斤", priceRow, false},
		{"a price range with a full-width hyphen", "土豆　1.6－1.8元/斤", priceRow, false},
		{"a price by a weighed measure", "芹菜　2.2元/500克", priceRow, false},
		{"a price by the kilogram in letters", "牛肉　76元/kg", priceRow, false},
		{"a full-width slash", "鸡蛋　5.2元／斤", priceRow, false},
		{"one character and a note", "蛋（散装）　4.9元/斤", priceRow, false},
		// Not rows.
		{"a headline opening with a rank word", "冠军之路　从村口球场出发", 0, false},
		{"a rank word with no space", "冠军花落柳塘镇东湖村队", 0, false},
		{"a rank label and a sentence", "冠军　东湖村队，亚军渔港村队", 0, false},
		{"a headline ending with a figure", "全区经济　增长5.2%", 0, false},
		{"a headline with a count", "柳塘镇　2000亩稻虾丰收", 0, false},
		{"a note in brackets before words", "东湖村（柳塘镇）　夺得冠军", 0, false},
		{"an unopened bracket", "猪肉后腿)　13.5元/斤", 0, false},
		{"a day of a dated list", "3月20日　春分", 0, false},
		{"a headline's phrases", "春到临溪　花海迎客", 0, false},
		{"a label with punctuation", "32项　今年推出的改革举措，覆盖全区", 0, false},
		{"a field of practical information", "报名电话：86012345、86012346", 0, false},
		{"a list in a sentence", "参赛队伍：青枫街道队、滨江街道队，共12支。", 0, false},
		{"a colon headline", "区人社局：发放稳岗补贴", 0, false},
		{"English", "62% first-day signings", 0, false},
		{"a figure too long", "2026年东澜区第五届运动会　开幕", 0, false},
		{"a phrase that wins the place", "勇夺冠军　柳塘镇东湖村队", 0, false},
		{"a big prize is no named one", "大奖　花落柳塘镇", 0, false},
		{"a place with no number", "第名　石桥镇上湾村队", 0, false},
		{"a place with a word for its number", "第一线　石桥镇上湾村队", 0, false},
		{"a single value after a group", "男子组：区供电公司队", 0, false},
		{"a winner in a sentence", "男子组冠军：区供电公司队，女子组冠军空缺", 0, false},
		{"a colon after a place and nothing", "男子组冠军：", 0, false},
		{"a range left open", "土豆　1.6—元/斤", 0, false},
		{"a measure too long", "芹菜　2.2元/500克装", 0, false},
		{"a measure of numbers only", "芹菜　2.2元/500", 0, false},
		{"a per-person figure with no 元", "人均　3.5斤/人", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &block{text: tt.in, shape: headingShape(tt.in)}
			kind, digits := boxRow(b)
			if kind != tt.kind || kind == figureRow && digits != tt.digits {
				t.Errorf("boxRow(%q) = %d, %v, want %d, %v", tt.in, kind, digits, tt.kind, tt.digits)
			}
		})
	}
}

func TestTimetableCells(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"a place, its days and hours", "荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00", 3},
		{"days listed with 、", "石桥镇社区卫生服务中心\u3000\u3000周二、周四、周六\u30008:00—15:00", 3},
		{"a row closed by 。", "澄湖新城湖畔里卫生服务站\u3000每天\u30009:00—20:00。", 3},
		{"four cells set apart by spaces", "1号线  首班6:00  末班22:30  15分钟", 4},
		// Not rows.
		{"a lead", "本报讯\u3000连日来,石桥镇农业技术推广站的技术员们把课堂搬到了田埂上,为", 0},
		{"a headline's phrases", "春到临溪\u3000花海迎客\u3000游人如织", 0},
		{"a headline with a figure", "10件实事\u3000全部完成", 0},
		{"an info field", "咨询电话：86012345\u3000周一至周五\u3000上午", 0},
		{"a sentence inside", "荷湾街道\u3000周一至周五开放。周末休息\u30008:00—16:00", 0},
		{"a field too long", "荷湾街道社区卫生服务中心东院门诊部二楼\u3000周一至周五\u30008:00—16:00", 0},
		{"an English row", "Pine Hollow  5-0  8-0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := timetableCells(tt.in); got != tt.want {
				t.Errorf("timetableCells(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestTimetableRows(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []bool // which blocks are rows
	}{
		{"a service box", []string{"各接种点服务时间如下:", "荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00",
			"石桥镇社区卫生服务中心\u3000周二、周四\u30008:00—15:00", "(区卫生健康委)"}, []bool{false, true, true, false}},
		{"rows closed by 。", []string{"荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00。",
			"澄湖新城湖畔里卫生服务站\u3000每天\u30009:00—20:00。"}, []bool{true, true}},
		// Not rows.
		{"one row", []string{"荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00", "区卫生健康委提醒,接种前请预约。"},
			[]bool{false, false}},
		{"rows of unlike cells", []string{"荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00",
			"澄湖新城\u3000每天\u30009:00\u300020:00"}, []bool{false, false}},
		{"rows over a lead", []string{"荷湾街道社区卫生服务中心\u3000周一至周五\u30008:00—16:00",
			"石桥镇社区卫生服务中心\u3000周二、周四\u30008:00—15:00", "本报讯　连日来，各接种点有序开展接种工作。"},
			[]bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := lineBlocks(tt.in)
			timetableRows(blocks)
			for i, b := range blocks {
				if b.row != tt.want[i] {
					t.Errorf("timetableRows(%q): row %d = %v, want %v", tt.in, i, b.row, tt.want[i])
				}
			}
		})
	}
}

func TestBoxRows(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []bool // which blocks are rows
	}{
		{"a 数读 box", []string{"■数读", "32项　今年推出的改革举措", "半日　企业开办全流程办结时间", "“东澜好物”直播基地开播"},
			[]bool{false, true, true, false}},
		{"results", []string{"比赛结果", "男子组:青枫街道队、滨江街道队", "女子组:梅湾镇队、云溪街道队"}, []bool{false, true, true}},
		{"a results table set a blank line apart", []string{"比赛结果", "冠军　柳塘镇东湖村队", "亚军　白沙街道渔港村队", "最佳射手　殷海波(渔港村队,9球)", "区体育局相关负责人表示,明年将继续举办。"},
			[]bool{false, true, true, true, false}},
		{"a price box", []string{"本周区农产品批发市场部分商品均价", "青菜　2.6元/斤", "大白菜　1.3元/斤", "(区农产品批发市场提供)"},
			[]bool{false, true, true, false}},
		// Not rows.
		{"one rank line", []string{"冠军　柳塘镇东湖村队", "区首届乡村足球联赛落幕"}, []bool{false, false}},
		{"one figure line", []string{"32项　今年推出的改革举措", "东澜营商环境再升级"}, []bool{false, false}},
		{"no figure in digits", []string{"半日　企业开办全流程办结时间", "两年　项目建设周期"}, []bool{false, false}},
		{"rows of two kinds", []string{"32项　今年推出的改革举措", "男子组:青枫街道队、滨江街道队"}, []bool{false, false}},
		{"a headline of figures over a lead", []string{"1至3月　全区工业产值增长12%", "30个重点项目　集中签约开工",
			"本报讯（记者 王明）一季度，全区经济运行稳中有进。"}, []bool{false, false, false}},
		{"a headline of lists over a lead", []string{"代表委员热议：稳增长、惠民生、促发展", "群众最关心：就业、教育、医疗",
			"本报讯（记者 王明）全国两会期间，我区代表委员积极建言献策。"}, []bool{false, false, false}},
		{"winners over a lead", []string{"男子组冠军：区供电公司队", "女子组冠军：区人民医院队",
			"本报讯（记者 葛川）6月7日，区第三届职工篮球赛落幕。"}, []bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := lineBlocks(tt.in)
			boxRows(blocks)
			for i, b := range blocks {
				if b.row != tt.want[i] {
					t.Errorf("boxRows(%q): row %d = %v, want %v", tt.in, i, b.row, tt.want[i])
				}
			}
		})
	}
}

func TestSpaceOrColon(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"冠军\u3000柳塘镇东湖村队", true},
		{"男子组：青枫街道队", true},
		{"Team: Hawks", true},
		{"A\u00a0B", true},
		{"进博会见证“嘉定力量”", false},
		{"在共享发展中寻新机。、", false},
		{"全角字符（：）不是空格", true},
		{"\xe3\x80", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := spaceOrColon(tt.in); got != tt.want || got != (hasUnicodeSpace(tt.in) || indexAnyRune(tt.in, "：:") >= 0) {
			t.Errorf("spaceOrColon(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// lineBlocks makes one block of text per line, each with its heading shape,
// and the dateline extract would record for 本报讯.
func lineBlocks(lines []string) []*block {
	var blocks []*block
	for i, s := range lines {
		b := &block{kind: textBlock, text: s, line: i + 1, endLine: i + 1, shape: headingShape(s)}
		if strings.HasPrefix(s, "本报讯") {
			b.dateline = "本报讯" // as extract records it
		}
		blocks = append(blocks, b)
	}
	return blocks
}
