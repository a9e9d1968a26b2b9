package article

import (
	"slices"
	"testing"
)

func TestPageMark(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		ok   bool
	}{
		{name: "ascii dashes", in: "- 2 -", want: "2", ok: true},
		{name: "full-width", in: "—２—", want: "2", ok: true},
		{name: "dots", in: "·12·", want: "12", ok: true},
		{name: "one side only", in: "- 2", ok: false},
		{name: "words", in: "- 第2版 -", ok: false},
		{name: "dashes only", in: "——", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := pageMark(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("pageMark(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCutEndMark(t *testing.T) {
	tests := []struct {
		name, in, before, mark string
		ok                     bool
	}{
		{name: "full-width", in: "相关成果已发表。（完）", before: "相关成果已发表。", mark: "（完）", ok: true},
		{name: "mixed brackets", in: "相关成果已发表。(完）", before: "相关成果已发表。", mark: "(完）", ok: true},
		{name: "alone", in: "（完）", before: "", mark: "（完）", ok: true},
		{name: "english", in: "The vote is on Friday. (END)", before: "The vote is on Friday.", mark: "(END)", ok: true},
		{name: "inside a phrase", in: "工程进度（未完）", before: "工程进度（未完）", ok: false},
		{name: "no sentence before", in: "比赛尚未结束（完）", before: "比赛尚未结束（完）", ok: false},
		{name: "to be continued", in: "故事讲到这里。（待续）", before: "故事讲到这里。（待续）", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, mark, ok := cutEndMark(tt.in)
			if before != tt.before || mark != tt.mark || ok != tt.ok {
				t.Errorf("cutEndMark(%q) = %q, %q, %v, want %q, %q, %v", tt.in, before, mark, ok, tt.before, tt.mark, tt.ok)
			}
		})
	}
}

func TestJoinedCredits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Author
		ok   bool
	}{
		{
			name: "reporting and editing",
			in:   "Reporting by Jane Doe and John Roe; Editing by Mark Smith",
			want: []Author{{Name: "Jane Doe", Role: RoleReporter}, {Name: "John Roe", Role: RoleReporter}, {Name: "Mark Smith", Role: RoleEditor}},
			ok:   true,
		},
		{
			name: "three parts",
			in:   "Reporting by Ann Lee; Writing by Tom Hart; Editing by Sue Kim",
			want: []Author{{Name: "Ann Lee", Role: RoleReporter}, {Name: "Tom Hart", Role: RoleWriter}, {Name: "Sue Kim", Role: RoleEditor}},
			ok:   true,
		},
		{name: "a sentence part", in: "Reporting by Ann Lee; the vote is on Friday", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := parseCredit(tt.in)
			if ok != tt.ok || !slices.Equal(c.authors, tt.want) {
				t.Errorf("parseCredit(%q) = %v, %v, want %v, %v", tt.in, c.authors, ok, tt.want, tt.ok)
			}
		})
	}
}
