package article

import (
	"reflect"
	"testing"
)

func TestCutDateline(t *testing.T) {
	tests := []struct {
		name, in, dateline, rest string
		authors                  []Author
	}{
		{"本报讯", "本报讯 第八届中国国际进口博览会圆满落幕", "本报讯", "第八届中国国际进口博览会圆满落幕", nil},
		{"本报讯 with credit", "本报讯（记者 王晓燕 通讯员 陈立）11月10日，位于嘉定新城", "本报讯（记者 王晓燕 通讯员 陈立）",
			"11月10日，位于嘉定新城", []Author{{Name: "王晓燕", Role: RoleReporter}, {Name: "陈立", Role: RoleCorrespondent}}},
		{"本报 place 讯", "本报嘉定讯 区市场监管局近日开展检查", "本报嘉定讯", "区市场监管局近日开展检查", nil},
		{"新华社 电 with credit", "新华社上海11月11日电（记者 赵一鸣）记者11日获悉", "新华社上海11月11日电（记者 赵一鸣）",
			"记者11日获悉", []Author{{Name: "赵一鸣", Role: RoleReporter}}},
		{"据新华社电", "据新华社电 国家统计局15日发布数据", "据新华社电", "国家统计局15日发布数据", nil},
		{"电 with byline after it", "新华社北京11月5日电 记者 王五 报道 国务院日前印发通知", "新华社北京11月5日电 记者 王五 报道",
			"国务院日前印发通知", []Author{{Name: "王五", Role: RoleReporter}}},
		{"本报记者", "本报记者 高远 马陆镇葡萄主题公园将开放", "本报记者 高远", "马陆镇葡萄主题公园将开放",
			[]Author{{Name: "高远", Role: RoleReporter}}},
		{"本报记者 glued to a date", "本报记者张三11月5日，记者来到", "本报记者张三", "11月5日，记者来到",
			[]Author{{Name: "张三", Role: RoleReporter}}},
		{"记者 X 报道", "记者 宋雨桐 报道 区统计局日前发布数据", "记者 宋雨桐 报道", "区统计局日前发布数据",
			[]Author{{Name: "宋雨桐", Role: RoleReporter}}},
		{"English city and agency", "SACRAMENTO, Calif. (AP) — The state's unemployment rate fell", "SACRAMENTO, Calif. (AP) —",
			"The state's unemployment rate fell", nil},
		{"English agency only", "(AP) — The district will hold a hearing", "(AP) —", "The district will hold a hearing", nil},
		{"English city", "RIVERSIDE — The City Council voted", "RIVERSIDE —", "The City Council voted", nil},
		{"English double hyphen", "BEIJING, Nov. 5 (Xinhua) -- China's exports rose", "BEIJING, Nov. 5 (Xinhua) --",
			"China's exports rose", nil},
		{"a bare name in the bracket", "本报讯（孙蕾）今天，服务站启用", "本报讯（孙蕾）", "今天，服务站启用",
			[]Author{{Name: "孙蕾", Role: RoleReporter}}},
		{"a weekday in the bracket is text", "本报讯（周六）服务站启用", "本报讯", "（周六）服务站启用", nil},
		{"padded name in the credit", "本报讯（记者 周 敏）3月10日，服务站启用", "本报讯（记者 周 敏）", "3月10日，服务站启用",
			[]Author{{Name: "周敏", Role: RoleReporter}}},
		{"byline glued to 报道", "本报讯 记者胡杨报道 11月21日，招聘会举行", "本报讯 记者胡杨报道", "11月21日，招聘会举行",
			[]Author{{Name: "胡杨", Role: RoleReporter}}},
		{"padded lead byline", "本报记者 陆 晓 峰 随着气温回升", "本报记者 陆 晓 峰", "随着气温回升",
			[]Author{{Name: "陆晓峰", Role: RoleReporter}}},
		{"a lead byline ends after the padded names", "本报记者 韩 雪 常 乐 3月11日，区文旅局发布", "本报记者 韩 雪 常 乐", "3月11日，区文旅局发布",
			[]Author{{Name: "韩雪", Role: RoleReporter}, {Name: "常乐", Role: RoleReporter}}},
		{"据 a medium 报道", "据临江发布报道　近日，农商银行发放贷款", "据临江发布报道", "近日，农商银行发放贷款", nil},
		{"据 a paper in 《》 报道", "据《临江晚报》报道 11月20日，项目开工", "据《临江晚报》报道", "11月20日，项目开工", nil},
		{"本报讯 and an unbracketed byline", "本报讯 记者 钱佳怡 近日，区市场监管局启动检查", "本报讯 记者 钱佳怡", "近日，区市场监管局启动检查",
			[]Author{{Name: "钱佳怡", Role: RoleReporter}}},
		{"本报讯 and labels glued to names", "本报讯 记者钱佳怡 通讯员王小丽 近日，区市场监管局启动检查", "本报讯 记者钱佳怡 通讯员王小丽",
			"近日，区市场监管局启动检查", []Author{{Name: "钱佳怡", Role: RoleReporter}, {Name: "王小丽", Role: RoleCorrespondent}}},
		{"本报讯 and a padded name", "本报讯 记者 韩 雪 通讯员 王小丽 3月16日，招聘会举行", "本报讯 记者 韩 雪 通讯员 王小丽", "3月16日，招聘会举行",
			[]Author{{Name: "韩雪", Role: RoleReporter}, {Name: "王小丽", Role: RoleCorrespondent}}},
		{"本报讯 and a name glued to a time word", "本报讯 记者王芳日前从区教育局获悉，今年", "本报讯 记者王芳", "日前从区教育局获悉，今年",
			[]Author{{Name: "王芳", Role: RoleReporter}}},
		{"本报讯 and two reporters before a date", "本报讯 记者 王芳 李明 3月16日，区里", "本报讯 记者 王芳 李明", "3月16日，区里",
			[]Author{{Name: "王芳", Role: RoleReporter}, {Name: "李明", Role: RoleReporter}}},
		{"a lead byline stops before a time word", "记者 钱佳怡 近日，区市场监管局启动检查", "记者 钱佳怡", "近日，区市场监管局启动检查",
			[]Author{{Name: "钱佳怡", Role: RoleReporter}}},
		{"a lead byline stops before a place", "本报记者 高远 马陆镇 葡萄主题公园将开放", "本报记者 高远", "马陆镇 葡萄主题公园将开放",
			[]Author{{Name: "高远", Role: RoleReporter}}},
		{"a family name that opens words too", "本报记者 常乐 3月5日，区文旅局发布", "本报记者 常乐", "3月5日，区文旅局发布",
			[]Author{{Name: "常乐", Role: RoleReporter}}},
		{"本报讯, then a word after 记者", "本报讯 记者 全程参与了演练", "本报讯", "记者 全程参与了演练", nil},
		{"本报讯, then 记者 as the subject", "本报讯 记者从区教育局获悉，今年", "本报讯", "记者从区教育局获悉，今年", nil},
		{"本报讯, then 记者 and a time word", "本报讯 记者 近日走访了多家企业", "本报讯", "记者 近日走访了多家企业", nil},
		{"本报讯, then 记者 and a verb phrase", "本报讯 记者王芳从区教育局获悉，今年", "本报讯", "记者王芳从区教育局获悉，今年", nil},
		{"本报讯, then a surname-like word and a count", "本报讯 记者曾经3次走访该村", "本报讯", "记者曾经3次走访该村", nil},
		{"本报讯, then 记者于 and a time word", "本报讯 记者于近日走访该村", "本报讯", "记者于近日走访该村", nil},
		{"本报讯, then a weekday after 记者", "本报讯 记者 周末 走访该村", "本报讯", "记者 周末 走访该村", nil},
		// Not datelines.
		{"five padded characters make no byline", "本报记者 韩 雪 常 乐 安 3月11日，区文旅局发布", "",
			"本报记者 韩 雪 常 乐 安 3月11日，区文旅局发布", nil},
		{"据…报道 in running text", "据《人民日报》报道，今年以来全区新增企业", "", "据《人民日报》报道，今年以来全区新增企业", nil},
		{"据了解", "据了解，今年以来全区新增企业", "", "据了解，今年以来全区新增企业", nil},
		{"据报道 names nobody", "据报道 今年以来全区新增企业", "", "据报道 今年以来全区新增企业", nil},
		{"据…报道 with nothing after it", "据临江发布报道", "", "据临江发布报道", nil},
		{"a word glued to 记者 before 报道", "本报讯 记者手记报道 今年以来", "本报讯", "记者手记报道 今年以来", nil},
		{"资讯 is a word", "资讯平台显示，本月客流增长", "", "资讯平台显示，本月客流增长", nil},
		{"全社会用电", "全社会用电量同比增长5%", "", "全社会用电量同比增长5%", nil},
		{"记者了解到", "记者了解到，今年以来全区新增企业", "", "记者了解到，今年以来全区新增企业", nil},
		{"通讯 is a word", "通讯设备制造业增长较快", "", "通讯设备制造业增长较快", nil},
		{"a byline alone", "本报记者 高远", "", "本报记者 高远", nil},
		{"English sentence with a dash", "The plan — approved Thursday — adds a park", "", "The plan — approved Thursday — adds a park", nil},
		{"English caps word", "NASA said on Monday — after a delay — that", "", "NASA said on Monday — after a delay — that", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl, rest, c, ok := cutDateline(tt.in)
			if dl != tt.dateline || rest != tt.rest || ok != (tt.dateline != "") || !reflect.DeepEqual(c.authors, tt.authors) {
				t.Errorf("cutDateline(%q) = %q, %q, %+v, want %q, %q, %+v", tt.in, dl, rest, c.authors, tt.dateline, tt.rest, tt.authors)
			}
		})
	}
}
