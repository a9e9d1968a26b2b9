package article

import (
	"reflect"
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
		{"文/图 before the name", "文/图 张三", []Author{w("张三", RoleWriter), w("张三", RolePhotographer)}, false, true},
		{"文/图 after the name", "张三 文/图", []Author{w("张三", RoleWriter), w("张三", RolePhotographer)}, false, true},
		{"two labels for one name", "文/图 本报记者 韩雪", []Author{w("韩雪", RoleReporter), w("韩雪", RolePhotographer)}, true, true},
		{"a mark and a name", "□ 李文博", []Author{w("李文博", RoleWriter)}, true, true},
		{"a mark and two names", "◎ 林青 陈墨", []Author{w("林青", RoleWriter), w("陈墨", RoleWriter)}, true, true},
		{"a mark and a column name", "■ 简讯", nil, false, false},
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
		// Not credits.
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
		{"no credit", "会议听取和审议了有关报告。", "会议听取和审议了有关报告。", ""},
		{"a sentence about a reporter", "他把材料交给了记者。", "他把材料交给了记者。", ""},
		{"names without a label", "出席会议的有 张三 李四", "出席会议的有 张三 李四", ""},
		{"credit inside the text", "撰稿 俞超 在会上发言。", "撰稿 俞超 在会上发言。", ""},
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
