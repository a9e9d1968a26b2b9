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
		{"(下转第2版)本报讯", 0, "", false},
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
