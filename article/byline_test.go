package article

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseCredit(t *testing.T) {
	w := func(name string, role Role) Author { return Author{Name: name, Role: role} }
	tests := []struct {
		name   string
		in     string
		want   []Author
		lead   bool
		wantOK bool
	}{
		{"撰稿", "撰稿 俞超", []Author{w("俞超", RoleWriter)}, false, true},
		// The desk signs as the staff, who wrote it, and the wires, its source.
		{"desk sign-off", "— Staff reports", []Author{w("Staff", RoleWriter)}, false, true},
		{"desk sign-off, one report", "— Staff report", []Author{w("Staff", RoleWriter)}, false, true},
		{"desk sign-off after a hyphen", "- From staff reports", []Author{w("Staff", RoleWriter)}, false, true},
		{"desk sign-off in capitals", "— STAFF REPORTS", []Author{w("Staff", RoleWriter)}, false, true},
		{"wire services sign-off", "— From wire services", []Author{w("Wire services", RoleAuthor)}, false, true},
		{"a hyphen before a name is a list item", "- Jane Doe", nil, false, false},
		{"a hyphen before a sentence", "- From staff reports and interviews", nil, false, false},
		{"staff in a sentence", "Staff reports are due on Friday", nil, false, false},
		{"agency alone", "The Associated Press", []Author{w("The Associated Press", RoleAuthor)}, true, true},
		{"wire credit with cities", "(Reporting by Jane Doe in San Francisco; Editing by Peter Lang)",
			[]Author{{Name: "Jane Doe", Role: RoleReporter, About: "San Francisco"}, w("Peter Lang", RoleEditor)}, false, true},
		{"additional reporting", "(Additional reporting by Ravi Kumar in Mumbai; Editing by Peter Lang)",
			[]Author{{Name: "Ravi Kumar", Role: RoleReporter, About: "Mumbai"}, w("Peter Lang", RoleEditor)}, false, true},
		{"desk alone", "From staff and wire reports", []Author{w("Staff", RoleWriter), w("Wire reports", RoleAuthor)}, true, true},
		{"an agency in a sentence", "The Associated Press reported", nil, false, false},
		{"wire sign-off", "-- From wire reports", []Author{w("Wire reports", RoleAuthor)}, false, true},
		{"board sign-off", "— The Tribune Editorial Board", []Author{w("The Tribune Editorial Board", RoleWriter)}, false, true},
		{"letter sign-off", "— Denise Farrow, Lakeshore", []Author{{Name: "Denise Farrow", Role: RoleWriter, About: "Lakeshore"}}, false, true},
		{"a dash before a sentence", "— The council voted. It passed.", nil, false, false},
		// The editorial board signs the paper's editorials, after a dash or a
		// hyphen; after a hyphen a name alone is a list item.
		{"board after a hyphen", "- The Courier editorial board", []Author{w("The Courier editorial board", RoleWriter)}, false, true},
		{"board in capitals after a dash", "— THE COURIER EDITORIAL BOARD", []Author{w("THE COURIER EDITORIAL BOARD", RoleWriter)}, false, true},
		{"the editors after a hyphen", "- The Editors", []Author{w("The Editors", RoleWriter)}, false, true},
		{"the board alone", "- Editorial board", []Author{w("Editorial board", RoleWriter)}, false, true},
		{"editors alone is a list item", "- editors", nil, false, false},
		{"a list item about editors", "- Meet the editors", nil, false, false},
		{"a sentence about the board", "- The board met. The editorial board", nil, false, false},
		{"a word that ends like editors", "- Creditors", nil, false, false},
		// After a hyphen "editors" signs only after the paper's name: the
		// last item of a list is capitalised too.
		{"former editors after a hyphen is a list item", "- Former editors", nil, false, false},
		{"student editors after a hyphen", "- Student Editors", nil, false, false},
		{"a desk's editors after a hyphen", "- Local News Editors", nil, false, false},
		{"a paper's editors after a hyphen", "- The Courier Editors", []Author{w("The Courier Editors", RoleWriter)}, false, true},
		{"editors after a dash", "— Senior Editors", []Author{w("Senior Editors", RoleWriter)}, false, true},
		// The paper's staff signs by the paper's name.
		{"a paper's staff after a hyphen", "- Ledger staff", []Author{w("Ledger staff", RoleWriter)}, false, true},
		{"a paper's staff after a dash", "— Gazette staff", []Author{w("Gazette staff", RoleWriter)}, false, true},
		{"the paper's staff", "- The Carrow Ledger staff", []Author{w("The Carrow Ledger staff", RoleWriter)}, false, true},
		{"a paper's staff report", "— Gazette staff report", []Author{w("Gazette staff", RoleWriter)}, false, true},
		{"a paper's staff and the wires", "- Ledger staff and wire reports",
			[]Author{w("Ledger staff", RoleWriter), w("Wire reports", RoleAuthor)}, false, true},
		{"staff and wires after a hyphen", "- Staff and wire reports", []Author{w("Staff", RoleWriter), w("Wire reports", RoleAuthor)}, false, true},
		{"a paper's staff with no dash", "Ledger staff", nil, false, false},
		{"staff in lower case", "- the staff", nil, false, false},
		{"a word that begins like staff", "- Ledger staffing", nil, false, false},
		{"staff of someone", "— Staff of the Ledger", nil, false, false},
		{"staff in a sentence after a dash", "— Ledger staff. Call us.", nil, false, false},
		{"a small paper's staff", "— The Daily Star staff", []Author{w("The Daily Star staff", RoleWriter)}, false, true},
		// Other staffs sign cards and notes quoted in a story: the paper's
		// staff signs by a newspaper's word.
		{"a hospital's staff", "- Hospital staff", nil, false, false},
		{"a hospital's staff after a dash", "— Carver Regional staff", nil, false, false},
		{"a library's staff", "— Library staff", nil, false, false},
		{"a school's staff report", "— Lincoln Elementary staff report", nil, false, false},
		{"a dash before lower case", "— and then it rained", nil, false, false},
		{"a Chinese deck", "——记社区文化志愿者", nil, false, false},
		{"文/图 before the name", "文/图 张三", []Author{w("张三", RoleWriter), w("张三", RolePhotographer)}, false, true},
		{"文/图 after the name", "张三 文/图", []Author{w("张三", RoleWriter), w("张三", RolePhotographer)}, false, true},
		{"two labels for one name", "文/图 本报记者 韩雪", []Author{w("韩雪", RoleReporter), w("韩雪", RolePhotographer)}, true, true},
		{"a mark and a name", "□ 李文博", []Author{w("李文博", RoleWriter)}, true, true},
		{"a mark and two names", "◎ 林青 陈墨", []Author{w("林青", RoleWriter), w("陈墨", RoleWriter)}, true, true},
		{"a mark and a column name", "■ 简讯", nil, false, false},
		// A mark sets section labels above briefs too: no person.
		{"a mark and a section label", "■部门快讯", nil, false, false},
		{"a mark and a section of four", "■区域动态", nil, false, false},
		{"a mark and a news section", "■社会新闻", nil, false, false},
		{"a mark and a short column", "◆ 基层视点", nil, false, false},
		{"a mark and a compound surname", "□ 欧阳晓峰", []Author{w("欧阳晓峰", RoleWriter)}, true, true},
		// A box's label glued to its mark is no pen name.
		{"a box's label after a mark", "■数读", nil, false, false},
		{"a box's label, spaced", "■ 背景", nil, false, false},
		{"voices after a mark", "■声音", nil, false, false},
		{"a pen name set apart from the mark", "□ 晓岚", []Author{w("晓岚", RoleWriter)}, true, true},
		{"a name glued to the mark", "■陈思远", []Author{w("陈思远", RoleWriter)}, true, true},
		{"a mark and a name of three", "■ 陈思远", []Author{w("陈思远", RoleWriter)}, true, true},
		// 题图: the picture heading a page or a piece.
		{"题图 X", "题图 邓一鸣", []Author{w("邓一鸣", RoleGraphics)}, false, true},
		{"题图/X", "题图/邓一鸣", []Author{w("邓一鸣", RoleGraphics)}, false, true},
		{"题图：X", "题图：邓一鸣", []Author{w("邓一鸣", RoleGraphics)}, false, true},
		{"文/X and 题图 Y", "文/卢若溪 题图/邓一鸣", []Author{w("卢若溪", RoleWriter), w("邓一鸣", RoleGraphics)}, false, true},
		{"题图 glued to a word", "题图说明", nil, false, false},
		{"题图 in a heading", "题图设计大赛揭晓", nil, false, false},
		// 校对: the proofreader, a page's credit like its editors.
		{"校对 X", "校对 赵明", []Author{w("赵明", RoleProofreader)}, false, true},
		{"editors and a proofreader", "责任编辑 刘敏 校对 赵明", []Author{w("刘敏", RoleEditor), w("赵明", RoleProofreader)}, false, true},
		{"校对 glued to a word", "校对工作", nil, false, false},
		// A signature naming where the writer works or lives.
		{"a bare name in brackets", "（孙蕾）", []Author{w("孙蕾", RoleReporter)}, false, true},
		{"two bare names in brackets", "（孙蕾 陈思）", []Author{w("孙蕾", RoleReporter), w("陈思", RoleReporter)}, false, true},
		{"an alias in brackets", "（化名）", nil, false, false},
		{"a weekday in brackets", "（周六）", nil, false, false},
		{"a person in the story in brackets", "（王女士）", nil, false, false},
		{"a bare name with no brackets", "孙蕾", nil, false, false},
		{"an agency's reporter and a second label keep the agency", "新华社记者 摄影 王强",
			[]Author{{Name: "王强", Role: RolePhotographer, About: "新华社"}, {Name: "王强", Role: RoleReporter, About: "新华社"}}, false, true},
		{"a neighbourhood and a name", "（东湖街道 芮思远）", []Author{{Name: "芮思远", Role: RoleWriter, About: "东湖街道"}}, false, true},
		{"a school and a name", "（区实验小学 王芳）", []Author{{Name: "王芳", Role: RoleWriter, About: "区实验小学"}}, false, true},
		{"a neighbourhood and a weekday", "（东湖街道 周六）", nil, false, false},
		{"two places", "（东湖街道 杏花社区）", nil, false, false},
		{"an office that supplied the brief", "（区政协办）", []Author{{Name: "区政协办", Role: RoleAuthor}}, false, true},
		{"an office in round brackets", "(区市场监管局)", []Author{{Name: "区市场监管局", Role: RoleAuthor}}, false, true},
		{"a district is a place, not a source", "（黄浦区）", nil, false, false},
		// Short names of offices, companies and schools are sources too.
		{"a company's short name", "（青溪水务）", []Author{{Name: "青溪水务", Role: RoleAuthor}}, false, true},
		{"an office's short name", "（区城管）", []Author{{Name: "区城管", Role: RoleAuthor}}, false, true},
		{"a youth league committee", "（团区委）", []Author{{Name: "团区委", Role: RoleAuthor}}, false, true},
		{"the media centre's desk", "（融媒）", []Author{{Name: "融媒", Role: RoleAuthor}}, false, true},
		{"a school by number", "（三中）", []Author{{Name: "三中", Role: RoleAuthor}}, false, true},
		{"a school by town and number", "（青溪十一中）", []Author{{Name: "青溪十一中", Role: RoleAuthor}}, false, true},
		{"an attached school", "（师大附小）", []Author{{Name: "师大附小", Role: RoleAuthor}}, false, true},
		{"a neighbourhood is a place", "（东湖街道）", nil, false, false},
		{"a picture note", "（上图）", nil, false, false},
		{"a place in a picture", "（左一）", nil, false, false},
		{"a row in a picture", "（前排中）", nil, false, false},
		{"a school level", "（初中）", nil, false, false},
		{"a surname before a number", "（王一中）", []Author{w("王一中", RoleReporter)}, false, true},
		// A Q&A column's answerer: the person, with the unit as About.
		{"an answering lawyer and her firm", "（答疑律师：浙江青川律师事务所 聂晓雯）",
			[]Author{{Name: "聂晓雯", Role: RoleAuthor, About: "浙江青川律师事务所"}}, false, true},
		{"an answer from an office", "(解答：区人社局 龚雪)", []Author{{Name: "龚雪", Role: RoleAuthor, About: "区人社局"}}, false, true},
		{"an answering judge", "（释疑法官 聂晓雯）", []Author{{Name: "聂晓雯", Role: RoleAuthor, About: "法官"}}, false, true},
		{"the trade before the word", "律师解答：聂晓雯", []Author{{Name: "聂晓雯", Role: RoleAuthor, About: "律师"}}, false, true},
		{"an office answers alone", "（解答：区人社局）", []Author{{Name: "区人社局", Role: RoleAuthor}}, false, true},
		{"answering glued to its object", "（解答群众疑问）", nil, false, false},
		{"a sentence about answers", "（答疑律师：聂晓雯表示同意）", nil, false, false},
		{"a reader who asks", "（读者 龚先生）", nil, false, false},
		{"an answer to no name", "（解答：详见下期）", nil, false, false},
		{"a time and a name", "（下午3点 王芳）", nil, false, false},
		{"a place and a name outside brackets", "东湖街道 芮思远", nil, false, false},
		// The paper before "photo by" is the photographer's affiliation.
		{"paper photo by", "Sentinel photo by Carla Mendez",
			[]Author{{Name: "Carla Mendez", Role: RolePhotographer, About: "Sentinel"}}, false, true},
		{"paper staff photo by", "Courier staff photo by Nina Alvarez",
			[]Author{{Name: "Nina Alvarez", Role: RolePhotographer, About: "Courier"}}, false, true},
		{"paper of two words, photos by two", "Times Union photos by Ann Lee and Bo Park",
			[]Author{{Name: "Ann Lee", Role: RolePhotographer, About: "Times Union"}, {Name: "Bo Park", Role: RolePhotographer, About: "Times Union"}}, false, true},
		{"file photo by", "File photo by Carla Mendez", []Author{w("Carla Mendez", RolePhotographer)}, false, true},
		{"capitals", "SENTINEL PHOTO BY CARLA MENDEZ",
			[]Author{{Name: "CARLA MENDEZ", Role: RolePhotographer, About: "SENTINEL"}}, false, true},
		{"a sentence before the paper", "Trail. Sentinel photo by Carla Mendez", nil, false, false},
		{"a sentence on a photo", "He took the photo by Carla Mendez", nil, false, false},
		{"a photo by a place", "Sentinel photo by the river", nil, false, false},
		{"two papers for one picture", "Sentinel photo by Carla Mendez | The Ledger", nil, false, false},
		{"the photo by", "the photo by Carla Mendez", nil, false, false},
		{"The paper photo by", "The Sentinel photo by Carla Mendez",
			[]Author{{Name: "Carla Mendez", Role: RolePhotographer, About: "The Sentinel"}}, false, true},
		{"a word of a sentence before photo by", "staff Courier photo by Carla Mendez", nil, false, false},
		{"a name with no mark or label", "李文博", nil, false, false},
		{"撰稿 with colon", "撰稿：俞超", []Author{w("俞超", RoleWriter)}, false, true},
		{"bracketed reporter", "(记者 孙佳)", []Author{w("孙佳", RoleReporter)}, true, true},
		{"full-width brackets, no space", "（记者孙佳）", []Author{w("孙佳", RoleReporter)}, true, true},
		{"reporter and correspondent", "（记者 孙佳 通讯员 邵磊）",
			[]Author{w("孙佳", RoleReporter), w("邵磊", RoleCorrespondent)}, true, true},
		{"本报记者 two names", "本报记者 许可 实习生 潘悦",
			[]Author{w("许可", RoleReporter), w("潘悦", RoleReporter)}, true, true},
		{"names with 、", "记者 张三、李四", []Author{w("张三", RoleReporter), w("李四", RoleReporter)}, true, true},
		{"记者 X 摄", "记者 许可 摄", []Author{w("许可", RolePhotographer)}, false, true},
		{"bracketed 记者 X 摄", "（记者 许可 摄）", []Author{w("许可", RolePhotographer)}, false, true},
		{"摄影 X", "摄影 徐宸逸", []Author{w("徐宸逸", RolePhotographer)}, false, true},
		{"X/摄", "张伟/摄", []Author{w("张伟", RolePhotographer)}, false, true},
		{"X 摄", "张伟 摄", []Author{w("张伟", RolePhotographer)}, false, true},
		{"X摄 glued", "（张伟摄）", []Author{w("张伟", RolePhotographer)}, false, true},
		{"制图", "制图：吴思源", []Author{w("吴思源", RoleGraphics)}, false, true},
		{"文/X", "文/李可欣", []Author{w("李可欣", RoleWriter)}, false, true},
		{"文 X 图 Y", "文 张帆 图 刘洋", []Author{w("张帆", RoleWriter), w("刘洋", RolePhotographer)}, false, true},
		{"文图", "文图/赵磊", []Author{w("赵磊", RoleWriter), w("赵磊", RolePhotographer)}, false, true},
		{"记者 X 报道", "记者 林涛 报道", []Author{w("林涛", RoleReporter)}, true, true},
		{"agency before label", "新华社记者 王五", []Author{{Name: "王五", Role: RoleReporter, About: "新华社"}}, true, true},
		{"bullet before byline", "□本报记者 陈思远", []Author{w("陈思远", RoleReporter)}, true, true},
		{"name with a middle dot", "记者 阿依古丽·买买提", []Author{w("阿依古丽·买买提", RoleReporter)}, true, true},
		{"editors", "责任编辑 刘敏 版式设计 张楠", []Author{w("刘敏", RoleEditor), w("张楠", RoleDesigner)}, false, true},
		{"By caps", "By JANE MORRISON", []Author{w("JANE MORRISON", RoleReporter)}, true, true},
		{"By two names and agency", "By PAUL HENDRICKS and AMY CHEN, Associated Press",
			[]Author{{Name: "PAUL HENDRICKS", Role: RoleReporter, About: "Associated Press"},
				{Name: "AMY CHEN", Role: RoleReporter, About: "Associated Press"}}, true, true},
		{"Photo by", "Photo by Daniel Reyes/The Riverside Herald",
			[]Author{{Name: "Daniel Reyes", Role: RolePhotographer, About: "The Riverside Herald"}}, false, true},
		{"caption credit", "JOHN DOE/AP", []Author{{Name: "JOHN DOE", Role: RolePhotographer, About: "AP"}}, false, true},
		{"Graphic by", "Graphic by Sam Okafor", []Author{w("Sam Okafor", RoleGraphics)}, false, true},
		// A couple shares the family name printed once.
		{"a couple", "By Diane and Peter Kozlowski", []Author{w("Diane Kozlowski", RoleReporter), w("Peter Kozlowski", RoleReporter)}, true, true},
		{"a couple in capitals", "By DIANE AND PETER KOZLOWSKI",
			[]Author{w("DIANE KOZLOWSKI", RoleReporter), w("PETER KOZLOWSKI", RoleReporter)}, true, true},
		{"a couple with a middle name", "By Diane and Peter James Kozlowski",
			[]Author{w("Diane Kozlowski", RoleReporter), w("Peter James Kozlowski", RoleReporter)}, true, true},
		{"a couple with a particle", "By Anna and Piet van Dijk", []Author{w("Anna van Dijk", RoleReporter), w("Piet van Dijk", RoleReporter)}, true, true},
		{"two full names", "By Jane Doe and John Roe", []Author{w("Jane Doe", RoleReporter), w("John Roe", RoleReporter)}, true, true},
		{"a given name before a comma", "By Diane, Peter Kozlowski", []Author{w("Diane", RoleReporter), w("Peter Kozlowski", RoleReporter)}, true, true},
		{"a couple with a suffix", "By Diane and Peter Kozlowski Jr.", []Author{w("Diane", RoleReporter), w("Peter Kozlowski Jr.", RoleReporter)}, true, true},
		// Padded names: 周 敏 is 周敏.
		{"padded name after 记者", "记者 周 敏", []Author{w("周敏", RoleReporter)}, true, true},
		{"padded name with U+3000", "（记者 王　芳）", []Author{w("王芳", RoleReporter)}, true, true},
		{"padded name after 撰稿", "撰稿 钱 程", []Author{w("钱程", RoleWriter)}, false, true},
		{"padded name after 文/", "文/王　芳", []Author{w("王芳", RoleWriter)}, false, true},
		{"OCR-spaced three characters", "本报记者 陆 晓 峰", []Author{w("陆晓峰", RoleReporter)}, true, true},
		{"padded name after a mark", "□ 江 岚", []Author{w("江岚", RoleWriter)}, true, true},
		{"four padded characters are two names", "记者 周 敏 王 芳",
			[]Author{w("周敏", RoleReporter), w("王芳", RoleReporter)}, true, true},
		{"padded name before 摄", "记者 周 敏 摄", []Author{w("周敏", RolePhotographer)}, false, true},
		{"two padded names before 摄", "记者 韩 雪 常 乐 摄",
			[]Author{w("韩雪", RolePhotographer), w("常乐", RolePhotographer)}, false, true},
		{"padded and plain names", "记者 张伟 周 敏", []Author{w("张伟", RoleReporter), w("周敏", RoleReporter)}, true, true},
		// Names, then their labels.
		{"X/文 Y/摄", "顾晓/文　蒋涛/摄", []Author{w("顾晓", RoleWriter), w("蒋涛", RolePhotographer)}, false, true},
		{"X 文 Y 摄", "顾晓 文　蒋涛 摄", []Author{w("顾晓", RoleWriter), w("蒋涛", RolePhotographer)}, false, true},
		{"文/摄 after a byline", "本报记者 魏来 文/摄", []Author{w("魏来", RoleWriter), w("魏来", RolePhotographer)}, false, true},
		// Roles.
		// A function label and a job title name one person once: a
		// reporter writes; a correspondent who took the picture is its
		// photographer.
		{"文/本报记者 X 图/本报记者 Y", "文/本报记者 苏婉清　图/本报记者 孙浩",
			[]Author{w("苏婉清", RoleReporter), w("孙浩", RolePhotographer)}, true, true},
		{"文/记者 X 图/通讯员 Y", "文/记者 邹明轩 图/通讯员 黎安",
			[]Author{w("邹明轩", RoleReporter), w("黎安", RolePhotographer)}, true, true},
		{"文/通讯员 X", "文/通讯员 黎安", []Author{w("黎安", RoleCorrespondent)}, true, true},
		{"图/本报记者 X alone", "图/本报记者 孙浩", []Author{w("孙浩", RolePhotographer)}, true, true},
		{"文/图 and a job title keep both functions", "文/图 通讯员 黎安",
			[]Author{w("黎安", RoleCorrespondent), w("黎安", RolePhotographer)}, true, true},
		{"a closing 摄 holds for every name", "记者 王一凡 实习生 李响 摄",
			[]Author{w("王一凡", RolePhotographer), w("李响", RolePhotographer)}, false, true},
		{"a closing 摄 in brackets", "（记者 孙佳 通讯员 邵磊 摄）",
			[]Author{w("孙佳", RolePhotographer), w("邵磊", RolePhotographer)}, false, true},
		{"each name its own label", "记者 孙佳 摄影 邵磊", []Author{w("孙佳", RoleReporter), w("邵磊", RolePhotographer)}, false, true},
		// A paper's own voice.
		{"本报评论员", "本报评论员", []Author{w("本报评论员", RoleWriter)}, true, true},
		{"本报特约评论员", "本报特约评论员", []Author{w("本报特约评论员", RoleWriter)}, true, true},
		{"an agency's commentator", "新华社评论员", []Author{w("新华社评论员", RoleWriter)}, true, true},
		{"a paper's commentator", "□ 临江日报评论员", []Author{w("临江日报评论员", RoleWriter)}, true, true},
		{"本报编辑部", "本报编辑部", []Author{w("本报编辑部", RoleWriter)}, true, true},
		{"评论员 and a name", "评论员 何 平", []Author{w("何平", RoleWriter)}, true, true},
		// Sources.
		{"an office supplied it", "（区气象台供稿）", []Author{w("区气象台", RoleAuthor)}, false, true},
		{"an office, then 供稿", "□ 区体育局 供稿", []Author{w("区体育局", RoleAuthor)}, false, true},
		{"供稿 and a colon", "供稿：临江区司法局", []Author{w("临江区司法局", RoleAuthor)}, false, true},
		// 提供: an office that supplied the text is its source; whoever
		// supplied the pictures is their photographer.
		{"an office provided it", "（区气象台提供）", []Author{w("区气象台", RoleAuthor)}, false, true},
		{"provided by an office", "（由区气象台提供）", []Author{w("区气象台", RoleAuthor)}, false, true},
		{"a service centre provided it", "(区农贸市场管理服务中心提供)", []Author{w("区农贸市场管理服务中心", RoleAuthor)}, false, true},
		{"a wholesale market provided it", "（区农产品批发市场提供）", []Author{w("区农产品批发市场", RoleAuthor)}, false, true},
		{"a farmers' market provided it", "（城东农贸市场提供）", []Author{w("城东农贸市场", RoleAuthor)}, false, true},
		{"the job market provided it", "（区人力资源市场提供）", []Author{w("区人力资源市场", RoleAuthor)}, false, true},
		{"a market of a trade provides nothing", "（房地产市场提供）", nil, false, false},
		{"a market of a kind provides nothing", "（消费市场提供）", nil, false, false},
		{"a market with no name provides nothing", "（批发市场提供）", nil, false, false},
		{"two offices provided it", "（区气象台、区水利局提供）", []Author{w("区气象台", RoleAuthor), w("区水利局", RoleAuthor)}, false, true},
		{"pictures an office provided", "（图片由区综合行政执法局提供）", []Author{w("区综合行政执法局", RolePhotographer)}, false, true},
		{"photos a town provided", "照片由东湖镇提供", []Author{w("东湖镇", RolePhotographer)}, false, true},
		{"a picture a person provided", "（图片由李明提供）", []Author{w("李明", RolePhotographer)}, false, true},
		{"provided for free", "（免费提供）", nil, false, false},
		{"a word that is no office", "（政府提供）", nil, false, false},
		{"a person in the story provided it", "（王女士提供）", nil, false, false},
		// An office's short name after a surname and one character is a
		// given name: 卫健, 民政 name people as well as offices.
		{"a given name that ends like an office", "（李卫健）", []Author{w("李卫健", RoleReporter)}, false, true},
		{"another given name like an office", "（张民政）", []Author{w("张民政", RoleReporter)}, false, true},
		{"a compound surname and an office's word", "（欧阳民政）", []Author{w("欧阳民政", RoleReporter)}, false, true},
		{"the district's office", "（区卫健）", []Author{w("区卫健", RoleAuthor)}, false, true},
		{"the city's police", "（市公安）", []Author{w("市公安", RoleAuthor)}, false, true},
		{"an office alone", "（消防）", []Author{w("消防", RoleAuthor)}, false, true},
		{"a town's water company", "（青溪水务）", []Author{w("青溪水务", RoleAuthor)}, false, true},
		// A pen name signs in brackets; words in brackets do not.
		{"a pen name in brackets", "（文萱）", []Author{w("文萱", RoleReporter)}, false, true},
		{"a given name in brackets", "(晓岚)", []Author{w("晓岚", RoleReporter)}, false, true},
		{"to be decided", "（暂定）", nil, false, false},
		{"a dynasty pair in brackets", "（明清）", nil, false, false},
		{"a university's short name", "（清华）", nil, false, false},
		{"the weather in brackets", "（雨雪）", nil, false, false},
		{"free of charge", "（免费）", nil, false, false},
		{"reprinted", "（转载）", nil, false, false},
		{"a time of day", "（上午）", nil, false, false},
		{"weekly", "（每周）", nil, false, false},
		{"recommended", "（推荐）", nil, false, false},
		{"pictures a reader provided", "（图片由读者提供）", []Author{w("读者", RolePhotographer)}, false, true},
		{"pictures the interviewee provided", "（图片由受访者提供）", []Author{w("受访者", RolePhotographer)}, false, true},
		{"photos the writer provided", "照片由作者提供", []Author{w("作者", RolePhotographer)}, false, true},
		{"pictures the family provided", "（图片由家属提供）", []Author{w("家属", RolePhotographer)}, false, true},
		{"the interviewee provided, no picture", "（受访者提供）", nil, false, false},
		{"a party in a sentence", "（资料由受访者提供）", nil, false, false},
		{"a picture party and a word", "（图片由受访者家中提供）", nil, false, false},
		{"data provided: a sentence", "（数据由区统计局提供）", nil, false, false},
		{"provided in a sentence", "区气象台将为市民提供", nil, false, false},
		{"bare names before a label in brackets", "（黄迪 本报记者 李明）",
			[]Author{w("黄迪", RoleReporter), w("李明", RoleReporter)}, false, true},
		// Not credits.
		{"a single ideograph is no name", "记者 周", nil, false, false},
		{"a spaced heading after 文", "文 化 生 活", nil, false, false},
		{"a spaced heading after 图", "图 说 天 下", nil, false, false},
		{"a spaced heading after a mark", "□ 春 夏 秋 冬", nil, false, false},
		{"five padded characters", "记者 张 三 李 四 王", nil, false, false},
		{"a name left without a label", "顾晓/文 蒋涛", nil, false, false},
		{"bare names outside brackets", "黄迪 本报记者 李明", nil, false, false},
		{"评论员 glued to a word", "评论员文章", nil, false, false},
		{"a heading on commentators", "评论员队伍建设", nil, false, false},
		{"a desk of no paper", "城市评论员", nil, false, false},
		{"供稿 in a sentence", "请于周五前供稿", nil, false, false},
		{"an office's reminder signs a box", "区应急管理局提醒", []Author{w("区应急管理局", RoleAuthor)}, false, true},
		{"an office's kind reminder in brackets", "（区消防救援大队温馨提醒）", []Author{w("区消防救援大队", RoleAuthor)}, false, true},
		{"a reminder of a person", "妈妈的提醒", nil, false, false},
		{"a reminder in a clause", "请市民注意防范诈骗提醒", nil, false, false},
		{"the police's reminder names no office", "警方提醒", nil, false, false},
		{"a place's reminder", "东湖街道提醒", nil, false, false},
		{"a reminder over its words", "区应急管理局提醒：外出注意安全", nil, false, false},
		{"供稿 opening a word", "供稿单位", nil, false, false},
		{"a column heading", "记者手记", nil, false, false},
		{"a heading that starts with a label", "编辑部来信", nil, false, false},
		{"label without names", "（记者）", nil, false, false},
		{"a sentence", "记者了解到，今年以来全区新增企业。", nil, false, false},
		{"a long run of ideographs", "撰稿人员在会议上作了发言", nil, false, false},
		{"English subhead", "By the numbers", nil, false, false},
		{"English title case words", "By The Numbers", nil, false, false},
		{"names without a role", "张三 李四", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := parseCredit(tt.in)
			if ok != tt.wantOK {
				t.Fatalf("parseCredit(%q) ok = %v, want %v (got %+v)", tt.in, ok, tt.wantOK, c)
			}
			if !ok {
				return
			}
			if !reflect.DeepEqual(c.authors, tt.want) || c.lead != tt.lead {
				t.Errorf("parseCredit(%q) = %+v lead %v, want %+v lead %v", tt.in, c.authors, c.lead, tt.want, tt.lead)
			}
		})
	}
}

// TestPaddedNameValues checks that a padded name is recorded as printed,
// so that the credit's text accounts for it, and named without the padding.
func TestPaddedNameValues(t *testing.T) {
	c, ok := parseCredit("本报讯（记者 周 敏）"[len("本报讯"):])
	if !ok || len(c.values) != 1 || c.values[0] != "周 敏" || c.authors[0].Name != "周敏" {
		t.Errorf("parseCredit(（记者 周 敏）) = %+v, %v, want value %q, name %q", c, ok, "周 敏", "周敏")
	}
}

// TestDeskByline checks that a paper's own voice is the author of the piece
// under whose headline it stands, above or below, never a headline line.
func TestDeskByline(t *testing.T) {
	tests := []struct{ name, in string }{
		{"under the headline", "把蓝图变为现实\n\n本报评论员\n\n区委全会擘画了蓝图。\n\n落实，要有担当。\n"},
		{"under a headline and deck", "把蓝图变为现实\n——写在区委全会闭幕之际\n本报评论员\n区委全会擘画了蓝图。\n"},
		{"over the headline", "本报评论员\n把蓝图变为现实\n\n区委全会擘画了蓝图。\n\n落实，要有担当。\n"},
		{"over the headline, after a story", "上一篇标题\n\n本报讯 上一篇写完了。\n\n本报评论员\n把蓝图变为现实\n\n区委全会擘画了蓝图。\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			pc := pg.Pieces[len(pg.Pieces)-1]
			want := []Author{{Name: "本报评论员", Role: RoleWriter}}
			if pc.Title() != "把蓝图变为现实" || !reflect.DeepEqual(pc.Authors, want) {
				t.Errorf("parseText(%q) last piece = title %q, authors %+v; want %q, %+v", tt.in, pc.Title(), pc.Authors, "把蓝图变为现实", want)
			}
			if len(pg.Pieces) > 1 && len(pg.Pieces[0].Authors) > 0 {
				t.Errorf("parseText(%q) first piece authors = %+v, want none", tt.in, pg.Pieces[0].Authors)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

// TestBylineOverHeadline checks where a byline standing between two
// stories goes: to the headline it hugs, or to the story it hugs.
func TestBylineOverHeadline(t *testing.T) {
	tests := []struct {
		name, in    string
		first, last []Author
	}{
		{"hugs the headline below", "甲标题\n\n本报讯 甲事写完了。\n\n本报记者 陆 晓 峰\n乙标题\n\n乙事开始了。\n",
			nil, []Author{{Name: "陆晓峰", Role: RoleReporter}}},
		{"hugs the story above", "甲标题\n\n本报讯 甲事写完了。\n本报记者 陆 晓 峰\n\n乙标题\n\n乙事开始了。\n",
			[]Author{{Name: "陆晓峰", Role: RoleReporter}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) != 2 {
				t.Fatalf("parseText(%q) pieces = %q, want 2", tt.in, shapeOf(pg))
			}
			if !reflect.DeepEqual(pg.Pieces[0].Authors, tt.first) || !reflect.DeepEqual(pg.Pieces[1].Authors, tt.last) {
				t.Errorf("parseText(%q) authors = %+v, %+v; want %+v, %+v", tt.in, pg.Pieces[0].Authors, pg.Pieces[1].Authors, tt.first, tt.last)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

func TestAuthorNote(t *testing.T) {
	c, ok := parseCredit("（作者为上海大学城市规划专业教师）")
	if !ok || c.note != "上海大学城市规划专业教师" || len(c.authors) != 0 {
		t.Errorf("parseCredit(作者为…) = %+v, %v, want note 上海大学城市规划专业教师", c, ok)
	}
}

func TestCutTrailingCredit(t *testing.T) {
	tests := []struct {
		name, in, rest, credit string
	}{
		{"after a space", "主题作主旨演讲。 撰稿 俞超", "主题作主旨演讲。", "撰稿 俞超"},
		{"glued to the stop", "作交流发言。撰稿 李华成", "作交流发言。", "撰稿 李华成"},
		{"bracketed", "拨打120急救电话。（记者 孙佳）", "拨打120急救电话。", "（记者 孙佳）"},
		{"two roles", "配套道路问题。 文 张帆 图 刘洋", "配套道路问题。", "文 张帆 图 刘洋"},
		{"caption without a stop", "市民在公园里休闲 记者 张三 摄", "市民在公园里休闲", "记者 张三 摄"},
		{"English photo credit", "near the overpass on Saturday. Photo by Daniel Reyes/The Riverside Herald",
			"near the overpass on Saturday.", "Photo by Daniel Reyes/The Riverside Herald"},
		{"padded name", "经营糕团店三十多年的张师傅说。撰稿 钱 程", "经营糕团店三十多年的张师傅说。", "撰稿 钱 程"},
		{"padded name in brackets", "拨打120急救电话。（记者 王 芳）", "拨打120急救电话。", "（记者 王 芳）"},
		{"names then labels", "项目总投资5亿元。 顾晓/文 蒋涛/摄", "项目总投资5亿元。", "顾晓/文 蒋涛/摄"},
		{"a bare name in brackets", "200余名居民受益。（孙蕾）", "200余名居民受益。", "（孙蕾）"},
		{"two bare names", "200余名居民受益。 （孙蕾 陈思）", "200余名居民受益。", "（孙蕾 陈思）"},
		{"a padded bare name", "200余名居民受益。（孙 蕾）", "200余名居民受益。", "（孙 蕾）"},
		{"a compound surname", "受到好评。（欧阳晓峰）", "受到好评。", "（欧阳晓峰）"},
		{"a bare name before a byline", "项目总投资5亿元。 （黄迪 本报记者 李明）", "项目总投资5亿元。", "（黄迪 本报记者 李明）"},
		{"a source", "居民表示满意。 （区气象台供稿）", "居民表示满意。", "（区气象台供稿）"},
		{"an office provided it", "未来三天以阴雨天气为主。（区气象台提供）", "未来三天以阴雨天气为主。", "（区气象台提供）"},
		{"provided, glued to a phrase", "活动所需器材（区体育局提供）", "活动所需器材（区体育局提供）", ""},
		{"pictures provided, under a caption", "共清理违停车辆1300余辆。(图片由区综合行政执法局提供)",
			"共清理违停车辆1300余辆。", "(图片由区综合行政执法局提供)"},
		{"pictures provided, a caption with no stop", "市民在公园赏花（图片由区文旅局提供）", "市民在公园赏花", "（图片由区文旅局提供）"},
		{"no credit", "会议听取和审议了有关报告。", "会议听取和审议了有关报告。", ""},
		{"an alias in brackets", "她说起了往事。（化名）", "她说起了往事。（化名）", ""},
		{"see the picture", "现场秩序井然。（见图）", "现场秩序井然。（见图）", ""},
		{"a nickname", "居民王晓东找到了工作。（下称小王）", "居民王晓东找到了工作。（下称小王）", ""},
		{"a weekday", "活动在社区广场举行。（周六）", "活动在社区广场举行。（周六）", ""},
		{"a person in the story", "她终于拿回了欠款。（王女士）", "她终于拿回了欠款。（王女士）", ""},
		{"an anonymised name", "法院依法作出判决。（张某）", "法院依法作出判决。（张某）", ""},
		{"a place", "项目位于老城区。（黄浦区）", "项目位于老城区。（黄浦区）", ""},
		{"a sub-district signs the brief it supplied", "服务点已覆盖15个小区。（鹭洲街道）", "服务点已覆盖15个小区。", "（鹭洲街道）"},
		{"a town signs after a closing quote", "老滕说：“心里踏实。”（柳塘镇）", "老滕说：“心里踏实。”", "（柳塘镇）"},
		{"a township signs", "发放种子2000余斤。(东岭乡)", "发放种子2000余斤。", "(东岭乡)"},
		{"a residents' community signs", "参加活动的居民有80余人。（杏花社区）", "参加活动的居民有80余人。", "（杏花社区）"},
		{"a town in a sentence", "项目落户在柳塘镇（东湖村）", "项目落户在柳塘镇（东湖村）", ""},
		{"a town with no sentence before", "本次活动的主办方（柳塘镇）", "本次活动的主办方（柳塘镇）", ""},
		{"a county is a place", "项目位于山区。（青溪县）", "项目位于山区。（青溪县）", ""},
		{"a village is a place", "游客络绎不绝。（白沙村）", "游客络绎不绝。（白沙村）", ""},
		{"an old town is a place", "游客络绎不绝。（江南古镇）", "游客络绎不绝。（江南古镇）", ""},
		{"a home town is a place", "他一直惦记着家乡。（故乡）", "他一直惦记着家乡。（故乡）", ""},
		{"a land of plenty is a place", "这是城里难得的田园风光。（鱼米之乡）", "这是城里难得的田园风光。（鱼米之乡）", ""},
		{"a kind of community is no signature", "居民参与热情高涨。（示范社区）", "居民参与热情高涨。（示范社区）", ""},
		{"this sub-district is no signature", "服务点已覆盖15个小区。（本街道）", "服务点已覆盖15个小区。（本街道）", ""},
		{"a town named new signs", "发放种子2000余斤。（新桥镇）", "发放种子2000余斤。", "（新桥镇）"},
		{"an online course is no name", "同学们反响热烈。（慕课）", "同学们反响热烈。（慕课）", ""},
		{"a unit is no name", "频率为50。（赫兹）", "频率为50。（赫兹）", ""},
		{"a fur is no name", "展会吸引了大批客商。（裘皮）", "展会吸引了大批客商。（裘皮）", ""},
		{"a city of three characters is no name", "展会吸引了大批客商。（慕尼黑）", "展会吸引了大批客商。（慕尼黑）", ""},
		{"a thinker of a rarer surname is no name", "孩子们齐声诵读。（荀子）", "孩子们齐声诵读。（荀子）", ""},
		{"a rarer surname and a man's given name", "112名职工参加了比拼。（赖建国）", "112名职工参加了比拼。", "（赖建国）"},
		{"a name of a rarer surname", "112名职工参加了比拼。（杭晓月）", "112名职工参加了比拼。", "（杭晓月）"},
		{"a city of a surname's character", "展会吸引了大批客商。（杭州）", "展会吸引了大批客商。（杭州）", ""},
		{"a city's byname", "展会吸引了大批客商。（杭城）", "展会吸引了大批客商。（杭城）", ""},
		{"an office signs the brief", "全区开展食品安全检查。（区市场监管局）", "全区开展食品安全检查。", "（区市场监管局）"},
		{"a market signs the prices it supplied", "大白菜每斤1.3元。（区农产品批发市场）", "大白菜每斤1.3元。", "（区农产品批发市场）"},
		{"a kind of market is no signature", "成交量连续三个月回升。（房地产市场）", "成交量连续三个月回升。（房地产市场）", ""},
		{"a market in a sentence", "节日期间人气旺的是（消费市场）", "节日期间人气旺的是（消费市场）", ""},
		{"a company's short name signs", "请居民提前储水。咨询电话：8663 2110。（青溪水务）", "请居民提前储水。咨询电话：8663 2110。", "（青溪水务）"},
		{"a school signs", "获奖项目87项。（三中）", "获奖项目87项。", "（三中）"},
		{"a school in a list", "获奖学校有一中、二中（三中）", "获奖学校有一中、二中（三中）", ""},
		{"an answerer closes the answer", "出租人应当全额退还押金。（答疑律师：浙江青川律师事务所 聂晓雯）",
			"出租人应当全额退还押金。", "（答疑律师：浙江青川律师事务所 聂晓雯）"},
		{"an answerer with no sentence before", "请看专家解答（解答：区人社局 龚雪）", "请看专家解答（解答：区人社局 龚雪）", ""},
		{"a name in a sentence", "会议由区长主持（孙蕾）", "会议由区长主持（孙蕾）", ""},
		{"a word of no surname", "连载到此结束。（待续）", "连载到此结束。（待续）", ""},
		{"a sentence about a reporter", "他把材料交给了记者。", "他把材料交给了记者。", ""},
		{"names without a label", "出席会议的有 张三 李四", "出席会议的有 张三 李四", ""},
		{"credit inside the text", "撰稿 俞超 在会上发言。", "撰稿 俞超 在会上发言。", ""},
		// A service field closes a notice as a sentence does.
		{"a bare name after a phone number", "延长至晚上8点。咨询电话：88621234 （梁言）",
			"延长至晚上8点。咨询电话：88621234", "（梁言）"},
		{"a bare name after an address", "欢迎市民前往。地址：东湖路18号（梁言）", "欢迎市民前往。地址：东湖路18号", "（梁言）"},
		{"a field alone", "咨询电话：88621234（梁言）", "咨询电话：88621234", "（梁言）"},
		{"a number in a sentence", "他的电话是88621234（梁言）", "他的电话是88621234（梁言）", ""},
		{"a field of a list", "咨询电话：88621234，联系人：王女士（梁言）", "咨询电话：88621234，联系人：王女士（梁言）", ""},
		{"a label of no field", "活动主题：快乐暑假（梁言）", "活动主题：快乐暑假（梁言）", ""},
		{"a signature with a place", "希望改革再快一些。（东湖街道 芮思远）", "希望改革再快一些。", "（东湖街道 芮思远）"},
		{"a place and a name in a sentence", "居民代表发言（东湖街道 芮思远）", "居民代表发言（东湖街道 芮思远）", ""},
		{"a place and a name in a list", "记者获悉，一等奖得主（东湖街道 芮思远）", "记者获悉，一等奖得主（东湖街道 芮思远）", ""},
		{"a paper's photo credit", "along the Millrace Trail. Sentinel photo by Carla Mendez",
			"along the Millrace Trail.", "Sentinel photo by Carla Mendez"},
		{"a paper's photo credit with no sentence before it", "along the Millrace Trail Sentinel photo by Carla Mendez",
			"along the Millrace Trail Sentinel", "photo by Carla Mendez"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, ct, _, ok := cutTrailingCredit(tt.in)
			if rest != tt.rest || ct != tt.credit || ok != (tt.credit != "") {
				t.Errorf("cutTrailingCredit(%q) = %q, %q, %v, want %q, %q", tt.in, rest, ct, ok, tt.rest, tt.credit)
			}
		})
	}
}

// TestLabelStart checks that labelStart, the quick test before matchLabel,
// knows the first character of every credit label and no other.
func TestLabelStart(t *testing.T) {
	for _, l := range creditLabels {
		if !labelStart(l.first) {
			t.Errorf("labelStart(%q) = false, want true: it opens the label %q", l.first, l.text)
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if _, ok := labelsByFirst[r]; labelStart(r) && !ok {
			t.Errorf("labelStart(%q) = true, but no credit label opens with it", r)
		}
	}
}

func TestNameEnds(t *testing.T) {
	tests := []struct {
		name, fn string
		in       string
		want     bool
	}{
		{"an office supplies", "isOrgName", "临江区司法局", true},
		{"a town's government supplies", "isOrgName", "东湖镇人民政府", true},
		{"a neighbourhood supplies", "isOrgName", "东湖街道", true},
		{"a company supplies", "isOrgName", "青溪供电公司", true},
		{"a person supplies nothing by the name's end", "isOrgName", "陆晓峰", false},
		{"a county is no office", "isOrgName", "青溪县", false},
		{"a wholesale market supplies", "isOrgName", "区农产品批发市场", true},
		{"a street market supplies", "isOrgName", "北门菜市场", true},
		{"the housing market is no office", "isOrgName", "房地产市场", false},
		{"consumer spending is no office", "isOrgName", "消费市场", false},
		{"a market with no name is no office", "isOrgName", "菜市场", false},
		{"a phrase about a market is no office", "isOrgName", "城里的菜市场", false},
		{"a square is no office", "isOrgName", "城东广场", false},
		{"a person's name", "bareName", "陆晓峰", true},
		{"a town is no name", "bareName", "马陆镇", false},
		{"a road is no name", "bareName", "张江路", false},
		{"an office is no name", "bareName", "司法局", false},
		{"a paper is no name", "bareName", "青年报", false},
		{"a family is no name", "bareName", "王氏", false},
		{"a periodical may be a bare name", "bareName", "李周刊", true},
		{"a name of a rarer surname", "bareName", "杭晓月", true},
		{"a two-character name of a rarer surname is too like a word", "bareName", "裘岚", false},
		{"a rarer surname's word is no name", "bareName", "慕课", false},
		{"a rarer surname's unit is no name", "bareName", "赫兹", false},
		{"a rarer surname's dress is no name", "bareName", "戎装", false},
		{"a rarer surname's city is no name", "bareName", "慕尼黑", false},
		{"a rarer surname's island city is no name", "bareName", "檀香山", false},
		{"a rarer surname's cuisine is no name", "bareName", "杭帮菜", false},
		{"a compound surname opening with a rarer one", "bareName", "慕容雪", true},
		{"a common surname keeps two characters", "bareName", "孙蕾", true},
		{"a town signs", "townName", "柳塘镇", true},
		{"a town named new signs", "townName", "新桥镇", true},
		{"a town named old signs", "townName", "老港镇", true},
		{"a community signs", "townName", "杏花社区", true},
		{"a sub-district signs", "townName", "鹭洲街道", true},
		{"a land of plenty is no town", "townName", "鱼米之乡", false},
		{"a land of calligraphy is no town", "townName", "书法之乡", false},
		{"a model community is no town", "townName", "示范社区", false},
		{"a county's model community is no town", "townName", "省级示范社区", false},
		{"an old estate is no town", "townName", "老旧社区", false},
		{"a new community is no town", "townName", "新社区", false},
		{"this community is no town", "townName", "本社区", false},
		{"this sub-district is no town", "townName", "本街道", false},
		{"the sub-district is no town", "townName", "该街道", false},
		{"every town is no town", "townName", "全区各乡镇", false},
		{"a civilised town is no town", "townName", "全国文明镇", false},
		{"a resettlement community is no town", "townName", "拆迁安置社区", false},
		{"a community of a phrase is no town", "townName", "城里的社区", false},
		{"an old town is no town", "townName", "江南古镇", false},
		{"a county is no town", "townName", "青溪县", false},
		{"another rarer surname", "bareName", "邰文华", true},
		{"a city is no name", "bareName", "杭州", false},
		{"a city's byname is no name", "bareName", "杭城", false},
		{"an older city is no name", "bareName", "苏州", false},
		{"a word opening like a family name is no name", "bareName", "关注", false},
		{"a note opening like a family name is no name", "bareName", "来稿", false},
		{"a poem's title opening like a family name is no name", "bareName", "海风", false},
		{"a lead name", "leadName", "陆晓峰", true},
		{"a lead name opening like a word", "leadName", "常乐", true},
		{"an event is no lead name", "leadName", "王书节", false},
		{"a town is no lead name", "leadName", "马陆镇", false},
		{"a periodical is no lead name", "leadName", "李周刊", false},
		{"an event opening like a word is no lead name", "leadName", "常乐节", false},
		{"an office signs a brief", "isOrgSource", "区市场监管局", true},
		{"a short office name signs a brief", "isOrgSource", "青溪水务", true},
		{"a school's short name signs a brief", "isOrgSource", "青溪三中", true},
		{"a place signs no brief", "isOrgSource", "东湖街道", false},
		{"a market signs a price list", "isOrgSource", "区农产品批发市场", true},
		{"a person signs as a reporter", "isOrgSource", "陆晓峰", false},
		{"a place is a place", "orgOrPlace", "黄浦区", true},
		{"a county is a place", "orgOrPlace", "青溪县", true},
		{"a person is neither", "orgOrPlace", "陆晓峰", false},
	}
	tested := map[string]func(string) bool{"isOrgName": isOrgName, "bareName": bareName, "leadName": leadName,
		"isOrgSource": isOrgSource, "orgOrPlace": orgOrPlace, "townName": townName}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tested[tt.fn](tt.in); got != tt.want {
				t.Errorf("%s(%q) = %v, want %v", tt.fn, tt.in, got, tt.want)
			}
		})
	}
}

func TestContactLine(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"an e-mail address", "hliu@caldergazette.com", true},
		{"a labelled e-mail address", "Email: hliu@caldergazette.com", true},
		{"a handle", "@hannahliu", true},
		{"a labelled handle", "Twitter: @hannah_liu", true},
		{"a phone number", "555-0148", true},
		{"a phone number with its area code", "(555) 555-0148", true},
		{"an address and a phone number", "hliu@caldergazette.com | 555-0148", true},
		{"a phone number and an extension", "Phone: 555-555-0148, ext. 214", true},
		{"a sentence with an address", "Write to hliu@caldergazette.com with tips.", false},
		{"a staff title", "Staff Writer", false},
		{"a year", "2026", false},
		{"a short number", "555", false},
		{"a time", "@ 5 p.m.", false},
		{"Chinese text", "邮箱：hliu@caldergazette.com", false},
		{"an address without a host", "hliu@gazette", false},
		{"a full-width number", "Phone: ５５５-０１４８", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contactLine(tt.in); got != tt.want {
				t.Errorf("contactLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPhoneNumber(t *testing.T) {
	tests := []struct {
		name, in      string
		wide          bool
		digits        int
		grouped, want bool
	}{
		{"a grouped number", "555-0148", false, 7, true, true},
		{"dotted groups", "555.123.4567", false, 10, true, true},
		{"an area code", "(555)", false, 3, false, true},
		{"a country code", "+1", false, 1, false, true},
		{"a word", "ext.", false, 0, false, false},
		{"full-width digits in English", "５５５", false, 0, false, false},
		{"a slash in English", "555/0148", false, 0, false, false},
		{"a Chinese number", "0571-86012345", true, 12, true, true},
		{"full-width digits", "０５７１－８６０１２３４５", true, 12, false, true},
		{"a list of numbers", "86012345、86012346", true, 16, false, true},
		{"no dot in a Chinese number", "86.01", true, 0, false, false},
		{"a masked number", "8768××××", true, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			digits, grouped, ok := phoneNumber(tt.in, tt.wide)
			if digits != tt.digits || grouped != tt.grouped || ok != tt.want {
				t.Errorf("phoneNumber(%q, %v) = %d, %v, %v, want %d, %v, %v",
					tt.in, tt.wide, digits, grouped, ok, tt.digits, tt.grouped, tt.want)
			}
		})
	}
}

func TestContactSignoff(t *testing.T) {
	tests := []struct {
		name, in     string
		who, contact string
		wantOK       bool
	}{
		{"can be reached", "Hannah Liu can be reached at hliu@caldergazette.com or 555-0148.",
			"Hannah Liu", "hliu@caldergazette.com or 555-0148", true},
		{"reach", "Reach Hannah Liu at 555-0148.", "Hannah Liu", "555-0148", true},
		{"contact", "Contact Ray Dunmore at rdunmore@caldergazette.com.", "Ray Dunmore", "rdunmore@caldergazette.com", true},
		{"a sentence of the story", "Residents can be reached at home by the city's alert system.", "", "", false},
		{"a phone number in a sentence", "Contact the library at 555-0190 for details.", "", "", false},
		{"no full stop", "Hannah Liu can be reached at hliu@caldergazette.com", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			who, contact, ok := contactSignoff(tt.in)
			if who != tt.who || contact != tt.contact || ok != tt.wantOK {
				t.Errorf("contactSignoff(%q) = %q, %q, %v; want %q, %q, %v", tt.in, who, contact, ok, tt.who, tt.contact, tt.wantOK)
			}
		})
	}
}

func TestBylineContact(t *testing.T) {
	const story = "CALDER FALLS — The market will open May 2 on Front Street, organizers said Monday.\n"
	tests := []struct {
		name, in string
		authors  []Author
		body     []string
	}{
		{"an address under the byline", "Market moves downtown\n\nBy Hannah Liu\nhliu@caldergazette.com\n\n" + story,
			[]Author{{Name: "Hannah Liu", Role: RoleReporter, Contact: "hliu@caldergazette.com"}},
			[]string{"The market will open May 2 on Front Street, organizers said Monday."}},
		{"a title, an address and a handle", "Market moves downtown\n\nBy Hannah Liu\nStaff Writer\nhliu@caldergazette.com\nTwitter: @hliu\n\nThe market will open May 2.\n",
			[]Author{{Name: "Hannah Liu", Role: RoleReporter, About: "Staff Writer", Contact: "hliu@caldergazette.com Twitter: @hliu"}},
			[]string{"The market will open May 2."}},
		{"two writers, two addresses", "Market moves downtown\n\nBy Hannah Liu and Ray Dunmore\nhliu@caldergazette.com\nrdunmore@caldergazette.com\n\n" + story,
			[]Author{{Name: "Hannah Liu", Role: RoleReporter, Contact: "hliu@caldergazette.com"}, {Name: "Ray Dunmore", Role: RoleReporter, Contact: "rdunmore@caldergazette.com"}},
			[]string{"The market will open May 2 on Front Street, organizers said Monday."}},
		{"a sign-off with the contact", "Market moves downtown\n\nBy Hannah Liu\n\n" + story + "\nHannah Liu can be reached at hliu@caldergazette.com or 555-0148.\n",
			[]Author{{Name: "Hannah Liu", Role: RoleReporter, Contact: "hliu@caldergazette.com or 555-0148"}},
			[]string{"The market will open May 2 on Front Street, organizers said Monday."}},
		{"a sign-off naming someone else stays", "Market moves downtown\n\nBy Hannah Liu\n\n" + story + "\nReach Ray Dunmore at 555-0148.\n",
			[]Author{{Name: "Hannah Liu", Role: RoleReporter}},
			[]string{"The market will open May 2 on Front Street, organizers said Monday.", "Reach Ray Dunmore at 555-0148."}},
		{"a phone number before the title", "Market moves downtown\n\nBy Hannah Liu\n555-0148\nStaff Writer\n\n" + story,
			[]Author{{Name: "Hannah Liu", Role: RoleReporter, About: "Staff Writer", Contact: "555-0148"}},
			[]string{"The market will open May 2 on Front Street, organizers said Monday."}},
		{"an address in the text stays", "Market moves downtown\n\nBy Hannah Liu\n\nVendors may apply at market@calderfalls.org.\n",
			[]Author{{Name: "Hannah Liu", Role: RoleReporter}},
			[]string{"Vendors may apply at market@calderfalls.org."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) != 1 {
				t.Fatalf("parseText(%q) pieces = %q, want 1", tt.in, shapeOf(pg))
			}
			pc := pg.Pieces[0]
			var body []string
			for _, b := range pc.Body {
				body = append(body, b.Text)
			}
			if !reflect.DeepEqual(pc.Authors, tt.authors) || !reflect.DeepEqual(body, tt.body) {
				t.Errorf("parseText(%q) = authors %+v, body %q; want %+v, %q", tt.in, pc.Authors, body, tt.authors, tt.body)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

// TestSignatureSources checks how a page credits what signs a piece with
// no personal byline: an office, a company or a school in brackets is the
// source (RoleAuthor), a Q&A column's answerer is the author with the unit
// as About, the desk's "Staff reports" is the staff; a place or a picture
// note in brackets signs nothing and stays text.
func TestSignatureSources(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Author // of the first piece
		kept     string   // a text the first piece's body must still hold
		gone     string   // a text cut from it
	}{
		{"a company's short name", "部分区域将停水\n\n本报讯 青溪水务公司定于3月21日暂停供水。请居民提前储水。（青溪水务）\n",
			[]Author{{Name: "青溪水务", Role: RoleAuthor}}, "", "（青溪水务）"},
		{"a school before its photo", "三中举办科技节\n\n本报讯 3月13日，青溪三中科技节开幕。（三中）\n\n3月13日，学生展示自制的垃圾分类箱。\n\n通讯员 沙琪 摄\n",
			[]Author{{Name: "三中", Role: RoleAuthor}}, "", "（三中）"},
		{"an office short name", "区里开展检查\n\n本报讯 3月13日，区城管开展专项整治。（区城管）\n",
			[]Author{{Name: "区城管", Role: RoleAuthor}}, "", "（区城管）"},
		{"a district", "项目开工\n\n本报讯 项目位于老城区。（黄浦区）\n", nil, "（黄浦区）", ""},
		{"a picture note", "现场\n\n本报讯 现场秩序井然。（上图）\n", nil, "（上图）", ""},
		{"an answering lawyer on a line", "律师说法\n\n押金不退怎么办\n\n问：房东拒绝退还押金。我该怎么办？（读者 龚先生）\n\n答：出租人应当全额退还押金。\n\n（答疑律师：浙江青川律师事务所 聂晓雯）\n",
			[]Author{{Name: "聂晓雯", Role: RoleAuthor, About: "浙江青川律师事务所"}}, "（读者 龚先生）", "答疑律师"},
		{"an answerer glued to the answer", "政策问答\n\n失业金怎么领\n\n问：失业金怎么领？\n\n答：可在网上办理。(解答：区人社局 龚雪)\n",
			[]Author{{Name: "龚雪", Role: RoleAuthor, About: "区人社局"}}, "", "解答"},
		// Before the next question the answer goes on: no piece ends there.
		{"an answerer before the next question", "政策问答\n\n失业金怎么领\n\n问：我上个月被公司辞退了。想问一下失业金应该怎么领取？\n\n答：可以在网上办理失业登记，审核通过后按月发放。（释疑法官 聂晓雯）\n\n问：我已经找到了新工作。还能继续领取失业金吗？\n\n答：不能，应当停止领取。\n",
			nil, "（释疑法官 聂晓雯）", ""},
		{"the desk signs", "Council OKs park\n\nThe council voted on Tuesday to build a park.\n\n— Staff reports\n",
			[]Author{{Name: "Staff", Role: RoleWriter}}, "", "Staff"},
		{"the desk signs after a hyphen", "Council OKs park\n\nThe council voted on Tuesday to build a park.\n\n- From staff reports\n",
			[]Author{{Name: "Staff", Role: RoleWriter}}, "", "Staff"},
		{"the paper's staff signs", "Library to close\n\nThe library will close for two weeks.\n\n- Ledger staff\n",
			[]Author{{Name: "Ledger staff", Role: RoleWriter}}, "", "Ledger staff"},
		// Another staff signs a card the story quotes; the story goes on.
		{"a hospital's staff signs a card", "Nurses thank town\n\nHARLOW - Restaurants fed the night shift for two weeks.\n\n\"You kept us going.\"\n\n- Hospital staff\n\nThe diner's owner said the card made her cry.\n",
			nil, "Hospital staff", ""},
		{"a hospital's staff after a dash", "Nurses thank town\n\nHARLOW - Restaurants fed the night shift for two weeks.\n\n\"You kept us going.\"\n— Carver Regional staff\n\nThe diner's owner said the card made her cry.\n",
			nil, "The diner's owner", ""},
		// The last item of a list is no sign-off, whatever it says.
		{"the last item of a hyphen list", "Board names superintendent\n\nThe committee that picked her included:\n\n- Parents\n- Teachers\n- Former editors\n\nLopez starts July 1.\n",
			nil, "Former editors", ""},
		{"the staff of a list", "Clinic opens\n\nThe clinic will be run by:\n\n- Hospital staff\n\nIt opens Monday.\n",
			nil, "Hospital staff", ""},
		{"staff last in a list", "Clinic opens\n\nVolunteers come from:\n- Carver Rotary\n- Ledger staff\n",
			nil, "Ledger staff", ""},
		// Given names that end like an office's short name.
		{"a given name like an office", "青溪区开展春季消防安全检查\n\n本报讯 4月8日，青溪区消防救援大队开展春季消防安全检查。（李卫健）\n",
			[]Author{{Name: "李卫健", Role: RoleReporter}}, "", "李卫健"},
		// Pictures the interviewee supplied credit the story, not a caption.
		{"pictures the interviewee supplied", "青溪老街的手艺人\n\n本报讯（记者 王明）72岁的竹编艺人李大爷已经坚守了50多年。\n\n李大爷说，希望有更多年轻人来学这门手艺。（图片由受访者提供）\n",
			[]Author{{Name: "王明", Role: RoleReporter}, {Name: "受访者", Role: RolePhotographer}}, "希望有更多年轻人来学这门手艺。", "受访者"},
		// A photo's caption stands beside a story: a piece may end before it.
		{"a sub-district before a photo's caption", "小修小补服务点进驻小区\n\n本报讯 服务点已覆盖15个小区。（鹭洲街道）\n\n9月14日，志愿者为居民免费检测血压。\n　　通讯员　米乐　摄\n",
			[]Author{{Name: "鹭洲街道", Role: RoleAuthor}}, "", "鹭洲街道"},
		{"a name before a caption with its credit under it", "社区课堂开课\n\n社区开设课堂，老人们很高兴。（孙蕾）\n\n9月14日，志愿者为居民检测血压。\n通讯员 米乐 摄\n",
			[]Author{{Name: "孙蕾", Role: RoleReporter}}, "", "孙蕾"},
		{"a name before a caption with its credit glued", "社区课堂开课\n\n社区开设课堂，老人们很高兴。（孙蕾）\n\n9月14日，志愿者为居民检测血压。　通讯员 米乐 摄\n",
			[]Author{{Name: "孙蕾", Role: RoleReporter}}, "", "孙蕾"},
		{"a sub-district before the story's next paragraph", "社区课堂开课\n\n社区开设课堂，老人们很高兴。（鹭洲街道）\n\n课堂每周开两次，欢迎居民报名。\n",
			nil, "（鹭洲街道）", ""},
		{"a name before a paragraph its writer took pictures for", "社区课堂开课\n\n社区开设课堂，老人们很高兴。（孙蕾）\n\n课堂每周开两次，欢迎居民报名。（本报记者 王明 文/图）\n",
			[]Author{{Name: "王明", Role: RoleWriter}, {Name: "王明", Role: RolePhotographer}}, "（孙蕾）", ""},
		{"a name before a paragraph with pictures supplied", "社区课堂开课\n\n社区开设课堂，老人们很高兴。（孙蕾）\n\n课堂每周开两次，欢迎居民报名。（图片由受访者提供）\n",
			[]Author{{Name: "受访者", Role: RolePhotographer}}, "（孙蕾）", ""},
		{"a place in a picture before a caption", "社区课堂开课\n\n本报讯 居民们在活动中合影留念。（左一）\n\n9月14日，志愿者为居民检测血压。\n通讯员 米乐 摄\n",
			nil, "（左一）", ""},
		// A box's label after a mark signs nothing.
		{"a box's label after a mark", "东澜营商环境再升级\n\n本报记者 陆铭远\n\n今年以来，我区推出32项改革举措。\n\n■数读\n\n32项 今年推出的改革举措\n",
			[]Author{{Name: "陆铭远", Role: RoleReporter}}, "数读", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) == 0 {
				t.Fatalf("parseText(%q) = no pieces", tt.in)
			}
			pc := pg.Pieces[0]
			if !reflect.DeepEqual(pc.Authors, tt.want) {
				t.Errorf("parseText(%q) authors = %+v, want %+v", tt.in, pc.Authors, tt.want)
			}
			var body strings.Builder
			for _, b := range pc.Body {
				body.WriteString(b.Text)
			}
			if tt.kept != "" && !strings.Contains(body.String(), tt.kept) {
				t.Errorf("parseText(%q) body = %q, want it to hold %q", tt.in, body.String(), tt.kept)
			}
			if tt.gone != "" && strings.Contains(body.String(), tt.gone) {
				t.Errorf("parseText(%q) body = %q, still holds %q", tt.in, body.String(), tt.gone)
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

// TestLetterHome checks the line under a letter writer's name: a town, or
// what the writer does and where, with the town last.
func TestLetterHome(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a town", "Harlow", true},
		{"a town and state", "Millbrook, Ohio", true},
		{"a job, a shop and a town", "Owner, Marchetti Hair Studio, Harlow", true},
		{"a job and a town", "Retired Teacher, Brenton", true},
		{"a sentence", "She lives in Harlow.", false},
		{"lower-case words", "owner of a shop, Harlow", false},
		{"no town last", "Owner, Marchetti Hair Studio, on Main", false},
		{"a headline with a colon", "Budget: Vote Set, Harlow", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := letterHome(tt.in); got != tt.want {
				t.Errorf("letterHome(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestShortHome checks the home lines read as a letter's signature under
// no blank line, and the headlines that are not.
func TestShortHome(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a town", "Carver", true},
		{"a town of two words", "East Millbrook", true},
		{"a town and state", "Millbrook, Ohio", true},
		{"a job, a shop and a town", "Owner, Marchetti Hair Studio, Harlow", true},
		{"a title-case headline", "Council Delays Vote", false},
		{"a long line", "President, Orchard Street Neighborhood Association, Millbrook", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortHome(tt.in); got != tt.want {
				t.Errorf("shortHome(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestNextItem checks that a name in brackets closing an item of a ●
// column of briefs signs that item alone, and an aside before a paragraph
// with no mark stays text.
func TestNextItem(t *testing.T) {
	tests := []struct {
		name, b, next string
		want          bool
	}{
		{"the same mark", "● 徒步大会将举行。（贺骁）", "● 游泳锦标赛落下帷幕。（林涛）", true},
		{"the mark glued", "●徒步大会将举行。（贺骁）", "●游泳馆检修。", true},
		{"another mark", "● 徒步大会将举行。（贺骁）", "■ 游泳馆检修。", false},
		{"no mark on the next", "● 徒步大会将举行。（贺骁）", "游泳馆检修。", false},
		{"no mark on the item", "徒步大会将举行。（贺骁）", "● 游泳馆检修。", false},
		{"numbered items", "1. 徒步大会将举行。（贺骁）", "2. 游泳锦标赛落下帷幕。（林涛）", true},
		{"numbered with a comma", "1、徒步大会将举行。（贺骁）", "2、游泳馆检修。", true},
		{"numbers in brackets", "（一）徒步大会将举行。（贺骁）", "（二）游泳馆检修。", true},
		{"circled numbers", "①徒步大会将举行。（贺骁）", "②游泳馆检修。", true},
		{"another numbering", "1. 徒步大会将举行。（贺骁）", "（二）游泳馆检修。", false},
		{"another separator", "1. 徒步大会将举行。（贺骁）", "2、游泳馆检修。", false},
		{"a number then a bullet", "1. 徒步大会将举行。（贺骁）", "● 游泳馆检修。", false},
		{"a year opening the next paragraph", "1. 徒步大会将举行。（贺骁）", "2026年游泳馆检修。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextItem(&block{text: tt.b}, &block{text: tt.next}); got != tt.want {
				t.Errorf("nextItem(%q, %q) = %v, want %v", tt.b, tt.next, got, tt.want)
			}
		})
	}
}

// TestSignedPieces checks who signs each piece of a page: briefs in a ●
// column each signed in brackets, hard-wrapped letters signed with a name
// and a home under no blank line, an editorial signed by the board, and a
// source line under a service box.
func TestSignedPieces(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]Author // by piece, in order
		titles   []string   // the first headline of each piece, "" for none
	}{
		{"briefs each signed in brackets",
			"简讯\n\n● 4月19日上午，全民健身徒步大会将在湿地公园举行。（贺骁）\n\n● 近日，青少年游泳锦标赛落下帷幕。（林涛）\n\n● 游泳馆将于4月20日起进行设备检修。\n",
			[][]Author{{{Name: "贺骁", Role: RoleReporter}}, {{Name: "林涛", Role: RoleReporter}}, nil}, nil},
		{"briefs signed, no blank lines",
			"简讯\n● 4月19日上午，全民健身徒步大会将在湿地公园举行。（贺骁）\n● 近日，青少年游泳锦标赛落下帷幕。（林涛）\n",
			[][]Author{{{Name: "贺骁", Role: RoleReporter}}, {{Name: "林涛", Role: RoleReporter}}}, nil},
		{"numbered briefs each signed in brackets",
			"简讯\n\n1. 青溪区开展春季消防安全检查，共排查整改隐患32处。（贺骁）\n2. 青溪区举办全民健身运动会，全区2000余名运动员参赛。（李华）\n3. 青溪区图书馆新增自助借还设备10台。（王明）\n",
			[][]Author{{{Name: "贺骁", Role: RoleReporter}}, {{Name: "李华", Role: RoleReporter}}, {{Name: "王明", Role: RoleReporter}}}, nil},
		{"the last signed item before another column's label",
			"简讯\n\n● 青溪区开展春季消防安全检查，共排查整改隐患32处。（贺骁）\n● 青溪区举办全民健身运动会，全区2000余名运动员参赛。（李华）\n\n馆讯\n\n区文化馆暑期少儿书法班即日起接受报名，授课地点为文化馆二楼。（免费）\n",
			[][]Author{{{Name: "贺骁", Role: RoleReporter}}, {{Name: "李华", Role: RoleReporter}}, nil}, nil},
		{"numbered points of one story keep their aside",
			"全区开展安全检查\n\n本报讯 近日，全区开展安全检查。\n\n1. 检查企业120家。（见附表）\n\n2. 整改隐患36处。\n",
			[][]Author{nil}, []string{"全区开展安全检查"}},
		{"points of one story keep their aside",
			"全区开展安全检查\n\n本报讯 近日，全区开展安全检查。\n\n● 检查企业120家。（见附表）\n\n● 整改隐患36处。\n",
			[][]Author{nil}, []string{"全区开展安全检查"}},
		{"hard-wrapped letters",
			"Library hours matter\n   I was sorry to read that the library will close at 5 p.m. on\nweeknights. Surely there is a way.\nRuth Anders\nHarlow\nThanks to the plow crews\n   A plow driver drove ahead of our ambulance all the way up\nRidge Road. We are grateful.\nDiane and Peter Kozlowski\nCarver\n",
			[][]Author{{{Name: "Ruth Anders", Role: RoleWriter, About: "Harlow"}},
				{{Name: "Diane Kozlowski", Role: RoleWriter, About: "Carver"}, {Name: "Peter Kozlowski", Role: RoleWriter, About: "Carver"}}},
			[]string{"Library hours matter", "Thanks to the plow crews"}},
		{"a headline group under no blank line is no signature",
			"Library hours matter\n   I was sorry to read that the library will close at 5 p.m. on\nweeknights. Surely there is a way.\nCity Hall\nCouncil Delays Vote\nThe bridge plan waits for a third time\nBy JANE DOE\n   The council put off the vote on Monday for the third time.\n",
			[][]Author{nil, {{Name: "JANE DOE", Role: RoleReporter}}}, []string{"Library hours matter", "City Hall"}},
		{"the board signs its editorial",
			"OUR VIEW\n\nFix the bridge now\n\nThe council should vote yes on Monday.\n\n- The Courier editorial board\n\nCORRECTION\n\nA story on Tuesday misstated the date of the plant sale.\n",
			[][]Author{{{Name: "The Courier editorial board", Role: RoleWriter}}, nil}, []string{"OUR VIEW", "CORRECTION"}},
		{"a source line under a service box",
			"本周菜价\n\n青菜3.5元/斤，菠菜5元/斤。与上周相比，叶菜类价格小幅下降。\n\n（区农贸市场管理服务中心提供）\n",
			[][]Author{{{Name: "区农贸市场管理服务中心", Role: RoleAuthor}}}, []string{"本周菜价"}},
		{"an office's reminder signs the box above the next story",
			"温馨提示\n\n中秋将至，请市民注意：燃气使用完毕后及时关闭阀门；外出赏月注意交通安全。\n\n区应急管理局提醒\n\n三条公交线路优化调整\n\n本报讯（记者 纪晨阳）区交通委决定，自9月20日起，对三条公交线路进行优化调整。\n",
			[][]Author{{{Name: "区应急管理局", Role: RoleAuthor}}, {{Name: "纪晨阳", Role: RoleReporter}}}, []string{"温馨提示", "三条公交线路优化调整"}},
		{"an office's reminder signs a box, no blank lines",
			"温馨提示\n中秋将至，请市民注意：燃气使用完毕后及时关闭阀门；外出赏月注意交通安全。\n区应急管理局提醒\n三条公交线路优化调整\n本报讯（记者 纪晨阳）区交通委决定，自9月20日起，对三条公交线路进行优化调整。\n",
			[][]Author{{{Name: "区应急管理局", Role: RoleAuthor}}, {{Name: "纪晨阳", Role: RoleReporter}}}, []string{"温馨提示", "三条公交线路优化调整"}},
		{"a reminder set on its headline is a kicker",
			"温馨提示\n\n中秋将至，请市民注意燃气安全。\n\n市消防救援支队提醒\n高温天气谨防电动车火灾\n\n本报讯（记者 纪晨阳）近日气温持续走高，电动车起火事故有所增加。\n",
			[][]Author{nil, {{Name: "纪晨阳", Role: RoleReporter}}}, []string{"温馨提示", "市消防救援支队提醒"}},
		{"a reminder over a headline at the top of the page",
			"市消防救援支队提醒\n\n高温天气谨防电动车火灾\n\n本报讯（记者 纪晨阳）近日气温持续走高，电动车起火事故有所增加。\n",
			[][]Author{{{Name: "纪晨阳", Role: RoleReporter}}}, []string{"市消防救援支队提醒"}},
		{"an office's reminder as a subhead in a reporter's story",
			"高温天气持续\n\n本报讯（记者 王明）连日来，我区持续高温，最高气温达38℃。\n\n高温下，户外作业人员需特别注意防暑。\n\n区疾控中心提醒\n\n市民应尽量避免在午后高温时段外出。\n\n区应急管理局温馨提醒\n\n居民要注意用电安全，电动车不要在楼道内充电。\n",
			[][]Author{{{Name: "王明", Role: RoleReporter}}}, []string{"高温天气持续"}},
		{"an office's reminder as a subhead of a notice",
			"温馨提示\n\n中秋将至，请市民注意燃气安全。\n\n区疾控中心提醒\n\n外出赏月注意交通安全。\n",
			[][]Author{nil, nil}, []string{"温馨提示", "区疾控中心提醒"}},
		{"a reminder over a headline after a reporter's story, no blank lines",
			"社区食堂开业\n本报讯（记者 王明）7月7日，杏花社区长者食堂正式开业。\n市消防救援支队提醒\n高温天气谨防电动车火灾\n本报讯（通讯员 李华）入夏以来，全市电动车火灾多发。\n",
			[][]Author{{{Name: "王明", Role: RoleReporter}}, {{Name: "李华", Role: RoleCorrespondent}}}, []string{"社区食堂开业", "市消防救援支队提醒"}},
		{"an office's reminder signs a notice at the end of the page, no blank lines",
			"温馨提示\n高温天气请注意防暑，外出时做好防晒措施。\n区卫健委提醒\n",
			[][]Author{{{Name: "区卫健委", Role: RoleAuthor}}}, []string{"温馨提示"}},
		{"an office's reminder signs a service box under a story at the foot of the page",
			"社区食堂开业\n本报讯（记者 王明）7月7日，杏花社区长者食堂正式开业。\n温馨提示\n高温天气请注意防暑。\n区卫健委提醒\n",
			[][]Author{{{Name: "王明", Role: RoleReporter}}, {{Name: "区卫健委", Role: RoleAuthor}}}, []string{"社区食堂开业", "温馨提示"}},
		{"briefs signed with pen names",
			"简讯\n\n●日前，区图书馆第九家分馆在云溪街道开放。（晓岚）\n\n●5月15日，区市场监管局开展食品安全检查。（林涛）\n",
			[][]Author{{{Name: "晓岚", Role: RoleReporter}}, {{Name: "林涛", Role: RoleReporter}}}, nil},
		{"a pen name under a label at the top of the page",
			"书讯\n　　由区作家协会编选的散文集《梅湾河畔》日前出版。全书收录散文56篇。（文萱）\n",
			[][]Author{{{Name: "文萱", Role: RoleReporter}}}, nil},
		{"a pen name in a story's paragraph is an aside",
			"梅湾河畔\n\n文/明川\n\n河边住着一位老人。（晓岚）\n\n他每天都去河边散步。\n",
			[][]Author{{{Name: "明川", Role: RoleWriter}}}, []string{"梅湾河畔"}},
		{"pictures provided under a caption",
			"4月15日，执法人员在临溪大道开展共享单车整治。（图片由区综合行政执法局提供）\n\n4月13日，区图书馆举办亲子阅读会。 通讯员　钟琳　摄\n",
			[][]Author{{{Name: "区综合行政执法局", Role: RolePhotographer}}, {{Name: "钟琳", Role: RolePhotographer}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg, cuts := parseText(tt.in)
			if len(pg.Pieces) != len(tt.want) {
				t.Fatalf("parseText(%q) = %d pieces, want %d: %+v", tt.in, len(pg.Pieces), len(tt.want), pg.Pieces)
			}
			for i, pc := range pg.Pieces {
				if len(pc.Authors) != 0 || len(tt.want[i]) != 0 {
					if !reflect.DeepEqual(pc.Authors, tt.want[i]) {
						t.Errorf("parseText(%q) piece %d authors = %+v, want %+v", tt.in, i, pc.Authors, tt.want[i])
					}
				}
				if tt.titles == nil {
					continue
				}
				got := ""
				if len(pc.Headlines) > 0 {
					got = pc.Headlines[0].Text
				}
				if got != tt.titles[i] {
					t.Errorf("parseText(%q) piece %d headline = %q, want %q", tt.in, i, got, tt.titles[i])
				}
			}
			if err := checkNothingLost(tt.in, pg, cuts); err != nil {
				t.Errorf("parseText(%q): %v", tt.in, err)
			}
		})
	}
}

func TestAuthorEmail(t *testing.T) {
	tests := []struct {
		name, contact, want string
	}{
		{"bare", "hliu@example.com", "hliu@example.com"},
		{"with phone", "pnandakumar@harborledger.com or 555-0177", "pnandakumar@harborledger.com"},
		{"phone first", "555-0177; jdoe@news.example.org.", "jdoe@news.example.org"},
		{"handle after", "moyelaran@harborledger.com Twitter: @moyelaran", "moyelaran@harborledger.com"},
		{"chinese label", "电子邮箱：wangming@jdrb.cn", "wangming@jdrb.cn"},
		{"in brackets", "（邮箱 li.hua+news@example.com）", "li.hua+news@example.com"},
		{"phone only", "555-0177", ""},
		{"handle only", "Twitter: @moyelaran", ""},
		{"no domain dot", "jdoe@localhost", ""},
		{"numeric tld", "jdoe@example.123", ""},
		{"two ats", "a@b@example.com", ""},
		{"markup", "<script>@example.com", ""},
		{"empty", "", ""},
		{"double dot", "a..b@example.com", ""},
		{"percent", "a%b@example.com", ""},
		{"fediverse account", "Mastodon: jdoe@mastodon.social", ""},
		{"account in a sentence", "Follow her on Mastodon at jdoe@mastodon.social", ""},
		{"a network, then the mailbox's label", "Twitter or email: jane@example.com", "jane@example.com"},
		{"an extension before the address", "555-0148 x 12 or hliu@example.com", "hliu@example.com"},
		{"local part too long", strings.Repeat("a", 65) + "@example.com", ""},
		{"domain label too long", "jdoe@" + strings.Repeat("b", 64) + ".com", ""},
		{"account then mailbox", "Mastodon: jdoe@mastodon.social, jdoe@example.org", "jdoe@example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (Author{Contact: tt.contact}).Email(); got != tt.want {
				t.Errorf("Author{Contact: %q}.Email() = %q, want %q", tt.contact, got, tt.want)
			}
		})
	}
}

func TestPenName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"文萱", true}, {"晓岚", true}, {"雨桐", true}, {"若溪", false}, {"明川", true}, {"秋瑾", true}, {"一鸣", false},
		// Words of the same characters: a period, a festival, a language,
		// a university, the weather, a forest, a blog post, tomorrow.
		{"明清", false}, {"清明", false}, {"文明", false}, {"英文", false}, {"清华", false}, {"雨雪", false},
		{"森林", false}, {"博文", false}, {"明晨", false}, {"凌晨", false}, {"晨曦", false}, {"波涛", false},
		// A family name, one character, too long, a note.
		{"林涛", false}, {"萱", false}, {"晓岚文萱", false}, {"免费", false},
	}
	for _, tt := range tests {
		if got := penName(tt.in); got != tt.want {
			t.Errorf("penName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
