package article

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtures returns the paths of the test pages.
func fixtures(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 16 {
		t.Fatalf("found %d fixtures in testdata, want at least 16", len(paths))
	}
	return paths
}

// dump renders a page as stable, readable text for golden files.
func dump(pg *Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "encoding: %s\n", pg.Encoding)
	if !pg.Date.IsZero() {
		fmt.Fprintf(&b, "date: %s\n", pg.Date)
	}
	if pg.Number != "" {
		fmt.Fprintf(&b, "page: %s\n", pg.Number)
	}
	if pg.Name != "" {
		fmt.Fprintf(&b, "name: %s\n", pg.Name)
	}
	if len(pg.Editors) > 0 {
		fmt.Fprintf(&b, "editors: %s\n", authorList(pg.Editors))
	}
	for _, f := range pg.Furniture {
		fmt.Fprintf(&b, "furniture: %s\n", f)
	}
	for _, w := range pg.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	fmt.Fprintf(&b, "pieces: %d\n", len(pg.Pieces))
	for i, pc := range pg.Pieces {
		fmt.Fprintf(&b, "\n#%d %s (line %d)\n", i+1, pc.Kind, pc.Line)
		for _, h := range pc.Headlines {
			fmt.Fprintf(&b, "  %-8s %s\n", h.Role+":", h.Text)
		}
		fmt.Fprintf(&b, "  feed title: %s\n", pc.Title())
		if pc.Dateline != "" {
			fmt.Fprintf(&b, "  dateline: %s\n", pc.Dateline)
		}
		if len(pc.Authors) > 0 {
			fmt.Fprintf(&b, "  authors: %s\n", authorList(pc.Authors))
		}
		if pc.ContinuedFrom != "" {
			fmt.Fprintf(&b, "  continued from page %s\n", pc.ContinuedFrom)
		}
		if pc.ContinuedOn != "" {
			fmt.Fprintf(&b, "  continued on page %s\n", pc.ContinuedOn)
		}
		for _, bl := range pc.Body {
			mark := "¶"
			if bl.Kind == BlockSubhead {
				mark = "§"
			}
			fmt.Fprintf(&b, "  %s %s\n", mark, bl.Text)
		}
	}
	return b.String()
}

func authorList(as []Author) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = fmt.Sprintf("%s (%s)", a.Name, a.Role)
		if a.About != "" {
			parts[i] = fmt.Sprintf("%s (%s; %s)", a.Name, a.Role, a.About)
		}
		if a.Contact != "" {
			parts[i] += " <" + a.Contact + ">"
		}
	}
	return strings.Join(parts, ", ")
}

func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			pg, err := Parse(bytes.NewReader(in), Options{})
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", path, err)
			}
			got := dump(pg)
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test ./article -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("Parse(%s) differs from %s:\n%s", path, golden, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
		if shown++; shown == 8 {
			b.WriteString("  …\n")
			break
		}
	}
	return b.String()
}
