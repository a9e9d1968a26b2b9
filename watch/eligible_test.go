package watch

import "testing"

func TestEligible(t *testing.T) {
	tests := []struct {
		name string
		file string
		want bool
	}{
		{"page", "000_e3f3a7dec7c7eba1.txt", true},
		{"no extension", "page", true},
		{"chinese name", "第三版.txt", true},
		{"dots inside", "2024.05.01.page.txt", true},
		{"tilde inside", "a~b.txt", true},
		{"hash inside", "a#b.txt", true},
		{"one hash", "#page", true},
		{"digits", "4914", true},
		{"swf-like but not vim", "page.swz", true},
		{"empty", "", false},
		{"dot", ".", false},
		{"dotdot", "..", false},
		{"path", "sub/page.txt", false},
		{"hidden", ".page.txt", false},
		{"rsync temp", ".page.txt.Gx8A2b", false},
		{"emacs lock", ".#page.txt", false},
		{"libreoffice lock", ".~lock.page.txt#", false},
		{"vim swap hidden", ".page.txt.swp", false},
		{"vim swap", "page.txt.swp", false},
		{"vim swap second", "page.txt.swo", false},
		{"vim swap last", "page.txt.swa", false},
		{"vim probe", "page.txt.swx", false},
		{"vim write test", "4913", false},
		{"backup tilde", "page.txt~", false},
		{"emacs autosave", "#page.txt#", false},
		{"office owner", "~$page.docx", false},
		{"tmp", "page.tmp", false},
		{"tmp upper", "PAGE.TMP", false},
		{"temp", "page.txt.temp", false},
		{"part", "page.txt.part", false},
		{"partial", "page.txt.partial", false},
		{"chrome", "page.txt.crdownload", false},
		{"safari", "page.txt.download", false},
		{"opera", "page.txt.opdownload", false},
		{"winscp", "page.txt.filepart", false},
		{"utorrent", "page.txt.!ut", false},
		{"qbittorrent", "page.txt.!qB", false},
		{"aria2", "page.txt.aria2", false},
		{"crswap", "page.txt.crswap", false},
		{"kate", "page.txt.kate-swp", false},
		{"bak", "page.txt.bak", false},
		{"bak upper", "page.BAK", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Eligible(tt.file); got != tt.want {
				t.Errorf("Eligible(%q) = %v, want %v", tt.file, got, tt.want)
			}
		})
	}
}

func TestOpString(t *testing.T) {
	tests := []struct {
		name string
		op   Op
		want string
	}{
		{"put", Put, "Put"},
		{"remove", Remove, "Remove"},
		{"zero", Op(0), "Op(0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.op.String(); got != tt.want {
				t.Errorf("Op(%d).String() = %q, want %q", uint8(tt.op), got, tt.want)
			}
		})
	}
}

func TestInside(t *testing.T) {
	tests := []struct {
		name, dir, path string
		want            bool
	}{
		{"child", "/d", "/d/a", true},
		{"grandchild", "/d", "/d/s/a", true},
		{"itself", "/d", "/d", false},
		{"parent", "/d/s", "/d", false},
		{"sibling", "/d", "/e/a", false},
		{"prefix sibling", "/d", "/dd/a", false},
		{"dotdot name", "/d", "/d/..a", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inside(tt.dir, tt.path); got != tt.want {
				t.Errorf("inside(%q, %q) = %v, want %v", tt.dir, tt.path, got, tt.want)
			}
		})
	}
}
