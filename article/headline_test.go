package article

import (
	"reflect"
	"slices"
	"testing"
)

func TestHeadingShape(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want shape
	}{
		{"title", "进博会见证“嘉定力量”", shapeHeading},
		{"title with comma", "坚持以改革创新精神,引领推动全区高质量发展", shapeHeading},
		{"subhead", "在共享发展中寻新机", shapeHeading},
		{"deck", "——“我嘉书房”累计建成65家", shapeHeading},
		{"kicker ending with ellipsis", "10余家企业组团参展,14个优质项目落地,达成采购成交意向金额3.8亿美元……", shapeSoft},
		{"long kicker ending with ellipsis, to a heading's length", "全区三季度重大项目集中开工,总投资186亿元,涉及先进制造、城市更新、民生领域……", shapeSoft},
		{"long question is no kicker", "全区三季度重大项目集中开工,总投资186亿元,为何先进制造、城市更新、民生领域都有？", shapeBody},
		{"ellipsis line past a heading's length", "全区三季度重大项目集中开工,总投资186亿元,涉及先进制造、城市更新、民生、教育、卫生、文化、体育等领域……", shapeBody},
		{"kicker ending with colon", "绿色出行，从每一次选择开始：", shapeSoft},
		{"question", "企业为何纷纷“家”定嘉定？", shapeSoft},
		{"English headline", "City Council approves budget for new riverfront park", shapeHeading},
		{"paragraph", "会议总结7年来三地合作成效。", shapeBody},
		{"two sentences", "他说。我们走。", shapeBody},
		{"fragment ending with a comma", "本届进博会,", shapeBody},
		{"fragment starting with a closing quote", "”他说", shapeBody},
		{"too long", "长三角区域合作办公室常务副主任上海市发展改革委副主任市发展改革研究院院长张忠伟出席会议并致辞嘉定区委书记肖文高致辞", shapeBody},
		{"English sentence", "The plan calls for walking trails and a playground.", shapeBody},
		{"English lower-case start", "and a boat launch", shapeBody},
		{"English two sentences", "Crews will close one lane. Drivers should expect delays", shapeBody},
		{"English kicker with a colon", "Coming Sunday:", shapeSoft},
		{"English line leading into a list", "The following items were taken from Millbrook Police Department reports:", shapeBody},
		{"Chinese kicker with a colon, as long", "习近平在会见外宾时强调：", shapeSoft},
		{"a sentence, then a colon into a box's rows", "本区60岁以上老人可免费接种流感疫苗。各接种点服务时间如下：", shapeBody},
		{"a sentence, then an ASCII colon", "活动免费参加。报名方式:", shapeBody},
		{"a kicker with a comma and a colon stays soft", "秋冬季流感疫苗开始接种，各接种点时间如下：", shapeSoft},
		{"a sentence, then a dash", "全区新增口袋公园12处。从“有没有”到“好不好”——", shapeBody},
		{"empty", "", shapeBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headingShape(tt.in); got != tt.want {
				t.Errorf("headingShape(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestListMarker(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"一、“一楼一策”破解协调难", len("一、")},
		{"十二、结语", len("十二、")},
		{"（一）总体要求", len("（一）")},
		{"(2)共建共享", len("(2)")},
		{"1.规划先行", len("1.")},
		{"2、共建共享", len("2、")},
		{"①工作目标", len("①")},
		{"■ 公共空间更有温度", len("■")},
		{"◆居民参与", len("◆")},
		{"3.8亿美元", 0},
		{"2025年嘉昆太", 0},
		{"一是加强领导", 0},
		{"在共享发展中寻新机", 0},
	}
	for _, tt := range tests {
		if got := listMarker(tt.in); got != tt.want {
			t.Errorf("listMarker(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestHeadlineRoles(t *testing.T) {
	k, ti, su := RoleKicker, RoleTitle, RoleSubtitle
	tests := []struct {
		name      string
		lines     []string
		want      []HeadlineRole
		ambiguous bool
	}{
		{"one line", []string{"进博会见证“嘉定力量”"}, []HeadlineRole{ti}, false},
		{"kicker ending with ellipsis", []string{"10余家企业组团参展,14个优质项目落地,达成采购成交意向金额3.8亿美元……", "进博会见证“嘉定力量”"},
			[]HeadlineRole{k, ti}, false},
		{"deck with a dash", []string{"嘉定新城再添一座城市书房", "——“我嘉书房”累计建成65家"}, []HeadlineRole{ti, su}, false},
		{"kicker, title, deck", []string{"从“一张图”到“一座城”……", "嘉定新城建设迈入新阶段", "——核心区重大项目年内全部开工"},
			[]HeadlineRole{k, ti, su}, false},
		{"event in the first line", []string{"2025年嘉昆太协同创新核心圈轮值会议在嘉定举行", "共同开启核心圈建设新征程"}, []HeadlineRole{ti, su}, false},
		{"event in the second line, slogan first", []string{"坚持以改革创新精神,引领推动全区高质量发展", "区委中心组举行专题学习会"}, []HeadlineRole{k, ti}, false},
		{"kicker ending with a colon", []string{"绿色出行，从每一次选择开始：", "我区新增公共自行车站点120个"}, []HeadlineRole{k, ti}, false},
		{"no evidence", []string{"马陆葡萄主题公园冬季开放", "游客可体验葡萄藤修剪和酿酒工艺"}, []HeadlineRole{ti, su}, true},
		{"three lines, no deck", []string{"聚焦进博", "嘉定企业收获满满", "14个项目落地"}, []HeadlineRole{k, ti, su}, false},
		{"an obituary's name, town and life dates", []string{"Helen Abbott", "Carver", "March 2, 1931 - April 12, 2026"}, []HeadlineRole{ti, su, su}, false},
		{"English deck", []string{"City Council approves budget for new riverfront park", "Project to add 12 acres of green space by 2027"},
			[]HeadlineRole{ti, su}, false},
		{"English overline in capitals", []string{"ELECTION 2025", "Voters back school bond"}, []HeadlineRole{k, ti}, false},
		{"a standing column's label over the headline", []string{"Briefly", "Blood drive set for Friday"}, []HeadlineRole{k, ti}, false},
		{"In brief over the headline", []string{"In brief", "Library book sale returns"}, []HeadlineRole{k, ti}, false},
		{"Around town over the headline", []string{"Around town", "Pancake breakfast set at fire hall"}, []HeadlineRole{k, ti}, false},
		{"Police log over the headline", []string{"Police log", "Man charged after garage break-in"}, []HeadlineRole{k, ti}, false},
		{"a headline about briefing, with a deck", []string{"Judge briefs council", "Court backlog down by a third since spring"},
			[]HeadlineRole{ti, su}, false},
		{"a column's name over the title", []string{"社区故事", "退休教师的“四点半课堂”"}, []HeadlineRole{k, ti}, false},
		{"a column's name of four over a longer title", []string{"临江笔会", "外婆的腌菜缸"}, []HeadlineRole{k, ti}, false},
		{"two short lines of about one length", []string{"进博时光", "嘉定签大单"}, []HeadlineRole{ti, su}, true},
		{"the issuer over its notice", []string{"云溪区人民政府", "关于划定禁止燃放烟花爆竹区域的通告"}, []HeadlineRole{k, ti}, false},
		{"a deck that looks ahead", []string{"地铁6号线二期进入铺轨阶段", "预计明年底开通试运营"}, []HeadlineRole{ti, su}, false},
		{"a genre label under the title", []string{"冬日里的“候鸟”", "组图"}, []HeadlineRole{ti, su}, false},
		{"a genre label over the title", []string{"【特写】", "江畔冬泳"}, []HeadlineRole{k, ti}, false},
		{"a deck that records", []string{"一路同行", "记南苑社区志愿服务队的十年坚守"}, []HeadlineRole{ti, su}, false},
		{"the time over a title with a comma", []string{"中秋国庆将至", "节前安全大检查全面展开，重点行业全覆盖"}, []HeadlineRole{k, ti}, false},
		{"the state of things over the title", []string{"高温天气持续", "户外劳动者有了“歇脚地”"}, []HeadlineRole{k, ti}, false},
		{"a policy over its effect", []string{"“两新”政策加力", "家电以旧换新持续升温"}, []HeadlineRole{k, ti}, false},
		{"a column's name over a couplet title", []string{"三言两语", "“证明”少一点，便利多一点"}, []HeadlineRole{k, ti}, false},
		{"a column's name over a question", []string{"医保小知识", "什么是“家庭共济”？"}, []HeadlineRole{k, ti}, false},
		{"a short event over a deck with a comma", []string{"冬季供暖启动", "全区2.3万户居民用上暖气，比去年提前5天"}, []HeadlineRole{ti, su}, false},
		{"a title over a deck of figures", []string{"老旧小区加装电梯提速", "今年已完工142台，惠及居民5600余户"}, []HeadlineRole{ti, su}, false},
		{"a time word closing a long title", []string{"第十二届江南文化艺术节开幕在即", "百余场活动等你来"}, []HeadlineRole{ti, su}, false},
		{"a time word over a shorter line", []string{"开学在即", "安全第一"}, []HeadlineRole{ti, su}, true},
		{"figures over the words that sum them up", []string{"一季度新签约项目63个 协议总投资超400亿元", "招商引资跑出“加速度”"},
			[]HeadlineRole{k, ti}, false},
		{"figures over a slogan, with a comma", []string{"一季度新签约项目63个，协议总投资超400亿元", "招商引资跑出“加速度”"},
			[]HeadlineRole{k, ti}, false},
		{"a title with one figure over a deck", []string{"我区新增就业岗位1.2万个", "重点群体就业保持稳定"}, []HeadlineRole{ti, su}, true},
		{"two clauses over a topic and its colon", []string{"一季度重大项目集中开工,总投资逾百亿元", "青溪经开区:项目建设按下“快进键”"},
			[]HeadlineRole{k, ti}, false},
		{"two clauses over a figure in quotes", []string{"一季度重大项目集中开工，总投资逾百亿元", "项目建设按下“快进键”"}, []HeadlineRole{k, ti}, false},
		{"two clauses over matching halves", []string{"老旧小区改造工程竣工，居民陆续回迁", "旧楼换新颜 居民笑开颜"}, []HeadlineRole{k, ti}, false},
		{"two clauses over a speaker's deck", []string{"网购“低价名表”，钱货两空", "法官提醒：警惕社交平台“捡漏”陷阱"}, []HeadlineRole{ti, su}, true},
		{"two clauses over a deck of facts", []string{"社区食堂开工建设，老人吃饭不用愁", "全区已建成社区助餐点"}, []HeadlineRole{ti, su}, true},
		{"two clauses over a deck with figures", []string{"湖滨大道改造工程开工，年底前完工", "全长3公里的“绿廊”同步开放"}, []HeadlineRole{ti, su}, false},
		{"one clause over a topic and its colon", []string{"区政府召开常务会议", "安全生产：压紧压实各方责任"}, []HeadlineRole{ti, su}, false},
		// A deck of figures under the title, however short.
		{"a short deck of figures", []string{"北岸片区旧改项目启动签约", "首日签约户数达312户"}, []HeadlineRole{ti, su}, false},
		{"a deck of figures under a longer title", []string{"滨江片区城市更新项目启动意愿征询", "首周签约率达到58%"}, []HeadlineRole{ti, su}, false},
		{"figures over a deck of figures", []string{"今年我区新增幼儿园学位3600个", "4所新建幼儿园9月开园"}, []HeadlineRole{ti, su}, false},
		{"a figure of speech over a deck of figures with its event", []string{"背街小巷整治跑出“加速度”", "柳湾街道今年已有43条小巷完工"},
			[]HeadlineRole{ti, su}, false},
		{"a figure of speech in quotes over a deck of figures", []string{"“15分钟健身圈”再扩容", "我区新增9处社区健身驿站"}, []HeadlineRole{ti, su}, false},
		{"a match that opens over its result", []string{"区第三届职工运动会篮球赛在体育中心开赛", "桥东街道队首战告捷"}, []HeadlineRole{ti, su}, false},
		{"figures over a fact of about their length", []string{"前5个月全区社会消费品零售总额增长6.3%", "汽车和家电以旧换新成为主要拉动力"},
			[]HeadlineRole{ti, su}, true},
		{"a plain line over a shorter one", []string{"城北科技产业园设立企业服务驿站", "“企业事马上办”再提速"}, []HeadlineRole{ti, su}, true},
		{"a match over its result", []string{"区第三届职工运动会龙舟赛在南湖鸣锣", "桥东街道队夺得男子组冠军"}, []HeadlineRole{ti, su}, true},
		// Not a deck of figures: the kicker stands.
		{"a slogan over an event with an ordinal", []string{"聚焦“高效办成一件事”　持续优化营商环境", "区政府召开第21次常务会议"},
			[]HeadlineRole{k, ti}, false},
		{"a colon over a deck of figures", []string{"“菜篮子”再扩容：", "我区新增平价蔬菜网点36个"}, []HeadlineRole{k, ti}, false},
		{"the scene over a title with figures", []string{"汛期将至", "全区32座小型水库完成汛前检查"}, []HeadlineRole{k, ti}, false},
		// A second line leaning on the first (其中, 同比, 并…) is never the title.
		{"a second line opening with 其中", []string{"三季度全区新设经营主体同比增长16.8%", "其中科技型企业占比接近三成"},
			[]HeadlineRole{ti, su}, false},
		{"a second line opening with 同比", []string{"前三季度全区外贸进出口总额达128亿元", "同比增长9.6%"}, []HeadlineRole{ti, su}, false},
		{"a second line opening with 并", []string{"城南污水处理厂扩建工程完工", "并将于年底前正式投用"}, []HeadlineRole{ti, su}, false},
		{"three lines, the second opening with 此外", []string{"全区新建社区食堂18家", "此外还有12家助餐点投用", "老人就餐更方便"},
			[]HeadlineRole{ti, su, su}, false},
		{"a kicker, a title, then a line opening with 其中", []string{"聚焦民生实事", "全区新增学位4200个", "其中幼儿园学位1600个"},
			[]HeadlineRole{k, ti, su}, false},
		{"a column's name over a title opening with 并肩", []string{"军民同心", "并肩守护一江清水"}, []HeadlineRole{k, ti}, false},
		{"a figure over the words that sum it up", []string{"前三季度规上工业产值同比增长7.8%", "我区工业经济稳中有进"}, []HeadlineRole{k, ti}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs, ambiguous := headlineRoles(tt.lines)
			got := make([]HeadlineRole, len(hs))
			for i, h := range hs {
				got[i] = h.Role
				if h.Text != tt.lines[i] {
					t.Errorf("headline %d text = %q, want %q", i, h.Text, tt.lines[i])
				}
			}
			if !reflect.DeepEqual(got, tt.want) || ambiguous != tt.ambiguous {
				t.Errorf("headlineRoles(%q) = %v ambiguous %v, want %v ambiguous %v", tt.lines, got, ambiguous, tt.want, tt.ambiguous)
			}
		})
	}
}

func TestLeansOnAbove(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"其中", "其中科技型企业占比接近三成", true},
		{"同比", "同比增长16.8%", true},
		{"此外", "此外还有12家助餐点投用", true},
		{"并 before a verb", "并将于年底前正式投用", true},
		{"且", "且全部实现线上办理", true},
		{"a title of its own", "全区新设经营主体6842户", false},
		{"并肩 is a word", "并肩守护一江清水", false},
		{"并购 is a word", "并购重组激发市场活力", false},
		{"且听 opens a title", "且听老街讲故事", false},
		{"English", "Other news", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leansOnAbove(tt.in); got != tt.want {
				t.Errorf("leansOnAbove(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"two figures", "一季度新签约项目63个 协议总投资超400亿元", 2},
		{"a decimal is one figure", "达成意向金额3.8亿美元", 1},
		{"a year is no figure", "2025年全区经济运行稳中有进", 0},
		{"a year and a figure", "2025年全区新增就业1.2万人", 1},
		{"full-width digits", "新签约项目６３个，总投资４００亿元", 2},
		{"no digits", "招商引资跑出“加速度”", 0},
		{"an ordinal is no figure", "区政府召开第37次常务会议", 0},
		{"an ordinal and a figure", "第3届消费节带动销售额1.6亿元", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(tt.in); got != tt.want {
				t.Errorf("figures(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestJoinWrappedTitles(t *testing.T) {
	tests := []struct {
		name        string
		lines, want []string
	}{
		{"a document's title in two", []string{"关于进一步做好2025年冬季", "供暖保障工作的通知"},
			[]string{"关于进一步做好2025年冬季供暖保障工作的通知"}},
		{"a line ending with a dangling word", []string{"关于红枫社区8号楼至12号楼临时停水的", "公告"},
			[]string{"关于红枫社区8号楼至12号楼临时停水的公告"}},
		{"a preposition waiting for its object", []string{"区政协委员围绕", "老旧小区加装电梯建言献策"},
			[]string{"区政协委员围绕老旧小区加装电梯建言献策"}},
		{"a title ending in 的", []string{"这份烟火气是大家的", "——记社区夜市的一年"}, []string{"这份烟火气是大家的", "——记社区夜市的一年"}},
		{"a title ending in 和", []string{"党风正 民风淳 政风和", "临江街道评出“好家庭”一千余户"},
			[]string{"党风正 民风淳 政风和", "临江街道评出“好家庭”一千余户"}},
		{"a title ending in 将", []string{"我区再添两员乒乓名将", "市运会青少年组比赛落幕"}, []string{"我区再添两员乒乓名将", "市运会青少年组比赛落幕"}},
		{"the writer's padded name under a title", []string{"让城市更有温度的关于", "叶 舟"}, []string{"让城市更有温度的关于", "叶 舟"}},
		{"a document's title wrapped after a bracket", []string{"关于桂香路（滨河路至南湖路段）", "封闭施工期间交通组织调整的公告"},
			[]string{"关于桂香路（滨河路至南湖路段）封闭施工期间交通组织调整的公告"}},
		{"the document's title is whole", []string{"关于开展冬季消防检查的通知", "各街镇请于月底前完成自查"},
			[]string{"关于开展冬季消防检查的通知", "各街镇请于月底前完成自查"}},
		{"kicker and title stay apart", []string{"聚焦进博", "嘉定企业收获满满"}, []string{"聚焦进博", "嘉定企业收获满满"}},
		{"a deck stays apart", []string{"让文化走进社区的", "——记社区文化志愿者"}, []string{"让文化走进社区的", "——记社区文化志愿者"}},
		{"a word too short to wrap", []string{"我的", "家乡"}, []string{"我的", "家乡"}},
		{"a verb waiting for the work", []string{"国务院常务会议部署推进", "城市更新工作"}, []string{"国务院常务会议部署推进城市更新工作"}},
		{"an office doing the work", []string{"区人大常委会开展", "食品安全法执法检查"}, []string{"区人大常委会开展食品安全法执法检查"}},
		{"a manner word before the verb", []string{"我区全面开展", "节前安全大检查"}, []string{"我区全面开展节前安全大检查"}},
		{"the work as the subject", []string{"系列活动启动", "全区百余场民俗活动"}, []string{"系列活动启动", "全区百余场民俗活动"}},
		{"the work as the subject before a manner word", []string{"城市更新工作有序推进", "老旧小区改造项目"},
			[]string{"城市更新工作有序推进", "老旧小区改造项目"}},
		{"an event as the subject", []string{"第五届社区运动会举行", "全民健身系列活动"}, []string{"第五届社区运动会举行", "全民健身系列活动"}},
		{"a title ending in a noun over a deck", []string{"区政府召开常务会议", "研究部署冬春季安全生产工作"},
			[]string{"区政府召开常务会议", "研究部署冬春季安全生产工作"}},
		{"a deck that does the work", []string{"区政府部署推进", "各街镇开展排查工作"}, []string{"区政府部署推进", "各街镇开展排查工作"}},
		{"a deck that is a clause", []string{"城区交通整治推进", "重点路段全覆盖"}, []string{"城区交通整治推进", "重点路段全覆盖"}},
		{"a subject over its verb and result", []string{"小区议事会", "议出停车“新解法”"}, []string{"小区议事会议出停车“新解法”"}},
		{"volunteers over what they achieve", []string{"银发志愿者", "擦亮社区“文明窗口”"}, []string{"银发志愿者擦亮社区“文明窗口”"}},
		{"a column's name over a title", []string{"社区故事", "退休教师的“四点半课堂”"}, []string{"社区故事", "退休教师的“四点半课堂”"}},
		{"an adjective is no verb", []string{"社区居民", "美好生活共建共享"}, []string{"社区居民", "美好生活共建共享"}},
		{"a subject too long to stand under a title", []string{"第五届社区运动会", "跑出健康新风尚"}, []string{"第五届社区运动会", "跑出健康新风尚"}},
		{"a deck that is a clause of its own", []string{"小区议事会", "议出了停车难的新解法，居民满意"}, []string{"小区议事会", "议出了停车难的新解法，居民满意"}},
		// A line that cannot stand alone over the rest of the title.
		{"a count waiting for its noun", []string{"区检察院办理一起", "危害珍贵野生动物案"}, []string{"区检察院办理一起危害珍贵野生动物案"}},
		{"a batch waiting for its noun", []string{"区市场监管局查处一批", "违法违规广告"}, []string{"区市场监管局查处一批违法违规广告"}},
		{"the first of its kind waiting for its noun", []string{"我区建成全市首个", "智慧停车管理平台"}, []string{"我区建成全市首个智慧停车管理平台"}},
		{"together is no count", []string{"志愿者和居民走到一起", "老旧小区焕新颜"}, []string{"志愿者和居民走到一起", "老旧小区焕新颜"}},
		{"once is no count", []string{"让群众最多跑一次", "政务服务再提速"}, []string{"让群众最多跑一次", "政务服务再提速"}},
		{"a count after its noun is whole", []string{"我区新增就业岗位1.2万个", "重点群体就业保持稳定"}, []string{"我区新增就业岗位1.2万个", "重点群体就业保持稳定"}},
		{"a verb waiting for its object", []string{"我区出台十条措施支持", "民营经济高质量发展"}, []string{"我区出台十条措施支持民营经济高质量发展"}},
		{"a verb made whole by the word before it", []string{"违法行为一律依法查处", "举报电话向社会公布"}, []string{"违法行为一律依法查处", "举报电话向社会公布"}},
		{"a verb made whole by a place", []string{"不动产登记可网上办理", "群众少跑腿"}, []string{"不动产登记可网上办理", "群众少跑腿"}},
		{"the first of its kind over the rest of its name", []string{"全区首个工业互联网", "公共服务平台上线运行"}, []string{"全区首个工业互联网公共服务平台上线运行"}},
		{"the first of its kind over a predicate with 在", []string{"全市首家“共享法庭”", "在我区挂牌成立"}, []string{"全市首家“共享法庭”在我区挂牌成立"}},
		{"the first of its kind over a clause with its own subject", []string{"全市首家“共享法庭”", "群众家门口解纠纷"}, []string{"全市首家“共享法庭”", "群众家门口解纠纷"}},
		{"the first of its kind with its event", []string{"全市首家“共享法庭”揭牌", "在我区试点一年"}, []string{"全市首家“共享法庭”揭牌", "在我区试点一年"}},
		{"a person after what they are", []string{"松川籍选手庞思远", "摘得全国青年田径锦标赛金牌"}, []string{"松川籍选手庞思远摘得全国青年田径锦标赛金牌"}},
		{"a person over an award", []string{"东湾镇种粮大户蔺国强", "获评全国劳动模范"}, []string{"东湾镇种粮大户蔺国强获评全国劳动模范"}},
		{"a person over a deck with a subject", []string{"优秀教师王芳", "学生心中的“知心姐姐”"}, []string{"优秀教师王芳", "学生心中的“知心姐姐”"}},
		{"a place's count of people", []string{"横山镇32名“土专家”", "走上农技讲台"}, []string{"横山镇32名“土专家”走上农技讲台"}},
		{"a place's count of projects", []string{"我区12个重大项目", "集中开工"}, []string{"我区12个重大项目集中开工"}},
		{"a place's count over a deck of figures", []string{"我区12个重大项目", "总投资超50亿元"}, []string{"我区12个重大项目", "总投资超50亿元"}},
		{"a preposition's phrase with no verb", []string{"城东街道为120户困难家庭", "送上“微心愿”"}, []string{"城东街道为120户困难家庭送上“微心愿”"}},
		{"a preposition's phrase with its verb", []string{"城东街道为困难家庭办实事", "120户家庭收到“微心愿”"},
			[]string{"城东街道为困难家庭办实事", "120户家庭收到“微心愿”"}},
		{"a short clause with 在", []string{"幸福在身边", "走进社区邻里节"}, []string{"幸福在身边", "走进社区邻里节"}},
		{"a time kicker over a predicate", []string{"中秋国庆将至", "走进景区查隐患"}, []string{"中秋国庆将至", "走进景区查隐患"}},
		{"a state kicker over a predicate", []string{"稳就业政策再加力", "送岗位进校园"}, []string{"稳就业政策再加力", "送岗位进校园"}},
		{"a title with its verb over a deck with none", []string{"冬季供暖设备检修", "提醒居民注意用气安全"}, []string{"冬季供暖设备检修", "提醒居民注意用气安全"}},
		{"a title with an event over a deck with none", []string{"区政府召开常务会议", "研究部署冬春季安全生产工作"},
			[]string{"区政府召开常务会议", "研究部署冬春季安全生产工作"}},
		{"a subject over a deck that is a clause", []string{"松川籍选手庞思远", "摘得金牌，刷新赛会纪录"}, []string{"松川籍选手庞思远", "摘得金牌，刷新赛会纪录"}},
		{"a kicker, then a title wrapped after a place's count", []string{"乡村振兴进行时", "横山镇32名“土专家”", "走上农技讲台"},
			[]string{"乡村振兴进行时", "横山镇32名“土专家”走上农技讲台"}},
		{"a wrapped title over a dash deck", []string{"区检察院办理一起", "危害珍贵野生动物案", "——全区首例生态环境公益诉讼案件宣判"},
			[]string{"区检察院办理一起危害珍贵野生动物案", "——全区首例生态环境公益诉讼案件宣判"}},
		{"a subject over a dash deck", []string{"东湾镇种粮大户蔺国强", "——获评全国劳动模范"}, []string{"东湾镇种粮大户蔺国强", "——获评全国劳动模范"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinWrappedTitles(tt.lines); !slices.Equal(got, tt.want) {
				t.Errorf("joinWrappedTitles(%q) = %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
}

func TestOpensPredicate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"a preposition of place", "在我区挂牌成立", true},
		{"an event word", "获评全国劳动模范", true},
		{"a verb and where it goes", "走上农技讲台", true},
		{"a verb and what it gets", "摘得全国青年田径锦标赛金牌", true},
		{"a manner word", "集中开工", true},
		{"an adverb", "再添新成员", true},
		{"a subject of its own", "群众家门口解纠纷", false},
		{"a place word ending with 上", "网上办事更便捷", false},
		{"a noun ending with 出", "演出季开幕", false},
		{"a general, not 将 (will)", "将军故里换新颜", false},
		{"a figure", "120户家庭收到“微心愿”", false},
		{"a time", "年内再完成60台", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opensPredicate(tt.in); got != tt.want {
				t.Errorf("opensPredicate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
