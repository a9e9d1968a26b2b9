package store

import (
	"bytes"
	"context"
	"log/slog"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/paperfeed/paperfeed/article"
)

func TestIndexText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"CJK run", "嘉定区", "嘉定 定区 区 "},
		{"single character", "区", "区 "},
		{"mixed", "嘉定区10余家", "嘉定 定区 区 10 余家 家 "},
		{"punctuation splits", "“嘉定”，Hello-World!", "嘉定 定 hello world "},
		{"full width and case", "ＡＢＣ１２", "abc12 "},
		{"kana", "カタカナ", "カタ タカ カナ ナ "},
		{"quotes vanish", `say "NEAR(x)"`, "say near x "},
	}
	for _, tt := range tests {
		var b strings.Builder
		indexText(&b, tt.in)
		if got := b.String(); got != tt.want {
			t.Errorf("%s: indexText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMatchExpr(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two characters", "嘉定", `"嘉定"`},
		{"three characters", "嘉定区", `"嘉定" + "定区"`},
		{"one character", "区", `"区" *`},
		{"CJK then digits", "区10余", `"区" + "10" + "余" *`},
		{"digits then CJK", "10余家", `"10" + "余家"`},
		{"English", "Shanghai Expo", `"shanghai" AND "expo"`},
		{"duplicate words once", "expo EXPO", `"expo"`},
		{"quote", `"`, ``},
		{"star", `*`, ``},
		{"NEAR(", `NEAR(`, `"near"`},
		{"quote paren", `')`, ``},
		{"column filter", `text:嘉定`, `"text" + "嘉定"`},
		{"OR injection", `a" OR "b`, `"a" AND "or" AND "b"`},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		if got := matchExpr(tt.in); got != tt.want {
			t.Errorf("%s: matchExpr(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
	long := strings.Repeat("ab ", 100)
	if got := strings.Count(matchExpr(long), `"ab"`); got != 1 {
		t.Errorf("matchExpr(100 × ab) has %d phrases, want 1", got)
	}
	words := strings.Fields(strings.Repeat("x y z w v u t s r q p o n m l k j i h g ", 3))
	if got := strings.Count(matchExpr(strings.Join(words, " ")), " AND "); got != maxQueryWords-1 {
		t.Errorf("matchExpr(60 words) joins %d phrases, want at most %d", got+1, maxQueryWords)
	}
}

func TestPageKeyOrder(t *testing.T) {
	// In the natural order.
	numbers := []string{"1", "2", "02a", "3", "10", "A", "A1", "a2", "A10", "B1", "b2", "要闻", ""}
	for i := 1; i < len(numbers); i++ {
		a, b := pageKey(numbers[i-1]), pageKey(numbers[i])
		if bytes.Compare(a, b) >= 0 {
			t.Errorf("pageKey(%q) = %x, not before pageKey(%q) = %x", numbers[i-1], a, numbers[i], b)
		}
	}
	if !bytes.Equal(pageKey("０２"), pageKey("2")) {
		t.Errorf("pageKey(０２) != pageKey(2), want full-width and leading zeros folded")
	}
}

func TestCodecRoundTrip(t *testing.T) {
	var c codec
	tests := []struct {
		name  string
		piece article.Piece
		tag   byte
	}{
		{"small", article.Piece{Kind: article.KindBrief, Body: []article.Block{{Kind: article.BlockParagraph, Text: "短讯。"}}}, tagJSON},
		{"large", article.Piece{
			Kind:      article.KindArticle,
			Headlines: []article.Headline{{Role: article.RoleTitle, Text: "进博会见证嘉定力量"}},
			Dateline:  "本报讯",
			Body:      []article.Block{{Kind: article.BlockParagraph, Text: strings.Repeat("嘉定区10余家企业组团参展。", 40)}},
			Authors:   []article.Author{{Name: "俞超", Role: article.RoleWriter}},
			Line:      12,
		}, tagDeflate},
	}
	for _, tt := range tests {
		b, err := c.encode(&tt.piece)
		if err != nil {
			t.Fatalf("%s: encode error: %v", tt.name, err)
		}
		if b[0] != tt.tag {
			t.Errorf("%s: encode tag = %q, want %q", tt.name, b[0], tt.tag)
		}
		got, err := c.decode(b)
		if err != nil || !reflect.DeepEqual(got, tt.piece) {
			t.Errorf("%s: decode(encode(p)) = %+v, %v, want %+v", tt.name, got, err, tt.piece)
		}
	}
	if _, err := c.decode([]byte("Xjunk")); err == nil {
		t.Errorf("decode(unknown tag) error = nil, want an error")
	}
}

func TestContentSumIgnoresLine(t *testing.T) {
	e := Entry{ID: "x", Piece: article.Piece{Kind: article.KindBrief, Line: 3}, PageNumber: "1"}
	moved := e
	moved.Piece.Line, moved.Position = 40, 7
	renamed := e
	renamed.PageName = "要闻"
	if !bytes.Equal(contentSum(&e), contentSum(&moved)) {
		t.Errorf("contentSum differs for a different line and position, want equal")
	}
	if bytes.Equal(contentSum(&e), contentSum(&renamed)) {
		t.Errorf("contentSum equal for a different page name, want different")
	}
}

// TestQueryPlans guards the indexes the hot queries need: none of them may
// scan the whole articles table.
func TestQueryPlans(t *testing.T) {
	s, err := Open(t.Context(), Memory, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name, query string
		want        string // a detail the plan must contain
		not         string // one it must not
	}{
		{"recent", `SELECT ` + articleCols + ` FROM articles WHERE visible = 1 ` + recentOrder + ` LIMIT 50`, "USING INDEX articles_recent", "TEMP B-TREE"},
		{"article", `SELECT ` + articleCols + ` FROM articles WHERE id = 'x' AND visible = 1`, "USING INDEX sqlite_autoindex_articles_1", ""},
		{"search", strings.Replace(searchQuery(), "?1", "'x'", 1), "SEARCH a USING INDEX sqlite_autoindex_articles_2 (fkey=?)", "TEMP B-TREE"},
		{"count", `SELECT count(*) FROM articles WHERE visible = 1`, "articles_recent", ""},
		{"archive", `SELECT ` + articleCols + ` FROM articles WHERE seq BETWEEN 1 AND 500 AND visible = 1 ` + recentOrder, "USING INTEGER PRIMARY KEY", ""},
		{"archive pages", `SELECT seq FROM articles NOT INDEXED WHERE visible = 1 ORDER BY seq DESC LIMIT 1`, "SCAN articles", "TEMP B-TREE"},
		{"file links", `SELECT article FROM links WHERE file_id = 1`, "USING PRIMARY KEY", ""},
		{"article links", `SELECT EXISTS (SELECT 1 FROM links WHERE article = 1)`, "links_article", ""},
		{"by author", `SELECT ` + articleCols + ` FROM articles WHERE visible = 1 AND seq IN (SELECT article FROM authors WHERE key = 'x') ` + recentOrder + ` LIMIT 50`, "USING PRIMARY KEY (key=?)", ""},
	}
	for _, tt := range tests {
		plan := explain(t, s, tt.query)
		t.Logf("%s: %s", tt.name, plan)
		if !strings.Contains(plan, tt.want) {
			t.Errorf("%s: plan %q, want it to contain %q", tt.name, plan, tt.want)
		}
		if tt.not != "" && strings.Contains(plan, tt.not) {
			t.Errorf("%s: plan %q, want it without %q", tt.name, plan, tt.not)
		}
		for _, line := range strings.Split(plan, "\n") {
			if tt.name != "archive pages" && strings.HasPrefix(line, "SCAN articles") && !strings.Contains(line, "INDEX") {
				t.Errorf("%s: plan scans the articles table: %q", tt.name, plan)
			}
		}
	}
}

func explain(t *testing.T, s *Store, query string) string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query)
	if err != nil {
		t.Fatalf("EXPLAIN QUERY PLAN %s: %v", query, err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	return strings.Join(slices.Clip(lines), "\n")
}

func TestFKeyGroupOrder(t *testing.T) {
	// Published times in increasing order give non-decreasing groups, equal
	// exactly within one second.
	times := []int64{-3e9 - 1, -3e9, -1, 0, 1, 999_999_999, 1e9, 1_700_000_000e9, 1_700_000_000e9 + 5}
	for i := 1; i < len(times); i++ {
		a, b := fkeyGroup(times[i-1]), fkeyGroup(times[i])
		sameSecond := floorDiv(times[i-1], 1e9) == floorDiv(times[i], 1e9)
		if a > b || (a == b) != sameSecond {
			t.Errorf("fkeyGroup(%d) = %d, fkeyGroup(%d) = %d; want ordered, equal only within a second", times[i-1], a, times[i], b)
		}
	}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
