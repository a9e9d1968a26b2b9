package article

import (
	"reflect"
	"testing"
)

func TestCutJumps(t *testing.T) {
	tests := []struct {
		name     string
		in, rest string
		want     []jump
	}{
		{"half-width at the end", "为我们提(下转第2版)", "为我们提",
			[]jump{{dir: jumpOn, page: "2", raw: "(下转第2版)", num: "2"}}},
		{"full-width at the end", "推动落地（下转第4版）", "推动落地",
			[]jump{{dir: jumpOn, page: "4", raw: "（下转第4版）", num: "4"}}},
		{"short form", "规模化应用。（转第5版）", "规模化应用。",
			[]jump{{dir: jumpOn, page: "5", raw: "（转第5版）", num: "5"}}},
		{"continued from at the start", "（上接第1版）在州桥老街", "在州桥老街",
			[]jump{{dir: jumpFrom, page: "1", raw: "（上接第1版）", num: "1"}}},
		{"紧接 without 第", "（紧接1版）记者获悉", "记者获悉",
			[]jump{{dir: jumpFrom, page: "1", raw: "（紧接1版）", num: "1"}}},
		{"letter page", "路面(下转A2版)", "路面",
			[]jump{{dir: jumpOn, page: "A2", raw: "(下转A2版)", num: "A2"}}},
		{"Chinese numeral", "（下转第二版）", "",
			[]jump{{dir: jumpOn, page: "2", raw: "（下转第二版）", num: "二"}}},
		{"English bracketed", "the council said. (Continued on Page A6)", "the council said.",
			[]jump{{dir: jumpOn, page: "A6", raw: "(Continued on Page A6)", num: "A6"}}},
		{"English unbracketed", "better spent on road repairs. Continued on Page A6", "better spent on road repairs.",
			[]jump{{dir: jumpOn, page: "A6", raw: "Continued on Page A6", num: "A6"}}},
		{"brackets that are no jump", "国家会展中心(上海)举行", "国家会展中心(上海)举行", nil},
		{"a page reference is no jump", "详见(第3版)", "详见(第3版)", nil},
		{"转 inside words", "推动转型升级(试点)", "推动转型升级(试点)", nil},
		{"continued inside a sentence", "The talks continued on Monday", "The talks continued on Monday", nil},
		{"arrows at the end", "居民表示满意。>>>下转第4版", "居民表示满意。",
			[]jump{{dir: jumpOn, page: "4", raw: ">>>下转第4版", num: "4"}}},
		{"an arrow and a space at the end", "居民表示满意。 →下转第3版", "居民表示满意。",
			[]jump{{dir: jumpOn, page: "3", raw: "→下转第3版", num: "3"}}},
		{"a bullet at the end", "居民表示满意。■下转A2版", "居民表示满意。",
			[]jump{{dir: jumpOn, page: "A2", raw: "■下转A2版", num: "A2"}}},
		{"See with a slug at the end", "said she was disappointed. See BUDGET, Page A4", "said she was disappointed.",
			[]jump{{dir: jumpOn, page: "A4", raw: "See BUDGET, Page A4", num: "A4"}}},
		{"See after continued in a sentence", "The talks continued on Monday. See TALKS, Page A5", "The talks continued on Monday.",
			[]jump{{dir: jumpOn, page: "A5", raw: "See TALKS, Page A5", num: "A5"}}},
		{"a slug from a page at the end", "said the mayor. BUDGET, from Page A1", "said the mayor.",
			[]jump{{dir: jumpFrom, page: "A1", raw: "BUDGET, from Page A1", num: "A1"}}},
		{"Please see at the end", "approve the plan. Please see BUDGET, A4", "approve the plan.",
			[]jump{{dir: jumpOn, page: "A4", raw: "Please see BUDGET, A4", num: "A4"}}},
		{"See Page at the end", "approve the plan. See Page A6", "approve the plan.",
			[]jump{{dir: jumpOn, page: "A6", raw: "See Page A6", num: "A6"}}},
		{"arrows after a bracket that is no jump", "国家会展中心(Center)举行。>>>下转第4版", "国家会展中心(Center)举行。",
			[]jump{{dir: jumpOn, page: "4", raw: ">>>下转第4版", num: "4"}}},
		{"arrows inside a sentence", "他说>>下转第4版的内容", "他说>>下转第4版的内容", nil},
		{"arrows after no sentence", "居民表示满意>>>下转第4版", "居民表示满意>>>下转第4版", nil},
		{"See inside a sentence", "We will see you on Page 6 of the report", "We will see you on Page 6 of the report", nil},
		{"See a page of a report", "The figures are in the appendix. See Page 6 of the report", "The figures are in the appendix. See Page 6 of the report", nil},
		{"See a word in lower case", "The vote is next week. See budget, Page A4", "The vote is next week. See budget, Page A4", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, got := cutJumps(tt.in)
			if rest != tt.rest || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("cutJumps(%q) = %q, %+v, want %q, %+v", tt.in, rest, got, tt.rest, tt.want)
			}
		})
	}
}

func TestJumpLine(t *testing.T) {
	tests := []struct {
		in     string
		dir    jumpDir
		page   string
		wantOK bool
	}{
		{"(下转第2版)", jumpOn, "2", true},
		{"（上接第1版）", jumpFrom, "1", true},
		{"下转第3版", jumpOn, "3", true},
		{"Continued from Page A1", jumpFrom, "A1", true},
		{"From Page A1", jumpFrom, "A1", true},
		{"CONTINUED ON PAGE 3", jumpOn, "3", true},
		{"■上接A1版", jumpFrom, "A1", true},
		{"▲上接1版", jumpFrom, "1", true},
		{"◆上接第一版◆", jumpFrom, "1", true},
		{">>>下转第4版", jumpOn, "4", true},
		{"→下转第3版", jumpOn, "3", true},
		{"See BUDGET, Page A4", jumpOn, "A4", true},
		{"Please see BUDGET, A4", jumpOn, "A4", true},
		{"See BUDGET | A4", jumpOn, "A4", true},
		{"SEE CITY COUNCIL, PAGE A5", jumpOn, "A5", true},
		{"See Page A6", jumpOn, "A6", true},
		{"BUDGET, from Page A1", jumpFrom, "A1", true},
		{"BUDGET, From A1", jumpFrom, "A1", true},
		{"(下转第2版)本报讯", 0, "", false},
		{"■上接会议精神", 0, "", false},
		{"See you on Page 6 of the report", 0, "", false},
		{"See Budget, Page A4", 0, "", false},
		{"See A4", 0, "", false},
		{"Budget, from Page A1", 0, "", false},
		{"Tickets, from $20", 0, "", false},
		{"转型发展", 0, "", false},
		{"From the editor", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			j, ok := jumpLine(tt.in)
			if ok != tt.wantOK || ok && (j.dir != tt.dir || j.page != tt.page || j.raw != tt.in) {
				t.Errorf("jumpLine(%q) = %+v, %v, want dir %d page %q, %v", tt.in, j, ok, tt.dir, tt.page, tt.wantOK)
			}
		})
	}
}

func TestPageNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2", "2"}, {"02", "2"}, {"０２", "2"}, {"二", "2"}, {"十二", "12"}, {"A6", "A6"}, {"a6", "A6"}, {"Ａ６", "A6"},
		{"", ""}, {"0", ""}, {"AB", ""}, {"1000", ""},
	}
	for _, tt := range tests {
		got, _ := pageNumber(tt.in)
		if got != tt.want {
			t.Errorf("pageNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
