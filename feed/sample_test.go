package feed

import (
	"testing"
	"time"

	"github.com/paperfeed/paperfeed/article"
)

// samplePage mirrors what the parser makes of the sample page,
// seeds/000_e3f3a7dec7c7eba1.txt: three articles and a photo caption. It is
// built by hand so this package's tests do not depend on the parser; the
// page's date and number are set as if its furniture stated them.
func samplePage() article.Page {
	return article.Page{
		Date:   article.Date{Year: 2025, Month: time.November, Day: 10},
		Number: "1",
		Name:   "要闻",
		Pieces: []article.Piece{{
			Kind: article.KindArticle,
			Headlines: []article.Headline{
				{Role: article.RoleKicker, Text: "10余家企业组团参展,14个优质项目落地,达成采购成交意向金额3.8亿美元……"},
				{Role: article.RoleTitle, Text: "进博会见证“嘉定力量”"},
			},
			Dateline: "本报讯",
			Body: []article.Block{
				{Kind: article.BlockParagraph, Text: "第八届中国国际进口博览会圆满落幕,嘉定区10余家企业组团参展,展出覆盖汽车、消费品、生物医药等多个领域的新产品、新技术。最新数据显示,嘉定交易分团共达成采购成交意向金额3.8亿美元,较上一届增长8.6%。"},
				{Kind: article.BlockParagraph, Text: "进博会期间,区领导走访嘉定相关参展企业,鼓励其在共享发展中寻新机;“投资嘉定 相约进博”2025嘉定区招商推介会上,14个优质项目落地,全景式展示嘉定区“两城一区”的宏伟发展蓝图与无限潜力。"},
				{Kind: article.BlockSubhead, Text: "在共享发展中寻新机"},
				{Kind: article.BlockParagraph, Text: "从医疗产品到美妆个护,从电梯制造到健康科技……本届进博会,嘉定10余家企业携众多新产品、新技术、新服务亮相,助力中国大市场成为全球创新的试验场、利润场、应用场。"},
				{Kind: article.BlockParagraph, Text: "11月7日,区四套班子领导肖文高、高香、连正华、杨莉、吴杰等来到国家会展中心(上海),走访第八届进博会嘉定部分参展企业,了解今年企业参展情况、特色亮点及商务交易等情况,听取企业实际需求,鼓励企业用好用足进博会这一高水平开放平台,深入拓展新的业务,积极寻求新的发展机遇。"},
				{Kind: article.BlockParagraph, Text: "在消费品展区,肖文高一行先后走进爱茉莉太平洋和乔山健康科技展台,参观了解展台设计、产品展示、新品发布等情况,了解企业目前经营情况和实际需求。在汽车及智慧出行展区,肖文高一行先后参观了上海国际汽车城境外展团、国际汽车文化体验区、沃尔沃汽车、大众集团(保时捷)展台。肖文高同企业负责人深入交流,对参展企业长期以来为推动嘉定经济社会高质量发展作出的积极贡献表示感谢。他鼓励企业在进博会舞台上充分展示最新产品和企业综合实力,积极寻求新的发展机遇,希望企业坚定发展信心、持续扎根嘉定,共享进博发展机遇,共赢美好未来。嘉定区将一如既往地支持企业发展,当好金牌“店小二”,用更优的营商环境和企业同频共振、同向而行。"},
				{Kind: article.BlockSubhead, Text: "国际“朋友圈”再扩容"},
				{Kind: article.BlockParagraph, Text: "11月8日,在第八届中国国际进口博览会举办期间,“投资嘉定 相约进博”2025嘉定区招商推介会在国家会展中心(上海)举行。本次活动推动14个优质项目落地,涵盖智能网联汽车、人工智能、生物医药等前沿领域,为区域产业发展注入了新动能,也向全球展示了嘉定链接国际的开放活力与产业魅力。"},
				{Kind: article.BlockParagraph, Text: "企业为何纷纷“家”定嘉定?答案藏在高效的营商环境里。“从项目接洽伊始,区里就指派专人与我们持续对接,为我们提"},
			},
			ContinuedOn: "2",
			Line:        4,
		}, {
			Kind: article.KindArticle,
			Headlines: []article.Headline{
				{Role: article.RoleKicker, Text: "2025年嘉昆太协同创新核心圈轮值会议在嘉定举行"},
				{Role: article.RoleTitle, Text: "共同开启核心圈建设新征程"},
			},
			Dateline: "本报讯",
			Body: []article.Block{
				{Kind: article.BlockParagraph, Text: "11月5日,以“擘画一体化跨域协同新图景 共蓄高质量沪苏合作新动能”为主题的2025年嘉昆太协同创新核心圈轮值会议在嘉定举行。会议总结7年来三地合作成效,共同谋划“十五五”时期发展方向,推动核心圈建设向更深层次、更广领域迈进。"},
				{Kind: article.BlockParagraph, Text: "长三角区域合作办公室常务副主任、上海市发展改革委副主任、市发展改革研究院院长张忠伟出席会议并致辞。嘉定区委书记肖文高致辞,并和嘉定区领导高香,昆山市领导陈丽艳、范建青,太仓市领导徐华东等共同开启核心圈建设新征程。"},
				{Kind: article.BlockParagraph, Text: "张忠伟在致辞中表示,嘉昆太协同创新要放大乘数效应、产生化学反应、有计划推进,进一步发挥好长三角一体化对国家高质量发展“动力源”和“压舱石”的支撑作用,探索长三角都市圈同城化,强化完善统筹推进机制,形成更多协同发展的生动实践和鲜活经验。"},
				{Kind: article.BlockParagraph, Text: "肖文高在致辞中表示,面向“十五五”,将立足嘉定所能、着眼三地所需,与昆山、太仓一起,更好将核心圈打造成为长三角更高质量一体化发展的示范标杆,携手把嘉昆太打造成为长三角强劲活力增长极的“极中极”,使嘉昆太真正成为三地市民的“美好生活圈”。"},
				{Kind: article.BlockParagraph, Text: "今年是“十四五”规划收官之年,也是嘉昆太协同创新核心圈建设7周年。现场播放的《述说嘉昆太 携手启新程》视频,全面回顾展示了2018年以来三地在协同发展方面取得的显著成就。截至2024年底,嘉昆太三地生产总值突破1万亿元,规上工业总产值超过2万亿元,高新技术企业集聚数量超过7200家。站在新起点,嘉昆太三地将进一步携手,将核心圈打造成为“长三角毗邻合作标杆区”“沪苏同城化发展先行区”“‘十五五’科创协同试验区”。"},
				{Kind: article.BlockParagraph, Text: "活动中,《嘉昆太协同创新核心圈建设实践创新案例集》发布。一批重磅创新项目实现“双向奔赴”:成立“嘉昆太科技创新联盟”“嘉昆太体育赛事联盟”“嘉昆太医保经办服务体验中心”,启动“嘉昆太消费市场繁荣共推战略合作”“嘉昆太政务服务资源融合赋能合作”“‘行走江南’嘉昆太文脉传承联动工程”,签署“‘规划无界 发展同心’嘉昆太毗邻区国土空间规划协同研究”等3项合作协议。"},
				{Kind: article.BlockParagraph, Text: "活动特邀华东师范大学城市发展研究院院长、区域经济学终身教授、人文地理学和区域经济学博士生导师曾刚围绕“科技创新与产业创新深度融合”主题作主旨演讲。"},
			},
			Authors: []article.Author{{Name: "俞超", Role: article.RoleWriter}},
			Line:    34,
		}, {
			Kind: article.KindPhoto,
			Body: []article.Block{
				{Kind: article.BlockParagraph, Text: "本届进博会上,嘉定首次在“汽车及智慧出行展区”设立“嘉定企业集中展示区”,全方位展示区内9家企业的创新成果,系统推介嘉定在汽车产业生态方面的综合优势。"},
			},
			Authors: []article.Author{{Name: "徐宸逸", Role: article.RolePhotographer}},
			Line:    58,
		}, {
			Kind: article.KindArticle,
			Headlines: []article.Headline{
				{Role: article.RoleKicker, Text: "坚持以改革创新精神,引领推动全区高质量发展"},
				{Role: article.RoleTitle, Text: "区委中心组举行专题学习会"},
			},
			Dateline: "本报讯",
			Body: []article.Block{
				{Kind: article.BlockParagraph, Text: "11月6日,嘉定区委中心组举行“全面深化改革 推动城市发展”专题学习(扩大)会。区委书记肖文高主持会议并强调,要深入学习贯彻习近平总书记关于全面深化改革的一系列新思想、新观点、新论断,深入学习宣传贯彻党的二十届四中全会精神,坚持以改革创新精神,引领推动全区高质量发展。"},
				{Kind: article.BlockParagraph, Text: "肖文高指出,全区上下要坚持深学细悟,增强改革创新行动自觉,加速冲过“转型之坎”、加快建成现代化新型城市;要坚持革故鼎新,激活改革创新根本动力,做到目标导向和问题导向相结合、系统集成和突出重点相结合、为了人民和依靠人民相结合,切实用好全面深化改革的科学方法论;要坚持党的领导,营造改革创新良好氛围,进一步提高党的领导改革的能力水平,营造浓厚改革氛围,充分激发各级党员干部抓改革、促发展的内生动力。"},
				{Kind: article.BlockParagraph, Text: "会议邀请中国工程院院士、中国建材集团首席科学家、科技委主任,中国建材国际工程集团有限公司首席科学家彭寿作专题辅导报告。"},
				{Kind: article.BlockParagraph, Text: "区领导连正华、杨莉、吴杰等出席会议。副区长季倩倩、区政协副主席周芳珍作交流发言。"},
			},
			Authors: []article.Author{{Name: "李华成", Role: article.RoleWriter}},
			Line:    62,
		}},
	}
}

// sampleZone is the paper's zone in the tests: fixed, so no test depends on
// the machine's zone database.
var sampleZone = time.FixedZone("CST", 8*60*60)

// sampleConfig is the Config the golden files are rendered with.
func sampleConfig() Config {
	return Config{
		Title:       "嘉定报",
		Description: "嘉定报 第1版 要闻",
		BaseURL:     "https://news.example.org/paper/",
		Lang:        "zh-CN",
		Location:    sampleZone,
		Limit:       50,
	}
}

// sampleItems returns the sample page's pieces as Items, with the ids the
// article package gives them. Every piece is published at the page's date;
// the second was corrected a day later.
func sampleItems(t testing.TB) []Item {
	t.Helper()
	pg := samplePage()
	ids := pg.IDs()
	published := pg.Date.In(sampleZone)
	items := make([]Item, len(pg.Pieces))
	for i, p := range pg.Pieces {
		items[i] = Item{
			ID:         ids[i],
			Piece:      p,
			PageDate:   pg.Date,
			PageNumber: pg.Number,
			PageName:   pg.Name,
			Published:  published,
			Updated:    published,
		}
	}
	items[1].Updated = time.Date(2025, time.November, 11, 9, 30, 0, 0, sampleZone)
	return items
}
