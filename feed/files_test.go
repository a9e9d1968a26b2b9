package feed

import "testing"

func TestFiles(t *testing.T) {
	items := manyItems(t, 3)
	s, err := Render(sampleConfig(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]File{}
	for _, f := range s.Files() {
		got[f.Path] = f
	}
	want := map[string]*Resource{"atom.xml": s.atom, "rss.xml": s.rss, "feed.json": s.json, "index.html": s.index}
	for _, it := range items {
		want["articles/"+it.ID+".html"] = s.pages[it.ID].res
	}
	if len(got) != len(want) {
		t.Fatalf("Files() = %d files, want %d", len(got), len(want))
	}
	for path, res := range want {
		f, ok := got[path]
		if !ok {
			t.Fatalf("Files() lacks %s", path)
		}
		if string(f.Body) != string(res.body) || string(f.Gzip) != string(res.gz) || !f.Modified.Equal(res.modified) {
			t.Errorf("%s does not carry its resource's bytes and time", path)
		}
	}
}

func TestIsPageFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"0123456789abcdef0123.html", true},
		{"0123456789abcdef0123.html.gz", true},
		{"README", false},
		{"0123.txt", false},
		{"Not-Hex.html", false},
		{".html", false},
	}
	for _, tt := range tests {
		if got := IsPageFile(tt.name); got != tt.want {
			t.Errorf("IsPageFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
