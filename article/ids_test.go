package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func idsOf(t *testing.T, text string) []string {
	t.Helper()
	pg, err := Parse(strings.NewReader(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pg.IDs()
}

func TestIDs(t *testing.T) {
	const dated = "2025年11月10日 星期一 第2版 综合\n\n社区义诊进万家\n\n本报讯 （记者 王明） 新华社区开展义诊活动。撰稿 李四\n\n本届进博会上，嘉定首次设立企业展示区。\n\n摄影 徐宸逸\n"
	const undated = "社区简讯\n\n本报讯 （记者 王明） 新华社区开展义诊活动。\n\n秋季运动会开幕\n\n本报讯 运动会今天开幕。\n"
	tests := []struct {
		name      string
		a, b      string
		piece     int  // which piece to compare
		wantEqual bool // same id in a and b
	}{
		{"typo fixed in a paragraph keeps the id", dated,
			strings.Replace(dated, "开展义诊活动", "开展了义诊活动", 1), 0, true},
		{"corrected caption keeps the id", dated,
			strings.Replace(dated, "企业展示区", "企业集中展示区", 1), 1, true},
		{"full-width and half-width titles are one",
			strings.Replace(dated, "社区义诊进万家", "ＡＩ助力社区义诊", 1),
			strings.Replace(dated, "社区义诊进万家", "AI助力社区义诊", 1), 0, true},
		{"another title is another article", dated,
			strings.Replace(dated, "社区义诊进万家", "社区义诊进校园", 1), 0, false},
		{"another date is another article", dated,
			strings.Replace(dated, "11月10日 星期一", "11月11日 星期二", 1), 0, false},
		{"another page number is another article", dated,
			strings.Replace(dated, "第2版", "第3版", 1), 0, false},
		{"a recurring column on two undated pages is two articles", undated,
			strings.Replace(undated, "秋季运动会开幕", "冬季长跑比赛举行", 1), 0, false},
		{"an undated page dropped again keeps its ids", undated, undated + "\n", 0, true},
		{"a typo in an undated page's paragraph keeps the id", undated,
			strings.Replace(undated, "义诊活动", "义诊服务", 1), 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := idsOf(t, tt.a), idsOf(t, tt.b)
			if len(a) <= tt.piece || len(b) <= tt.piece {
				t.Fatalf("pieces: %d and %d, want more than %d", len(a), len(b), tt.piece)
			}
			if got := a[tt.piece] == b[tt.piece]; got != tt.wantEqual {
				t.Errorf("ids %s and %s: equal = %v, want %v", a[tt.piece], b[tt.piece], got, tt.wantEqual)
			}
		})
	}
}

func TestIDsAreDistinctWithinAPage(t *testing.T) {
	text := "图片新闻\n\n第一张图的说明。\n\n摄影 张三\n\n第二张图的说明。\n\n摄影 张三\n"
	ids := idsOf(t, text)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Fatalf("IDs() = %v: %s twice", ids, id)
		}
		seen[id] = true
	}
}

// TestIDsUnchanged checks the ids of every fixture against the plain
// formula they were first defined by, SHA-256 of the page's scope and the
// piece's key written out whole: hashing the scope once must not change a
// single id readers already hold.
func TestIDsUnchanged(t *testing.T) {
	plain := func(pg *Page) []string {
		scope := pg.Date.String() + "\x00" + pg.Number
		if pg.Date.IsZero() {
			scope += "\x00" + pg.fingerprint()
		}
		ids := make([]string, len(pg.Pieces))
		seen := make(map[string]int)
		for i := range pg.Pieces {
			pc := &pg.Pieces[i]
			key := scope + "\x00" + string(pc.Kind) + "\x00" + authorsKey(pc.Authors)
			if len(pc.Headlines) > 0 {
				key = scope + "\x00t\x00" + normalizeKey(pc.Title())
			}
			seen[key]++
			if n := seen[key]; n > 1 {
				key += fmt.Sprintf("\x00%d", n)
			}
			sum := sha256.Sum256([]byte(key))
			ids[i] = hex.EncodeToString(sum[:10])
		}
		return ids
	}
	for _, path := range fixtures(t) {
		in, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pg, err := Parse(bytes.NewReader(in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := pg.IDs(), plain(pg); !slices.Equal(got, want) {
			t.Errorf("%s: IDs() = %v, want %v", filepath.Base(path), got, want)
		}
	}
}
