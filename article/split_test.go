package article

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// shapeOf summarises a page: each piece as its kind, its headline texts
// with roles, and its body blocks as ¶ and §.
func shapeOf(pg *Page) []string {
	var out []string
	for _, pc := range pg.Pieces {
		s := string(pc.Kind)
		for _, h := range pc.Headlines {
			s += " " + string(h.Role[0]) + ":" + h.Text
		}
		s += " "
		for _, b := range pc.Body {
			if b.Kind == BlockSubhead {
				s += "§"
			} else {
				s += "¶"
			}
		}
		out = append(out, s)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"subheads stay inside the article",
			"标题甲\n\n本报讯 第一段。\n\n小标题一\n\n第二段。\n\n小标题二\n\n第三段。",
			[]string{"article t:标题甲 ¶§¶§¶"}},
		{"a headline after a credit starts an article",
			"标题甲\n\n本报讯 第一段。撰稿 张三\n\n标题乙\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶"}},
		{"a headline before a dateline starts an article",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n标题乙\n\n本报讯 第二篇正文。",
			[]string{"article t:标题甲 ¶¶", "article t:标题乙 ¶"}},
		{"a headline before a byline starts an article",
			"标题甲\n\n本报讯 第一段。\n\n标题乙\n\n本报记者 王五\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶"}},
		{"a headline after a jump starts an article",
			"标题甲\n\n本报讯 第一段(下转第2版)\n\n标题乙\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶"}},
		{"a numbered subhead never starts an article",
			"标题甲\n\n本报讯 第一段。\n\n一、加强领导\n\n第二段。\n\n二、狠抓落实\n\n第三段。",
			[]string{"article t:标题甲 ¶§¶§¶"}},
		{"a two-line group starts an article without a lead",
			"标题甲\n\n第一段。\n\n第二段。\n\n引题乙，说明背景\n\n标题乙\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶¶", "article k:引题乙，说明背景 t:标题乙 ¶"}},
		{"a credit in brackets closes the article above a caption",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n（记者 钱晨曦）\n\n图为项目开工现场。　本报记者 孙浩 摄",
			[]string{"article t:标题甲 ¶¶", "photo ¶"}},
		{"a byline between paragraphs opens a piece",
			"标题甲\n\n本报讯 第一段。\n\n第二段。撰稿 张三\n\n本报记者 王五\n\n第二篇没有标题的正文。",
			[]string{"article t:标题甲 ¶¶", "brief ¶"}},
		{"a note in brackets closes the piece above",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n（文中当事人均为化名）\n\n普法问答\n\n问：物业有权清理楼道杂物吗？",
			[]string{"article t:标题甲 ¶¶¶", "article t:普法问答 ¶"}},
		{"spaced subheads after a mark are no bylines",
			"标题甲\n\n本报讯 今年暑假，区里办了很多活动。\n\n■ 夏 令 营\n\n孩子们在营地里学会了游泳。\n\n■ 龙 舟 赛\n\n十支队伍参加了比赛。",
			[]string{"article t:标题甲 ¶§¶§¶"}},
		{"page names in mid-page are subheads",
			"明年我区将办十件民生实事\n\n本报讯 区政府近日公布明年民生实事项目。\n\n交通\n\n新开公交线路5条。\n\n医疗\n\n新建社区卫生服务站3个。",
			[]string{"article t:明年我区将办十件民生实事 ¶§¶§¶"}},
		{"a reminder box after a story with no credit is a piece of its own",
			"菜篮子稳价保供\n\n本报讯（记者 蒋知远）今年冬季全区将新设12个平价蔬菜直销点。\n\n直销点主要设在老旧小区周边。\n\n温馨提示\n\n天气转凉，使用取暖器时请远离可燃物。\n\n区消防救援大队提醒\n\n东园路口新增过街天桥\n\n本报讯（通讯员 欧阳澜）过街天桥日前建成投用。",
			[]string{"article t:菜篮子稳价保供 ¶¶", "article t:温馨提示 ¶", "article t:东园路口新增过街天桥 ¶"}},
		{"a tips box signed by an office in brackets is a piece of its own",
			"菜篮子稳价保供\n\n本报讯（记者 蒋知远）今年冬季全区将新设12个平价蔬菜直销点。\n\n■小贴士\n\n购买蔬菜请认准平价标识。\n\n发现价格违法行为可拨打12315。（区市场监管局）",
			[]string{"article t:菜篮子稳价保供 ¶", "article t:小贴士 ¶¶"}},
		{"a link box after the story's credit goes on with the story",
			"老街改造完工\n\n本报讯 城南街道三条老街改造完工，铺设雨污分流管道4.2公里。\n\n（记者 蒋知远）\n\n相关链接\n\n雨污分流是指将雨水和污水分开收集、分别排放。\n\n东园路口新增过街天桥\n\n本报讯（通讯员 欧阳澜）过街天桥日前建成投用。",
			[]string{"article t:老街改造完工 ¶§¶", "article t:东园路口新增过街天桥 ¶"}},
		{"boxes on a page with no blank lines",
			"加装电梯提速\n　　本报讯（记者 岑若溪）今年以来，我区已加装电梯86台。\n温馨提示\n　　施工期间请居民绕行。\n社区食堂开业\n　　本报讯（通讯员 祁明澈）溪口街道社区食堂开业。（记者 岑若溪）\n延伸阅读\n　　助餐点为老年人提供就餐、送餐服务。",
			[]string{"article t:加装电梯提速 ¶", "article t:温馨提示 ¶", "article t:社区食堂开业 ¶§¶"}},
		{"a reporter's afterword after a glued credit goes on with the story",
			"稻虾共养亩均增收\n\n柳塘镇推广稻虾共养模式，全镇推广面积已达4600亩。（通讯员 邝晓雯）\n\n记者手记\n\n一块田，两份收入，这笔生态账算得明白。",
			[]string{"article t:稻虾共养亩均增收 ¶§¶"}},
		{"a reminder the reporter signs after it is the story's last part",
			"用电安全进万家\n\n本报讯 近日，区供电公司开展用电安全宣传。\n\n温馨提示\n\n使用电暖器时不要覆盖衣物。（记者 钱晨曦）",
			[]string{"article t:用电安全进万家 ¶§¶"}},
		{"a doctor's reminder in a story is a subhead",
			"春季过敏高发\n\n本报讯 近期区人民医院过敏门诊就诊人数明显增加。\n\n医生提醒\n\n过敏体质人群外出时尽量佩戴口罩。\n\n东园路口新增过街天桥\n\n本报讯（通讯员 欧阳澜）过街天桥日前建成投用。",
			[]string{"article t:春季过敏高发 ¶§¶", "article t:东园路口新增过街天桥 ¶"}},
		{"a feature's subhead over its text stays a subhead",
			"老街焕新颜\n\n本报讯 老街改造完工。\n\n烟火气回来了\n\n青石板路重新铺好，老字号陆续回归。\n\n东园路口新增过街天桥\n\n本报讯（通讯员 欧阳澜）过街天桥日前建成投用。",
			[]string{"article t:老街焕新颜 ¶§¶", "article t:东园路口新增过街天桥 ¶"}},
		{"a reminder over more text than a box holds stays in the story",
			"用电安全进万家\n\n本报讯 近日，区供电公司开展用电安全宣传。\n\n温馨提示\n\n第一，不要私拉乱接电线。\n\n第二，不要超负荷用电。\n\n第三，电器着火先断电。\n\n第四，出门前关闭电源。\n\n供电公司将入户检查线路。",
			[]string{"article t:用电安全进万家 ¶§¶¶¶¶¶"}},
		{"a list of dashed lines is text",
			"Holiday events\n\nHere is what is on this weekend.\n\n— Tree Lighting At City Hall\n— Craft Fair At The Library\n— Pancake Breakfast\n\nCouncil OKs park\n\nThe council voted on Tuesday.\n\n— Staff reports",
			[]string{"article t:Holiday events ¶¶¶¶", "article t:Council OKs park ¶"}},
		{"a hospital's staff signing a quoted card is a line of the story",
			"Nurses thank town\n\nHARLOW - Restaurants fed the night shift for two weeks. A card reads: \"You kept us going.\"\n\n- Hospital staff\n\nThe diner's owner said the card made her cry.",
			[]string{"article t:Nurses thank town ¶¶¶"}},
		{"a list's one item after a colon is text",
			"Clinic opens\n\nThe clinic will be run by:\n\n- Carver Regional staff\n\nIt opens Monday.",
			[]string{"article t:Clinic opens ¶¶¶"}},
		{"a headline under the dated line is no paper's name",
			"A1 | Wednesday, December 3, 2025\nSwimmer Breaks State Record\n\nRIVERTON — A local swimmer broke the state record on Tuesday.",
			[]string{"article t:Swimmer Breaks State Record ¶"}},
		{"a desk byline needs a paper",
			"走进晚报编辑部\n\n本报讯 读者开放日当天，三十位读者走进编辑部。\n\n欢迎继续来信。来信请寄本报编辑部",
			[]string{"article t:走进晚报编辑部 ¶¶"}},
		{"a short title is no writer's name",
			"二十四节气\n\n白露\n\n今日白露，天气转凉，昼夜温差加大。",
			[]string{"article k:二十四节气 t:白露 ¶"}},
		{"two title lines are no letter's signature",
			"Council OKs park\n\nThe council voted on Tuesday.\n\nWinter Festival\nMain Street Parade\n\nThe parade starts at noon on Saturday.",
			[]string{"article t:Council OKs park ¶", "article t:Winter Festival s:Main Street Parade ¶"}},
		{"a commentary signed under its title",
			"临江时评\n\n让“一老一小”更有保障\n\n何平\n\n“一老一小”是民生之需。",
			[]string{"article k:临江时评 t:让“一老一小”更有保障 ¶"}},
		{"a poem: title, poet, stanzas, then an essay with its byline",
			"雪夜\n\n林 秋\n\n雪落下来的时候\n村庄把灯一盏盏点亮\n\n母亲在灶前添柴\n火光映红了她的白发\n\n老屋的门槛\n\n文/陈 默\n\n老屋的门槛是一整根杉木做的，被几代人的脚磨出了一道光滑的弧。",
			[]string{"article t:雪夜 ¶¶¶¶", "article t:老屋的门槛 ¶"}},
		{"a caption set apart on a page of consecutive paragraphs",
			"加装电梯居民出行更便利\n本报讯 东湖新村加装电梯28台。\n今年以来，全区已完成加装电梯46台。\n\n10月18日，志愿者为独居老人上门理发。\n通讯员 林小燕 摄",
			[]string{"article t:加装电梯居民出行更便利 ¶¶", "photo ¶"}},
		{"a dated caption after a story with no credit",
			"医联体惠及基层\n\n本报讯 区人民医院与11家社区卫生服务中心组建医联体。\n\n专家每周到社区坐诊。\n\n居民看病更方便了。\n\n10月17日，临江中学第三十二届田径运动会开幕。\n\n摄影 陈晨",
			[]string{"article t:医联体惠及基层 ¶¶¶", "photo ¶"}},
		{"a dated paragraph closing a story stays",
			"医联体惠及基层\n\n本报讯 区人民医院与11家社区卫生服务中心组建医联体。\n\n专家每周到社区坐诊。\n\n10月17日，首批专家到东湖社区坐诊。撰稿 钱雯",
			[]string{"article t:医联体惠及基层 ¶¶¶"}},
		{"an English caption above its photo credit after a story",
			"Food drive tops goal\n\nMILLBROOK (AP) — Volunteers collected more than 12 tons of food.\n\nOrganizers said the donations will help the pantry.\n\nStudents from the marching band sort donations at the pantry.\n\nPhoto by JENNA ORTIZ/The Courier",
			[]string{"article t:Food drive tops goal ¶¶", "photo ¶"}},
		{"a photo group keeps its numbered pictures",
			"秋染运河 层林尽染\n\n深秋时节，运河两岸的银杏渐次变色。\n\n①运河古镇廊桥边的银杏树一片金黄。 本报记者 范一鸣 摄\n\n②晨光中，一艘货船驶过运河大桥。 汪 洋/摄\n\n“小候鸟”的托管班\n\n11月14日，孩子们在社区课堂里写作业。\n\n本报记者 范一鸣 摄",
			[]string{"article t:秋染运河 层林尽染 ¶¶¶", "article t:“小候鸟”的托管班 ¶"}},
		{"notices sign off with offices and a date",
			"关于做好冬季供暖工作的通知\n\n各街镇：现将有关事项通知如下。\n\n特此通知。\n\n临江区医疗保障局\n临江区税务局\n2025年11月28日\n\n遗失声明\n\n王建华遗失身份证一张，声明作废。",
			[]string{"article t:关于做好冬季供暖工作的通知 ¶¶¶¶¶", "article t:遗失声明 ¶"}},
		{"a table's unit and source stay with the story",
			"标题甲\n\n本报讯 前10月经济运行平稳。\n\n（单位：亿元）\n\n指标　1-10月　同比增长\n\n地区生产总值　486.7　5.6\n\n数据来源：区统计局\n\n标题乙\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶¶¶¶¶", "article t:标题乙 ¶"}},
		{"letters sign off with name and home",
			"LETTERS TO THE EDITOR\nCrosswalk needs a light\n\nThe crossing at Oak Street is dangerous.\n\nJanet Morris\nRiverton\n\nThanks to the snow crews\n\nThe crews did great work this week.\n\nDoris Whitfield\nMillbrook, Ohio",
			[]string{"article t:Crosswalk needs a light ¶", "article t:Thanks to the snow crews ¶"}},
		{"a name in brackets closing a piece is its credit",
			"标题甲\n\n社区开设课堂，老人们很高兴。（孙蕾）\n\n标题乙\n\n第二篇正文。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶"}},
		{"a name in brackets inside a story is an aside",
			"标题甲\n\n本报讯 居民们在活动中合影留念。（左一）\n\n老人们说，这样的活动要多办。（钟表）\n\n第三段。",
			[]string{"article t:标题甲 ¶¶¶"}},
		{"briefs hugging their text on a page of spaced paragraphs",
			"Man charged in break-ins\nMAPLETON — A man was charged Wednesday.\n\nFarmers market opens\nThe market returns on Saturday.\n\n— Staff reports\n\nCouncil OKs skate park\n\nBy ERIN TALBOT\n\nThe council approved a park on Tuesday.\n\nConstruction could begin in the fall.\n\nThe kids asked for this, a member said.",
			[]string{"article t:Man charged in break-ins ¶", "article t:Farmers market opens ¶", "article t:Council OKs skate park ¶¶¶"}},
		{"briefs without headlines split on datelines",
			"本报讯 第一条消息。\n\n本报讯 第二条消息。\n\n据新华社电 第三条消息。",
			[]string{"brief ¶", "brief ¶", "brief ¶"}},
		{"blank lines part articles when paragraphs sit on consecutive lines",
			"标题甲\n第一段。\n第二段。\n\n标题乙\n第三段。\n第四段。",
			[]string{"article t:标题甲 ¶¶", "article t:标题乙 ¶¶"}},
		{"a wider gap parts briefs with no headline",
			"第一条消息。\n第一条的第二段。\n\n第二条消息。\n第二条的第二段。",
			[]string{"brief ¶¶", "brief ¶¶"}},
		{"a photo caption with a credit is a piece, after the articles",
			"标题甲\n\n本报讯 第一段。撰稿 张三\n\n嘉定首次设立企业集中展示区。\n\n摄影 徐宸逸\n\n标题乙\n\n本报讯 第二篇。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶", "photo ¶"}},
		{"a 图为 caption at an article's end is split off",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n图为新城夜景。\n\n记者 吕涵 摄",
			[]string{"article t:标题甲 ¶¶", "photo ¶"}},
		{"a title-only page", "进博会见证嘉定力量\n", []string{"article t:进博会见证嘉定力量 "}},
		{"bulleted brief titles", "■安亭镇开展消防演练\n演练在汽车城大厦举行。\n\n■南翔小笼进校园\n传承人走进南翔小学。",
			[]string{"article t:安亭镇开展消防演练 ¶", "article t:南翔小笼进校园 ¶"}},
		{"a continuation under a repeated headline",
			"城市更新让老街区焕发新活力\n\n（上接第1版）在州桥老街，老宅吸引了年轻人。\n\n老街带动了居民收入。",
			[]string{"article t:城市更新让老街区焕发新活力 ¶¶"}},
		{"English articles with bylines and datelines",
			"Council approves park budget\n\nBy JANE DOE\n\nRIVERSIDE — The council voted on Thursday.\n\nIt was close.\n\nSchool board plans hearing\n\n(AP) — The board will meet.",
			[]string{"article t:Council approves park budget ¶¶", "article t:School board plans hearing ¶"}},
		{"English headlines without datelines", "Library extends weekend hours\nThe library will stay open later.\nPatrons asked for it.\n\nFarmers market moves indoors\nThe market will move into the armory.",
			[]string{"article t:Library extends weekend hours ¶¶", "article t:Farmers market moves indoors ¶"}},
		{"an empty page", "\n\n  \n", nil},
		{"a mark and a name under a headline is a byline, not a title",
			"标题甲\n\n□ 李文博\n\n第一段。\n\n第二段。\n\n标题乙\n\n◎ 周晓雯\n\n第三段。",
			[]string{"article t:标题甲 ¶¶", "article t:标题乙 ¶"}},
		{"stanzas of a poem are body lines, not headlines",
			"稻田\n\n□ 林青\n\n风从田埂上走过\n把九月的金黄\n一垄一垄\n\n母亲弯下腰\n她的影子\n\n霜降\n\n霜落在瓦上\n落在父亲的鬓角\n\n书斋闲话\n\n□ 沈一舟\n\n读书人常说开卷有益。",
			[]string{"article t:稻田 ¶¶¶¶¶§¶¶", "article t:书斋闲话 ¶"}},
		{"an enumerating paragraph does not continue a line ending in a colon",
			"标题甲\n\n本报讯 意见提出以下任务：\n\n一是优化准入环境。\n\n第二，提升服务效能。",
			[]string{"article t:标题甲 ¶¶¶"}},
		{"a numbered subhead with commas is not joined to the next paragraph",
			"标题甲\n\n本报讯 第一段。\n\n一、坚持党建引领，筑牢治理的“主心骨”\n\n基层党组织是战斗堡垒。",
			[]string{"article t:标题甲 ¶§¶"}},
		{"bulleted items after an item are briefs of their own",
			"■ 外冈镇举办丰收节\n\n现场展销农产品50余种。\n\n▲ 菊园新区开展反诈宣传。\n▲ 工业区组织线上招聘会。",
			[]string{"article t:外冈镇举办丰收节 ¶", "brief ¶", "brief ¶"}},
		{"a column label over bulleted items parts them from the article above",
			"标题甲\n\n本报讯 第一段。\n\n简讯\n\n◆ 区政协召开主席会议。\n◆ 区人大开展专题视察。",
			[]string{"article t:标题甲 ¶", "brief ¶", "brief ¶"}},
		{"headlines of undated items split a page with no leads",
			"小区门口的工具箱火了\n\n第一段。\n\n第二段。\n\n菜场里的公平秤\n\n第三段。\n\n第四段。",
			[]string{"article t:小区门口的工具箱火了 ¶¶", "article t:菜场里的公平秤 ¶¶"}},
		{"a byline keeps unnumbered subheads inside the article",
			"标题甲\n\n本报记者 王五\n\n第一段。\n\n第二段。\n\n小标题一\n\n第三段。\n\n第四段。",
			[]string{"article t:标题甲 ¶¶§¶¶"}},
		{"a notice's issuer and date close it",
			"关于缴费的公告\n\n现将有关事项公告。\n\n特此公告。\n\n嘉定区医疗保障局\n2025年11月18日\n\n遗失启事\n\n某公司遗失营业执照，声明作废。",
			[]string{"article t:关于缴费的公告 ¶¶¶¶", "article t:遗失启事 ¶"}},
		{"a photo credit hugging a short paragraph makes it a caption",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n外国游客在前门大街游览。\n新华社记者 李贺 摄",
			[]string{"article t:标题甲 ¶¶", "photo ¶"}},
		{"an English caption after a one-paragraph story with a byline",
			"Wildcats roll into regional final\n\nBy JAKE PETRAKIS\n\nHARLAN — Devon Price had waited all season for a night like this.\n\nDevon Price (22) breaks a tackle against Fairmont.\n\nCourier photo by Nina Alvarez",
			[]string{"article t:Wildcats roll into regional final ¶", "photo ¶"}},
		{"a two-paragraph picture story with no byline keeps its text",
			"Spring on the river\n\nKayakers paddle past the old mill.\n\nThe river opened for boating on Saturday.\n\nPhoto by Ana Ruiz",
			[]string{"article t:Spring on the river ¶¶"}},
		{"a bulleted section label over a story is no byline",
			"■部门快讯\n\n区市场监管局：抽检食品1200批次\n本报讯 今年第三季度，区市场监管局共抽检食品1200批次。",
			[]string{"article k:部门快讯 t:区市场监管局：抽检食品1200批次 ¶"}},
		{"a name in brackets on its own line closes the piece above",
			"标题甲\n\n本报讯 今天下雨了，大家带伞。\n\n（孙蕾）\n\n标题乙\n\n本报讯 明天晴。",
			[]string{"article t:标题甲 ¶", "article t:标题乙 ¶"}},
		{"a signature with a place closes a comment",
			"“证明”少一点\n\n最近，我区推行“免证办”服务。\n\n（东湖街道 芮思远）\n\n标题乙\n\n本报讯 第二篇。",
			[]string{"article t:“证明”少一点 ¶", "article t:标题乙 ¶"}},
		{"a photo credit above a closing caption",
			"Band heads to state finals\n\nThe band will compete.\n\nIt won the regional title.\n\nPhoto by JAMES CARTER/Gazette\n\nMembers of the band perform on Saturday.",
			[]string{"article t:Band heads to state finals ¶¶", "photo ¶"}},
		{"numbered items without enders are paragraphs, not subheads",
			"标题甲\n\n本报讯 第一段。\n\n举措如下：\n1.新建停车库2处\n2.盘活共享车位300个\n\n第二段。\n\n一、缴费时间\n\n第三段。",
			[]string{"article t:标题甲 ¶¶¶¶¶§¶"}},
		{"an editor's note before a headline belongs to the article",
			"编者按：本报今起推出系列报道。\n\n停车难怎么破？\n\n文/图 本报记者 韩雪\n\n第一段。",
			[]string{"article t:停车难怎么破？ ¶¶"}},
		{"an article goes on below a caption cut from it",
			"标题甲\n\n本报讯 第一段。\n\n第二段。\n\n▲ 图为建设现场。　记者 朱奕 摄\n\n第三段。\n\n标题乙\n\n本报讯 第二篇。",
			[]string{"article t:标题甲 ¶¶¶", "article t:标题乙 ¶", "photo ¶"}},
		{"a contact line closes the piece above the next headline",
			"医保参保缴费开始\n本报讯 参保缴费工作已经开始。\n答：新生儿出生后90天内办理参保登记。\n咨询电话：0571-8768××××\n\n医保小知识\n职工医保个人账户可以用于支付家人的医疗费用。",
			[]string{"article t:医保参保缴费开始 ¶¶¶", "article t:医保小知识 ¶"}},
		{"a contact line before more text stays a paragraph",
			"标题甲\n\n本报讯 活动开始报名。\n\n报名电话：86012345\n\n名额有限，报满为止。",
			[]string{"article t:标题甲 ¶¶¶"}},
		{"groups of a results table stay one piece",
			"Hale signs with Northern State\n\nWESTBROOK — Connor Hale signed a letter of intent Wednesday.\n\nPREP FOOTBALL\nClass 4A regional semifinals\nHarlan 35, Fairmont 14\nLincoln Heights 28, Dover 21\nClass 3A regional semifinals\nCedar Falls 42, Oak Ridge 7\nWestbrook 17, Bellamy 10 (OT)",
			[]string{"article t:Hale signs with Northern State ¶", "article k:PREP FOOTBALL t:Class 4A regional semifinals ¶¶§¶¶"}},
		{"a kicker ending with a colon", "习近平在会见外宾时强调：\n\n共同构建更加紧密的命运共同体\n\n新华社北京11月20日电 正文。",
			[]string{"article k:习近平在会见外宾时强调： t:共同构建更加紧密的命运共同体 ¶"}},
		{"a kicker ending with a dash leads into the title",
			"标题甲\n\n本报讯 第一段。\n\n从“有没有”到“好不好”——\n\n公共文化服务提质增效\n\n本报讯 第二篇。",
			[]string{"article t:标题甲 ¶", "article k:从“有没有”到“好不好”—— t:公共文化服务提质增效 ¶"}},
		{"a headline wrapped before a small letter is one headline",
			"Food pantry sees record demand\nas grocery prices climb\n\nBy OWEN TALBOT\n\nRIDGEFIELD — The pantry served 1,412 households in February.",
			[]string{"article t:Food pantry sees record demand as grocery prices climb ¶"}},
		{"a wrapped headline over a byline after a story",
			"Council OKs park\n\nThe council voted on Tuesday.\n\nVolunteers plant 400 trees\nalong Mill River trail\n\nBy DEREK OSEI\n\nVolunteers from six churches planted trees on Saturday.",
			[]string{"article t:Council OKs park ¶", "article t:Volunteers plant 400 trees along Mill River trail ¶"}},
		{"a paragraph wrapped before a dateline stays text",
			"Council OKs park\n\nThe council voted on Tuesday.\n\nRepairs will start in the spring\nand end in the fall\n\nRIDGEFIELD — The pantry served 1,412 households.",
			[]string{"article t:Council OKs park ¶¶", "brief ¶"}},
		{"briefs with run-in titles",
			"双桥镇新增3条农村公交线路 近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。\n清水街道“银发课堂”开课 10月14日，清水街道“银发课堂”秋季班开课，开设8门课程。\n" +
				"七旬老人迷路 民警暖心护送回家 10月13日晚，城南派出所民警在巡逻时发现一名老人迷路，将其送回家中。",
			[]string{"article t:双桥镇新增3条农村公交线路 ¶", "article t:清水街道“银发课堂”开课 ¶", "article t:七旬老人迷路 民警暖心护送回家 ¶"}},
		{"a phrase and a space before text that does not say when is no run-in title",
			"双桥镇新增3条农村公交线路 全镇22个行政村实现公交全覆盖，票价统一为2元。",
			[]string{"brief ¶"}},
		{"a reader's letter and the reply are one piece",
			"小区电动车充电难\n\n编辑同志：\n\n我家住在梧桐苑小区，只有10个充电桩，每天晚上都排不上队。\n\n读者 贺明亮\n\n记者追踪：\n\n接到来信后，记者联系了新华街道。\n\n（记者 霍子健）",
			[]string{"article t:小区电动车充电难 ¶¶¶"}}, // the salutation, the letter, the reply
		{"a reader's letter and the reply under a label of its own",
			"小区电动车充电难\n\n我家住在梧桐苑小区，只有10个充电桩，每天晚上都排不上队。\n\n读者 贺明亮\n\n记者追踪\n\n接到来信后，记者联系了新华街道。\n\n（记者 霍子健）",
			[]string{"article t:小区电动车充电难 ¶§¶"}},
		{"a question under a column's name is its title",
			"医保小知识\n\n什么是“家庭共济”？\n\n职工医保个人账户可以用于支付配偶、父母、子女就医购药产生的个人负担费用。",
			[]string{"article k:医保小知识 t:什么是“家庭共济”？ ¶"}},
		{"a question under a subhead inside a story stays text",
			"标题甲\n\n本报讯 第一段。\n\n政策解读\n\n什么是家庭共济？\n\n职工医保个人账户可以用于支付家人的费用。",
			[]string{"article t:标题甲 ¶§¶¶"}},
		{"a contact line closes a service piece",
			"医保参保缴费开始\n本报讯 集中参保缴费工作已经开始。\n问：新生儿怎么参保？\n答：出生后90天内办理参保登记。\n咨询电话：0571-8768××××\n\n医保小知识\n职工医保个人账户可以用于家庭共济。",
			[]string{"article t:医保参保缴费开始 ¶¶¶¶", "article t:医保小知识 ¶"}},
		{"lines of practical information stay with the story",
			"社区食堂开业\n\n本报讯 南苑社区长者食堂正式开业。\n\n老人可提前一天电话预订。\n\n订餐电话：0571-86012345\n\n营业时间：10:30—19:00\n\n社区书记说，下一步还将推出送餐上门服务。",
			[]string{"article t:社区食堂开业 ¶¶¶¶¶"}},
		{"a headline with a colon after a story is no information line",
			"标题甲\n\n第一段。\n\n第二段。\n\n致富带头人：王大姐的草莓园\n\n本报讯 第二篇正文。",
			[]string{"article t:标题甲 ¶¶", "article t:致富带头人：王大姐的草莓园 ¶"}},
		{"a title and its deck after a poem start the essay",
			"秋 河\n\n□ 温如玉\n\n河水慢下来了\n像一个走累了的人\n坐在芦苇丛里\n数着天上的雁\n\n在书页间与故乡重逢\n\n——读方知秋散文集《河岸人家》\n\n文/卢若溪\n\n" +
				"方知秋是土生土长的枫林人。他的新作《河岸人家》收录散文42篇，写的都是青溪河两岸的人和事。",
			[]string{"article t:秋 河 ¶¶¶¶", "article t:在书页间与故乡重逢 s:——读方知秋散文集《河岸人家》 ¶"}},
		{"a column's name, a title and its deck after two poems",
			"诗二首\n\n□ 温如玉\n\n秋 河\n\n河水慢下来了\n像一个走累了的人\n\n霜 降\n\n今夜霜落在瓦上\n母亲又一次起身\n\n书香枫林\n\n在书页间与故乡重逢\n\n——读方知秋散文集《河岸人家》\n\n文/卢若溪\n\n" +
				"方知秋是土生土长的枫林人。他的新作《河岸人家》收录散文42篇，写的都是青溪河两岸的人和事。",
			[]string{"article t:诗二首 §¶¶§¶¶", "article k:书香枫林 t:在书页间与故乡重逢 s:——读方知秋散文集《河岸人家》 ¶"}},
		{"a single line closing a poem before an essay's headline stays verse",
			"雪夜\n\n林 秋\n\n雪落下来的时候\n村庄把灯一盏盏点亮\n\n母亲在灶前添柴\n火光映红了她的白发\n\n我睡着了\n\n老屋的门槛\n\n文/陈 默\n\n老屋的门槛是一整根杉木做的，被几代人的脚磨出了一道光滑的弧。",
			[]string{"article t:雪夜 ¶¶¶¶§", "article t:老屋的门槛 ¶"}},
		{"a poem with a blank line after every line keeps its verses",
			"春分\n\n□ 岑远山\n\n燕子把昨夜的雨\n\n衔进檐下\n\n父亲在河边站了很久\n\n他说，该下种了\n\n读书的“慢功夫”\n\n文/郜知远\n\n如今，碎片化阅读大行其道，一本书用几分钟的视频就能读完。",
			[]string{"article t:春分 ¶¶¶¶", "article t:读书的“慢功夫” ¶"}},
		{"a spaced poem closing the page keeps its verses",
			"春分\n\n□ 岑远山\n\n燕子把昨夜的雨\n\n衔进檐下\n\n父亲在河边站了很久\n\n他说，该下种了",
			[]string{"article t:春分 ¶¶¶¶"}},
		{"a column's name over the essay after a spaced poem",
			"春分\n\n□ 岑远山\n\n燕子把昨夜的雨\n\n衔进檐下\n\n父亲在河边站了很久\n\n书边札记\n\n读书的“慢功夫”\n\n文/郜知远\n\n如今，碎片化阅读大行其道，一本书用几分钟的视频就能读完。",
			[]string{"article t:春分 ¶¶¶", "article k:书边札记 t:读书的“慢功夫” ¶"}},
		{"spaced short lines under a reporter's byline are no poem",
			"春耕进行时\n\n本报记者 王五\n\n东湖街道\n\n南湖街道\n\n白沙镇\n\n三地同步开展春耕\n\n本报讯 近日，三地同步开展春耕生产。",
			[]string{"article t:春耕进行时 ", "article k:东湖街道 t:南湖街道 s:白沙镇 s:三地同步开展春耕 ¶"}},
		{"numbered questions are subheads",
			"垃圾分类　从我做起\n\n《办法》将于4月1日起施行。现将有关内容解读如下。\n\n一、生活垃圾分为哪几类？\n\n生活垃圾分为四类。\n\n2. 单位和个人有哪些义务?\n\n单位和个人是分类投放的责任主体。",
			[]string{"article t:垃圾分类　从我做起 ¶§¶§¶"}},
		{"a question without a number stays a paragraph",
			"垃圾分类　从我做起\n\n《办法》将于4月1日起施行。现将有关内容解读如下。\n\n生活垃圾分为哪几类？\n\n生活垃圾分为四类。",
			[]string{"article t:垃圾分类　从我做起 ¶¶¶"}},
		{"a writer's name over the first numbered subhead",
			"以基层治理现代化助推城市高质量发展\n\n卓文轩\n\n一、坚持党建引领，夯实基层治理根基\n\n基层党组织是基层治理的“主心骨”。\n\n（作者单位：中共清浦区委党校）",
			[]string{"article t:以基层治理现代化助推城市高质量发展 §¶"}},
		{"a short title word named again below is no writer",
			"二十四节气\n\n白露\n\n一、白露的由来\n\n白露是秋季的第三个节气。",
			[]string{"article k:二十四节气 t:白露 §¶"}},
		{"a dated list under its label is one piece",
			"区农业农村局发放春耕补贴\n本报讯 区农业农村局已发放补贴2300万元。（农宣）\n\n■一周提示\n\n3月18日 区人大常委会会议召开\n3月20日 春分\n3月22日 世界水日",
			[]string{"article t:区农业农村局发放春耕补贴 ¶", "article t:一周提示 ¶¶¶"}},
		{"a dated schedule inside a story stays its text",
			"读书节开幕\n\n本报讯 第十届读书节昨天开幕。\n\n活动安排\n\n4月20日 名家讲座\n4月22日 图书市集\n\n欢迎市民参加。",
			[]string{"article t:读书节开幕 ¶§¶¶¶"}},
		{"one dated line is a headline",
			"区农业农村局发放春耕补贴\n本报讯 区农业农村局已发放补贴2300万元。（农宣）\n\n全区启用新版公交卡\n3月18日起可在各站点领取\n\n本报讯 新版公交卡将于3月18日启用。",
			[]string{"article t:区农业农村局发放春耕补贴 ¶", "article t:全区启用新版公交卡 s:3月18日起可在各站点领取 ¶"}},
		{"English briefs with run-in labels under a column heading",
			"COMMUNITY BRIEFS\n\nPancake breakfast: The Millbrook Volunteer Fire Company will hold its annual breakfast Sunday.\n\n" +
				"Garden club: The Ashford Garden Club will meet at 7 p.m. Thursday at the Town Hall.\n\n" +
				"Tickets: $8 for adults and $5 for children under 12 at the door.",
			[]string{"article k:COMMUNITY BRIEFS t:Pancake breakfast ¶", "article t:Garden club ¶¶"}},
		{"a phrase and a time word opening a reporter's story's second paragraph stay its text",
			"青溪区开展秋季消防安全检查\n\n本报讯（记者 王明） 近日，青溪区应急管理局组织开展秋季消防安全检查。\n\n" +
				"检查组重点查看了消防通道 近日，检查组还走访了辖区多家企业，督促整改隐患12处。",
			[]string{"article t:青溪区开展秋季消防安全检查 ¶¶"}},
		{"a label and a colon under a story's headline stay text",
			"Council backs park plan\n\nThe council voted 7-2 on Thursday to turn the rail yard into a park.\n\n" +
				"Mayor Ellen Park: The vote shows that the people of this town want more green space.",
			[]string{"article t:Council backs park plan ¶¶"}},
		{"a feature's plain subheads under a deck, closed by the page's writer credit",
			"一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。\n\n截污治污，还河道一泓清水\n\n治理之初，全区摸清入河排污口217个。\n\n生态修复让两岸绿意盎然\n\n两岸建设生态缓冲带28公里。\n\n本版撰稿 聂思源\n\n白鹭溪湿地公园一角。",
			[]string{"article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶§¶§¶", "brief ¶"}},
		{"a feature's subheads under a deck, closed by 撰稿",
			"一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。\n\n截污治污，还河道一泓清水\n\n治理之初，全区摸清入河排污口217个。\n\n撰稿 聂思源",
			[]string{"article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶§¶"}},
		{"a feature's short subhead under a deck at the page's end",
			"课后服务花样多\n——我区深化课后服务改革纪实\n\n　　下午3点半，城南实验小学的校园里热闹起来。\n\n课程多了\n\n　　去年秋季学期起，区教育局在全区推行课后服务模式。",
			[]string{"article t:课后服务花样多 s:——我区深化课后服务改革纪实 ¶§¶"}},
		{"undated items with no deck are separate",
			"社区食堂开进小区\n\n城东街道的社区食堂昨天开业。\n\n老旧电梯完成更新\n\n全区已更新老旧电梯120台。",
			[]string{"article t:社区食堂开进小区 ¶", "article t:老旧电梯完成更新 ¶"}},
		{"a headline after a decked feature's credit starts an article",
			"一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。\n\n截污治污，还河道一泓清水\n\n治理之初，全区摸清入河排污口217个。（聂思源）\n\n老旧电梯完成更新\n\n全区已更新老旧电梯120台。",
			[]string{"article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶§¶", "article t:老旧电梯完成更新 ¶"}},
		{"a heading over a headline group after a deck is no feature's subhead",
			"一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。\n\n社区食堂开进小区\n\n城东街道的社区食堂昨天开业。\n\n春季招聘会\n\n百家企业带来岗位两千个\n\n招聘会将于周六举行。",
			[]string{"article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶", "article t:社区食堂开进小区 ¶", "article k:春季招聘会 t:百家企业带来岗位两千个 ¶"}},
		{"captions over the page's picture credit are photos",
			"白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。\n\n本版撰稿 聂思源\n\n白鹭溪湿地公园一角。\n\n市民在白鹭溪滨水绿道上骑行。\n\n本版图片由临河区融媒体中心提供",
			[]string{"article t:白鹭溪治理见成效 ¶", "photo ¶", "photo ¶"}},
		{"death notices under an obituary are a piece of their own",
			"Robert Lund\n\nBRENTON - Robert Lund, 67, of Brenton, died Monday.\n\nArrangements are by Dunmore Funeral Chapel.\n\nDEATH NOTICES\n\nABBOTT, Helen M., 88, of Carver, April 11. Keller & Sons Funeral Home.\n\nDUARTE, Manuel J., 74, of Harlow, April 12. Dunmore Funeral Chapel.",
			[]string{"article t:Robert Lund ¶¶", "article t:DEATH NOTICES ¶¶"}},
		{"funeral notices under a story are a piece of their own",
			"Band director dies at 79\n\nMILLBROOK - Ray Castellano, who led the band for 34 years, died Wednesday.\n\nA memorial concert is planned for June 6.\n\nFUNERAL NOTICES\n\nCARVER, Dennis P., 71, of Millbrook, May 18. Whitlow Funeral Home.\n\nOKAFOR, Grace N., 93, of Ashford, May 20. Services private.",
			[]string{"article t:Band director dies at 79 ¶¶", "article t:FUNERAL NOTICES ¶¶"}},
		{"a subhead of three words ending in a listing's word stays in its story",
			"Robert Lund\n\nBRENTON - Robert Lund, 67, of Brenton, died Monday.\n\nFamily Shares Records\n\nHe was born in Harlow in 1958.",
			[]string{"article t:Robert Lund ¶§¶"}},
		{"obituaries with no blank lines: the name, the town and the life dates head each",
			"Helen Abbott\nCarver\nMarch 2, 1931 - April 12, 2026\nHelen M. Abbott, 95, of Carver died April 12 at home, surrounded by her family.\nShe is survived by two sons and five grandchildren.\nRobert Chen\nMillbrook\nJune 5, 1940 - April 10, 2026\nRobert Chen, 85, of Millbrook died April 10 at Harlow Hospital after a short illness.\nA service will be held Saturday at First Church.",
			[]string{"article t:Helen Abbott s:Carver s:March 2, 1931 - April 12, 2026 ¶¶", "article t:Robert Chen s:Millbrook s:June 5, 1940 - April 10, 2026 ¶¶"}},
		{"a subhead in capitals stays in its story",
			"Robert Lund\n\nBRENTON - Robert Lund, 67, of Brenton, died Monday.\n\nEARLY YEARS\n\nHe was born in Harlow in 1958.",
			[]string{"article t:Robert Lund ¶§¶"}},
		{"short paragraphs with no picture credit stay a brief",
			"白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。\n\n本版撰稿 聂思源\n\n白鹭溪湿地公园开园。\n\n市民在滨水绿道上骑行。",
			[]string{"article t:白鹭溪治理见成效 ¶", "brief ¶¶"}},
		{"a marked subhead after an in-story caption goes on with the story",
			"一条船，一辈子\n文/记者　邵雨桐　图/记者　唐亦凡\n　　清晨六点，临溪河上薄雾未散。\n■从运货到摇游客\n　　转机出现在2015年。\n　　陈守业在临溪河上摇橹。记者　唐亦凡　摄\n■收了十二个徒弟\n　　这些年，他先后收了十二个徒弟。",
			[]string{"article t:一条船，一辈子 ¶§¶§¶", "photo ¶"}},
		{"a numbered subhead after an in-story caption goes on with the story",
			"老街焕新颜\n\n本报讯 老街改造完工。\n\n一、修旧如旧\n\n青石板路重新铺好。\n\n游客在老街拍照。　本报记者 孙浩 摄\n\n二、业态更新\n\n十多家老字号回迁。",
			[]string{"article t:老街焕新颜 ¶§¶§¶", "photo ¶"}},
		{"a table of words after a report is the report's",
			"区运会乒乓球赛落幕\n\n本报讯（记者 贺骁） 城东街道代表队包揽三项团体冠军。\n\n比赛结果（街镇组）\n\n项目　　　　冠军　　　　亚军\n\n男子团体　　城东街道　　临溪镇\n\n女子团体　　城东街道　　西山街道\n\n区足球超级联赛第五轮战报\n\n凤凰体育主场力克实验中学\n\n本报讯（记者 贺骁） 第五轮比赛打响。",
			[]string{"article t:区运会乒乓球赛落幕 ¶§¶¶¶", "article t:区足球超级联赛第五轮战报 s:凤凰体育主场力克实验中学 ¶"}},
		{"a table's header spaced like its rows is a row",
			"积分榜（前五名）\n\n排名　球队　　　　　场次　胜　平　负　积分\n\n1　　凤凰体育　　　5　　4　　1　　0　　13\n\n2　　城东联队　　　5　　3　　1　　1　　10",
			[]string{"article t:积分榜（前五名） ¶¶¶"}},
		{"one line of spaced words is no table",
			"区运会乒乓球赛落幕\n\n本报讯（记者 贺骁） 城东街道代表队包揽三项团体冠军。\n\n春到临溪　　花海迎客　　游人如织\n\n本报讯（记者 贺骁） 第五轮比赛打响。",
			[]string{"article t:区运会乒乓球赛落幕 ¶", "article t:春到临溪　　花海迎客　　游人如织 ¶"}},
		{"two lines of parallel phrases over a lead are the headline, no table",
			"凝心聚力　　勇毅前行　　再创佳绩\n奋进新征程　　建功新时代　　谱写新篇章\n\n本报讯（记者 王明）6月1日，区委召开全会。\n\n会议强调，要确保完成全年目标任务。",
			[]string{"article t:凝心聚力　　勇毅前行　　再创佳绩 s:奋进新征程　　建功新时代　　谱写新篇章 ¶¶"}},
		{"Public Hearings over a speaker's colon stays a subhead",
			"Sheriff's report shows crime down\n\nBy NORA FELDMAN\n\nCARVER - Crime fell in most of the county last year, the sheriff's report said.\n\nPublic Hearings\n\nSheriff Tom Reyes said: the office will hold two hearings in June.",
			[]string{"article t:Sheriff's report shows crime down ¶§¶"}},
		{"a subhead ending in a listing's word over the story's sentences stays a subhead",
			"Sheriff's report shows crime down\n\nBy NORA FELDMAN\n\nCARVER - Crime fell in most of the county last year, the sheriff's report said.\n\nDrug Arrests\n\nDrug arrests rose to 212, up from 180, as deputies stepped up patrols.\n\nTraffic Deaths\n\nEleven people died in crashes on county roads.",
			[]string{"article t:Sheriff's report shows crime down ¶§¶§¶"}},
		{"a box of what to know after a story is a piece of its own, signed by its office",
			"我区启动冬季供暖保障\n\n本报讯（记者 王明）入冬以来，我区提前启动冬季供暖保障工作。\n\n区城管局相关负责人表示，将加强巡查。\n\n燃气使用安全须知\n\n冬季是燃气事故高发期，居民使用燃气时应保持通风。\n\n区应急管理局提醒\n\n青溪公园菊花展开幕\n\n菊花展共展出菊花品种200余个。",
			[]string{"article t:我区启动冬季供暖保障 ¶¶", "article t:燃气使用安全须知 ¶", "article t:青溪公园菊花展开幕 ¶"}},
		{"briefs after a story's link box open pieces of their own",
			"社区食堂让老人吃上热乎饭\n\n本报讯（通讯员 祁明澈）溪口街道社区食堂开业。\n\n食堂还开设了送餐服务。（记者 岑若溪）\n\n相关链接\n\n什么是“助餐点”？助餐点是为老年人提供就餐服务的站点。\n\n青溪公园菊花展开幕\n\n菊花展共展出菊花品种200余个。\n\n滨江绿道全线贯通\n\n全长12公里的滨江绿道日前全线贯通。",
			[]string{"article t:社区食堂让老人吃上热乎饭 ¶¶§¶", "article t:青溪公园菊花展开幕 ¶", "article t:滨江绿道全线贯通 ¶"}},
		{"a question after an editor's note over a story's text is text",
			"“双减”之后的课后时光\n\n编者按：“双减”政策实施以来，孩子们的课后时间多了起来。\n\n孩子们的课后时间去哪儿了？\n\n记者走访了区内多所小学发现，课后服务已覆盖全区所有公办小学。\n\n青溪小学校长表示，学校开设了40多门课程。（记者 王明）",
			[]string{"article t:“双减”之后的课后时光 ¶¶¶¶"}},
		{"a field's briefs column labels its bulleted items",
			"标题甲\n\n本报讯 第一段。\n\n体育简讯\n\n● 区全民健身徒步大会将于周六举行。\n\n● 区青少年游泳锦标赛落下帷幕。",
			[]string{"article t:标题甲 ¶", "brief ¶", "brief ¶"}},
		{"an English story with no lead after another story is its own",
			"SOFTBALL\n\nCarver rallies past Harlow\n\nBy MEGAN O'HARA\n\nCARVER — Sophomore Ava Greene launched a grand slam as the Cougars beat Harlow 8-6 on Wednesday.\n\nThe Hawks host Brenton on Friday.\n\nTRACK AND FIELD\n\nNguyen breaks 41-year-old school record in 1,600\n\nHarlow senior Minh Nguyen ran the 1,600 meters in 4 minutes, 16.82 seconds on Tuesday, breaking a school record.\n\n\"I just didn't want to get caught,\" Nguyen said.",
			[]string{"article k:SOFTBALL t:Carver rallies past Harlow ¶¶", "article k:TRACK AND FIELD t:Nguyen breaks 41-year-old school record in 1,600 ¶¶"}},
		{"an item under a column's label after a table is the next piece",
			"标题甲\n\n本报讯 第一段。\n\n积分榜\n\n1　　凤凰体育　　5　　13\n\n2　　城东联队　　5　　10\n\n体育简讯\n\n● 区全民健身徒步大会将于周六举行。\n\n● 区青少年游泳锦标赛落下帷幕。",
			[]string{"article t:标题甲 ¶§¶¶", "brief ¶", "brief ¶"}},
		{"a letter's salutation is a paragraph of its own",
			"读者来信\n小区门口的公交站能不能挪一挪？\n编辑同志：\n我是城东街道锦绣花园小区的一名居民。希望有关部门能实地看看。\n读者 方建平",
			[]string{"article k:读者来信 t:小区门口的公交站能不能挪一挪？ ¶¶"}},
		{"a letter's salutation set apart is a paragraph of its own",
			"读者来信\n\n小区门口的公交站能不能挪一挪？\n\n编辑同志：\n\n我是城东街道锦绣花园小区的一名居民。希望有关部门能实地看看。\n\n读者 方建平",
			[]string{"article k:读者来信 t:小区门口的公交站能不能挪一挪？ ¶¶"}},
		{"a clause before a colon goes on across a column break",
			"区里办实事\n\n本报讯 区政府近日公布明年民生实事项目，具体安排如下：\n\n新开公交线路5条，新建社区卫生服务站3个。",
			[]string{"article t:区里办实事 ¶"}},
		{"the days of a calendar are its subheads",
			"COMMUNITY CALENDAR\n\nFriday, April 17\n\nSpring book sale: 9 a.m. to 4 p.m., Harlow Public Library, 12 Main St.\n\nSaturday, April 18\n\nTannery River cleanup: 8 a.m. to noon, meet at the boat launch.\n\nContra dance: 7:30 p.m., Grange Hall, Route 9, Brenton.",
			[]string{"article t:COMMUNITY CALENDAR §¶§¶¶"}},
		{"a headline naming a day is no day label",
			"Council OKs park\n\nThe council voted on Tuesday to build the park.\n\nThe work starts in May.\n\nSaturday's storm knocks out power\n\nMore than 4,000 homes lost power when the storm hit on Saturday.",
			[]string{"article t:Council OKs park ¶¶", "article t:Saturday's storm knocks out power ¶"}},
		{"quote attributions under quotes end the quote and start nothing",
			"本报讯 4月10日，临溪经济开发区企业服务驿站正式启用。\n\n企业说\n\n“项目从签约到开工，节省了至少两个月时间。”\n\n——浙江恒拓智能装备有限公司总经理　贺明远\n\n“以前要分别操作，现在在一个平台上就能完成。”\n\n——临溪味道食品有限公司财务负责人　张慧\n\n相关链接\n\n什么是“高效办成一件事”\n\n“高效办成一件事”是指将多个部门的关联事项集成为“一件事”。",
			[]string{"brief ¶", "article t:企业说 ¶¶¶¶", "article k:相关链接 t:什么是“高效办成一件事” ¶"}},
		{"a deck under a headline after a quote is the headline's",
			"标题甲\n\n本报讯 第一段。\n\n“我们很高兴。”\n\n一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。",
			[]string{"article t:标题甲 ¶¶", "article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶"}},
		{"a box of hotlines after a brief is a piece of its own",
			"本报讯 未来两天我区将有一次明显降雨过程，请市民注意添加衣物。\n\n便民热线\n政务服务便民热线：12345\n区供电服务热线：95598\n燃气抢修：0571-86022345",
			[]string{"brief ¶", "article t:便民热线 ¶¶¶"}},
		{"a box of hotlines after a credit is no headline group",
			"本周菜价\n\n青菜3.5元/斤，菠菜5元/斤。叶菜类价格小幅下降。（记者 王明）\n\n便民热线\n政务服务便民热线：12345\n燃气抢修：0571-86022345",
			[]string{"article t:本周菜价 ¶", "article t:便民热线 ¶¶"}},
		{"a label over lines that are no numbers is a headline group",
			"本周菜价\n\n青菜3.5元/斤，菠菜5元/斤。叶菜类价格小幅下降。（记者 王明）\n\n便民热线服务升级\n接听时间延长至晚上十点\n\n本报讯 区政务服务中心昨天宣布，热线接听时间延长。",
			[]string{"article t:本周菜价 ¶", "article t:便民热线服务升级 s:接听时间延长至晚上十点 ¶"}},
		{"a bullet the story never used after a caption opens the next piece",
			"老街焕新颜\n\n本报讯 老街改造完工。\n\n■修旧如旧\n\n青石板路重新铺好。\n\n游客在老街拍照。　本报记者 孙浩 摄\n\n◆社区食堂开业\n\n城东街道的社区食堂昨天开业。",
			[]string{"article t:老街焕新颜 ¶§¶", "article t:社区食堂开业 ¶", "photo ¶"}},
		{"the rows of a 数读 box stay with the story above the next headline",
			"营商环境再升级\n　　本报记者　陆铭远\n　　今年以来，我区推出32项改革举措。\n■数读\n　　32项　今年推出的改革举措\n　　半日　企业开办全流程办结时间\n直播基地开播\n　　本报讯（通讯员　闻笛）5月10日，直播基地开播满一个月。",
			[]string{"article t:营商环境再升级 ¶§¶¶", "article t:直播基地开播 ¶"}},
		{"a results table and the paragraph after it stay in the report",
			"龙舟赛开赛\n\n本报讯（记者 严子航）5月17日，龙舟比赛举行。\n\n比赛结果\n\n男子组:青枫街道队、滨江街道队\n\n女子组:梅湾镇队、云溪街道队\n\n据悉，本届区运会共设22个比赛项目。",
			[]string{"article t:龙舟赛开赛 ¶§¶¶¶"}},
		{"a headline in two phrases with figures is no box",
			"营商环境再升级\n　　本报记者　陆铭远\n　　今年以来，我区推出32项改革举措。\n32项改革　落地见效\n　　本报讯（通讯员　闻笛）5月10日，直播基地开播满一个月。",
			[]string{"article t:营商环境再升级 ¶", "article t:32项改革　落地见效 ¶"}},
		{"a reader-mail box goes on from answer to question",
			"读者信箱\n\n问：夜市几点收摊？（读者 邵先生）\n\n答：夜市每天23时收摊。（西关街道办事处）\n\n问：篮球赛可以个人报名吗？（读者 苗女士）\n\n答：暂不接受个人报名。（区总工会）",
			[]string{"article t:读者信箱 ¶¶¶¶"}},
		// 读者来信 / 编者按：… / the letter's headline: one piece, the label
		// its kicker, the note its first paragraph.
		{"a letter's question headline under a column's label and the editor's note",
			"读者来信\n\n编者按：近日，本报收到读者来信，反映小区快递柜超时收费的问题。我们将来信刊发。\n\n快递柜超时收费，能否多给点时间？\n\n编辑同志：\n\n我家住在望江街道一个老小区，快递柜最近开始收费。\n\n读者　晏秋生",
			[]string{"article k:读者来信 t:快递柜超时收费，能否多给点时间？ ¶¶¶"}},
		{"a letter's plain headline under a column's label and the editor's note",
			"读者来信\n\n编者按：近日，本报收到读者来信，反映小区快递柜超时收费的问题。我们将来信刊发。\n\n快递柜超时收费，希望多给点时间\n\n编辑同志：\n\n我家住在望江街道一个老小区，快递柜最近开始收费。\n\n读者　晏秋生",
			[]string{"article k:读者来信 t:快递柜超时收费，希望多给点时间 ¶¶¶"}},
		{"a letter under a column's label and the editor's note, no blank lines",
			"读者来信\n编者按：近日，本报收到读者来信，反映小区快递柜超时收费的问题。我们将来信刊发。\n快递柜超时收费，能否多给点时间？\n编辑同志：\n我家住在望江街道一个老小区，快递柜最近开始收费。\n读者　晏秋生",
			[]string{"article k:读者来信 t:快递柜超时收费，能否多给点时间？ ¶¶¶"}},
		{"a short title over a dated lead and an editor's note keeps its subhead",
			"老街新生\n\n本报讯 城西老街改造工程今天开工。\n\n编者按：老街改造牵动人心，本报今起推出系列报道。\n\n改造方案怎么定\n\n方案经过三轮征求意见。",
			[]string{"article t:老街新生 ¶¶§¶"}},
		{"a question after an ordinary paragraph stays text",
			"读者来信\n\n近日，本报收到读者来信，反映小区快递柜超时收费的问题。\n\n快递柜超时收费，能否多给点时间？\n\n编辑同志：\n\n我家住在望江街道一个老小区。",
			[]string{"article t:读者来信 ¶¶¶¶"}},
		{"a question opening with 问 is no headline",
			"区长访谈\n\n本报讯 记者日前专访了区长。\n\n问：今年最重要的工作是什么？\n\n答：是城市更新。",
			[]string{"article t:区长访谈 ¶¶¶"}},
		{"after an answer another paragraph after a credit opens the next piece",
			"读者信箱\n\n问：夜市几点收摊？\n\n答：夜市每天23时收摊。（西关街道办事处）\n\n本报讯 区图书馆延长开放时间。",
			[]string{"article t:读者信箱 ¶¶", "brief ¶"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if got := shapeOf(pg); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseText(%q) pieces = %q, want %q (warnings %q)", tt.in, got, tt.want, pg.Warnings)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

// longFeature returns a feature under a deck (——…纪实) of parts parts, each
// a plain subhead over a paragraph, closed by close.
func longFeature(parts int, close string) string {
	var page strings.Builder
	page.WriteString("一条河的新生\n\n——白鹭溪综合治理纪实\n\n白鹭溪是临河区的母亲河，如今水清岸绿。\n\n")
	for i := range parts {
		fmt.Fprintf(&page, "治理走进第%d个村庄\n\n这一段河道的清淤和护岸工程已经完成，沿岸村民说起变化赞不绝口。\n\n", i+1)
	}
	page.WriteString(close)
	return page.String()
}

// TestSplitLongFeature: a feature's subheads stay its own however many
// parts it has before its credit; a headline group before the credit still
// opens the next article.
func TestSplitLongFeature(t *testing.T) {
	const parts = 250
	tests := []struct {
		name   string
		in     string
		pieces int
	}{
		{"250 parts closed by 撰稿", longFeature(parts, "撰稿 聂思源\n"), 1},
		{"250 parts to the page's end", longFeature(parts, ""), 1},
		{"a headline group after 250 parts", longFeature(parts, "春季招聘会\n\n百家企业带来岗位两千个\n\n招聘会将于周六举行。撰稿 聂思源\n"), parts + 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) != tt.pieces {
				t.Fatalf("parseText(long feature) pieces = %d, want %d", len(pg.Pieces), tt.pieces)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(long feature): %v", err)
			}
			if tt.pieces != 1 {
				return
			}
			want := "article t:一条河的新生 s:——白鹭溪综合治理纪实 ¶" + strings.Repeat("§¶", parts)
			if got := shapeOf(pg); got[0] != want {
				t.Errorf("parseText(long feature) = %q, want %q", got, want)
			}
		})
	}
}

func TestSplitFields(t *testing.T) {
	pg, _ := parseText("城市更新让老街区焕发新活力\n\n（上接第1版）在州桥老街，老宅吸引了年轻人。撰稿 彭丽\n\n" +
		"嘉定科技城新引进研发中心\n\n本报讯（记者 卢敏 通讯员 陈立）今年以来引进研发中心23家（下转第4版）\n")
	if len(pg.Pieces) != 2 {
		t.Fatalf("pieces = %d, want 2: %q", len(pg.Pieces), shapeOf(pg))
	}
	a, b := pg.Pieces[0], pg.Pieces[1]
	if a.ContinuedFrom != "1" || a.ContinuedOn != "" || !reflect.DeepEqual(a.Authors, []Author{{Name: "彭丽", Role: RoleWriter}}) {
		t.Errorf("piece 1 = from %q on %q authors %+v, want from 1, writer 彭丽", a.ContinuedFrom, a.ContinuedOn, a.Authors)
	}
	wantAuthors := []Author{{Name: "卢敏", Role: RoleReporter}, {Name: "陈立", Role: RoleCorrespondent}}
	if b.ContinuedOn != "4" || b.Dateline != "本报讯（记者 卢敏 通讯员 陈立）" || !reflect.DeepEqual(b.Authors, wantAuthors) {
		t.Errorf("piece 2 = on %q dateline %q authors %+v, want on 4, the dateline, %+v", b.ContinuedOn, b.Dateline, b.Authors, wantAuthors)
	}
	if b.Line != 5 {
		t.Errorf("piece 2 line = %d, want 5", b.Line)
	}
	for _, pc := range pg.Pieces {
		for _, bl := range pc.Body {
			if strings.ContainsAny(bl.Text, "转接") || strings.Contains(bl.Text, "撰稿") {
				t.Errorf("body keeps a marker or credit: %q", bl.Text)
			}
		}
	}
}

func TestBareNameCredit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Author
		last     string
	}{
		{"a name the dateline gave", "标题甲\n\n本报讯（记者 许静）第一段。\n\n第二段。（许静）",
			[]Author{{Name: "许静", Role: RoleReporter}}, "第二段。"},
		{"a new name after a dateline naming nobody", "标题甲\n\n本报讯 第一段。（陈思远）",
			[]Author{{Name: "陈思远", Role: RoleReporter}}, "第一段。"},
		{"no dateline, no byline", "标题甲\n\n第一段。\n\n第二段。（许静）",
			[]Author{{Name: "许静", Role: RoleReporter}}, "第二段。"},
		{"a name the dateline gave keeps its role", "标题甲\n\n本报讯（通讯员 许静）第一段。\n\n第二段。（许静）",
			[]Author{{Name: "许静", Role: RoleCorrespondent}}, "第二段。"},
		{"no dateline, a word in brackets", "标题甲\n\n第一段。\n\n第二段。（化名）", nil, "第二段。（化名）"},
		{"a closing word is no name", "标题甲\n\n本报讯 第一段。（待续）", nil, "第一段。（待续）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) != 1 {
				t.Fatalf("parseText(%q) pieces = %q, want 1", tt.in, shapeOf(pg))
			}
			pc := pg.Pieces[0]
			if !reflect.DeepEqual(pc.Authors, tt.want) || pc.Body[len(pc.Body)-1].Text != tt.last {
				t.Errorf("parseText(%q) = authors %+v, last %q; want %+v, %q", tt.in, pc.Authors, pc.Body[len(pc.Body)-1].Text, tt.want, tt.last)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

func TestSplitWarnings(t *testing.T) {
	pg, _ := parseText("马陆葡萄主题公园冬季开放\n游客可体验葡萄藤修剪和酿酒工艺\n本报讯 公园将开放冬季线路。")
	if len(pg.Warnings) != 1 || !strings.Contains(pg.Warnings[0], "roles title/subtitle are a guess") {
		t.Errorf("warnings = %q, want one about the headline roles", pg.Warnings)
	}
}

func TestIsNote(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"（文中当事人均为化名）", true},
		{"(本文有删节)", true},
		{"　　（本文作者系区委党校教师）", true},
		{"（一）", false},
		{"（单位：亿元）", false},
		{"(数据来源:区统计局)", false},
		{"（化名）", false},
		{"【聚焦进博】", false},
		{"（一）坚持系统观念", false},
		{"（图为活动现场）（摄影 张三）", false},
		{"活动现场（图）", false},
	}
	for _, tt := range tests {
		if got := isNote(tt.in); got != tt.want {
			t.Errorf("isNote(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNotAName(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"上图", true}, {"左图", true}, {"资料图", true}, {"附表", true}, {"左一", true}, {"右二", true},
		{"左起", true}, {"化名", true}, {"孙蕾", false}, {"张三", false}, {"左宗明", false},
		// Notes closing a listing.
		{"免费", true}, {"暂定", true}, {"需预约", true}, {"上午", true}, {"每周", true}, {"周一", true}, {"星期六", true},
		{"周敏", false}, {"周一鸣", false}, {"晓岚", false}, {"费明", false},
	} {
		if got := notAName(tt.in); got != tt.want {
			t.Errorf("notAName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsIssuer(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"临江区医疗保障局", true}, {"临江区人民政府办公室", true}, {"上海市嘉定区菊园新区管委会", true},
		{"遗失声明", false}, {"局", false}, {"The Bureau", false}, {"各街镇、各有关部门", false},
	} {
		if got := isIssuer(tt.in); got != tt.want {
			t.Errorf("isIssuer(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsSubheadLabel(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"一、招标条件", true}, {"（二）项目概况", true}, {"【案情】", true}, {"【法官说法】", true},
		{"【聚焦进博】嘉定企业签约", false}, {"■ 社区动态", false}, {"临江区新城实验小学二期工程施工招标公告", false},
		// The days of a listing.
		{"Friday, April 17", true}, {"SATURDAY, APRIL 18", true}, {"Sunday", true}, {"Thursday's schedule", true},
		{"Wednesday’s results", true}, {"Today's games", true}, {"Friday, April 17, 2026", true},
		{"Friday night lights return", false}, {"Saturday's storm knocks out power", false}, {"Sundays at the museum", false},
		{"Today", false}, {"Monday's council vote delayed again", false},
	} {
		if got := isSubheadLabel(tt.in); got != tt.want {
			t.Errorf("isSubheadLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSignatureField(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"招标人：临江区教育局", true}, {"联系人：王先生", true}, {"招标代理机构：临江工程咨询公司", true},
		{"联系电话：0571-86012345", true}, {"地址：临江区政务服务中心", true},
		{"人民群众：满意", false}, {"全会指出：要坚持稳中求进。", false}, {"习近平强调：", false},
	} {
		if got := signatureField(tt.in); got != tt.want {
			t.Errorf("signatureField(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRunInTitle(t *testing.T) {
	tests := []struct {
		name, in    string
		title, rest string
	}{
		{"a date after the title", "清水街道“银发课堂”开课 10月14日，清水街道“银发课堂”秋季班开课，开设8门课程。",
			"清水街道“银发课堂”开课", "10月14日，清水街道“银发课堂”秋季班开课，开设8门课程。"},
		{"a time word after the title", "双桥镇新增3条农村公交线路 近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。",
			"双桥镇新增3条农村公交线路", "近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。"},
		{"a title of two phrases", "七旬老人迷路 民警暖心护送回家 10月13日晚，城南派出所民警在巡逻时发现一名老人迷路，将其送回家中。",
			"七旬老人迷路 民警暖心护送回家", "10月13日晚，城南派出所民警在巡逻时发现一名老人迷路，将其送回家中。"},
		{"a bullet before the title", "● 区图书馆延长开放时间 今年以来，区图书馆每周开放时间增加到84小时，读者好评如潮。",
			"● 区图书馆延长开放时间", "今年以来，区图书馆每周开放时间增加到84小时，读者好评如潮。"},
		{"a name before the text", "记者 韩栋 近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。", "", ""},
		{"no time after the space", "双桥镇新增3条农村公交线路 全镇22个行政村实现公交全覆盖，票价统一为2元。", "", ""},
		{"a comma before the space", "据悉，双桥镇新增线路 近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。", "", ""},
		{"too short a text after it", "双桥镇新增3条农村公交线路 近日开通。", "", ""},
		{"no space", "双桥镇新增3条农村公交线路。近日，双桥镇开通3条镇村公交线路。", "", ""},
		{"English", "Library extends hours Monday, the library will stay open later than ever before.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, rest, ok := runInTitle(tt.in)
			if title != tt.title || rest != tt.rest || ok != (tt.title != "") {
				t.Errorf("runInTitle(%q) = %q, %q, %v, want %q, %q", tt.in, title, rest, ok, tt.title, tt.rest)
			}
		})
	}
}

func TestRunInLabel(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a label of two words", "Pancake breakfast: The Millbrook Volunteer Fire Company will hold its breakfast.", "Pancake breakfast"},
		{"a label in capitals", "BLOOD DRIVE: The American Red Cross will hold a blood drive from noon to 6 p.m.", "BLOOD DRIVE"},
		{"a label with an ampersand", "Arts & crafts: Children can make paper lanterns at the library on Saturday.", "Arts & crafts"},
		{"a number after the colon", "Road work: 3 lanes of Route 9 will close overnight starting Monday.", "Road work"},
		// No labels.
		{"a notice's field", "Tickets: $8 for adults and $5 for children under 12.", ""},
		{"a field in words", "Where: The Ashford Town Hall, 12 Main Street, in the upstairs meeting room.", ""},
		{"an interview's question", "Q: What made you want to run for the school board this year?", ""},
		{"a short text after it", "Garden club: Meets Thursday.", ""},
		{"no sentence after it", "Garden club: The Ashford Garden Club will meet at the Town Hall", ""},
		{"a lower-case text after it", "Garden club: the Ashford Garden Club will meet at the Town Hall on Thursday.", ""},
		{"a clock time", "Schedule for 7:30 p.m. The band plays first and the choir sings after.", ""},
		{"a sentence before the colon", "He said the plan, as drawn, has one flaw: The lot is too small for a field.", ""},
		{"no space after the colon", "Note:The Ashford Garden Club will meet at the Town Hall on Thursday.", ""},
		{"Chinese", "双桥镇新增公交线路：近日，双桥镇开通3条镇村公交线路，实现全镇公交全覆盖。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runInLabel(tt.in); got != tt.want {
				t.Errorf("runInLabel(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBriefsHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"COMMUNITY BRIEFS", true}, {"In Brief", true}, {"Business Roundup", true}, {"AROUND TOWN", true},
		{"Community Calendar", true},
		{"Council backs park plan", false}, {"Briefing room opens to the public after a long renovation project", false},
		{"社区简讯", false},
	}
	for _, tt := range tests {
		if got := briefsHeading(tt.in); got != tt.want {
			t.Errorf("briefsHeading(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestStandingLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Briefly", true}, {"In brief", true}, {"AROUND TOWN", true}, {"Police log", true}, {"POLICE BLOTTER", true},
		{"Around the region", true}, {"Business Roundup", true}, {"SHERIFF'S LOG", true}, {"Building permits", true},
		{"Judge briefs council", false}, {"Briefing room reopens", false}, {"Log cabin restored", false},
		{"Town council meets", false}, {"Blood drive set for Friday", false}, {"警情通报", false},
		{"Around the state", false}, {"Downtown", false}, {"Catalog", false},
	}
	for _, tt := range tests {
		if got := standingLabel(tt.in); got != tt.want {
			t.Errorf("standingLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestListingLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"DEATH NOTICES", true}, {"FUNERAL NOTICES", true}, {"OBITUARY NOTICES", true}, {"LEGAL NOTICES", true},
		{"Death notices", true}, {"ARRESTS", true}, {"Deaths", true}, {"BUILDING PERMITS", true},
		{"RESTAURANT INSPECTIONS", true}, {"SHERIFF'S LOG", true}, {"Police log", true}, {"Fire log", true},
		{"POLICE BLOTTER", true}, {"FIRE CALLS", true}, {"COURT RECORDS", true}, {"REAL ESTATE TRANSFERS", true},
		{"MARRIAGE LICENSES", true}, {"BIRTH ANNOUNCEMENTS", true}, {"Public meetings", true}, {"MEETINGS", true},
		{"PUBLIC HEARINGS", true}, {"Government meetings", true},
		// Headlines, briefs and no labels.
		{"Police make arrests", false}, {"Council hears reports", false}, {"Town posts new notices", false},
		{"COMMUNITY BRIEFS", false}, {"AROUND TOWN", false}, {"Log cabin restored", false}, {"warrant calls", false},
		{"Mayor seeks records of the 2019 bridge contract", false}, {"讣告", false}, {"", false},
		{"Board moves meetings online", false}, {"Council cancels meetings", false}, {"Meetings resume", false},
	}
	for _, tt := range tests {
		if got := isListingLabel(tt.in); got != tt.want {
			t.Errorf("isListingLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReaderSignature(t *testing.T) {
	tests := []struct {
		in   string
		want []Author
	}{
		{"读者 贺明亮", []Author{{Name: "贺明亮", Role: RoleWriter, About: "读者"}}},
		{"市民：欧阳明", []Author{{Name: "欧阳明", Role: RoleWriter, About: "市民"}}},
		{"读者来信", nil},
		{"市民服务中心", nil},
		{"读者 来信选登", nil},
		{"居民 小区停车难", nil},
	}
	for _, tt := range tests {
		b := readerSignature(&block{text: tt.in, kind: textBlock})
		var got []Author
		if b != nil {
			got = b.cred().authors
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("readerSignature(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestReplyLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"记者追踪：接到来信后，记者联系了新华街道。", true},
		{"记者追踪", true},
		{"部门回复: 已安排施工。", true},
		{"回复率达到百分之百。", false},
		{"记者追踪报道了这件事。", false},
		{"接到来信后，记者联系了新华街道。", false},
	}
	for _, tt := range tests {
		if got := replyLabel(tt.in); got != tt.want {
			t.Errorf("replyLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestQALine(t *testing.T) {
	tests := []struct {
		in   string
		want rune
	}{
		{"问：小区附近的菜市场什么时候开业？（读者　陶女士）", '问'},
		{"　　答:预计5月中旬投入使用。(西山街道办事处)", '答'},
		{"问: 可以个人报名吗?", '问'},
		{"问计于民：老旧小区改造听民意", 0},
		{"答卷：一份民生实事的年度报告", 0},
		{"问题清单已经交办。", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := qaLine(tt.in); got != tt.want {
			t.Errorf("qaLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInfoField(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"咨询电话：0571-8768××××", true},
		{"营业时间：10:30—19:00", true},
		{"联系人：王先生", true},
		{"服务热线: 12345", true},
		{"地址：临江区滨河路88号", true},
		{"区人社局：发放稳岗返还资金2100万元", false},
		{"致富带头人：王大姐的草莓园", false},
		{"习近平强调：", false},
		{"时间：", false},
		{"电话预约时间：工作日上午9点至下午5点，节假日除外。", false},
		{"电话：88621234，联系人：王女士", false},
		{"发展方式：从粗放到集约", false},
		{"关键时间：全力冲刺", false},
		{"报名方式：现场报名或电话报名", true},
		{"活动费用：每人50元", true},
		{"联系电话: 86012345", true},
		{"报名电话：12345（工作日9:00—17:00）", true},
		{"服务热线：96345", true},
		{"联系人：王女士", true},
		{"报名地址：东湖街道社区服务中心二楼", true},
		{"投稿邮箱：news@example.cn", true},
		// Not fields.
		{"咨询电话打不通怎么办", false},
		{"服务热线：一头连着民生，一头连着民心", false},
		{"联系电话：", false},
		{"投稿邮箱：欢迎来稿", false},
		{"联系人：他说他会再来。", false},
		{"医保小知识", false},
	}
	for _, tt := range tests {
		if got := infoField(tt.in); got != tt.want {
			t.Errorf("infoField(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTheoryByline(t *testing.T) {
	in := "以基层治理现代化助推城市高质量发展\n\n卓文轩\n\n一、坚持党建引领，夯实基层治理根基\n\n基层党组织是基层治理的“主心骨”。\n\n（作者单位：中共清浦区委党校）"
	pg, _ := parseText(in)
	if len(pg.Pieces) != 1 {
		t.Fatalf("parseText(%q) pieces = %q, want one", in, shapeOf(pg))
	}
	want := []Author{{Name: "卓文轩", Role: RoleWriter, About: "中共清浦区委党校"}}
	if got := pg.Pieces[0].Authors; !reflect.DeepEqual(got, want) {
		t.Errorf("parseText(%q) authors = %+v, want %+v", in, got, want)
	}
}

func TestNumberedQuestion(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"full-width question mark", "一、生活垃圾分为哪几类？", true},
		{"half-width question mark", "二、单位和个人有哪些义务?", true},
		{"arabic number", "3. 如何申请补贴？", true},
		{"bracketed number", "（一）什么是家庭共济？", true},
		{"no number", "生活垃圾分为哪几类？", false},
		{"a bullet is no number", "■ 你知道吗？", false},
		{"a numbered point that asks nothing", "一、坚持党建引领", false},
		{"an exclamation", "一、行动起来！", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := numberedQuestion(tt.in); got != tt.want {
				t.Errorf("numberedQuestion(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDatedItem(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"a day and an event", "3月18日 区人大常委会会议召开", true},
		{"a day and a solar term", "3月20日 春分", true},
		{"a full date", "2026年3月22日　世界水日", true},
		{"a range", "3月22日—23日 全区中小学春季运动会", true},
		{"a date alone", "3月18日", false},
		{"a full date alone", "2026年3月18日", false},
		{"a year only", "2026年全区经济运行稳中有进", false},
		{"no date", "区人大常委会会议召开", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datedItem(tt.in); got != tt.want {
				t.Errorf("datedItem(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestColumnName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"notes on books", "书边札记", true},
		{"essays of the countryside", "乡土随笔", true},
		{"a genre alone", "随笔", true},
		{"a line of verse", "衔进檐下", false},
		{"a longer line", "把春天摆成一条河流的札记", false},
		{"a title with quotes", "读书的“慢功夫”", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := columnName(tt.in); got != tt.want {
				t.Errorf("columnName(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestServiceBox(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want serviceKind
	}{
		{"a reminder", "温馨提示", ownBox},
		{"what to know", "燃气使用安全须知", ownBox},
		{"a little knowledge", "医保小知识", ownBox},
		{"a guide", "冬季出行指南", ownBox},
		{"a headline about what to know", "入学须知发布后家长排队咨询须知", noBox},
		{"a reminder with a bullet and a colon", "■温馨提示：", ownBox},
		{"a friendly warning", "友情提醒", ownBox},
		{"tips on a topic", "垃圾分类小贴士", ownBox},
		{"tips in quotes", "乡村振兴政策“小贴士”", ownBox},
		{"a heads-up", "提个醒", ownBox},
		{"a reminder on a topic", "冬季用电安全提醒", ownBox},
		{"links", "相关链接", storyBox},
		{"links in brackets", "【新闻链接】", storyBox},
		{"further reading", "延伸阅读", storyBox},
		{"a reporter's afterword", "记者手记", storyBox},
		{"an editor's afterword", "编后语", storyBox},
		{"a doctor's reminder", "医生提醒", noBox},
		{"a police warning", "警方提示", noBox},
		{"a feature's subhead", "烟火气回来了", noBox},
		{"a headline about reminders", "区应急管理局发布防汛温馨提示", noBox},
		{"a long line about links", "城乡公交链接起十二个行政村", noBox},
		{"an essay's column", "乡村手记", noBox},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := serviceBox(tt.in); got != tt.want {
				t.Errorf("serviceBox(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if tt.want == ownBox && !ownBoxWord(tt.in) {
				t.Errorf("ownBoxWord(%q) = false for a box of its own: reminderSignoffs would pass it over", tt.in)
			}
		})
	}
}

func TestPageCreditsSignPieces(t *testing.T) {
	writer := Author{Name: "聂思源", Role: RoleWriter}
	org := Author{Name: "临河区融媒体中心", Role: RolePhotographer}
	tests := []struct {
		name string
		in   string
		want [][]Author // the authors of each piece in page order
	}{
		{"the page's one article takes the writer credit",
			"白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。\n\n本版撰稿 聂思源",
			[][]Author{{writer}}},
		{"the writer credit heading the page signs its one article",
			"本版撰稿 聂思源\n\n白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。",
			[][]Author{{writer}}},
		{"an article with a byline keeps its own",
			"白鹭溪治理见成效\n\n本报记者 戚朗\n\n三年前，临河区启动白鹭溪综合治理工程。\n\n本版撰稿 聂思源",
			[][]Author{{{Name: "戚朗", Role: RoleReporter}}}},
		{"of two articles only the one above the credit",
			"社区食堂开进小区\n\n本报讯 城东街道的社区食堂昨天开业。\n\n老旧电梯完成更新\n\n本报讯 全区已更新老旧电梯120台。\n\n本版撰稿 聂思源\n\n春季招聘会举行\n\n本报讯 百家企业带来岗位两千个。",
			[][]Author{nil, {writer}, nil}},
		{"captions take the page's picture credit",
			"白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。\n\n本版撰稿 聂思源\n\n白鹭溪湿地公园一角。\n\n市民在白鹭溪滨水绿道上骑行。\n\n本版图片由临河区融媒体中心提供",
			[][]Author{{writer}, {org}, {org}}},
		{"a photo with its own credit keeps it",
			"本版图片由临河区融媒体中心提供\n\n白鹭溪治理见成效\n\n本报讯 三年前，临河区启动白鹭溪综合治理工程。\n\n图为白鹭溪湿地公园。　本报记者 孙浩 摄",
			[][]Author{nil, {{Name: "孙浩", Role: RolePhotographer}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			var got [][]Author
			for _, pc := range pg.Pieces {
				got = append(got, pc.Authors)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseText(%q) authors = %+v, want %+v (pieces %q)", tt.in, got, tt.want, shapeOf(pg))
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
			if !slices.ContainsFunc(pg.Editors, func(a Author) bool { return a.Name == "聂思源" || a.Name == "临河区融媒体中心" }) &&
				strings.Contains(tt.in, "本版撰稿") {
				t.Errorf("parseText(%q) editors = %+v, want the page's writer kept", tt.in, pg.Editors)
			}
		})
	}
}

func TestPhotoNewsHeadline(t *testing.T) {
	photo := func(name string) []Author { return []Author{{Name: name, Role: RolePhotographer}} }
	tests := []struct {
		name    string
		in      string
		want    []string
		authors [][]Author // of each piece
	}{
		{"a headline over a caption and a credit line",
			"区业余足球联赛开赛\n\n本报讯（通讯员 车明朗）3月14日，联赛在区体育中心开赛。\n\n合唱比赛唱响春之声\n\n3月13日晚，职工合唱比赛决赛在区大剧院举行。\n\n通讯员 仇佳 摄",
			[]string{"article t:区业余足球联赛开赛 ¶", "article t:合唱比赛唱响春之声 ¶"},
			[][]Author{{{Name: "车明朗", Role: RoleCorrespondent}}, photo("仇佳")}},
		{"a headline over a caption with its credit glued, before the next story",
			"区业余足球联赛开赛\n\n本报讯 3月14日，联赛在区体育中心开赛。\n\n合唱比赛唱响春之声\n\n3月13日晚，职工合唱比赛决赛在区大剧院举行。 记者 仇佳 摄\n\n区图书馆延长开放时间\n\n本报讯 即日起，区图书馆每晚开放至21时。",
			[]string{"article t:区业余足球联赛开赛 ¶", "article t:合唱比赛唱响春之声 ¶", "article t:区图书馆延长开放时间 ¶"},
			[][]Author{nil, photo("仇佳"), nil}},
		{"a subhead over text that goes on after the picture",
			"标题甲\n\n本报讯 第一段。\n\n小标题\n\n第二段。\n\n图为活动现场。 记者 仇佳 摄\n\n第三段。",
			[]string{"article t:标题甲 ¶§¶¶", "photo ¶"},
			nil},
		{"two photo news in a row after a dated story",
			"区业余足球联赛开赛\n\n本报讯（通讯员 车明朗）3月14日，联赛在区体育中心开赛。\n\n合唱比赛唱响春之声\n\n3月13日晚，职工合唱比赛决赛在区大剧院举行。\n\n通讯员 仇佳 摄\n\n古镇灯会迎客来\n\n元宵节前夕，古镇灯会开幕，各色花灯点亮老街。\n\n记者 晁雨 摄",
			[]string{"article t:区业余足球联赛开赛 ¶", "article t:合唱比赛唱响春之声 ¶", "article t:古镇灯会迎客来 ¶"},
			[][]Author{{{Name: "车明朗", Role: RoleCorrespondent}}, photo("仇佳"), photo("晁雨")}},
		{"a dated feature's section closed by its picture goes on under the next subhead",
			"青溪夜经济“火”起来\n\n本报讯（记者 王明）入夏以来，青溪区多个夜市人气旺盛。\n\n据统计，5月以来全区夜市累计接待游客超过50万人次。\n\n老街夜市焕新颜\n\n经过改造的老街夜市重新开放，小吃摊位整齐排列。图为游客在老街夜市选购小吃。\n\n通讯员 李华 摄\n\n滨江市集添活力\n\n滨江市集以文创和手作为特色，吸引了大批年轻人。\n\n据介绍，全区将在今年下半年再新增3处特色夜市。",
			[]string{"article t:青溪夜经济“火”起来 ¶¶§§¶¶", "photo ¶"},
			[][]Author{{{Name: "王明", Role: RoleReporter}}, photo("李华")}},
		{"a dated feature's last section closed by its picture at the page's end",
			"青溪夜经济“火”起来\n\n本报讯（记者 王明）入夏以来，青溪区多个夜市人气旺盛。\n\n老街夜市焕新颜\n\n老街夜市重新开放，小吃摊位整齐排列。\n\n滨江市集添活力\n\n滨江市集以文创和手作为特色，吸引了大批年轻人。\n\n通讯员 李华 摄",
			[]string{"article t:青溪夜经济“火”起来 ¶§¶§¶"},
			[][]Author{{{Name: "王明", Role: RoleReporter}, {Name: "李华", Role: RolePhotographer}}}},
		{"a subhead over the story's last paragraph, written and pictured by one reporter",
			"标题甲\n\n本报讯 第一段。\n\n小标题\n\n第二段。\n\n文/图 记者 晁雨",
			[]string{"article t:标题甲 ¶§¶"},
			[][]Author{{{Name: "晁雨", Role: RoleReporter}, {Name: "晁雨", Role: RolePhotographer}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if got := shapeOf(pg); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("parseText(%q) pieces = %q, want %q (warnings %q)", tt.in, got, tt.want, pg.Warnings)
			}
			for i, want := range tt.authors {
				if got := pg.Pieces[i].Authors; !reflect.DeepEqual(got, want) {
					t.Errorf("parseText(%q) piece %d authors = %+v, want %+v", tt.in, i+1, got, want)
				}
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

func TestColumnItem(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		last []Author // the last piece's authors
		text string   // the last piece's last block
	}{
		{"a pen name signs an item under a spaced column's label after an essay",
			"街角的修鞋摊\n\n文/明川\n\n单位楼下的街角，有一个修鞋摊。\n\n书 讯\n\n近日，散文集《河埠旧事》出版。全书收录散文48篇。（晓岚）",
			[]string{"article t:街角的修鞋摊 ¶", "brief ¶"}, []Author{{Name: "晓岚", Role: RoleReporter}}, "近日，散文集《河埠旧事》出版。全书收录散文48篇。"},
		{"the label unspaced", "街角的修鞋摊\n\n文/明川\n\n单位楼下的街角，有一个修鞋摊。\n\n书讯\n\n近日，散文集《河埠旧事》出版。（晓岚）",
			[]string{"article t:街角的修鞋摊 ¶", "brief ¶"}, []Author{{Name: "晓岚", Role: RoleReporter}}, "近日，散文集《河埠旧事》出版。"},
		{"a closing word under a column's label is no name", "街角的修鞋摊\n\n文/明川\n\n单位楼下的街角，有一个修鞋摊。\n\n书讯\n\n近日，散文集《河埠旧事》出版。（待续）",
			[]string{"article t:街角的修鞋摊 ¶", "brief ¶"}, nil, "近日，散文集《河埠旧事》出版。（待续）"},
		{"a note in brackets closing an item under a label after a news story is no name",
			"青溪区开展春季消防安全检查\n\n本报讯（记者 王明）4月8日，青溪区开展春季消防安全检查。\n\n书讯\n\n区图书馆少儿阅览室即日起恢复开放，读者可凭借书证入馆。（免费）",
			[]string{"article t:青溪区开展春季消防安全检查 ¶", "brief ¶"}, nil, "区图书馆少儿阅览室即日起恢复开放，读者可凭借书证入馆。（免费）"},
		{"a pen name of given-name characters signs an item under a label after a news story",
			"青溪区开展春季消防安全检查\n\n本报讯（记者 王明）4月8日，青溪区开展春季消防安全检查。\n\n书讯\n\n区图书馆少儿阅览室即日起恢复开放，读者可凭借书证入馆。（晓岚）",
			[]string{"article t:青溪区开展春季消防安全检查 ¶", "brief ¶"}, []Author{{Name: "晓岚", Role: RoleReporter}}, "区图书馆少儿阅览室即日起恢复开放，读者可凭借书证入馆。"},
		{"a pen name beside an item signed with a family name",
			"青溪区开展春季消防安全检查\n\n本报讯（记者 王明）4月8日，青溪区开展春季消防安全检查。\n\n书讯\n\n区图书馆少儿阅览室即日起恢复开放。（晓岚）\n\n散文集《河埠旧事》出版，全书收录散文48篇。（贺骁）",
			[]string{"article t:青溪区开展春季消防安全检查 ¶", "brief ¶", "brief ¶"}, []Author{{Name: "贺骁", Role: RoleReporter}}, "散文集《河埠旧事》出版，全书收录散文48篇。"},
		{"a period in brackets under a column's label after an essay is no pen name",
			"街角的修鞋摊\n\n文/明川\n\n单位楼下的街角，有一个修鞋摊。\n\n书讯\n\n《青溪碑刻集》日前出版，收录本区历代碑刻拓片120通。（明清）",
			[]string{"article t:街角的修鞋摊 ¶", "brief ¶"}, nil, "《青溪碑刻集》日前出版，收录本区历代碑刻拓片120通。（明清）"},
		{"a forest in brackets beside an item signed with a family name is no pen name",
			"青溪区开展春季消防安全检查\n\n本报讯（记者 王明）4月8日，青溪区开展春季消防安全检查。\n\n书讯\n\n《梅湾草木志》出版，书中收录本区古树120株。（森林）\n\n散文集《河埠旧事》出版，全书收录散文48篇。（贺骁）",
			[]string{"article t:青溪区开展春季消防安全检查 ¶", "brief ¶¶"}, []Author{{Name: "贺骁", Role: RoleReporter}}, "散文集《河埠旧事》出版，全书收录散文48篇。"},
		{"an office signs an item under a label",
			"青溪区开展春季消防安全检查\n\n本报讯（记者 王明）4月8日，青溪区开展春季消防安全检查。\n\n简讯\n\n城区主干道完成路灯改造，更换节能灯具300盏。（区城管）",
			[]string{"article t:青溪区开展春季消防安全检查 ¶", "brief ¶"}, []Author{{Name: "区城管", Role: RoleAuthor}}, "城区主干道完成路灯改造，更换节能灯具300盏。"},
		{"a bracket closing a paragraph with no label above stays text", "街角的修鞋摊\n\n文/明川\n\n单位楼下的街角，有一个修鞋摊。\n\n近日，散文集《河埠旧事》出版。（晓岚）",
			[]string{"article t:街角的修鞋摊 ¶¶"}, []Author{{Name: "明川", Role: RoleWriter}}, "近日，散文集《河埠旧事》出版。（晓岚）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if got := shapeOf(pg); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("parseText(%q) pieces = %q, want %q (warnings %q)", tt.in, got, tt.want, pg.Warnings)
			}
			pc := pg.Pieces[len(pg.Pieces)-1]
			if !reflect.DeepEqual(pc.Authors, tt.last) || pc.Body[len(pc.Body)-1].Text != tt.text {
				t.Errorf("parseText(%q) last piece = authors %+v, last %q; want %+v, %q", tt.in, pc.Authors, pc.Body[len(pc.Body)-1].Text, tt.last, tt.text)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

func TestColumnLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"简讯", true}, {"体育简讯", true}, {"教育快讯", true}, {"社区简讯", true}, {"书讯", true},
		{"BRIEFS", true}, {"IN BRIEF", true}, {"News in brief", true}, {"NEWS BRIEFS", true},
		// No column labels.
		{"Briefly", false}, {"COMMUNITY BRIEFS", false}, {"AROUND TOWN", false}, {"Judge in brief", false},
		{"体育", false}, {"AI助力社区简讯", false}, {"临溪区第十一届运动会简讯", false}, {"简讯：区政协召开会议", false},
	}
	for _, tt := range tests {
		if got := isColumnLabel(tt.in); got != tt.want {
			t.Errorf("isColumnLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		in         string
		attributes bool // a dash line naming a speaker
		quote      string
		quoted     bool // the paragraph above is a quotation
	}{
		{"——浙江恒拓智能装备有限公司总经理　贺明远", true, "“节省了至少两个月时间。”", true},
		{"— Maria Lopez, owner of Lopez Bakery", true, "\"We were thrilled.\"", true},
		{"——白鹭溪综合治理纪实", true, "“园区事园区办”再提速", false},
		{"浙江恒拓智能装备有限公司总经理　贺明远", false, "他说：“我们很高兴。”", false},
		{"——这是一句话。", false, "“我们很高兴，”他说。", false},
	}
	for _, tt := range tests {
		if got := quoteAttribution(tt.in); got != tt.attributes {
			t.Errorf("quoteAttribution(%q) = %v, want %v", tt.in, got, tt.attributes)
		}
		if got := quoted(tt.quote); got != tt.quoted {
			t.Errorf("quoted(%q) = %v, want %v", tt.quote, got, tt.quoted)
		}
	}
}

func TestPhoneEntry(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"燃气抢修：0571-86022345", true}, {"政务服务便民热线:12345", true}, {"区供电服务热线：95598", true},
		{"区医保中心：86012345、86012346", true},
		{"区医保中心：0571—86012345 转 8012", true}, {"供水服务热线：（0571）86022345", true},
		{"区图书馆：８６０１２３４５／８６０１２３４６", true},
		// No entries.
		{"咨询时间：9:00—17:00", false}, {"地址：城东路12号", false}, {"电话：", false}, {"12345：政务服务", false},
		{"区人社局：发放稳岗补贴3000万元", false},
		{"区医保中心：86012345 周一至周五", false}, {"开放时间：8.30—17.00", false},
	}
	for _, tt := range tests {
		if got := phoneEntry(tt.in); got != tt.want {
			t.Errorf("phoneEntry(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPhotoMark(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the caption after the marker
	}{
		{"half-width", "(图)9月11日,汀兰实验小学学生学习制作陶艺。", "9月11日,汀兰实验小学学生学习制作陶艺。"},
		{"full-width with a space", "（图）　市民在新开的书房里阅读。", "市民在新开的书房里阅读。"},
		{"a numbered picture", "（图二）志愿者为老人理发。", "志愿者为老人理发。"},
		{"square brackets", "【图】夜色中的鹭洲大桥。", "夜色中的鹭洲大桥。"},
		{"tortoise-shell brackets", "〔图〕新建的滨河步道。", "新建的滨河步道。"},
		{"full-width square brackets", "［图1］新建的滨河步道。", "新建的滨河步道。"},
		{"closers of two widths", "（图)新建的滨河步道。", "新建的滨河步道。"},
		// No marker.
		{"图为 opens the caption", "图为活动现场。", "图为活动现场。"},
		{"a word in brackets", "（图书馆）新馆开放。", "（图书馆）新馆开放。"},
		{"an unclosed bracket", "(图 9月11日", "(图 9月11日"},
		{"a note ending the caption", "活动现场（图）", "活动现场（图）"},
		{"brackets that do not pair", "（图】新建的滨河步道。", "（图】新建的滨河步道。"},
		{"a quotation mark", "“图”字当头。", "“图”字当头。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in[photoMark(tt.in):]; got != tt.want {
				t.Errorf("photoMark(%q) leaves %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
