package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads bylines and credits: 撰稿 X, (记者 X 通讯员 Y), 本报记者 X,
// 记者 X 摄, 摄影 X, X/摄, 制图：X, 文/X, (作者为…), （区气象台提供）, By JANE DOE,
// Photo by X, - The Courier editorial board.
// A credit is a short run of labels and names and nothing else; it becomes
// authors with roles and leaves the body text.

// credit is a byline or credit line as read.
type credit struct {
	authors []Author
	// lead is set for bylines that open a piece (本报记者 X, 记者 X 报道,
	// By X) rather than close it (撰稿 X, 摄影 X).
	lead bool
	// values are the names and descriptions as printed, for accounting.
	values []string
	// note is a description of the writer with no name (作者为…).
	note string
	// bare is set for signatures in brackets that close a text — names
	// with no label (（孙蕾）), an office (（区政协办）), a Q&A column's
	// answerer (（答疑律师：…）): glued to a paragraph they follow a full
	// sentence and close a piece only where one may end, and a name the
	// piece already has keeps the role it had.
	bare bool
	// paper is set for a photo credit that opens with the paper's name
	// (Sentinel photo by X): glued to text, it needs a sentence before it.
	paper bool
	// afterSentence is set for a credit whose words may also be those of
	// a sentence (区气象台提供): glued to text, it needs a full sentence
	// before it.
	afterSentence bool
	// supplied is set for a picture credit that names who supplied the
	// pictures (图片由受访者提供): glued to a paragraph it credits the
	// piece's pictures and leaves the paragraph text of the story, where a
	// photographer's credit (记者 X 摄) makes it a caption.
	supplied bool
	// pen is set for a bare signature with a name and no family name, a
	// pen name (（文萱）): it signs only an item of a column.
	pen bool
	// reminder is set for an office's sign-off under a notice it issued
	// (区应急管理局提醒): a headline's kicker may read the same, and the
	// block stage decides by the lines around it (see reminderSignoffs).
	reminder bool
}

// hasRole reports whether the credit names someone in the role.
func (c credit) hasRole(role Role) bool {
	for _, a := range c.authors {
		if a.Role == role {
			return true
		}
	}
	return false
}

// onlyRoles reports whether every author has one of the roles.
func (c credit) onlyRoles(roles ...Role) bool {
	for _, a := range c.authors {
		ok := false
		for _, r := range roles {
			if a.Role == r {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// creditLabel is a word that introduces or closes names in a credit.
type creditLabel struct {
	text  string
	first rune // the first character of text
	role  Role
	role2 Role // a second role, for 文图/X
	// slash: a one-character label that needs a separator after it (文/X).
	slash bool
	// prefix, suffix: where the label may stand (记者 X; X 摄).
	prefix, suffix bool
	// overrides: as a suffix it replaces the role of a prefix (记者 X 摄).
	overrides bool
	lead      bool // opens a piece
}

// glueless reports whether, outside brackets, the label must be set apart
// from the name after it: 记者 张三, not 记者手记; 评论员 何平, not 评论员文章.
// Longer labels may touch the name: 本报记者张三.
func (l creditLabel) glueless() bool {
	return len(l.text) <= 6 || l.lead && l.role == RoleWriter
}

// creditLabels, longest first within each leading character so the first
// match is the longest.
var creditLabels = sortLabels([]creditLabel{
	{text: "本报记者", role: RoleReporter, prefix: true, lead: true},
	{text: "本报实习记者", role: RoleReporter, prefix: true, lead: true},
	{text: "本报见习记者", role: RoleReporter, prefix: true, lead: true},
	{text: "本报特约记者", role: RoleReporter, prefix: true, lead: true},
	{text: "本报摄影记者", role: RolePhotographer, prefix: true},
	{text: "本报通讯员", role: RoleCorrespondent, prefix: true, lead: true},
	{text: "本报实习生", role: RoleReporter, prefix: true, lead: true},
	{text: "首席记者", role: RoleReporter, prefix: true, lead: true},
	{text: "特派记者", role: RoleReporter, prefix: true, lead: true},
	{text: "特约记者", role: RoleReporter, prefix: true, lead: true},
	{text: "见习记者", role: RoleReporter, prefix: true, lead: true},
	{text: "实习记者", role: RoleReporter, prefix: true, lead: true},
	{text: "融媒体记者", role: RoleReporter, prefix: true, lead: true},
	{text: "全媒体记者", role: RoleReporter, prefix: true, lead: true},
	{text: "摄影记者", role: RolePhotographer, prefix: true},
	{text: "记者", role: RoleReporter, prefix: true, lead: true},
	{text: "特约通讯员", role: RoleCorrespondent, prefix: true, lead: true},
	{text: "见习通讯员", role: RoleCorrespondent, prefix: true, lead: true},
	{text: "通讯员", role: RoleCorrespondent, prefix: true, lead: true},
	{text: "实习生", role: RoleReporter, prefix: true, lead: true},
	{text: "撰稿", role: RoleWriter, prefix: true, suffix: true},
	{text: "撰文", role: RoleWriter, prefix: true, suffix: true},
	{text: "执笔", role: RoleWriter, prefix: true, suffix: true},
	{text: "作者", role: RoleWriter, prefix: true},
	{text: "采写", role: RoleReporter, prefix: true, suffix: true},
	{text: "整理", role: RoleWriter, prefix: true, suffix: true},
	{text: "文字", role: RoleWriter, prefix: true},
	{text: "文图", role: RoleWriter, role2: RolePhotographer, prefix: true},
	{text: "文/图", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "文／图", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "文·图", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "图/文", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "图／文", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "图·文", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "图文", role: RoleWriter, role2: RolePhotographer, prefix: true},
	{text: "文并摄", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "文/摄", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "文／摄", role: RoleWriter, role2: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "文", role: RoleWriter, slash: true, prefix: true, suffix: true},
	{text: "摄影报道", role: RolePhotographer, suffix: true, overrides: true},
	{text: "摄影", role: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "摄像", role: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "摄", role: RolePhotographer, slash: true, prefix: true, suffix: true, overrides: true},
	{text: "图片", role: RolePhotographer, prefix: true},
	{text: "图片来源", role: RolePhotographer, prefix: true},
	{text: "供图", role: RolePhotographer, prefix: true, suffix: true, overrides: true},
	{text: "图", role: RolePhotographer, slash: true, prefix: true, suffix: true, overrides: true},
	{text: "报道", role: RoleReporter, suffix: true},
	{text: "制图", role: RoleGraphics, prefix: true, suffix: true, overrides: true},
	{text: "绘图", role: RoleGraphics, prefix: true, suffix: true, overrides: true},
	{text: "漫画", role: RoleGraphics, prefix: true, suffix: true, overrides: true},
	{text: "插图", role: RoleGraphics, prefix: true, suffix: true, overrides: true},
	{text: "题图", role: RoleGraphics, prefix: true, suffix: true, overrides: true},
	{text: "图表", role: RoleGraphics, prefix: true},
	{text: "绘", role: RoleGraphics, slash: true, prefix: true, suffix: true, overrides: true},
	{text: "本报特约评论员", role: RoleWriter, prefix: true, lead: true},
	{text: "本报评论员", role: RoleWriter, prefix: true, lead: true},
	{text: "特约评论员", role: RoleWriter, prefix: true, lead: true},
	{text: "评论员", role: RoleWriter, prefix: true, lead: true},
	{text: "责任编辑", role: RoleEditor, prefix: true},
	{text: "本版编辑", role: RoleEditor, prefix: true},
	{text: "版面编辑", role: RoleEditor, prefix: true},
	{text: "值班编辑", role: RoleEditor, prefix: true},
	{text: "编辑", role: RoleEditor, prefix: true},
	{text: "责编", role: RoleEditor, prefix: true},
	{text: "编审", role: RoleEditor, prefix: true},
	{text: "审核", role: RoleEditor, prefix: true},
	{text: "审校", role: RoleEditor, prefix: true},
	{text: "审读", role: RoleEditor, prefix: true},
	{text: "校对", role: RoleProofreader, prefix: true},
	{text: "版式设计", role: RoleDesigner, prefix: true},
	{text: "版面设计", role: RoleDesigner, prefix: true},
	{text: "美术编辑", role: RoleDesigner, prefix: true},
	{text: "美编", role: RoleDesigner, prefix: true},
	{text: "版式", role: RoleDesigner, prefix: true},
	{text: "组版", role: RoleDesigner, prefix: true},
	{text: "排版", role: RoleDesigner, prefix: true},
})

func sortLabels(ls []creditLabel) []creditLabel {
	for i := range ls {
		ls[i].first = firstRune(ls[i].text)
	}
	// Stable insertion sort by length, longest first: few labels, run once.
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && len(ls[j].text) > len(ls[j-1].text); j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
	return ls
}

// labelsByFirst holds creditLabels by their first character, in the same
// order, so that matchLabel reads only the labels that may match.
var labelsByFirst = func() map[rune][]creditLabel {
	m := make(map[rune][]creditLabel)
	for _, l := range creditLabels {
		m[l.first] = append(m[l.first], l)
	}
	return m
}()

// matchLabel returns the longest credit label at the start of s.
func matchLabel(s string) (creditLabel, bool) {
	r := firstRune(s)
	if !labelStart(r) {
		return creditLabel{}, false
	}
	for _, l := range labelsByFirst[r] {
		if !strings.HasPrefix(s, l.text) {
			continue
		}
		if l.slash {
			// 文/X, 文｜X, 文：X, 文 X; never the 文 of a name or word.
			after := s[len(l.text):]
			rest := trimLeft(after)
			spaced := len(rest) < len(after) && isHan(firstRune(rest))
			if r := firstRune(rest); r != '/' && r != '／' && r != '|' && r != '｜' && r != '：' && r != ':' && r != 0 && !spaced {
				continue
			}
		}
		return l, true
	}
	return creditLabel{}, false
}

// labelStarts holds the characters credit labels begin with.
var labelStarts = newRuneSet("本首特见实融全摄记通撰执作采整文图供报制绘漫插题责版值编审校美组排评")

// labelStart reports whether r begins some credit label.
func labelStart(r rune) bool {
	return labelStarts.has(r)
}

// isCreditSep reports whether r separates labels and names in a credit.
func isCreditSep(r rune) bool {
	switch r {
	case '/', '／', '|', '｜', '：', ':', '、', '，', ',', '；', ';':
		return true
	}
	return isSpace(r)
}

// isBullet reports whether r is a symbol that marks a line: ■ □ ◆ ● ▲ ….
func isBullet(r rune) bool {
	switch r {
	case '■', '□', '◆', '◇', '●', '○', '◎', '▲', '△', '▼', '▽', '★', '☆', '▶', '►', '▷', '◀', '◥', '◤', '♦', '•', '※', '◉', '▌', '▍', '▎', '▏', '█', '▪', '▫':
		return true
	}
	return false
}

// parseCredit reads s as a whole credit. It fails unless every character of
// s is part of a label, a name or a separator.
func parseCredit(s string) (credit, bool) {
	s = trim(s)
	if len(s) > 200 {
		return credit{}, false
	}
	if r := lastRune(s); r == '。' || r == '！' || r == '？' || r == '”' {
		return credit{}, false // a credit is no sentence
	}
	t := strings.TrimLeftFunc(s, func(r rune) bool { return isBullet(r) || isSpace(r) })
	bulleted := len(t) < len(s)
	// ■数读: a word glued to its mark.
	glued := bulleted && !isSpace(lastRune(s[:len(s)-len(t)]))
	s = t
	inner := unbracket(s)
	bracketed := len(inner) != len(s)
	s = strings.TrimLeftFunc(inner, func(r rune) bool { return isBullet(r) || isSpace(r) })
	s = trim(s)
	if s == "" || len(s) > 200 {
		return credit{}, false
	}
	if rest, ok := cutSignoffDash(s); ok {
		return signoff(rest)
	}
	if rest, ok := strings.CutPrefix(s, "- "); ok {
		// A single hyphen opens lists as well as sign-offs: only the
		// desk's sign-off (- From staff reports) and the editorial
		// board's (- The Courier editorial board) are read after one.
		rest = trim(rest)
		if c, ok := deskCredit(rest); ok {
			return c, true
		}
		if c, ok := paperStaff(rest); ok {
			return c, true
		}
		return boardSignoff(rest, true)
	}
	if r := firstRune(s); r < utf8.RuneSelf {
		return englishCredit(s)
	}
	if c, ok := answererCredit(s); ok {
		return c, true
	}
	if c, ok := sourceCredit(s); ok {
		return c, true
	}
	if !mayBeCredit(s) {
		if bulleted && !bracketed {
			return bulletByline(s, glued)
		}
		if bracketed {
			return bracketSignature(s) // （孙蕾）, （东湖街道 芮思远）
		}
		return credit{}, false
	}
	if c, ok := authorNote(s); ok {
		return c, true
	}
	if c, ok := deskByline(s); ok {
		return c, true
	}
	c, ok := chineseCredit(s, bracketed)
	if !ok && bulleted && !bracketed {
		return bulletByline(s, glued)
	}
	if !ok && bracketed {
		return bracketSignature(s) // （区实验小学 王芳）
	}
	return c, ok
}

// bulletByline reads the writer's byline of commentaries and literary
// pages, a mark and a name with no label: □ 李文博, ◎ 林青 陈墨. It opens the
// piece like 本报记者 X. A word glued to the mark with no family name is
// the label of a box or a column (■数读, ■背景), not a pen name.
func bulletByline(s string, glued bool) (credit, bool) {
	if isSectionName(s) || isTeaserHead(s) {
		return credit{}, false
	}
	var buf [4]string
	names, ok := nameList(s, buf[:0])
	if !ok || len(names) > 3 {
		return credit{}, false
	}
	c := credit{lead: true, values: append([]string(nil), names...)}
	for _, name := range names {
		joined := joinName(name)
		if joined != name && utf8.RuneCountInString(joined) > 2 {
			// Print pads two-character names to the width of three; three
			// spaced characters after a mark are a subhead: ■ 夏 令 营.
			return credit{}, false
		}
		if columnWord(joined) {
			return credit{}, false // ■部门快讯, ■区域动态: a section label
		}
		if glued && len(names) == 1 && !isSurname(joined) {
			return credit{}, false // ■数读, ■声音: a box's label
		}
		c.authors = append(c.authors, Author{Name: joined, Role: RoleWriter})
	}
	return c, true
}

// columnWords close the labels of sections and columns a mark sets above
// a run of briefs, ■部门快讯, ◆区域动态, ■社会新闻, □基层视点, and of the
// boxes beside a story, ■数读, ■背景.
var columnWords = [...]string{"快讯", "简讯", "短讯", "动态", "新闻", "视点", "资讯", "速递", "播报", "一览", "聚焦",
	"关注", "观察", "时评", "传真", "扫描", "信息", "热线", "之窗", "掠影", "纪事", "走笔", "随笔", "杂谈", "漫谈",
	"论坛", "茶座", "看台", "课堂", "百科", "提示", "速览", "要闻", "链接", "故事", "风采", "巡礼", "专栏", "评论",
	"点评", "一线", "前沿", "现场", "服务", "指南", "通知", "公告", "时讯", "图说", "简报",
	// the labels of boxes beside a story: ■数读, ■背景, ■声音, ■编后
	"数读", "数说", "数据", "背景", "声音", "观点", "短评", "快评", "编后", "花絮", "贴士", "解读", "图解", "名片", "档案", "延伸"}

// columnWord reports whether s, read after a mark, names a section or a
// column rather than a person: it ends with a column word (部门快讯), or
// has four characters and no family name of two (区域动态); the names
// after a mark have two or three characters.
func columnWord(s string) bool {
	for _, w := range columnWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	if containsAnyRune(s, "·•・") || utf8.RuneCountInString(s) != 4 {
		return false
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return false
		}
	}
	return true
}

// nameList reads names set apart by spaces or 、 (林青 陈墨, 孙蕾、陈思), with
// padded names read whole (江 岚, 陆 晓 峰). It appends the names as printed
// to out, and fails unless every part is a name. It reads at most four.
func nameList(s string, out []string) ([]string, bool) {
	s = trim(s)
	for s != "" {
		end := len(s)
		if i := strings.IndexFunc(s, isNameSep); i >= 0 {
			end = i
		}
		if r, size := decodeFirst(s); size == end && isHan(r) {
			var ends [5]int
			n := padTokens(s, 0, &ends)
			switch k := padSplit(n); k {
			case 0:
				return nil, false // a single ideograph is no name
			case n:
				if !isSurname(s) {
					return nil, false
				}
				end = ends[n-1]
			default: // two padded names of two: 周 敏 王 芳
				j := skipSpaces(s, ends[k-1])
				if len(out) >= 3 || !isSurname(s) || !isSurname(s[j:]) {
					return nil, false
				}
				out = append(out, s[:ends[k-1]])
				s, end = s[j:], ends[n-1]-j
			}
		} else if !validName(s[:end]) {
			return nil, false
		}
		if len(out) == 4 {
			return nil, false
		}
		out = append(out, s[:end])
		s = strings.TrimLeftFunc(s[end:], isNameSep)
	}
	return out, len(out) > 0
}

// isNameSep reports whether r sets apart the names of a list.
func isNameSep(r rune) bool { return isSpace(r) || r == '、' }

// padTokens reads the one-ideograph tokens set apart by spaces from s[i]
// on: a name padded to the width of three (周 敏, 王　芳) or spaced by OCR
// (陆 晓 峰). It records where each token ends and returns how many it read,
// up to five. It stops before a longer token, any other separator, and a
// one-character label closing the names (周 敏 摄). It is the byline's
// reader of spaced ideographs (see joinName); padSplit reads the run.
func padTokens(s string, i int, ends *[5]int) int {
	n := 0
	for n < len(ends) && i < len(s) {
		r, size := decodeFirst(s[i:])
		if !isHan(r) {
			break
		}
		end := i + size
		if end < len(s) {
			if next := firstRune(s[end:]); !isSpace(next) && !isCreditSep(next) {
				break // a longer word, a middle dot, a bracket
			}
		}
		if n >= 2 {
			if l, ok := matchLabel(s[i:]); ok && l.suffix && len(l.text) == size {
				break
			}
		}
		ends[n] = end
		n++
		j := skipSpaces(s, end)
		if j == end {
			break // another separator: the run ends
		}
		i = j
	}
	return n
}

// mayBeCredit reports whether s has some rune that may begin a credit label
// and no sentence ender: a cheap test before reading it.
func mayBeCredit(s string) bool {
	label := false
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		if c := s[ri]; c >= 0xE0 && c <= 0xEF && ri+2 < len(s) {
			r, rn = rune3(s, ri), 3 // every character looked for
		} else {
			r, rn = decodeRune(s, ri)
		}
		switch {
		case r == '。' || r == '！' || r == '？' || r == '“' || r == '”':
			return false
		case !label && labelStart(r):
			label = true
		}
	}
	return label
}

// unbracket returns the inside of s when all of s is one bracketed group.
func unbracket(s string) string {
	open := firstRune(s)
	if open != '(' && open != '（' && open != '[' && open != '［' && open != '【' && open != '〔' {
		return s
	}
	last, size := decodeLastRune(s)
	if !sameBracket(closerFor(open), last) || len(s) <= utf8.RuneLen(open)+size {
		return s
	}
	inner := s[utf8.RuneLen(open) : len(s)-size]
	if containsAnyRune(inner, "()（）[]［］【】〔〕") {
		return s
	}
	return inner
}

// authorNote reads "作者为…", "作者系…", "作者单位：…": a description of the
// writer.
func authorNote(s string) (credit, bool) {
	for _, p := range [...]string{"作者为", "作者系", "作者是", "作者单位：", "作者单位:", "作者单位"} {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		rest = trim(rest)
		n := utf8.RuneCountInString(rest)
		if n < 2 || n > 60 || containsAnyRune(rest, "。！？!?") {
			return credit{}, false
		}
		return credit{note: rest, values: []string{rest}}, true
	}
	return credit{}, false
}

// answerWords open the credit of the expert who answers a reader's
// question in a Q&A column (律师说法, 政策问答): 答疑律师, 解答, 释疑法官.
var answerWords = [...]string{"答疑", "解答", "释疑", "解惑"}

// answerJobs are the trades of those experts, before or after the word:
// 答疑律师, 律师解答.
var answerJobs = [...]string{"律师", "法官", "检察官", "专家", "医生", "医师", "民警", "警官", "老师", "嘉宾"}

// answererCredit reads the credit of a Q&A column's answerer:
// 答疑律师：浙江青川律师事务所 聂晓雯, 解答：区人社局 聂晓雯, 释疑法官 聂晓雯,
// 律师解答：聂晓雯. The person is the author, with the unit (or, with no
// unit, the trade) as About; a unit alone (解答：区人社局) is the source.
// A separator must follow the label: 解答群众疑问 is text.
func answererCredit(s string) (credit, bool) {
	if r := firstRune(s); r != '答' && r != '解' && r != '释' && !strings.ContainsRune("律法检专医民警老嘉", r) {
		return credit{}, false
	}
	cutJob := func(s string) (string, string) {
		for _, j := range answerJobs {
			if rest, ok := strings.CutPrefix(s, j); ok {
				return rest, j
			}
		}
		return s, ""
	}
	rest, job := cutJob(s)
	found := false
	for _, w := range answerWords {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest, found = r, true
			break
		}
	}
	if !found {
		return credit{}, false
	}
	if job == "" {
		rest, job = cutJob(rest)
	}
	if r := firstRune(rest); r != '：' && r != ':' && !isSpace(r) {
		return credit{}, false
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return r == '：' || r == ':' || isSpace(r) })
	unit, name := "", rest
	if i := strings.IndexFunc(rest, isSpace); i >= 0 {
		unit, name = rest[:i], trim(rest[i:])
		if !isUnit(unit) {
			return credit{}, false
		}
	}
	if unit == "" && isUnit(name) {
		// No person: the office that answered is the source.
		return credit{authors: []Author{{Name: name, Role: RoleAuthor}}, values: []string{name}, bare: true}, true
	}
	if !validName(name) || !isSurname(name) && !containsAnyRune(name, "·•・") || orgOrPlace(name) {
		return credit{}, false
	}
	c := credit{values: []string{name}, bare: true}
	about := unit
	if about == "" {
		about = job
	}
	if about != "" {
		c.values = append(c.values, about)
	}
	c.authors = []Author{{Name: name, Role: RoleAuthor, About: about}}
	return c, true
}

// isUnit reports whether s, one word of ideographs and digits, names where
// an expert works: 浙江青川律师事务所, 区人社局, 区人民医院.
func isUnit(s string) bool {
	n := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if !isHan(r) && !isDigit(r) {
			return false
		}
		n++
	}
	return n >= 3 && n <= 20 && (isPlaceOrOrg(s) || isOrgSource(s))
}

// deskByline reads the byline of a paper's own voice, a desk with no
// personal name: 本报评论员, 本报特约评论员, 新华社评论员, 人民日报评论员,
// 本报编辑部. The desk is the author.
func deskByline(s string) (credit, bool) {
	var org string
	for _, desk := range [...]string{"特约评论员", "评论员", "编辑部"} {
		if o, ok := strings.CutSuffix(s, desk); ok {
			org = o
			break
		}
	}
	n := utf8.RuneCountInString(org)
	if n < 2 || n > 8 {
		return credit{}, false
	}
	switch org {
	case "本报", "本刊", "本台", "本网", "新华社", "中新社", "人民日报", "光明日报", "经济日报", "求是":
	default:
		// Another paper by its masthead, never a phrase that ends like
		// one: 走进晚报, 来信请寄本报 open with a verb.
		if !isMasthead(org) || strings.ContainsRune("走来寄给致到在进向对把请", firstRune(org)) {
			return credit{}, false
		}
	}
	return credit{authors: []Author{{Name: s, Role: RoleWriter}}, values: []string{s}, lead: true}, true
}

// sourceCredit reads the credit of a text or a picture an organisation
// supplied: 区气象台供稿, 区体育局 供稿, 供稿：区体育局, （区气象台提供）,
// （由区气象台提供）, （图片由区综合行政执法局提供）. The organisations are
// the piece's sources, authors with RoleAuthor; whoever supplied the
// pictures (图片由…提供) is their photographer, as with 供图 and the page's
// 本版图片由…提供; a picture credit may name them by their part in the
// story (图片由受访者提供). A bare 提供 is also a verb of the text (免费提供):
// glued to text, the credit needs a full sentence before it.
func sourceCredit(s string) (credit, bool) {
	role := RoleAuthor
	var rest string
	supplied, pictures := false, false
	switch {
	case strings.HasSuffix(s, "供稿"):
		if strings.Contains(s, "由") {
			return credit{}, false // 本文由区气象台供稿 is a sentence
		}
		rest = s[:len(s)-len("供稿")]
	case strings.HasPrefix(s, "供稿"):
		rest = s[len("供稿"):]
		if r := firstRune(rest); r != '：' && r != ':' && r != '/' && r != '／' && !isSpace(r) {
			return credit{}, false // 供稿人, 供稿单位 are words of a text
		}
	case strings.HasSuffix(s, "提供"):
		rest, supplied = s[:len(s)-len("提供")], true
		for _, p := range [...]string{"图片由", "照片由", "图由"} {
			if r, ok := strings.CutPrefix(rest, p); ok {
				rest, role, supplied = r, RolePhotographer, false
				pictures = true
				break
			}
		}
		rest = strings.TrimPrefix(rest, "由")
		if strings.Contains(rest, "由") {
			return credit{}, false // 资料由…, 物资由…: a sentence
		}
	case strings.HasSuffix(s, "提醒"):
		// A box's sign-off, the office alone before 提醒: 区应急管理局提醒,
		// 区消防救援大队温馨提醒.
		rest = strings.TrimSuffix(s[:len(s)-len("提醒")], "温馨")
		if utf8.RuneCountInString(rest) < 3 || !isOrgSource(rest) {
			return credit{}, false // 请市民注意防范…提醒, 妈妈的提醒
		}
		return credit{authors: []Author{{Name: rest, Role: RoleAuthor}}, values: []string{rest}, afterSentence: true, reminder: true}, true
	default:
		return credit{}, false
	}
	rest = strings.TrimFunc(rest, isCreditSep)
	c := credit{afterSentence: supplied, supplied: pictures}
	for src := range strings.FieldsFuncSeq(rest, isNameSep) {
		n := 0
		for ri, rn := 0, 0; ri < len(src); ri += rn {
			var r rune
			r, rn = decodeRune(src, ri)
			if !isHan(r) && !isDigit(r) && r != '·' {
				return credit{}, false
			}
			n++
		}
		if n < 2 || n > 20 || len(c.authors) == 3 {
			return credit{}, false
		}
		// 提供 follows many a word (免费提供, 政府提供): only an office, a
		// company, a school, a town or a person's name supplies a piece.
		if role == RolePhotographer && pictureParty(src) {
			// 图片由受访者提供: the person the story is about took or kept
			// the pictures; the party is named as printed.
		} else if supplied || role == RolePhotographer {
			if !(n >= 3 && isOrgName(src)) && !isOrgSource(src) && !bareName(src) {
				return credit{}, false
			}
		} else if !isOrgName(src) && !(validName(src) && isSurname(src)) {
			return credit{}, false
		}
		c.authors = append(c.authors, Author{Name: src, Role: role})
		c.values = append(c.values, src)
	}
	return c, len(c.authors) > 0
}

// pictureParties are the people a picture credit names by their part in
// the story rather than by name: 图片由受访者提供, 照片由作者提供,
// 图片由家属提供, 图由主办方提供.
var pictureParties = [...]string{"受访者", "受访人", "被访者", "采访对象", "受访对象", "受访单位", "当事人", "作者",
	"本人", "家属", "读者", "主办方", "承办方", "校方", "院方", "警方", "受访家庭", "家长", "网友"}

// pictureParty reports whether s names who supplied a picture by part.
func pictureParty(s string) bool {
	return slices.Contains(pictureParties[:], s)
}

// creditGroup is a label and the names it applies to.
type creditGroup struct {
	role, role2 Role
	about       string
	names       int // how many names; they follow the earlier groups' names
	prefixed    bool
	short       bool // the label is one character: 文, 图, 摄, 绘
	suffixed    bool // a label after the names closed the group
	lead        bool
	// one: role is a job title and role2 the one function a label before
	// it named (文/记者 X, 图/通讯员 Y); each name is credited once, with
	// its function unless the job says it (a reporter writes).
	one bool
}

// chineseCredit reads labels and names: 记者 张三 通讯员 李四, 张三/摄,
// 文/张三 图/李四, 新华社记者 王五. Outside brackets a short label must be
// set apart from the name (记者 张三), so that 记者手记 is no credit.
func chineseCredit(s string, bracketed bool) (credit, bool) {
	// Most attempts fail: the groups, names and agencies stay in arrays on
	// the stack until the credit is read whole.
	var (
		groupBuf [8]creditGroup
		nameBuf  [16]string
		orgBuf   [4]string
		groups   = groupBuf[:0]
		names    = nameBuf[:0]
		orgs     = orgBuf[:0]
		cur      creditGroup
	)
	closeGroup := func() bool {
		if cur.names == 0 {
			return !cur.prefixed // a label with no names is not a credit
		}
		if cur.role == "" {
			return false
		}
		groups = append(groups, cur)
		cur = creditGroup{}
		return true
	}
	pos := 0
	for pos < len(s) {
		r, size := decodeFirst(s[pos:])
		if isCreditSep(r) {
			pos += size
			continue
		}
		if l, ok := matchLabel(s[pos:]); ok {
			next := skipSeps(s, pos+len(l.text))
			atEnd := next >= len(s)
			_, nextIsLabel := matchLabel(s[next:])
			// 图/本报记者 孙浩: a label set apart by a slash or colon opens
			// the names after it, even before another label.
			opens := false
			if r := firstRune(s[pos+len(l.text):]); !atEnd && (r == '/' || r == '／' || r == '：' || r == ':') {
				opens = true
			}
			// After names with no label, a label closes them: 顾晓/文 蒋涛/摄.
			if cur.names > 0 && l.suffix && (atEnd || nextIsLabel && !opens || !cur.prefixed) {
				if !cur.prefixed || l.overrides {
					cur.role, cur.role2 = l.role, l.role2
				}
				if l.role == RoleReporter {
					cur.lead = true
				}
				if atEnd && l.overrides && cur.prefixed && l.role != RoleWriter {
					// A closing 摄 holds for every name of the credit:
					// 记者 王一凡 实习生 李响 摄.
					for k := range groups {
						if g := &groups[k]; g.prefixed && !g.suffixed && (g.role == RoleReporter || g.role == RoleCorrespondent) {
							g.role, g.role2 = l.role, l.role2
						}
					}
				}
				cur.suffixed = true
				if !closeGroup() {
					return credit{}, false
				}
				pos += len(l.text)
				continue
			}
			if bracketed && cur.names > 0 && !cur.prefixed && cur.role == "" {
				// A name with no label signs first: （黄迪 本报记者 李明）.
				cur.role = RoleReporter
			}
			if l.prefix && cur.prefixed && cur.names == 0 && cur.role != "" {
				// Two labels for the same names: 文/图 本报记者 韩雪.
				if !bracketed && l.glueless() && isHan(firstRune(s[pos+len(l.text):])) {
					return credit{}, false
				}
				extra := cur.role2
				// 文/记者 邹明轩, 图/通讯员 黎安: one function and a job title
				// name one person once.
				one := extra == "" && (l.role == RoleReporter || l.role == RoleCorrespondent)
				if extra == "" || extra == l.role {
					extra = cur.role
				}
				if extra == l.role {
					extra = ""
				}
				// The agency of the first label stays: 新华社记者 摄影 X.
				cur = creditGroup{role: l.role, role2: extra, prefixed: true, lead: l.lead, one: one && extra != "", about: cur.about}
				pos += len(l.text)
				continue
			}
			if !l.prefix || !closeGroup() {
				return credit{}, false
			}
			if !bracketed && l.glueless() && isHan(firstRune(s[pos+len(l.text):])) {
				return credit{}, false
			}
			cur = creditGroup{role: l.role, role2: l.role2, prefixed: true, lead: l.lead, short: l.slash}
			pos += len(l.text)
			continue
		}
		// An agency before a reporter label: 新华社记者, 嘉定报通讯员.
		if org, l, n, ok := orgLabel(s[pos:]); ok {
			if !closeGroup() {
				return credit{}, false
			}
			cur = creditGroup{role: l.role, prefixed: true, about: org, lead: l.lead}
			orgs = append(orgs, org)
			pos += n
			continue
		}
		// A name: a run of ideographs, up to the next separator or label.
		start := pos
		dotted := false // a dot between the parts of a foreign name so far
		for pos < len(s) {
			r, size := decodeFirst(s[pos:])
			dot := r == '·' || r == '•' || r == '・'
			if !dot && !isHan(r) {
				break
			}
			if pos-start > 16*3 || pos-start >= 8*3 && !dotted {
				return credit{}, false // longer than any name
			}
			if pos-start >= 6 { // after two characters a label may follow directly
				if _, ok := matchLabel(s[pos:]); ok {
					break
				}
			}
			pos += size
			dotted = dotted || dot
		}
		if pos == start {
			return credit{}, false
		}
		// A padded name: 周 敏, 王　芳, 陆 晓 峰; four characters are two.
		// After 文, 图 or 摄 it needs a slash (文/王　芳): 文 化 生 活 is
		// a spaced heading.
		if _, size := decodeFirst(s[start:]); pos == start+size && !(cur.short && cur.names == 0 && isSpace(lastRune(s[:start]))) {
			var ends [5]int
			n := padTokens(s, start, &ends)
			if k := padSplit(n); k > 0 {
				names = append(names, s[start:ends[k-1]])
				cur.names++
				if k < n { // four characters are two names
					names = append(names, s[skipSpaces(s, ends[k-1]):ends[n-1]])
					cur.names++
				}
				pos = ends[n-1]
				continue
			}
		}
		name := s[start:pos]
		// A suffix glued to the name at the end: 张三摄, (记者 张三摄).
		if skipSeps(s, pos) >= len(s) {
			glued := false
			for _, suf := range [...]string{"摄影", "摄", "供图", "制图"} {
				if base, ok := strings.CutSuffix(name, suf); ok && validName(base) {
					l, _ := matchLabel(suf + "/")
					names = append(names, base)
					cur.names++
					if !cur.prefixed || l.overrides {
						cur.role = l.role
					}
					glued = true
					break
				}
			}
			if glued {
				continue
			}
		}
		if !validName(name) {
			return credit{}, false
		}
		names = append(names, name)
		cur.names++
	}
	if !closeGroup() || len(groups) == 0 {
		return credit{}, false
	}
	nAuthors := 0
	for _, g := range groups {
		nAuthors += g.names
		if g.role2 != "" {
			nAuthors += g.names
		}
	}
	c := credit{
		authors: make([]Author, 0, nAuthors),
		values:  make([]string, 0, len(orgs)+len(names)),
		lead:    groups[0].lead,
	}
	c.values = append(c.values, orgs...)
	next := 0
	for _, g := range groups {
		for _, n := range names[next : next+g.names] {
			name := joinName(n)
			if g.one {
				role := g.role
				if g.role2 != RoleWriter {
					role = g.role2
				}
				c.authors = append(c.authors, Author{Name: name, Role: role, About: g.about})
				c.values = append(c.values, n)
				continue
			}
			c.authors = append(c.authors, Author{Name: name, Role: g.role, About: g.about})
			if g.role2 != "" {
				c.authors = append(c.authors, Author{Name: name, Role: g.role2, About: g.about})
			}
			c.values = append(c.values, n)
		}
		next += g.names
		// A reporter's byline opens a piece, and so does a commentator's
		// (评论员 何平); a writer's or a photographer's credit closes it.
		if g.role != RoleReporter && g.role != RoleCorrespondent && !(g.lead && g.role == RoleWriter && g.role2 == "") {
			c.lead = false
		}
	}
	return c, true
}

// skipSeps returns the index of the first non-separator at or after i.
func skipSeps(s string, i int) int {
	for i < len(s) {
		r, size := decodeFirst(s[i:])
		if !isCreditSep(r) {
			break
		}
		i += size
	}
	return i
}

// orgLabel matches an agency or paper name glued to a reporter label:
// 新华社记者, 人民网记者, 嘉定报通讯员. It returns the agency, the label and the
// length matched.
func orgLabel(s string) (string, creditLabel, int, bool) {
	head := s[:min(len(s), 40)]
	if !strings.Contains(head, "记者") && !strings.Contains(head, "通讯员") {
		return "", creditLabel{}, 0, false
	}
	n := 0
	for i, rn := 0, 0; i < len(s); i += rn {
		var r rune
		r, rn = decodeRune(s, i)
		if !isHan(r) || n >= 8 {
			return "", creditLabel{}, 0, false
		}
		n++
		if n < 2 {
			continue
		}
		end := i + utf8.RuneLen(r)
		if !strings.ContainsRune("社报网台刊站", r) {
			continue
		}
		for _, word := range [...]string{"记者", "摄影记者", "通讯员", "特约记者"} {
			if strings.HasPrefix(s[end:], word) {
				l, _ := matchLabel(s[end:])
				return s[:end], l, end + len(l.text), true
			}
		}
	}
	return "", creditLabel{}, 0, false
}

// validName reports whether s looks like a Chinese personal name: two to
// four ideographs, or longer names with a middle dot.
func validName(s string) bool {
	n, dots := 0, 0
	prevDot := true
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		switch {
		case r == '·' || r == '•' || r == '・':
			if prevDot {
				return false
			}
			dots++
			prevDot = true
			continue
		case !isHan(r):
			return false
		}
		n++
		prevDot = false
	}
	if prevDot {
		return false
	}
	if dots > 0 {
		return n >= 2 && n <= 16
	}
	return n >= 2 && n <= 4
}

// englishCredit reads "By JANE DOE", "By Jane Doe and John Roe, Associated
// Press", "Photo by Jane Doe/AP", "Illustration by X", "JANE DOE/AP".
func englishCredit(s string) (credit, bool) {
	r := firstRune(s)
	if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
		return credit{}, false
	}
	if strings.Contains(s, ";") {
		return joinedCredits(s)
	}
	if c, ok := deskCredit(s); ok {
		// A byline of the desk alone: From staff and wire reports.
		c.lead = true
		return c, true
	}
	if agencyLine(s) {
		// A wire story's byline names only the agency: The Associated Press.
		return credit{authors: []Author{{Name: s, Role: RoleAuthor}}, values: []string{s}, lead: true}, true
	}
	type prefix struct {
		text string
		role Role
		lead bool
	}
	for _, p := range [...]prefix{
		{"by ", RoleReporter, true},
		{"story by ", RoleWriter, true},
		{"text by ", RoleWriter, true},
		{"words by ", RoleWriter, true},
		{"written by ", RoleWriter, true},
		{"compiled by ", RoleWriter, false},
		{"reporting by ", RoleReporter, false},
		{"additional reporting by ", RoleReporter, false},
		{"writing by ", RoleWriter, false},
		{"editing by ", RoleEditor, false},
		{"staff photo by ", RolePhotographer, false},
		{"photographs by ", RolePhotographer, false},
		{"photograph by ", RolePhotographer, false},
		{"photos by ", RolePhotographer, false},
		{"photo by ", RolePhotographer, false},
		{"photos: ", RolePhotographer, false},
		{"photo: ", RolePhotographer, false},
		{"photo courtesy of ", RolePhotographer, false},
		{"courtesy of ", RolePhotographer, false},
		{"graphic by ", RoleGraphics, false},
		{"graphics by ", RoleGraphics, false},
		{"illustration by ", RoleGraphics, false},
		{"illustrations by ", RoleGraphics, false},
		{"graphic: ", RoleGraphics, false},
		{"edited by ", RoleEditor, false},
	} {
		if len(s) <= len(p.text) || !strings.EqualFold(s[:len(p.text)], p.text) {
			continue
		}
		c, ok := englishNames(s[len(p.text):], p.role)
		if !ok {
			return credit{}, false
		}
		c.lead = p.lead
		return c, true
	}
	if c, ok := paperPhotoCredit(s); ok {
		return c, true
	}
	// A caption credit: JANE DOE/AP, Jane Doe/The Daily Star.
	if i := strings.IndexAny(s, "/"); i > 0 {
		name, org := trim(s[:i]), trim(s[i+1:])
		if isEnglishName(name) && isEnglishOrg(org) && (isUpperWords(name) || isUpperWords(org)) {
			return credit{
				authors: []Author{{Name: name, Role: RolePhotographer, About: org}},
				values:  []string{name, org},
			}, true
		}
	}
	return credit{}, false
}

// paperPhotoCredit reads a photo credit that names the paper before its
// label, the usual form of American papers: "Sentinel photo by Carla
// Mendez", "Courier staff photo by X", "Times Union photos by X". The paper
// is the photographer's affiliation; "File photo by X" names none.
func paperPhotoCredit(s string) (credit, bool) {
	// The label is two words after the paper: find "by" after a photo word.
	i := strings.Index(s, " photo")
	if i < 0 {
		if i = strings.Index(s, " Photo"); i < 0 {
			if i = strings.Index(s, " PHOTO"); i < 0 {
				return credit{}, false
			}
		}
	}
	paper, rest := s[:i], s[i+1:]
	label := ""
	for _, l := range [...]string{"photo by ", "photos by ", "photograph by ", "photographs by "} {
		if len(rest) > len(l) && strings.EqualFold(rest[:len(l)], l) {
			label = l
			break
		}
	}
	if label == "" {
		return credit{}, false
	}
	words := strings.Fields(paper)
	if len(words) == 0 || len(words) > 5 {
		return credit{}, false
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) && w != "the" && w != "of" && w != "staff" && w != "file" {
			return credit{}, false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '&' {
				return credit{}, false // a sentence before it: Trail. Sentinel
			}
		}
	}
	c, ok := englishNames(rest[len(label):], RolePhotographer)
	if !ok {
		return credit{}, false
	}
	c.paper = true
	// Words that say what kind of picture it is, not whose: Courier staff
	// photo, File photo.
	org := trim(paper)
	for {
		k := strings.LastIndexByte(org, ' ') + 1
		if w := org[k:]; strings.EqualFold(w, "staff") || strings.EqualFold(w, "file") {
			org = trim(org[:k])
			continue
		}
		break
	}
	if org == "" {
		return c, true
	}
	if !unicode.IsUpper(firstRune(org)) || strings.EqualFold(org, "the") {
		return credit{}, false // the photo by X: a phrase of a sentence
	}
	for _, a := range c.authors {
		if a.About != "" {
			// Sentinel photo by X | The Ledger: two papers for one
			// picture; which is the photographer's is not clear.
			return credit{}, false
		}
	}
	for k := range c.authors {
		c.authors[k].About = org
	}
	c.values = append(c.values, org)
	return c, true
}

// agencies are the news agencies that sign a story by name alone.
var agencies = [...]string{"The Associated Press", "Associated Press", "Reuters", "Thomson Reuters",
	"Agence France-Presse", "AFP", "Bloomberg", "Bloomberg News", "Xinhua", "Xinhua News Agency",
	"Kyodo News", "Deutsche Presse-Agentur", "United Press International", "The Canadian Press"}

// agencyLine reports whether s, all of a line, names a news agency or the
// desk alone: "The Associated Press", "From staff and wire reports".
func agencyLine(s string) bool {
	for _, a := range agencies {
		if strings.EqualFold(s, a) {
			return true
		}
	}
	_, ok := deskCredit(s)
	return ok
}

// cutSignoffDash cuts the dash that opens an English sign-off, "— Staff
// reports", "-- Jane Doe, Lakeshore", and returns the rest when a capital
// letter follows. Chinese decks open with a double dash and ideographs
// (——记社区志愿者) and are no sign-off.
func cutSignoffDash(s string) (string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(s, "—") && !strings.HasPrefix(s, "——"):
		rest = s[len("—"):]
	case strings.HasPrefix(s, "–"):
		rest = s[len("–"):]
	case strings.HasPrefix(s, "--") && !strings.HasPrefix(s, "---"):
		rest = s[2:]
	default:
		return "", false
	}
	rest = trim(rest)
	r := firstRune(rest)
	return rest, r < utf8.RuneSelf && unicode.IsUpper(r)
}

// deskSignoff is a sign-off or a byline of the paper's desk rather than
// of a person: "— Staff reports", "From staff and wire reports".
type deskSignoff struct {
	text  string // as printed, compared without case, after "from"
	staff bool   // the paper's staff wrote it
	wire  string // the wires it came from, as an author's name
}

// deskSignoffs sign briefs a paper gathered itself or took from the wires.
var deskSignoffs = [...]deskSignoff{
	{text: "staff reports", staff: true},
	{text: "staff report", staff: true},
	{text: "staff and wire reports", staff: true, wire: "Wire reports"},
	{text: "wire reports", wire: "Wire reports"},
	{text: "wire services", wire: "Wire services"},
	{text: "news services", wire: "News services"},
}

// deskCredit reads a desk's sign-off or byline: "Staff reports", "From
// staff reports", "From wire services". The staff is one author, named
// "Staff", who wrote the piece (RoleWriter); the wires are its source
// (RoleAuthor). The words are all labels: the credit records no value.
func deskCredit(s string) (credit, bool) {
	if len(s) < len("wire reports") || len(s) > len("from staff and wire reports") {
		return credit{}, false
	}
	if len(s) > 5 && strings.EqualFold(s[:5], "from ") {
		s = trim(s[5:])
	}
	for _, d := range deskSignoffs {
		if !strings.EqualFold(s, d.text) {
			continue
		}
		var c credit
		if d.staff {
			c.authors = append(c.authors, Author{Name: "Staff", Role: RoleWriter})
		}
		if d.wire != "" {
			c.authors = append(c.authors, Author{Name: d.wire, Role: RoleAuthor})
		}
		return c, true
	}
	return credit{}, false
}

// signoff reads what follows the dash of an English sign-off: the desk
// (Staff reports), a writer (The Tribune Editorial Board) or a letter's
// writer and home (Denise Farrow, Lakeshore).
func signoff(s string) (credit, bool) {
	if len(s) > 80 || strings.ContainsAny(s, ".!?;:") && !strings.HasSuffix(s, "Jr.") {
		return credit{}, false
	}
	if c, ok := deskCredit(s); ok {
		return c, true
	}
	if c, ok := paperStaff(s); ok {
		return c, true
	}
	if c, ok := boardSignoff(s, false); ok {
		return c, true
	}
	name, about, _ := strings.Cut(s, ",")
	name, about = trim(name), trim(about)
	if !isEnglishName(name) || about != "" && !isEnglishName(about) && !isEnglishOrg(about) {
		return credit{}, false
	}
	c := credit{authors: []Author{{Name: name, Role: RoleWriter, About: about}}, values: []string{name}}
	if about != "" {
		c.values = append(c.values, about)
	}
	return c, true
}

// boardWords close the name of the paper's editorial board or desk that
// signs its editorials, compared without case: The Courier editorial
// board, The Editors.
var boardWords = [...]string{"editorial board", "editorial staff", "editorial writers", "editors"}

// paperStaff reads the sign-off of a story the paper's staff wrote, named
// by the paper: "Ledger staff", "The Gazette staff", "Ledger staff
// report", "Ledger staff and wire reports". The staff is one author,
// named as printed (Ledger staff), who wrote the piece; the wires are its
// source. It is read only after a sign-off's dash, and only where the name
// ends in a newspaper's word: "- Hospital staff" is no credit.
func paperStaff(s string) (credit, bool) {
	if len(s) > 60 {
		return credit{}, false
	}
	i := strings.Index(strings.ToLower(s), " staff")
	if i <= 0 {
		return credit{}, false
	}
	name, tail := s[:i+len(" staff")], trim(s[i+1:])
	var wire string
	if !strings.EqualFold(tail, "staff") {
		k := slices.IndexFunc(deskSignoffs[:], func(d deskSignoff) bool { return d.staff && strings.EqualFold(tail, d.text) })
		if k < 0 {
			return credit{}, false
		}
		wire = deskSignoffs[k].wire
	}
	if !staffPaperName(s[:i]) {
		return credit{}, false
	}
	c := credit{authors: []Author{{Name: name, Role: RoleWriter}}, values: []string{name}}
	if wire != "" {
		c.authors = append(c.authors, Author{Name: wire, Role: RoleAuthor})
	}
	return c, true
}

// staffPaperName reports whether s may be a paper's name as a sign-off prints
// it: one to four capitalised words of letters (Ledger, The Carrow Valley
// Ledger), none of them a word of the desk (Staff, Wire), the last a
// newspaper's word (see paperWords). Other staffs sign quoted cards and
// notes inside stories (- Hospital staff, — Carver Regional staff, —
// Library staff) and are no writer of the paper.
func staffPaperName(s string) bool {
	n, last := 0, ""
	for w := range strings.FieldsSeq(s) {
		n++
		if n > 4 || !unicode.IsUpper(firstRune(w)) || strings.EqualFold(w, "staff") || strings.EqualFold(w, "wire") {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '&' && r != '-' {
				return false
			}
		}
		last = w
	}
	return n > 0 && slices.ContainsFunc(paperWords[:], func(p string) bool { return strings.EqualFold(last, p) })
}

// boardSignoff reads the sign-off of an editorial, the board that wrote
// it: "The Courier editorial board", "The Editorial Board", "The Editors".
// The words before the board's must name the paper, each capitalised.
// After a single hyphen, which also opens the items of a list (- Former
// editors), "editors" signs only after the paper's name: - The Editors,
// - The Courier Editors.
func boardSignoff(s string, hyphen bool) (credit, bool) {
	if len(s) > 60 {
		return credit{}, false
	}
	for _, w := range boardWords {
		if len(s) < len(w) || !strings.EqualFold(s[len(s)-len(w):], w) {
			continue
		}
		paper := s[:len(s)-len(w)]
		if paper != "" && !strings.HasSuffix(paper, " ") {
			return credit{}, false // a word that only ends so
		}
		for _, word := range strings.Fields(paper) {
			if r := firstRune(word); !unicode.IsUpper(r) || strings.ContainsAny(word, ".,;:!?") {
				return credit{}, false // the board met: a sentence
			}
		}
		if paper == "" && !strings.EqualFold(w, "editorial board") {
			return credit{}, false // "- editors": a list item
		}
		if hyphen && w == "editors" && !strings.HasPrefix(paper, "The ") {
			return credit{}, false // - Former editors, - Student Editors: a list item
		}
		return credit{authors: []Author{{Name: s, Role: RoleWriter}}, values: []string{s}}, true
	}
	return credit{}, false
}

// letterHome reports whether the line under a letter writer's name says
// where the writer lives or works: a town (Harlow, Millbrook, Ohio), or
// what the writer does and where, the town last (Owner, Marchetti Hair
// Studio, Harlow). Every part is capitalised; no part ends a sentence.
func letterHome(s string) bool {
	if isPlace(s) {
		return true
	}
	if len(s) > 60 || strings.ContainsAny(s, ".!?:;") {
		return false
	}
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts) > 4 || !isPlace(trim(parts[len(parts)-1])) {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if w := strings.Fields(p); len(w) == 0 || len(w) > 5 || !unicode.IsUpper(firstRune(w[0])) {
			return false
		}
	}
	return true
}

// shortHome reports whether the line under a letter writer's name is
// short enough to tell it from a headline where no blank line sets it
// apart: a first part of one or two words (Carver, East Millbrook, Owner,
// …) and no more than 40 bytes in all. A headline says more.
func shortHome(s string) bool {
	first, _, _ := strings.Cut(trim(s), ",")
	return len(strings.Fields(first)) <= 2 && len(s) <= 40
}

// joinedCredits reads the credit line that closes a wire story, credits
// joined by semicolons: "Reporting by Jane Doe and John Roe; Editing by
// Mark Smith". Every part must be a credit of its own.
func joinedCredits(s string) (credit, bool) {
	var c credit
	for part := range strings.SplitSeq(s, ";") {
		pc, ok := englishCredit(trim(part))
		if !ok {
			return credit{}, false
		}
		c.authors = append(c.authors, pc.authors...)
		c.values = append(c.values, pc.values...)
	}
	return c, true
}

// englishNames reads "Jane Doe and John Roe, Associated Press" or
// "Jane Doe/AP" after a credit's opening words.
func englishNames(s string, role Role) (credit, bool) {
	s = trim(s)
	var about string
	if i := strings.IndexAny(s, "/|"); i >= 0 {
		s, about = trim(s[:i]), trim(s[i+1:])
		if about == "" {
			return credit{}, false
		}
	}
	// Split on commas, "and" and "&", keeping where each part starts so an
	// affiliation is taken as printed.
	type part struct {
		text  string
		start int
		and   bool // "and" or "&" joins it to the next part
	}
	var parts []part
	for start := 0; start < len(s); {
		end, next := len(s), len(s)
		for _, sep := range [...]string{",", " and ", " AND ", " & "} {
			if k := strings.Index(s[start:], sep); k >= 0 && start+k < end {
				end, next = start+k, start+k+len(sep)
			}
		}
		if t := trim(s[start:end]); t != "" {
			parts = append(parts, part{t, start, end < len(s) && s[end] == ' '})
		}
		start = next
	}
	var c credit
	for i, p := range parts {
		if isEnglishName(p.text) && !isEnglishOrg(p.text) {
			name := p.text
			if i+1 < len(parts) && p.and {
				name = sharedSurname(name, parts[i+1].text)
			}
			c.authors = append(c.authors, Author{Name: name, Role: role})
			c.values = append(c.values, p.text)
			continue
		}
		// Wire copy says where each reporter filed: Jane Doe in San Francisco.
		if name, place, ok := strings.Cut(p.text, " in "); ok && isEnglishName(name) && !isEnglishOrg(name) && isEnglishName(place) {
			c.authors = append(c.authors, Author{Name: name, Role: role, About: place})
			c.values = append(c.values, name, place)
			continue
		}
		if i == 0 || about != "" {
			return credit{}, false
		}
		// The rest is an affiliation: ", Associated Press", ", Staff Writer".
		rest := trim(s[p.start:])
		if !isEnglishOrg(rest) {
			return credit{}, false
		}
		about = rest
		break
	}
	if len(c.authors) == 0 {
		return credit{}, false
	}
	if about != "" {
		if !isEnglishOrg(about) && !isEnglishName(about) {
			return credit{}, false
		}
		for i := range c.authors {
			c.authors[i].About = about
		}
		c.values = append(c.values, about)
	}
	return c, true
}

// sharedSurname returns the name of the first of two people a couple's
// credit joins with "and": a given name alone before a full name shares
// its family name — Diane and Peter Kozlowski are Diane Kozlowski and
// Peter Kozlowski. Any other first name is returned as it is.
func sharedSurname(first, next string) string {
	if strings.IndexByte(first, ' ') >= 0 || strings.HasSuffix(first, ".") || !isEnglishName(next) || isEnglishOrg(next) {
		return first
	}
	words := strings.Fields(next)
	if len(words) < 2 || len(words) > 3 {
		return first
	}
	last := words[len(words)-1]
	switch last {
	case "Jr.", "Sr.", "II", "III", "IV":
		return first // Jane and John Doe Jr.: whose suffix is it?
	}
	if utf8.RuneCountInString(strings.Trim(last, ".")) < 2 || isUpperWords(first) != isUpperWords(last) {
		return first
	}
	if len(words) == 3 && unicode.IsLower(firstRune(words[1])) {
		last = words[1] + " " + last // Anna and Piet van Dijk
	}
	return first + " " + last
}

// isEnglishName reports whether s looks like a person's name: one to five
// capitalised words or initials, with particles such as "de" or "van".
func isEnglishName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 60 {
		return false
	}
	capital, long := 0, false
	for _, w := range words {
		switch w {
		case "de", "van", "von", "der", "da", "di", "la", "le", "del", "bin", "al", "Jr.", "Sr.":
			continue
		}
		r := firstRune(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' {
				return false
			}
		}
		capital++
		long = long || utf8.RuneCountInString(strings.Trim(w, ".")) >= 2
	}
	return capital > 0 && long
}

// isEnglishOrg reports whether s names a news organisation or a staff title.
func isEnglishOrg(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ".,")
		switch strings.ToLower(w) {
		case "ap", "afp", "reuters", "xinhua", "bloomberg", "upi", "getty", "images", "press", "news",
			"times", "post", "journal", "herald", "tribune", "gazette", "agency", "service", "staff",
			"writer", "reporter", "correspondent", "editor", "bureau", "network", "media", "daily",
			"weekly", "magazine", "review", "associated", "the", "photographer", "contributor",
			"courtesy", "shutterstock", "epa", "pool", "handout", "file", "chronicle", "observer",
			"courier", "star", "sun", "mail", "telegraph", "globe", "wire", "newswire", "photo":
			return true
		}
	}
	return false
}

// isUpperWords reports whether every letter of s is upper case.
func isUpperWords(s string) bool {
	letters := 0
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// cutTrailingCredit cuts a credit glued to the end of a paragraph
// ("…作主旨演讲。 撰稿 俞超", "…交流发言。撰稿 李华成", "…(记者 张三 摄)").
// It returns the text before the credit.
func cutTrailingCredit(s string) (string, string, credit, bool) {
	s = trimRight(s)
	if len(s) < 4 {
		return s, "", credit{}, false
	}
	switch lastRune(s) {
	case '。', '！', '？', '”', '!', '?':
		return s, "", credit{}, false // the usual paragraph: it ends a sentence
	case '）', ')':
		if before, ct, c, ok := cutBareCredit(s); ok {
			return before, ct, c, true
		}
	}
	// The credit is short and holds no full stop: look at the end only,
	// after the last sentence.
	from := len(s) - 200
	if from < 0 {
		from = 0
	}
	for from > 0 && !utf8.RuneStart(s[from]) {
		from++
	}
	if i := lastSentenceEnd(s[from:]); i > 0 {
		from += i
	}
	if from > 0 {
		// Step back over the spaces and the ender so the first candidate is
		// the text right after the sentence.
		for from > 0 {
			r, size := decodeLastRune(s[:from])
			if !isSpace(r) && !isEnder(r) && !isCloser(r) {
				break
			}
			from -= size
		}
	}
	win := s[from:]
	if !mayHoldCredit(win) {
		return s, "", credit{}, false // no label word: the usual heading or fragment
	}
	// Candidate starts: after a sentence ender, after spaces, at a bracket.
	const (
		other = iota
		space
		ender
	)
	var buf [16]int
	starts := buf[:0]
	prev := other
	for i, rn := 0, 0; i < len(win); i += rn {
		if c := win[i]; c >= 0xE4 && c <= 0xE9 {
			// U+4000..U+9FFF, ideographs: no space, ender or bracket.
			if i > 0 && (prev == space || prev == ender) {
				starts = append(starts, from+i)
			}
			prev, rn = other, 3
			continue
		}
		var r rune
		r, rn = decodeRune(win, i)
		if i > 0 && !isSpace(r) {
			if (prev == space || prev == ender) && !isCloser(r) || r == '(' || r == '（' {
				starts = append(starts, from+i)
			}
		}
		switch {
		case isSpace(r):
			prev = space
		case isEnder(r), isCloser(r) && prev == ender:
			prev = ender
		default:
			prev = other
		}
	}
	if len(starts) == 0 || !mayHoldCredit(s[starts[0]:]) {
		return s, "", credit{}, false
	}
	for _, st := range starts {
		before := trimRight(s[:st])
		if before == "" {
			continue
		}
		tail := s[st:]
		if endsSentence(tail) && !strings.HasSuffix(tail, ")") && !strings.HasSuffix(tail, "）") {
			continue // a credit never ends with a full stop
		}
		// Without a sentence end before it, a credit must follow spaces.
		if !endsSentence(before) && !isSpace(lastRune(s[:st])) && !isOpener(firstRune(tail)) {
			continue
		}
		if c, ok := parseCredit(tail); ok {
			if c.paper && !endsSentence(before) {
				continue // Millrace Trail Sentinel photo by X: where does the paper start?
			}
			if (c.bare || c.afterSentence) && !endsSentence(before) {
				continue // 一等奖（东湖街道 芮思远）: a name with no label signs after a sentence
			}
			return before, trim(tail), c, true
		}
	}
	return s, "", credit{}, false
}

// mayHoldCredit is a cheap test for a label word in the text.
func mayHoldCredit(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c == '/' {
			return true
		}
		if c < 0xE0 || c > 0xEF || i+2 >= len(s) {
			i++ // ASCII, or a byte of a character no label opens with
			continue
		}
		// Every label opens with a three-byte character.
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if labelStart(r) || r == '／' || r == '作' || r == '答' || r == '解' || r == '释' {
			return true
		}
		i += 3
	}
	return strings.Contains(s, "By") || strings.Contains(s, "BY") || strings.Contains(s, "hoto") ||
		strings.Contains(s, "HOTO") || strings.Contains(s, "raphic") || strings.Contains(s, "llustrat") ||
		strings.Contains(s, "ourtesy") || strings.Contains(s, "y ")
}

// lastSentenceEnd returns the index just after the last sentence ender of
// s, closing quotes included, or 0. A period counts only before a space and
// after a word of three or more letters, not an initial (J.) or an
// abbreviation inside a name.
func lastSentenceEnd(s string) int {
	for i := len(s); i > 0; {
		if i >= 3 && s[i-3] >= 0xE4 && s[i-3] <= 0xE9 {
			i -= 3 // an ideograph (U+4000..U+9FFF)
			continue
		}
		r, size := decodeLastRune(s[:i])
		i -= size
		switch r {
		case '。', '！', '？', '…', '!', '?', '．':
			return i + size
		case '.':
			if (i+size == len(s) || s[i+size] == ' ') && i >= 3 && isLatin(rune(s[i-1])) && isLatin(rune(s[i-2])) && isLatin(rune(s[i-3])) {
				return i + size
			}
		}
	}
	return 0
}

// surnames are the common family names, one character each. Names with no
// label before them — in brackets (（孙蕾）), after a mark and padded (□ 江
// 岚), glued to a label (记者胡杨报道) — are taken on the evidence of a
// common surname. Characters that also open everyday
// words of a closing bracket (常, 时, 安, 单, 万, 连…) are left out, and so
// are those opening the short words a heading, a poem's title or a note in
// brackets may be: 关注, 文明, 海风, 南山, 来稿, 代表, 洪水, 芦花. The rarer
// family names (赖, 杭, 裘, 邰, 嵇, 昝…) are listed apart: see rareSurnames.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔向汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤阳穆卓古吉缪简麦褚娄窦戚岑景宫卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝封谈匡鞠惠荆冀郁胥储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠朴练廉禹漆巴丰卿狄索晋芮晁扈"

// rareSurnames are rarer family names. As a name of two characters they
// make more words than names — 慕课, 赫兹, 裘皮, 戎装, 茹素, 赖床, 雍正,
// 荀子, 杭州 — so with no label before them they are read only as a
// family name and a given name of two characters (杭晓月, 裘德华), and
// the given name must look like one: 慕尼黑, 檀香山, 杭帮菜 are no names.
const rareSurnames = "赖杭阙邸雍辜裘亓邰赫逯茹慕亢嵇戎檀昝尧桓缑蓟仉逄苻郦邴骞钮荀羿郗隗訾庹蒯宓谯眭"

// compoundSurnames are the family names of two characters.
var compoundSurnames = [...]string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
	"宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "申屠", "轩辕", "呼延"}

// surnameSet holds the characters of surnames and rareSurnames;
// rareSurnameSet those of rareSurnames alone.
var (
	surnameSet     = newRuneSet(surnames + rareSurnames)
	rareSurnameSet = newRuneSet(rareSurnames)
)

// givenNameChars are characters common in men's given names that are
// in neither nameChars nor wordNameChars: 建国, 德华, 志强.
var givenNameChars = newRuneSet("国建军强平德兴福荣永忠春东立光成刚庆良祥贵宝振")

// rareSurnameName reports whether s, opening with one of rareSurnames and
// no compound family name, reads as a name with no label: three
// characters, one of the given name's at least a name's (杭晓月, 赖建国).
func rareSurnameName(s string) bool {
	r := []rune(s)
	if len(r) != 3 {
		return false
	}
	for _, c := range r[1:] {
		if nameChars.has(c) || wordNameChars.has(c) || givenNameChars.has(c) {
			return true
		}
	}
	return false
}

// isSurname reports whether s opens with a common family name.
func isSurname(s string) bool {
	r, size := decodeFirst(s)
	if size < 3 {
		return false
	}
	if surnameSet.has(r) {
		return true
	}
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// bareName reports whether s, a word in brackets with no label, reads as a
// personal name signing a text: a common surname and one or two more
// characters (three with a compound surname), and no word that only looks
// like one — a weekday (周六), a title (王女士), a place (黄浦区).
func bareName(s string) bool {
	n := utf8.RuneCountInString(s)
	if !validName(s) || n < 2 || n > 4 || !isSurname(s) || notAName(s) {
		return false
	}
	if rare := rareSurnameSet.has(firstRune(s)); n == 4 || rare {
		compound := false
		for _, c := range compoundSurnames {
			compound = compound || strings.HasPrefix(s, c)
		}
		if !compound && (n == 4 || !rareSurnameName(s)) {
			return false // 慕课, 慕尼黑; 慕容雪 is a compound family name's
		}
	}
	if strings.HasPrefix(s, "周") && n == 2 && strings.ContainsRune("一二三四五六日天末年岁边", lastRune(s)) {
		return false
	}
	if n == 2 && endsWithAny(s, "州", "城") {
		return false // a city and its byname: 杭州, 苏州, 杭城
	}
	for _, w := range [...]string{"先生", "女士", "老师", "同志", "师傅", "阿姨", "大爷", "大妈", "书记", "主任", "局长",
		"经理", "校长", "医生", "律师", "教授"} {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	// …氏, …家, …总 (王总), 某: a family, a household, a boss, anyone;
	// …部, …队, …组: a department, a team, a group.
	return !strings.ContainsRune(notNameEnds+"某氏家总部队组", lastRune(s))
}

// cutBareCredit cuts a name in brackets with no label from the very end of
// a paragraph, after a full sentence, the way briefs and community news
// sign off: …200余名居民受益。（孙蕾）, （孙蕾 陈思）, （孙 蕾）. Words in the
// same place stay text: （化名）, （见图）, （下称小王）, （完）.
func cutBareCredit(s string) (string, string, credit, bool) {
	last, size := decodeLastRune(s)
	if last != '）' && last != ')' {
		return s, "", credit{}, false
	}
	open := lastOpener(s, 60)
	if open < 0 {
		return s, "", credit{}, false
	}
	o, osize := decodeFirst(s[open:])
	before := trimRight(s[:open])
	if !sameBracket(closerFor(o), last) || before == "" || !endsSentence(before) && !endsInfoField(before) {
		return s, "", credit{}, false
	}
	inner := s[open+osize : len(s)-size]
	c, ok := bracketSignature(inner)
	if !ok {
		if c, ok = townSource(inner); !ok {
			return s, "", credit{}, false
		}
	}
	return before, s[open:], c, true
}

// bracketSignature reads the inside of a bracket that signs a text with no
// label: names (孙蕾, 孙蕾 陈思, 孙 蕾) or a place and a name (东湖街道 芮思远).
func bracketSignature(s string) (credit, bool) {
	if c, ok := affiliatedName(s); ok {
		return c, true
	}
	if c, ok := officeSource(s); ok {
		return c, true
	}
	var buf [4]string
	names, ok := nameList(s, buf[:0])
	if !ok || len(names) > 3 {
		return credit{}, false
	}
	c := credit{values: make([]string, 0, len(names)), authors: make([]Author, 0, len(names)), bare: true}
	for _, name := range names {
		joined := joinName(name)
		if !bareName(joined) {
			if !penName(joined) {
				return credit{}, false
			}
			c.pen = true
		}
		c.authors = append(c.authors, Author{Name: joined, Role: RoleReporter})
		c.values = append(c.values, name)
	}
	return c, true
}

// Pen names and given names with no family name (（文萱）, （晓岚）) are read
// from two sets of characters, both rare in the other words a bracket
// closing a text holds (暂定, 免费, 转载, 上午, 每周, 推荐). nameChars are
// found chiefly in names: 萱, 岚, 婷. wordNameChars are common in names
// and in words as well: 文, 明, 清, 华, 雨, 雪, 林 make 文明, 清明, 明清,
// 清华, 雨雪, 森林.
var (
	nameChars = newRuneSet("晓岚萱轩婷娜敏琳琴凤倩颖嘉琪欣怡涵宇浩杰俊峰磊斌涛鹏辉健志宏鑫昊睿笛萧舟帆岩" +
		"蕾蓉薇菲璐瑶瑾瑜璇琦珊桐楠桦川澜沁漪潇湘凌逸翔鸿雁鹤鸥莺晴曦晖旭昕晗煜炜烨灿斐彬彦琛瑞馨芸芝茜茹" +
		"蔚苇荻彤岑黛璟玥婉娟媛妍姝婕蓓菁晔")
	wordNameChars = newRuneSet("文丽华明伟芳静秀英霞玉兰红雪梅洁云莲艳佳勇海林波森晨阳博若清墨雨月星辰" +
		"松竹菊荷珍翠枫柳溪泉飞亮芬紫丹素锦绣秋")
)

// penNameWords are words of the name characters that a bracket holds as a
// word, not a name: （凌晨）, （晨曦）.
var penNameWords = [...]string{"波涛", "波澜", "宏伟", "蓓蕾", "凌晨", "飞翔", "海鸥", "晨曦", "瑞雪", "娟秀", "英俊", "欣欣"}

// penName reports whether s, a word in brackets with no label and no
// family name, reads as a pen name or a given name signing a brief
// (（文萱）, （晓岚）): two or three characters common in names, one at least
// found chiefly in names, so no word (（明清）, （清华）, （雨雪）). It signs
// only an item of a column where the item ends (see closeBareCredits).
func penName(s string) bool {
	n, named := 0, false
	for _, r := range s {
		switch {
		case nameChars.has(r):
			named = true
		case !wordNameChars.has(r):
			return false
		}
		n++
	}
	return named && n >= 2 && n <= 3 && !isSurname(s) && !notAName(s) && !slices.Contains(penNameWords[:], s)
}

// officeSource reads an office, a company or a school that signs the
// brief it supplied, in brackets where a piece ends: …开展检查。（区市场监管局）,
// （区政协办）, （团区委）, and the short names papers print for them:
// （青溪水务）, （融媒）, （三中）. The office is the piece's source, as with
// X供稿: an author with RoleAuthor, never a reporter.
func officeSource(s string) (credit, bool) {
	s = trim(s)
	if !isOrgSource(s) {
		return credit{}, false
	}
	return credit{authors: []Author{{Name: s, Role: RoleAuthor}}, values: []string{s}, bare: true}, true
}

// townSource reads a sub-district, a town, a township or a residents'
// community that signs the brief it supplied, in brackets after the
// brief's last sentence: …心里踏实。（鹭洲街道）, （柳塘镇）, （杏花社区）. These
// are the offices closest to the news, and their desks send district
// papers most of their briefs; （鹭洲街道供稿） says the same at length. A
// district, a county or a city (（黄浦区）) signs nothing: in brackets it
// says where, and a line alone in brackets is no brief's end either. The
// caller has the position — the end of a paragraph after a full sentence —
// and closeBareCredits the rest: only where a piece may end. Words for
// towns and the countryside at large (古镇, 小镇, 家乡, 江南水乡) say where.
func townSource(s string) (credit, bool) {
	s = trim(s)
	st := measure(s)
	if st.han != st.runes || st.words != 1 || st.runes < 3 || st.runes > 10 || !townName(s) {
		return credit{}, false
	}
	return credit{authors: []Author{{Name: s, Role: RoleAuthor}}, values: []string{s}, bare: true}, true
}

// townName reports whether s, one word of ideographs, names a town, a
// sub-district or a residents' community by one of townEnds, and is no
// word for such places at large: not a kind of town (古镇, 城乡, 鱼米之乡),
// not this or every town (本街道, 该镇, 全乡), not a town of a kind
// (示范社区, 老旧社区, 省级文明镇), and not a bare 新 or 老 before a
// community or a sub-district (新社区, 老街道). A town's own name may open
// with 新 or 老 (新桥镇, 老港镇).
func townName(s string) bool {
	end := ""
	for _, e := range townEnds {
		if strings.HasSuffix(s, e) {
			end = e
			break
		}
	}
	if end == "" || endsWithAny(s, townWords[:]...) || strings.ContainsRune("本该各全此每我", firstRune(s)) ||
		strings.Contains(s, "的") {
		return false
	}
	before := s[:len(s)-len(end)]
	if utf8.RuneCountInString(before) < 2 {
		return false // 新社区, 老街道: the ending's own name is no more than a word
	}
	return !endsWithAny(before, townModifiers[:]...)
}

// Names of offices and places. The last character of a name tells an
// office, a firm or a place from a person: 临江区司法局, 东湖镇, 陆晓峰. The
// tests of names share the families below and each adds the endings only
// it needs: isOrgName (who may supply or sign a piece), bareName and
// leadName (a person's name, which none of them ends), isOrgSource and
// orgOrPlace (an office signs a brief, a place signs nothing), and
// isPlaceOrOrg (where an expert or a writer works). Two lists stay apart
// because their members differ, and joining them would change what is
// read: adminPlaceEnds holds whole words (街道, never a bare 街 or 道), and
// headline.go's placeEnds what stands before a count in a headline
// (横山镇32名, 城东街道3家, 实验学校5名): 州 and 道, but no 街 or 路, and
// of the office endings only 校 and 院.

// officeNameEnds close the names of offices, institutions and firms: 区司法局,
// 团区委, 区政府办, 区人民医院, 实验学校, 文化馆, 自来水厂, 旅行社, 气象台,
// 服务站, 商会, and 处, 科, 店, 司 (公司).
const officeNameEnds = "局委办处科院校馆厂店司社台站会"

// placeNameEnds close the names of places, from a province to a road:
// 浙江省, 杭州市, 青溪县, 黄浦区, 东湖镇, 马陆乡, 杏花村, 南京街, 人民路.
const placeNameEnds = "区县市省" + townEnd + townshipEnd + "村街路"

// notNameEnds close words shaped like a personal name that name a place,
// an office or a paper instead (马陆镇, 王村, 司法局, 青年报, 人民网); no
// personal name read without a label ends so.
const notNameEnds = placeNameEnds + officeNameEnds + "报网"

// isOrgName reports whether s ends the way the name of an office, a school
// or a company ends: 区气象台, 临江区司法局, 东湖镇人民政府, 区文化馆, the
// neighbourhoods that act as offices: 东湖镇, 东湖街道, 杏花村, and the
// markets that serve the public: 区农产品批发市场.
func isOrgName(s string) bool {
	last := lastRune(s)
	return strings.ContainsRune(officeNameEnds+"厅部所队团府组室署庭行园盟联"+"区镇乡村街道", last) ||
		strings.HasSuffix(s, "中心") || strings.HasSuffix(s, "公司") || last == '场' && marketName(s)
}

// marketEnds close the names of the markets a district runs or licenses,
// which supply a paper's price lists and job listings as an office would:
// 区农产品批发市场, 城东农贸市场, 北门菜市场, 区人力资源市场. A market of
// a trade or a kind (房地产市场, 消费市场, 资本市场, 二手房市场) is no
// place and no name.
var marketEnds = [...]string{"批发市场", "农贸市场", "菜市场", "集贸市场", "人力资源市场", "人才市场"}

// marketName reports whether s names a market: one of marketEnds after the
// place or the goods that name it (区, 城东, 区农产品); the ending alone
// (菜市场, 批发市场) is a common noun.
func marketName(s string) bool {
	for _, e := range marketEnds {
		if before, ok := strings.CutSuffix(s, e); ok {
			return before != "" && !strings.Contains(before, "的") // 城里的菜市场
		}
	}
	return false
}

// isOrgSource reports whether s, one word of ideographs, names an office,
// a company or a school rather than a person or a place: 区市场监管局,
// 青溪供电公司, 青溪水务, 区城管, 融媒, 三中, 青溪二小.
func isOrgSource(s string) bool {
	st := measure(s)
	if st.han != st.runes || st.words != 1 || st.runes < 2 || st.runes > 10 {
		return false
	}
	if st.runes >= 3 && isOrgName(s) {
		// A place says where, not who: （黄浦区）, （东湖街道）.
		return !endsWithAny(s, adminPlaceEnds[:]...)
	}
	return orgShortName(s) || schoolShortName(s)
}

// orgShortName reports whether s ends with the short name of an office or
// a public company and what stands before it is nothing (消防), a place
// (区城管, 青溪水务) or a word of two or more characters. A family name and
// one character before the ending make a personal name: 李卫健, 张民政,
// 王集团 are people, 区卫健 an office.
func orgShortName(s string) bool {
	for _, e := range orgShortEnds {
		before, ok := strings.CutSuffix(s, e)
		if !ok {
			continue
		}
		n := utf8.RuneCountInString(before)
		switch {
		case n == 0:
			return true
		case n == 1:
			return strings.ContainsRune("区市县省镇乡", firstRune(before)) || !isSurname(before)
		}
		// 欧阳民政: a family name of two and the ending.
		return n > 2 || !slices.Contains(compoundSurnames[:], before)
	}
	return false
}

// The endings of the places nearest the news: a town (柳塘镇), a township
// (东岭乡), a sub-district (鹭洲街道) and a residents' community (杏花社区).
const (
	townEnd        = "镇"
	townshipEnd    = "乡"
	subdistrictEnd = "街道"
	communityEnd   = "社区"
)

// adminPlaceEnds close the names of districts, counties, towns and
// villages, places that sign no brief: 黄浦区, 青溪县, 东湖街道. They are
// whole words: unlike isOrgName's, no bare 街 or 道.
var adminPlaceEnds = [...]string{"区", townEnd, townshipEnd, subdistrictEnd, "村", "县", "市"}

// townEnds close the names of the places that send a district paper its
// briefs and sign them (see townSource): the towns and sub-districts of
// adminPlaceEnds and the residents' communities. A district, a county, a
// city or a village signs nothing.
var townEnds = [...]string{subdistrictEnd, townEnd, townshipEnd, communityEnd}

// townWords end in one of townEnds but name towns and the countryside at
// large, never one place: 城镇, 乡镇, 古镇, 江南水乡, 城乡, 家乡, 故乡,
// and the 之乡 a place is praised as (鱼米之乡, 书法之乡).
var townWords = [...]string{"城镇", "乡镇", "古镇", "小镇", "重镇", "家乡", "故乡", "他乡", "异乡", "水乡", "城乡", "梦乡",
	"之乡"}

// townModifiers are the common words that make a town, a sub-district or a
// community of a kind when they stand before its ending: 示范社区, 文明镇,
// 老旧社区, 安置社区, 省级示范社区. A community's own name is no such word.
var townModifiers = [...]string{"示范", "文明", "和谐", "智慧", "老旧", "安置", "新型", "新建", "美丽", "生态", "特色",
	"宜居", "绿色", "先进", "星级", "试点", "重点", "周边", "所在", "当地", "附近", "城市", "农村", "乡村"}

// orgShortEnds close the short names of offices and public companies that
// a brief they supplied is signed with: 青溪水务 (水务公司), 区城管 (城管局),
// 区人社 (人社局), 融媒 (融媒体中心), 城投集团. No personal name ends so.
var orgShortEnds = [...]string{"水务", "城管", "税务", "消防", "交警", "公安", "供电", "电力", "燃气", "人社", "卫健",
	"医保", "民政", "住建", "文旅", "融媒", "邮政", "气象", "疾控", "科协", "应急", "市场监管", "城投", "交投", "水利",
	"商务", "统计", "公交", "地铁", "电信", "移动", "联通", "广电", "烟草", "供销", "房管", "集团"}

// orgOrPlace reports whether s, a word in brackets where a name may sign
// off, names an office, a company, a school or a place, and so no person:
// 三中, 青溪水务, 黄浦区.
func orgOrPlace(s string) bool {
	return isOrgSource(s) || utf8.RuneCountInString(s) >= 3 && endsWithAny(s, adminPlaceEnds[:]...)
}

// isPlaceOrOrg reports whether s ends the way an office, a school, a
// company or a neighbourhood is named: 东湖街道, 杏花社区, 区实验小学.
func isPlaceOrOrg(s string) bool {
	if isOrgName(s) {
		return true
	}
	// isOrgName knows the endings of offices and places (…社区, …学院,
	// …医院 end in 区, 院); these are the schools and residents it does not.
	for _, w := range [...]string{"小学", "中学", "大学", "居民", "村民", "市民"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// signatureRole returns the role of the one who signs a piece with a word
// in brackets and no label: an office, a company or a school is the source
// (RoleAuthor), a name the reporter. A place signs nothing: （黄浦区）.
func signatureRole(s string) (Role, bool) {
	switch {
	case isOrgSource(s):
		return RoleAuthor, true
	case orgOrPlace(s):
		return "", false
	}
	return RoleReporter, true
}

// schoolShortName reports whether s is the short name of a school: a
// number and 中 or 小 (三中, 十一中, 二小), after the town's name or alone
// (青溪三中), or a school attached to another (附中, 师大附小). A surname
// and two characters stay a name: 王一中.
func schoolShortName(s string) bool {
	if endsWithAny(s, "附中", "附小") {
		return true
	}
	base, ok := strings.CutSuffix(s, "中")
	if !ok {
		if base, ok = strings.CutSuffix(s, "小"); !ok {
			return false
		}
	}
	town := base
	for town != "" {
		r, size := decodeLastRune(town)
		if r != '十' && (cnDigit(r) <= 0 || r == '两') {
			break
		}
		town = town[:len(town)-size]
	}
	if len(town) == len(base) {
		return false // no number before 中: 高中, 初中, 前排中
	}
	return town == "" || utf8.RuneCountInString(town) >= 2
}

// affiliatedName reads a signature naming where the writer works or lives,
// then the name, the way readers' comments and contributions sign off:
// （东湖街道 芮思远）, （区实验小学 王芳）. The writer is the author; the
// place is the affiliation.
func affiliatedName(s string) (credit, bool) {
	s = trim(s)
	i := strings.IndexFunc(s, isSpace)
	if i < 0 {
		return credit{}, false
	}
	org, name := s[:i], trim(s[i:])
	n := 0
	for ri, rn := 0, 0; ri < len(org); ri += rn {
		var r rune
		r, rn = decodeRune(org, ri)
		if !isHan(r) && !isDigit(r) {
			return credit{}, false
		}
		n++
	}
	if n < 3 || n > 16 || !isPlaceOrOrg(org) || !bareName(name) {
		return credit{}, false
	}
	return credit{
		authors: []Author{{Name: name, Role: RoleWriter, About: org}},
		values:  []string{org, name},
		bare:    true,
	}, true
}

// endsInfoField reports whether the last clause of a paragraph is a
// service field (see infoField), which a paper signs after as after a full
// sentence: …咨询电话：88621234 （梁言）.
func endsInfoField(s string) bool {
	from := max(0, len(s)-120)
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	clause := s[from:]
	if i := lastSentenceEnd(clause); i > 0 {
		clause = clause[i:]
	} else if from > 0 {
		return false // a long clause: no field
	}
	return infoField(clause)
}

// Contact values. A way to reach someone is printed as an e-mail address,
// a web address, a handle or a telephone number. contactLine reads a
// line of them under an English byline, each part checked whole (isEmail,
// isHandle, phoneNumber); contactValue reads the value after a page's
// label (电话 86012345, 投稿邮箱：…), where an address is any ASCII word
// with an @ and a number may be printed full-width or be a list. The two
// share phoneNumber; their e-mail tests stay apart, because a page label
// already says an address follows (tougao@qxrb, a@b.cn;c@d.cn) where
// an English line must show name@host.tld.

// contactLabels are the words a contact line may hold besides the
// addresses and numbers: "Email: hliu@example.com", "Twitter: @hliu",
// "Phone 555-0148, ext. 214".
var contactLabels = [...]string{"email", "e-mail", "mail", "phone", "tel", "tel.", "telephone", "cell",
	"mobile", "office", "fax", "ext", "ext.", "twitter", "x", "instagram", "threads", "bluesky", "facebook",
	"follow", "on", "or", "at", "and", "contact", "reach", "call", "text"}

// isContactSep reports whether r sets apart the parts of a contact line.
func isContactSep(r rune) bool {
	return r == ' ' || r == '\t' || r == '|' || r == ',' || r == ';' || r == '·' || r == '•' || r == '/'
}

// contactLine reports whether s, all of a line, tells how to reach the
// writer and nothing else — the line an American paper prints under a
// byline: "hliu@caldergazette.com", "@hannahliu", "Twitter: @hliu",
// "555-0148", "hliu@example.com | 555-0148". Every part is an e-mail
// address, a handle, a phone number or a label naming one.
func contactLine(s string) bool {
	if s == "" || len(s) > 100 || s[0] >= utf8.RuneSelf {
		return false
	}
	address, digits, grouped := false, 0, false
	for w := range strings.FieldsFuncSeq(s, isContactSep) {
		switch {
		case isEmail(strings.TrimSuffix(w, ".")):
			address = true
		case len(w) >= 2 && w[0] == '@' && isHandle(w[1:]):
			address = true
		default:
			if n, g, ok := phoneNumber(w, false); ok && n > 0 {
				digits, grouped = digits+n, grouped || g
				continue
			}
			label := strings.ToLower(strings.TrimSuffix(w, ":"))
			if !slices.Contains(contactLabels[:], label) {
				return false
			}
		}
	}
	return address || digits >= 7 && grouped
}

// isEmail reports whether w is an e-mail address as papers print them:
// name@host.tld, the name of ASCII letters, digits and ._+- with no dot at
// either end or twice in a row, the host of dotted labels that neither
// start nor end with a hyphen, and a top-level domain of two letters or
// more. Quoted names and percent signs, legal but unseen in print, are
// left out: feeds put the address in mailto: links.
func isEmail(w string) bool {
	local, host, ok := strings.Cut(w, "@")
	if !ok || local == "" || len(local) > 64 || len(w) > 254 || local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, "..") {
		return false
	}
	for i := 0; i < len(local); i++ {
		if c := local[i]; !isASCIIAlnum(c) && strings.IndexByte("._+-", c) < 0 {
			return false
		}
	}
	labels := 0
	for l := range strings.SplitSeq(host, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			if c := l[i]; !isASCIIAlnum(c) && c != '-' {
				return false
			}
		}
		labels++
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if labels < 2 || len(tld) < 2 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if c := tld[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// firstEmail returns the first e-mail address in a contact line ("jdoe@
// example.com or 555-0177", "电子邮箱：wangming@jdrb.cn"), or "". An
// address after a social network's name is an account there, not a
// mailbox (Mastodon: jdoe@mastodon.social).
func firstEmail(contact string) string {
	fields := strings.FieldsFunc(contact, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune(",;:<>()[]，；：（）《》", r)
	})
	for i, f := range fields {
		f = strings.TrimRight(f, ".。")
		if isEmail(f) && !afterNetwork(fields[:i]) {
			return f
		}
	}
	return ""
}

// afterNetwork reports whether the words before an address name a social
// network within three words, with no other address between: Mastodon: …,
// on Mastodon at ….
func afterNetwork(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch w := strings.ToLower(before[k]); {
		case socialNetwork(w):
			return true
		case strings.Contains(w, "@"), w == "email", w == "e-mail", w == "mail", w == "邮箱", w == "电子邮箱", w == "邮件":
			return false // another address, or the address's own label: Twitter or email: …
		}
	}
	return false
}

// socialNetwork reports whether a word names a network whose accounts are
// written after its name, some like e-mail addresses.
func socialNetwork(s string) bool {
	switch strings.ToLower(s) {
	case "mastodon", "fediverse", "bluesky", "threads", "twitter", "instagram", "facebook", "微博", "微信", "抖音":
		return true
	}
	return false
}

// isHandle reports whether w is a social-media handle without its @.
func isHandle(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9' || c == '_' || c == '.':
		default:
			return false
		}
	}
	return letters > 0 && len(w) <= 30
}

// phoneNumber reads s as a telephone number or a group of one: digits and
// the marks that group them. It returns how many digits s holds, whether a
// hyphen or a dot split them (555-0148, 555.123.4567), and ok; none of
// them if s holds anything else. An English number (wide false) is ASCII digits and
// - . ( ) +: (555) 555-0148, +1. A Chinese one (wide true) may be printed
// full-width and list numbers with / and 、: ０５７１－８６０１２３４５,
// 86012345/86012346, ８６０１２３４５／８６０１２３４６, but holds no dot.
func phoneNumber(s string, wide bool) (digits int, grouped, ok bool) {
	marks := "-.()+"
	if wide {
		marks = "-－()（）+＋/／、"
	}
	for ri, rn := 0, 0; ri < len(s); ri += rn {
		var r rune
		r, rn = decodeRune(s, ri)
		switch {
		case r >= '0' && r <= '9' || wide && isDigit(r):
			digits++
		case strings.ContainsRune(marks, r):
			grouped = grouped || r == '-' || r == '.'
		default:
			return 0, false, false
		}
	}
	return digits, grouped, true
}

// contactSignoff reads the sentence that closes an American story with the
// writer's contact: "Hannah Liu can be reached at hliu@example.com or
// 555-0148.", "Reach Hannah Liu at hliu@example.com.", "Contact Hannah Liu
// at 555-0148." It returns the name and the contact as printed.
func contactSignoff(s string) (name, contact string, ok bool) {
	if len(s) > 200 || !strings.HasSuffix(s, ".") {
		return "", "", false
	}
	body := s[:len(s)-1]
	if n, c, found := strings.Cut(body, " can be reached at "); found {
		name, contact = n, c
	} else {
		for _, v := range [...]string{"Reach ", "Contact ", "Email ", "E-mail "} {
			if rest, found := strings.CutPrefix(body, v); found {
				// A name holds no " at ": the first one ends it.
				if k := strings.Index(rest, " at "); k > 0 {
					name, contact = rest[:k], rest[k+len(" at "):]
				}
				break
			}
		}
	}
	if name == "" || !isEnglishName(name) || !contactLine(contact) {
		return "", "", false
	}
	return name, contact, true
}

// bylineContact takes a contact line under a byline (see contactLine) as
// the contact of the byline's first author without one, and reports
// whether it did.
func bylineContact(byline, b *block) bool {
	t := trim(b.text)
	if b.line != b.endLine || !contactLine(t) {
		return false
	}
	as := byline.cr.c.authors
	k := slices.IndexFunc(as, func(a Author) bool { return a.Contact == "" })
	if k < 0 && len(as) == 1 {
		// A second way to reach the one writer, an address then a
		// handle: one contact, and one cut that holds both lines.
		old := as[0].Contact
		cuts := byline.cr.cuts
		j := slices.IndexFunc(cuts, func(c cut) bool { return len(c.values) == 1 && c.values[0] == old && c.text == old })
		if j < 0 {
			return false
		}
		as[0].Contact = old + " " + t
		cuts[j] = cut{text: as[0].Contact, values: []string{as[0].Contact}}
		return true
	}
	if k < 0 {
		return false
	}
	as[k].Contact = t
	byline.cr.cuts = append(byline.cr.cuts, cut{text: t, values: []string{t}})
	return true
}

// signoffContact takes a sentence closing a story with the contact of an
// author the byline named (see contactSignoff) as that author's contact,
// and reports whether it did.
func signoffContact(byline, b *block) bool {
	t := trim(b.text)
	if len(t) > 200 || !strings.HasSuffix(t, ".") || strings.IndexByte(t, '@') < 0 && strings.IndexAny(t, "0123456789") < 0 {
		return false
	}
	name, contact, ok := contactSignoff(t)
	if !ok {
		return false
	}
	as := byline.cr.c.authors
	k := slices.IndexFunc(as, func(a Author) bool { return a.Name == name })
	if k < 0 || as[k].Contact != "" && as[k].Contact != contact {
		return false
	}
	as[k].Contact = contact
	byline.cr.cuts = append(byline.cr.cuts, cut{text: t, values: []string{name, contact}})
	return true
}
