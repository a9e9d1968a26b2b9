package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file decides what can be a heading line (a headline or a subhead) by
// its shape, and the roles of the lines of a headline group: kicker (引题),
// title (主题), subtitle (副题).

// Limits of a heading line.
const (
	maxHeadingRunes      = 48  // CJK
	maxHeadingWords      = 16  // alphabetic text
	maxHeadingLatinRunes = 110 // alphabetic text
	maxSoftRunes         = 40  // CJK heading ending with … ? !
	maxSoftWords         = 14
	maxColonKickerWords  = 5 // alphabetic text ending with a colon
)

// shape is how a text looks on its own.
type shape uint8

const (
	shapeBody    shape = iota // a paragraph
	shapeHeading              // a heading line: short, no sentence ender
	// shapeSoft is a short line ending with … ? or !: a kicker or a
	// question headline where a heading is expected, else a paragraph.
	shapeSoft
)

// headingShape tells whether text looks like a heading line.
func headingShape(text string) shape {
	sh, _ := headingShapeStats(text)
	return sh
}

// headingShapeStats is headingShape that also returns the measure of the
// trimmed text when it took it (runes is 0 when it did not), for callers
// that need it next.
func headingShapeStats(text string) (shape, textStats) {
	text = trim(text)
	if text == "" || len(text) > 200 {
		return shapeBody, textStats{} // longer than 48 ideographs or 110 letters
	}
	if r := lastRune(text); r == '。' || r == '，' || r == '；' || r == '、' {
		return shapeBody, textStats{} // the usual short paragraph or fragment
	}
	st := measure(text)
	return shapeMeasured(text, st), st
}

// shapeMeasured is the rest of headingShape, given the measure of the trimmed text.
func shapeMeasured(text string, st textStats) shape {
	latin := st.latinText()
	if latin {
		if st.words > maxHeadingWords || st.runes > maxHeadingLatinRunes {
			return shapeBody
		}
	} else if st.runes > maxHeadingRunes {
		return shapeBody
	}
	r0 := firstRune(text)
	if isNonStarter(r0) || latin && unicode.IsLower(r0) {
		return shapeBody
	}
	soft := latin && st.words <= maxSoftWords || !latin && st.runes <= maxSoftRunes
	if endsClause(text) {
		if internalSentenceEnd(text, latin) {
			// A sentence, then a clause leading on: 本区60岁以上老人可免费接种。
			// 各接种点服务时间如下： opens a box's rows, never a headline.
			return shapeBody
		}
		// A kicker may end with a colon (习近平强调：); other clauses go on.
		// An English kicker with a colon is a few words (Coming Sunday:); a
		// longer line leads into a list (The following items were taken
		// from police reports:).
		if r := lastRune(trimRight(text)); (r == '：' || r == ':') && soft && (!latin || st.words <= maxColonKickerWords) {
			return shapeSoft
		}
		// …or with a dash leading into the title: 从“有没有”到“好不好”——
		if strings.HasSuffix(trimRight(text), "——") && soft && !startsWithDash(text) {
			return shapeSoft
		}
		return shapeBody
	}
	if internalSentenceEnd(text, latin) {
		return shapeBody
	}
	if endsSentence(text) {
		last := lastRune(stripClosers(text))
		if last == '。' || last == '.' && !endsWithEllipsis(text) || last == '．' || last == '｡' {
			return shapeBody
		}
		// A CJK kicker trailing off with …… may run as long as a heading
		// line (全区三季度重大项目集中开工,总投资186亿元,涉及…领域……):
		// it is still a heading only where one is expected.
		if soft || !latin && endsWithEllipsis(text) {
			return shapeSoft
		}
		return shapeBody
	}
	return shapeHeading
}

// internalSentenceEnd reports whether a sentence ends inside the text: a
// heading is one sentence at most.
func internalSentenceEnd(text string, latin bool) bool {
	body := stripClosers(trimRight(text))
	// Drop the final ender run.
	for len(body) > 0 {
		r, n := decodeLastRune(body)
		if !isEnder(r) {
			break
		}
		body = body[:len(body)-n]
	}
	if strings.ContainsRune(body, '。') {
		return true
	}
	if !latin {
		return false
	}
	// ". The": a period after a lowercase word, then a capital.
	for i := strings.Index(body, ". "); i >= 0; {
		j := strings.LastIndexByte(body[:i], ' ')
		word := body[j+1 : i]
		if len(word) >= 3 && unicode.IsLower(firstRune(word)) {
			return true
		}
		k := strings.Index(body[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// startsWithDash reports whether the text opens with a dash, the mark of a
// subtitle: ——共同开启新征程.
func startsWithDash(s string) bool {
	r := firstRune(trim(s))
	return r == '—' || r == '－' || r == '–' || strings.HasPrefix(trim(s), "--")
}

// listMarker returns the length of a numbering or bullet that opens text:
// 一、 （一） 1. 1、 (1) ① ■ ◆ ●; 0 when there is none.
func listMarker(s string) int {
	r, n := decodeFirst(s)
	switch {
	case isBullet(r):
		return n
	case r >= '①' && r <= '⑳' || r >= '❶' && r <= '❿' || r >= '⑴' && r <= '⒇':
		return n
	case r == '(' || r == '（':
		i := n
		j := i
		for j < len(s) {
			c, size := decodeFirst(s[j:])
			if !isDigit(c) && cnDigit(c) < 0 && c != '十' {
				break
			}
			j += size
		}
		if j > i && j-i <= 9 {
			c, size := decodeFirst(s[j:])
			if c == ')' || c == '）' {
				return j + size
			}
		}
		return 0
	}
	j := 0
	digits := false
	for j < len(s) {
		c, size := decodeFirst(s[j:])
		if isDigit(c) {
			digits = true
		} else if cnDigit(c) < 0 && c != '十' || digits {
			break
		}
		j += size
	}
	if j == 0 || j > 9 {
		return 0
	}
	c, size := decodeFirst(s[j:])
	switch c {
	case '、':
		return j + size
	case '.', '．':
		if digits {
			next, _ := decodeFirst(s[j+size:])
			if !isDigit(next) {
				return j + size
			}
		}
	}
	return 0
}

// bulletPrefix returns the length of leading bullet symbols and the spaces
// after them.
func bulletPrefix(s string) int {
	i := 0
	for i < len(s) {
		r, size := decodeFirst(s[i:])
		if !isBullet(r) {
			break
		}
		i += size
	}
	if i == 0 {
		return 0
	}
	return skipSpaces(s, i)
}

// eventWords mark a main title: it says what happened.
var eventWords = [...]string{"举行", "召开", "举办", "开幕", "闭幕", "启动", "发布", "签约", "签署", "成立",
	"落地", "开工", "竣工", "揭牌", "出台", "印发", "会见", "调研", "考察", "走访", "看望", "慰问", "主持",
	"出席", "部署", "开展", "获批", "获评", "入选", "上线", "开通", "投用", "交付", "实施", "通过", "当选",
	"宣布", "表彰", "颁发", "召集", "访问", "会谈", "来到", "开赛"}

// eventKeys are the event words as keys of six bytes (see wordKey), sorted:
// every event word is two ideographs of three bytes each.
var eventKeys = func() []uint64 {
	keys := make([]uint64, len(eventWords))
	for i, w := range eventWords {
		if len(w) != 6 {
			panic("article: event word " + w + " is not two ideographs")
		}
		keys[i] = wordKey(w)
	}
	slices.Sort(keys)
	return keys
}()

// eventFirst holds the characters event words open with: most characters
// of a headline open none, and are passed over without a search of
// eventKeys.
var eventFirst = func() *runeSet {
	var set runeSet
	for _, w := range eventWords {
		set.add(rune3(w, 0))
	}
	return &set
}()

// wordKey packs the first six bytes of s into a number.
func wordKey(s string) uint64 {
	_ = s[5]
	return uint64(s[0])<<40 | uint64(s[1])<<32 | uint64(s[2])<<24 | uint64(s[3])<<16 | uint64(s[4])<<8 | uint64(s[5])
}

// hasEventWord reports whether s holds one of the eventWords. It looks up
// the two characters at each ideograph instead of searching s once for
// every word.
func hasEventWord(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		if s[i]&0xF0 != 0xE0 || s[i+3]&0xF0 != 0xE0 {
			continue // not two three-byte characters from here
		}
		if !eventFirst.has(rune3(s, i)) {
			continue // no event word opens with this character
		}
		if _, ok := slices.BinarySearch(eventKeys, wordKey(s[i:])); ok {
			return true
		}
	}
	return false
}

// headlineRoles gives each line of a headline group its role. ambiguous is
// set when two lines could be kicker and title or title and subtitle and the
// evidence does not tell.
func headlineRoles(lines []string) (hs []Headline, ambiguous bool) {
	lines = joinWrappedTitles(lines)
	hs = make([]Headline, len(lines))
	for i, l := range lines {
		hs[i] = Headline{Role: RoleSubtitle, Text: l}
	}
	if len(lines) == 0 {
		return hs, false
	}
	firstDash := len(lines)
	for i, l := range lines {
		if startsWithDash(l) && i > 0 {
			firstDash = i
			break
		}
	}
	pre := firstDash // lines before the deck
	switch {
	case pre == 1:
		hs[0].Role = RoleTitle
	case pre == 2 && firstDash < len(lines):
		hs[0].Role, hs[1].Role = RoleKicker, RoleTitle
	case pre == 2 && leansOnAbove(lines[1]):
		// 三季度新设经营主体同比增长16.8% / 其中科技型企业占比接近三成: the
		// second line goes on from the first, never a title of its own.
		hs[0].Role = RoleTitle
	case pre == 2:
		score := kickerEvidence(lines[0], lines[1])
		if score > 0 {
			hs[0].Role, hs[1].Role = RoleKicker, RoleTitle
		} else {
			hs[0].Role, hs[1].Role = RoleTitle, RoleSubtitle
		}
		ambiguous = score == 0
	default:
		// Three or more: kickers, the title, then subtitles. With a deck the
		// title is the line before it; without one, the second line.
		title := 1
		if firstDash < len(lines) {
			title = pre - 1
		} else if dateSpanLine(lines[len(lines)-1]) {
			title = 0 // an obituary's head: the name, the town, the life dates
		}
		if title > 0 && leansOnAbove(lines[title]) {
			// A line going on from the one above is no title: 三季度新设
			// 经营主体同比增长16.8% / 其中科技型企业占比接近三成 / 服务业占七成.
			title--
		}
		for i := 0; i < title; i++ {
			hs[i].Role = RoleKicker
		}
		hs[title].Role = RoleTitle
		ambiguous = firstDash == len(lines) && len(lines) > 3
	}
	return hs, ambiguous
}

// leaningWords open a clause that goes on from the one before it: a
// headline line opening with one adds to the line above (其中, 同比, 此外),
// and is never the title.
var leaningWords = [...]string{"其中", "其余", "同比", "环比", "同时", "此外", "另外", "并且", "而且", "以及", "但是"}

// leansOnAbove reports whether a headline line opens with a word that leans
// on the line above: 其中科技型企业占比接近三成, 同比增长16.8%, 并将于年底
// 投用, 且全部实现线上办理. 并 and 且 are words of their own in 并购, 并肩,
// 并网, 并列, 并蒂, 且听, 且看.
func leansOnAbove(s string) bool {
	s = trim(s)
	if len(s) < 6 || s[0]&0xF0 != 0xE0 {
		return false // no ideograph first: not a Chinese line
	}
	switch r := rune3(s, 0); r {
	case '并':
		return !strings.ContainsRune("购肩网联存列行轨重发排蒂入", rune3(s, 3))
	case '且':
		return !strings.ContainsRune("听看行慢说", rune3(s, 3))
	}
	return startsWithAny(s, leaningWords[:]...)
}

// danglingWords cannot end a headline line: prepositions and conjunctions
// of two characters waiting for their object, the mark of a title wrapped
// over two lines (关于 / 做好冬季供暖保障工作). Single characters such as 的,
// 和 or 将 are left out: titles end with them (是大家的, 政通人和, 名将).
var danglingWords = [...]string{"关于", "围绕", "以及", "对于", "为了", "根据", "按照"}

// noticeKinds close the title of a notice printed in the paper, a piece of
// its own: 关于…的通告, 遗失声明, 招聘启事.
var noticeKinds = []string{"通知", "公告", "通告", "公示", "声明", "启事", "倡议书"}

// documentKinds close the title of an official document: 关于…的通知,
// 关于…的实施意见.
var documentKinds = append(slices.Clip(noticeKinds), "决定", "意见", "办法", "规定", "报告", "说明", "方案")

// joinWrappedTitles joins the lines of a Chinese title that the page's
// layout wrapped in two: a line that ends with a dangling word, or the two
// halves of a document's title (关于进一步做好2025年冬季 / 供暖保障工作的通知).
// Nothing is lost: the joined line holds both.
func joinWrappedTitles(lines []string) []string {
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if !wrappedTitle(a, b) {
			continue
		}
		joined := make([]string, 0, len(lines)-1)
		joined = append(joined, lines[:i]...)
		joined = append(joined, a+joinSep(a, b)+b)
		lines = append(joined, lines[i+2:]...)
		i--
	}
	return lines
}

// wrappedTitle reports whether headline lines a and b are one title wrapped
// in two.
func wrappedTitle(a, b string) bool {
	last := lastRune(a)
	if startsWithDash(b) || bareName(unspaced(b)) {
		return false // a deck, or the writer's name under the title
	}
	if !isHan(last) && !(last == '）' && strings.HasPrefix(a, "关于")) || !isHan(firstRune(b)) {
		return hangingTitle(a, b) // 横山镇32名“土专家” / 走上农技讲台
	}
	for _, w := range danglingWords {
		if strings.HasSuffix(a, w) && measure(a).runes > utf8.RuneCountInString(w)+2 {
			return true
		}
	}
	// The halves of a document's title; whole on the first line, it is not.
	if strings.HasPrefix(a, "关于") && !endsWithAny(a, documentKinds...) && endsWithAny(b, documentKinds...) {
		return true
	}
	return verbOverObject(a, b) || subjectOverPredicate(a, b) || hangingTitle(a, b)
}

// subjectNouns close a short subject that a headline's first line may hold
// alone, its verb on the next line: 小区议事会 / 议出停车“新解法”.
var subjectNouns = [...]string{"会", "队", "站", "室", "团", "员", "们", "户", "村", "馆", "中心", "社区", "小区", "街道",
	"企业", "学校", "居民", "老人", "青年", "党员", "志愿者", "网格员"}

// resultWords follow a one-character verb to say what it achieves, the
// opening of a headline's predicate: 议出, 答好, 盘活, 擦亮, 唱响, 做实, 打通, 织密.
const resultWords = "出好活亮响实通密热暖牢"

// subjectOverPredicate reports whether headline line a is the subject of a
// title the layout broke in two and b its predicate: a short noun phrase
// with no verb of its own (小区议事会), over a line opening with a verb and
// its result (议出停车“新解法”). A kicker is a phrase that stands alone; a
// subject this short does not.
func subjectOverPredicate(a, b string) bool {
	sa := measure(a)
	if sa.han != sa.runes || sa.runes < 3 || sa.runes > 6 || !endsWithAny(a, subjectNouns[:]...) || hasEventWord(a) {
		return false
	}
	n := utf8.RuneCountInString(b)
	if n < 5 || n > 14 || containsAnyRune(b, "，,：:；;、 　") {
		return false
	}
	first, size := decodeFirst(b)
	second, _ := decodeFirst(b[size:])
	// 美好, 良好, 交通, 真实, 突出 are words of their own, not a verb and its result.
	return strings.ContainsRune(resultWords, second) && !strings.ContainsRune(notVerbs, first)
}

// notVerbs open the words that end with a result word and are no verb
// before it: 美好, 更好, 交通, 普通, 真实, 现实, 杰出, 突出, 演出.
const notVerbs = "美友良更最很较交普真现杰突演"

// objectVerbs are the verbs of official news that take the work as their
// object: 部署推进 / 城市更新工作, 区人大常委会开展 / 食品安全法执法检查.
var objectVerbs = [...]string{"推进", "开展", "部署", "推动", "加强", "加快", "做好", "抓好", "深化", "落实", "贯彻",
	"学习", "研究", "审议", "督导", "督查", "调研", "视察", "考察", "检查", "启动", "召开", "举办", "举行", "组织", "实施",
	"完善", "优化", "提升", "强化", "聚焦", "助力", "规范", "打好", "打赢", "巡视", "观摩"}

// objectVerbKeys are the object verbs as keys of six bytes (see wordKey),
// sorted.
var objectVerbKeys = func() []uint64 {
	keys := make([]uint64, len(objectVerbs))
	for i, w := range objectVerbs {
		keys[i] = wordKey(w)
	}
	slices.Sort(keys)
	return keys
}()

// workNouns close the name of a piece of work, the object of such a verb:
// 城市更新工作, 执法检查, 专项整治行动, 专题学习会.
var workNouns = [...]string{"工作", "检查", "活动", "行动", "建设", "改革", "会议", "调研", "工程", "项目", "治理",
	"整治", "试点", "培训", "演练", "宣传", "教育", "工作会", "座谈会", "推进会", "研讨会", "攻坚战", "专题学习", "创建",
	"督查", "巡查", "普查", "执法", "服务", "规划", "精神"}

// eventNouns name events that are held, the subject of a verb that ends
// a headline on its own: 第五届社区运动会举行.
var eventNouns = [...]string{"大会", "论坛", "仪式", "典礼", "比赛", "展览", "博览会", "运动会", "推介会", "交流会",
	"招聘会", "发布会", "读书节", "文化节", "艺术节"}

// mannerWords stand between the subject and the verb: 我区全面开展,
// 城市更新工作有序推进.
var mannerWords = [...]string{"有序", "稳步", "扎实", "全面", "持续", "加快", "深入", "广泛", "积极", "顺利", "正式",
	"有力", "高效", "大力", "不断", "全力", "同步", "集中", "首次", "再次", "率先", "加速", "纵深", "陆续", "依法",
	"如期", "火热", "蓬勃", "平稳", "有效"}

// verbOverObject reports whether headline line a ends with a verb waiting
// for its object and line b is that object, the name of a piece of work:
// 国务院常务会议部署推进 / 城市更新工作, 我区全面开展 / 节前安全大检查. A line
// whose verb follows the work or the event itself (系列活动启动, 运动会举行)
// is whole: they are its subject. The line below must name a work and do
// nothing itself; a deck says something (各街镇开展排查工作).
func verbOverObject(a, b string) bool {
	i := len(a) - 6 // every object verb is two ideographs of three bytes
	if i < 9 || len(b) < 12 || len(b) > 60 {
		return false
	}
	if _, ok := slices.BinarySearch(objectVerbKeys, wordKey(a[i:])); !ok {
		return false
	}
	before := a[:i]
	for _, w := range mannerWords {
		if strings.HasSuffix(before, w) {
			before = before[:len(before)-len(w)]
			break
		}
	}
	if r := lastRune(before); r == '将' || r == '再' || r == '已' || r == '正' || r == '又' {
		before = before[:len(before)-utf8.RuneLen(r)]
	}
	if endsWithAny(before, workNouns[:]...) || endsWithAny(before, eventNouns[:]...) {
		return false // the work is the subject: 系列活动启动, 城市更新工作有序推进
	}
	if n := utf8.RuneCountInString(b); n < 4 || n > 14 || containsAnyRune(b, "，,：:；;、 　") || !endsWithAny(b, workNouns[:]...) {
		return false // a clause of its own: 重点行业全覆盖
	}
	// The object names the work; it does nothing itself (区政府部署 / 各街镇开展
	// 排查工作 is a deck).
	body := b[:len(b)-len("工作")]
	for _, v := range objectVerbs {
		if strings.Contains(body, v) {
			return false
		}
	}
	return true
}

// hangingTitle reports whether headline line a cannot stand alone and b
// finishes it: a title the layout broke in two where the words of the wrap
// are no fixed phrase (danglingWords, verbOverObject). Line a waits for
// more when it ends with a count or a verb whose noun or object is to come
// (区检察院办理一起 / 危害珍贵野生动物案, 我区出台十条措施支持 / 民营经济高质量发展),
// or when it is a subject alone — the first of its kind (全区首个工业互联网),
// a person after what they are (种粮大户蔺国强), a place's count of people
// or things (横山镇32名“土专家”), a subject and a 为/向/对/在 phrase with no
// verb yet (城东街道为120户困难家庭) — over a predicate with no subject of
// its own (获评全国劳动模范, 送上“微心愿”, 在我区挂牌成立). A kicker is a clause
// of its own (中秋国庆将至, 稳就业政策再加力): it has its verb, and no rule
// here takes it; a title says what happened (hasEventWord) and stands alone.
func hangingTitle(a, b string) bool {
	a, b = trim(a), trim(b)
	sa, ok := headlinePhrase(a)
	if !ok || sa.runes < 5 {
		return false
	}
	if _, ok := headlinePhrase(b); !ok {
		return false
	}
	if endsWithCount(a) || endsWithTransitive(a) {
		return true
	}
	if hasEventWord(a) {
		return false // it says what happened: 全市首家“共享法庭”揭牌
	}
	switch {
	case firstOfKind(a):
		// The rest of the name may come first: 全区首个工业互联网 / 公共服务平台上线运行.
		return opensPredicate(b) || hasEventWord(b)
	case personAfterRole(a) || placeCount(a) || openPreposition(a):
		return opensPredicate(b)
	}
	return false
}

// headlinePhrase measures s and reports whether it is one phrase of a
// Chinese headline: three to twenty characters with no comma, colon,
// space or sentence mark between its words.
func headlinePhrase(s string) (textStats, bool) {
	st := measure(s)
	if st.runes < 3 || st.runes > 20 || st.latin > 0 || st.han < 2 || containsAnyRune(s, "，,：:；;、 　…！？!?。—") {
		return st, false
	}
	return st, true
}

// measureWords are the measure words that need the noun after them: 一起(案件),
// 一批(广告), 一项(制度), 首个(平台).
const measureWords = "起批项条件宗名位座所家处个支台辆部份套幅组户栋间张种类例只"

// countVerbEnds close the verbs that take a count as their object: 办理,
// 查处, 审结, 侦破, 荣获, 评出, 再添, 新增, 建成, 出台, 发布, 开展, 举办, 发现.
// 走到一起 and 聚在一起 (together) are no count.
const countVerbEnds = "理处结破获出添增成台布展办建评选现助扶迎"

// endsWithCount reports whether headline line a ends with a count waiting
// for its noun: a verb and 一/两/几/数 with a measure word (区检察院办理一起,
// 区市场监管局查处一批), or 首 with one (我区建成全市首个). A count after its
// noun is whole: 临江街道评出“好家庭”一千余户, 我区新增就业岗位1.2万个.
func endsWithCount(a string) bool {
	r, n := decodeLastRune(a)
	if !strings.ContainsRune(measureWords, r) {
		return false
	}
	rest := a[:len(a)-n]
	num, m := decodeLastRune(rest)
	before := rest[:len(rest)-m]
	switch {
	case num == '首':
		return utf8.RuneCountInString(before) >= 2
	case num == '一' || num == '两' || num == '几' || num == '数':
		return strings.ContainsRune(countVerbEnds, lastRune(before)) && utf8.RuneCountInString(before) >= 3
	}
	return false
}

// transitiveVerbs take an object and do not close a headline: 措施支持 /
// 民营经济高质量发展, 选手庞思远荣获 / 全国冠军.
var transitiveVerbs = [...]string{"支持", "办理", "查处", "破获", "侦破", "审结", "摘得", "斩获", "荣获", "喜获", "获得",
	"成为", "迎来", "走进", "走上", "登上", "送上", "惠及", "涉及", "面向", "针对", "帮助", "评出", "选出", "签下", "拿下"}

// endsWithTransitive reports whether headline line a ends with a verb
// waiting for its object. Such a verb may close a line after a word that
// makes it whole (依法查处, 可网上办理, 被查处, 大力支持, 互相帮助, 您的支持).
func endsWithTransitive(a string) bool {
	for _, v := range transitiveVerbs {
		if !strings.HasSuffix(a, v) {
			continue
		}
		before := a[:len(a)-len(v)]
		return utf8.RuneCountInString(before) >= 3 && !strings.ContainsRune("被遭受可能将已正均都也再须要应严法上力相的谢有", lastRune(before))
	}
	return false
}

// firstOfKind reports whether headline line a names the first of its kind,
// a subject waiting for what it does: 全市首家“共享法庭”, 全区首个工业互联网.
func firstOfKind(a string) bool {
	for i := 0; ; {
		k := strings.Index(a[i:], "首")
		if k < 0 {
			return false
		}
		i += k + len("首")
		if r, n := decodeFirst(a[i:]); strings.ContainsRune(measureWords, r) && i+n < len(a) {
			return true
		}
	}
}

// roleEnds close the nouns that say what a person is, before the person's
// name: 选手, 大户, 教师, 民警, 村民, 队员, 书记, 志愿者, 企业家, 工匠, 传承人,
// 法官, 院士, 女孩, 小伙.
const roleEnds = "手户师生警民员记长者家匠人官士孩伙兵"

// personAfterRole reports whether headline line a ends with a person's
// name after what they are, a subject alone: 松川籍选手庞思远, 东湾镇种粮大户蔺国强.
func personAfterRole(a string) bool {
	// The name's start: two characters from the end, then three.
	i := len(a)
	for n := 1; n <= 3 && i > 0; n++ {
		_, size := decodeLastRune(a[:i])
		i -= size
		if n < 2 || i < 6 {
			continue
		}
		if bareName(a[i:]) && strings.ContainsRune(roleEnds, lastRune(a[:i])) {
			return true
		}
	}
	return false
}

// placeEnds close the name of a place or an institution before a count of
// its people or things: 横山镇32名“土专家”, 我区12个项目, 城东街道3家企业.
const placeEnds = "镇区市县乡村省州道校院"

// placeCount reports whether headline line a is a place and a count of
// people or things, a subject waiting for its verb: 横山镇32名“土专家”.
func placeCount(a string) bool {
	prev := rune(0)
	for i := 0; i < len(a); {
		r, n := decodeFirst(a[i:])
		if (isDigit(r) || cnDigit(r) >= 0 || r == '两') && strings.ContainsRune(placeEnds, prev) {
			j := i
			for j < len(a) {
				c, size := decodeFirst(a[j:])
				if !isDigit(c) && cnDigit(c) < 0 && !strings.ContainsRune("两十百千万余多", c) {
					break
				}
				j += size
			}
			c, size := decodeFirst(a[j:])
			return strings.ContainsRune(measureWords, c) && j+size < len(a)
		}
		prev = r
		i += n
	}
	return false
}

// openPreposition reports whether headline line a is a subject and a
// preposition with its object, the verb still to come: 城东街道为120户困难家庭,
// 区人社局向返乡青年. The characters around it tell the words the
// preposition is a part of: 成为, 作为, 评为, 针对, 应对, 对接, 方向, 向好,
// 结对, 迈向, 供给, 正在, 就在, 在线, 参与.
func openPreposition(a string) bool {
	const preps = "为向对给替在与"
	for i := 0; i < len(a); {
		r, n := decodeFirst(a[i:])
		i += n
		if !strings.ContainsRune(preps, r) {
			continue
		}
		before, after := utf8.RuneCountInString(a[:i-n]), utf8.RuneCountInString(a[i:])
		if before < 2 || after < 2 || before+after < 6 {
			continue // 初心与使命, 幸福在身边: a phrase this short is a clause or a name
		}
		prev, next := lastRune(a[:i-n]), firstRune(a[i:])
		var notBefore, notAfter string
		switch r {
		case '为':
			notBefore, notAfter = "成作认行因以称视更评列定选改尤较极最广颇甚大名化变分升", "主止何什"
		case '对':
			notBefore, notAfter = "针面应反相绝核比校结配", "接口象话比标策应照"
		case '向':
			notBefore, notAfter = "方面走志导倾动取转意偏迈奔通指流驶", "上好前外"
		case '给':
			notBefore, notAfter = "供补配发", "予力"
		case '在':
			notBefore, notAfter = "正现存实所自内外潜好就还都也留住落写", "线于乎意"
		case '与':
			notBefore, notAfter = "参给赋授", "会者"
		}
		if !strings.ContainsRune(notBefore, prev) && !strings.ContainsRune(notAfter, next) {
			return true
		}
	}
	return false
}

// predicateOpeners open a predicate that has no subject of its own, the
// words after a subject at the start of a headline's second line: 实现,
// 完成, 当选, 跑出.
var predicateOpeners = [...]string{"实现", "完成", "成为", "迎来", "获得", "荣获", "喜获", "摘得", "斩获", "登上", "走上",
	"走进", "送上", "带动", "打造", "守护", "书写", "绘就", "扮靓", "交出", "圆梦", "助力", "领跑", "蝉联", "夺得", "勇夺"}

// complementWords follow a verb of one character to say where it goes or
// what it achieves: 走上, 送上, 摘得, 评出, 建成, 办好, 擦亮.
const complementWords = "上进出得到回起成" + resultWords

// nounFirsts open two-character words that end with a complement word and
// are no verb: 网上, 线上, 路上, 心得, 所得, 演出, 先进, 一起, 收成.
const nounFirsts = notVerbs + "水山路海地世天早晚网线身手心桌镇街村先前这那所难值日支年北南东西马收赞来一二三四五六七八九十百千万两几"

// opensPredicate reports whether headline line b opens with a predicate
// that has no subject of its own: a preposition or an adverb (在我区挂牌成立,
// 再添新成员), a verb of an event or of work (获评全国劳动模范, 开展…), or a
// verb and its complement (走上农技讲台, 摘得…金牌).
func opensPredicate(b string) bool {
	r, n := decodeFirst(b)
	switch r {
	case '在', '把', '被', '再', '又', '已', '也':
		return true
	case '于':
		return !strings.HasPrefix(b, "于是")
	case '将':
		return !strings.ContainsRune("军士领帅", firstRune(b[n:]))
	}
	if len(b) < 6 || n != 3 || b[3]&0xF0 != 0xE0 {
		return false // not two ideographs
	}
	w := b[:6]
	if _, ok := slices.BinarySearch(eventKeys, wordKey(w)); ok {
		return true
	}
	if _, ok := slices.BinarySearch(objectVerbKeys, wordKey(w)); ok {
		return true
	}
	if slices.Contains(predicateOpeners[:], w) || slices.Contains(mannerWords[:], w) {
		return true
	}
	return strings.ContainsRune(complementWords, rune3(b, 3)) && !strings.ContainsRune(nounFirsts, r)
}

// genreLabels name the kind of a piece, printed by its headline: never its
// title.
var genreLabels = [...]string{"组图", "特写", "图片新闻", "新闻图片", "摄影报道", "图说", "镜头", "速写", "特稿", "述评",
	"短评", "时评", "社论", "综述", "通讯", "专访", "访谈", "手记", "记者手记", "调查", "深度报道", "观察", "视频", "新闻观察",
	"随笔", "散文", "诗歌", "小说", "杂文", "书评", "影评", "札记", "游记", "漫谈"}

// isGenreLabel reports whether a headline line only names the kind of
// piece: 组图, 特写, 记者手记, 【时评】.
func isGenreLabel(s string) bool {
	s = strings.Trim(trim(s), "【】[]")
	return slices.Contains(genreLabels[:], s)
}

// startsForecast reports whether a headline line opens with what is
// expected or planned, as decks below a title do: 预计明年底开通试运营.
func startsForecast(s string) bool {
	return startsWithAny(s, "预计", "计划", "力争", "有望", "将于", "年内", "明年")
}

// isBracketNote reports whether a headline line is a short note in round
// brackets: （外一首）, （节选）, (Updated).
func isBracketNote(s string) bool {
	s = trim(s)
	r := firstRune(s)
	return (r == '（' || r == '(') && sameBracket(')', lastRune(s)) && utf8.RuneCountInString(s) <= 10
}

// kickerEvidence weighs whether two headline lines are kicker and title
// (positive) or title and subtitle (negative).
func kickerEvidence(a, b string) int {
	score := 0
	sa, sb := measure(a), measure(b)
	if endsWithEllipsis(a) {
		score += 3
	}
	if r := lastRune(a); r == '：' || r == ':' {
		score += 4 // a line ending with a colon leads into the next: 习近平强调：
	}
	if strings.HasSuffix(a, "——") {
		score += 3 // the dash leads into the title below
	}
	if r := firstRune(a); r == '【' || r == '[' {
		score += 2
	}
	switch {
	case isIssuer(a) && isDocumentTitle(b):
		score += 4 // 云溪区人民政府 / 关于…的通告: the issuer over its notice
	case startsForecast(b):
		score -= 3 // a deck that looks ahead: …进入铺轨阶段 / 预计明年底开通
	}
	switch {
	case isGenreLabel(b) || isBracketNote(b):
		score -= 4 // 冬日里的“候鸟” / 组图, 冬至 / （节选）: the label is no title
	case isGenreLabel(a):
		score += 4
	}
	// A short line that names a column or sets the scene stands over the
	// title, however long the title and whatever its commas: they are what
	// a deck's length and commas would otherwise tell.
	setting := false
	if strings.HasPrefix(b, "记") && !startsWithAny(b, "记者", "记住", "记录", "记得", "记忆") {
		score -= 2 // a deck: 一路同行 / 记南苑社区志愿服务队的十年坚守
	} else if sa.han == sa.runes && (sa.runes <= 4 && sb.runes >= sa.runes+2 || sa.runes <= 5 && sb.runes >= 2*sa.runes) &&
		!hasEventWord(a) {
		score += 2 // a column's name over the title: 社区故事 / 退休教师的“四点半课堂”, 三言两语 / “证明”少一点，便利多一点
		setting = true
	} else if w := sceneWeight(a, sa); w > 0 && sb.runes > sa.runes && !isGenreLabel(b) && !isBracketNote(b) {
		score += w // the time or the scene: 中秋国庆将至 / 节前安全大检查全面展开，重点行业全覆盖
		setting = true
	}
	if r := lastRune(stripClosers(a)); r == '！' || r == '!' {
		score++
	}
	if !setting && strings.ContainsAny(a, "，,") && (topicColonTitle(b) || figurativeTitle(b, sb)) && twoClauses(a) {
		// A sentence of two clauses over a topic and its colon, or over a
		// short figure of speech: the fact that leads in, then the title
		// (一季度重大项目集中开工，总投资逾百亿元 / 青溪经开区：项目建设按下“快进键”).
		// A deck under a title gives facts: figures, a speaker (法官提醒：…).
		score += 3
	}
	if sa.digits > 0 && sb.digits == 0 && sb.runes*4 <= sa.runes*3 && !sa.latinText() && figures(a) >= 2 {
		// The figures over the words that sum them up: 一季度新签约项目63个
		// 协议总投资超400亿元 / 招商引资跑出“加速度”. A title gives one figure at
		// most; a deck under it gives the rest. The words that sum them up are
		// short: a line as long is a fact of its own, the deck of the figures
		// above (前4个月全区规上工业产值同比增长9.2% / 新能源汽车零部件产业成为主要拉动力).
		score += 3
	}
	// A deck of figures under a line that sets no scene leans on it: 城西片区
	// 城市更新项目启动意愿征询 / 首日签约率达到62%, “15分钟就医圈”再加密 / 青溪
	// 新增5家社区卫生服务站, 今年我区新增中小学学位4200个 / 5所新建学校9月开学.
	// It is the subtitle however short it is: its length tells nothing.
	deck := !setting && sb.digits > 0 && !sb.latinText() && figures(b) > 0
	if deck {
		score -= 2
	}
	switch {
	case setting:
	case sa.commas > 0 && sb.commas == 0:
		score++
	case sb.commas > 0 && sa.commas == 0:
		score--
	}
	// The longer line is the one that explains: a kicker well longer than
	// the title over it (前三季度规上工业产值同比增长7.8% / 我区工业经济稳中有进),
	// a subtitle under it. Of two lines of about one length the upper is the
	// title: a title of news and the detail under it differ little
	// (区第五届运动会龙舟赛在梅湾河开赛 / 青枫街道队夺得男子组冠军).
	switch {
	case setting || deck && sb.runes < sa.runes:
	case sa.runes*10 > sb.runes*15:
		score++
	case sb.runes*10 > sa.runes*13:
		score--
	}
	if sa.latinText() || sb.latinText() {
		// English papers run decks below the headline far more often than
		// overlines above it; an overline is a short label in capitals.
		switch {
		case standingLabel(a) && !standingLabel(b):
			score += 4 // a standing column's label over the item's headline: Briefly / Blood drive set for Friday
		case isUpperWords(a) && !isUpperWords(b) && sa.words <= 4:
			score += 3
		default:
			score -= 2
		}
		return score
	}
	ea, eb := hasEventWord(a), hasEventWord(b)
	switch {
	case ea && !eb:
		score -= 2
	case eb && !ea && !deck:
		// A deck of figures tells its event among its facts: 老旧小区加装电梯
		// 跑出“加速度” / 桃源街道今年已有27台电梯开工建设.
		score += 2
	}
	return score
}

// twoClauses reports whether a Chinese headline line is a sentence of two
// clauses or more, parted by a comma, each of four characters or more:
// 一季度重大项目集中开工，总投资逾百亿元.
func twoClauses(a string) bool {
	i := strings.IndexAny(a, "，,")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(a[i:])
	first, rest := measure(a[:i]), measure(a[i+size:])
	return first.han >= 4 && rest.han >= 4 && !first.latinText() && !rest.latinText()
}

// speakerWords close the speaker before a colon in a deck: 法官提醒：…,
// 专家建议：…, 记者调查：…. Such a line reports what was said; a topic before
// a colon (青溪经开区：…) opens a title.
var speakerWords = [...]string{"提醒", "表示", "强调", "建议", "呼吁", "提示", "指出", "认为", "回应", "解读",
	"调查", "追踪", "观察", "发布", "介绍", "透露", "支招", "坦言", "直言", "寄语", "说", "称", "答", "问", "讲"}

// topicColonTitle reports whether a headline line is a title made of a
// topic, a colon, and what it did: 青溪经开区：项目建设按下“快进键”. The topic
// is a short name with no speaker's verb (法官提醒：… is a deck), and a
// phrase with no comma follows.
func topicColonTitle(b string) bool {
	i := strings.IndexAny(b, "：:")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(b[i:])
	topic, rest := b[:i], b[i+size:]
	st, sr := measure(topic), measure(rest)
	if st.han != st.runes || st.runes < 2 || st.runes > 8 || sr.runes < 4 || sr.commas > 0 || sr.han < 3 {
		return false
	}
	return !endsWithAny(topic, speakerWords[:]...)
}

// figurativeTitle reports whether a headline line is a short title in a
// figure of speech (虚), not a deck of facts (实): a phrase of twelve
// characters at most with no figure, no comma and no event, holding a
// word in quotes (项目建设按下“快进键”) or two matching halves (旧楼换新颜 居民笑开颜).
func figurativeTitle(b string, sb textStats) bool {
	if sb.runes > 12 || sb.runes < 4 || sb.digits > 0 || sb.commas > 0 || sb.latin > 0 || hasEventWord(b) {
		return false
	}
	if strings.Contains(b, "“") && strings.Contains(b, "”") {
		return true
	}
	l, r, ok := strings.Cut(b, " ")
	if !ok {
		l, r, ok = strings.Cut(b, "\u3000")
	}
	return ok && utf8.RuneCountInString(trim(l)) == utf8.RuneCountInString(trim(r))
}

// figures counts the numbers in a headline line, a year (2025年) and an
// ordinal (第37次) aside: 63个 and 400亿元 are two, 3.8亿 is one.
func figures(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if !isDigit(rune(s[i])) && !(s[i] == 0xEF && i+2 < len(s) && isDigit(rune3(s, i))) {
			i++
			continue
		}
		start := i
		for i < len(s) {
			if isDigit(rune(s[i])) || s[i] == '.' && i+1 < len(s) && isDigit(rune(s[i+1])) {
				i++
			} else if s[i] == 0xEF && i+2 < len(s) && isDigit(rune3(s, i)) {
				i += 3
			} else {
				break
			}
		}
		if !(i-start == 4 && strings.HasPrefix(s[i:], "年")) && !strings.HasSuffix(s[:start], "第") {
			n++
		}
	}
	return n
}

// sceneTimes close a short kicker that says when the news happens: 中秋国庆将至,
// 开学在即, 寒潮来袭, 秋收时节.
var sceneTimes = [...]string{"将至", "将近", "临近", "来临", "到来", "在即", "前夕", "之际", "来袭", "时节", "岁末",
	"年末", "年初", "假期", "正酣", "进行时"}

// sceneStates close a short kicker that gives the state of things the news
// answers: 高温天气持续 / 户外劳动者有了“歇脚地”, “两新”政策加力 / 家电以旧换新持续升温.
// Titles end with them too, so they weigh less.
var sceneStates = [...]string{"持续", "加力", "不减", "依旧"}

// sceneWeight weighs whether a headline line is a short kicker setting the
// time or the scene: 3 for a time, 2 for a state, 0 when it is neither. It
// holds no comma and no event (举行, 启动): those tell what happened.
func sceneWeight(a string, sa textStats) int {
	if sa.runes > 8 || sa.runes < 4 || sa.commas > 0 || hasEventWord(a) {
		return 0
	}
	a = trimRight(a)
	switch {
	case endsWithAny(a, sceneTimes[:]...):
		return 3
	case endsWithAny(a, sceneStates[:]...):
		return 2
	}
	return 0
}

// endsWithAny reports whether s ends with one of the words.
func endsWithAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// startsWithAny reports whether s starts with one of the words.
func startsWithAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
