package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/paperfeed/paperfeed/article"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite golden files")

// parseSample is the real sample page, copied into testdata.
const parseSample = "testdata/000_e3f3a7dec7c7eba1.txt"

// runParseOut runs the parse command and returns what it printed.
func runParseOut(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = runParse(args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestParseGolden(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{name: "preview", args: []string{parseSample}, golden: "testdata/parse.golden"},
		{name: "json", args: []string{"-json", parseSample}, golden: "testdata/parse.json.golden"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runParseOut(t, tc.args...)
			if err != nil || errOut != "" {
				t.Fatalf("parse %q: error %v, stderr %q", tc.args, err, errOut)
			}
			if *update {
				if err := os.WriteFile(tc.golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("parse %q =\n%s\nwant (%s)\n%s", tc.args, out, tc.golden, want)
			}
		})
	}
}

// jsonResult is what a script reads from parse -json.
type jsonResult struct {
	File  string        `json:"file"`
	Page  *article.Page `json:"page"`
	Error string        `json:"error"`
}

// decodeResults reads parse -json output into pages and, separately, the
// ids and titles of their pieces.
func decodeResults(t *testing.T, out string) ([]jsonResult, [][]string, [][]string) {
	t.Helper()
	var results []jsonResult
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatalf("parse -json output does not decode: %v\n%s", err, out)
	}
	var extra []struct {
		Page *struct {
			Pieces []struct {
				ID    string `json:"id"`
				Title string `json:"title"`
			} `json:"pieces"`
		} `json:"page"`
	}
	if err := json.Unmarshal([]byte(out), &extra); err != nil {
		t.Fatal(err)
	}
	ids, titles := make([][]string, len(extra)), make([][]string, len(extra))
	for i, e := range extra {
		if e.Page == nil {
			continue
		}
		for _, p := range e.Page.Pieces {
			ids[i] = append(ids[i], p.ID)
			titles[i] = append(titles[i], p.Title)
		}
	}
	return results, ids, titles
}

// roundTrip returns pg as it reads after encoding/json: what a script decoding
// the -json output should get back.
func roundTrip(t *testing.T, pg *article.Page) *article.Page {
	t.Helper()
	b, err := json.Marshal(pg)
	if err != nil {
		t.Fatal(err)
	}
	var back article.Page
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	return &back
}

func parseDirect(t *testing.T, path string) *article.Page {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pg, err := article.Parse(f, article.Options{})
	if err != nil {
		t.Fatalf("article.Parse(%s): %v", path, err)
	}
	return pg
}

func TestParseJSONDecodesBack(t *testing.T) {
	raw, err := os.ReadFile(parseSample)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	gbkPath := filepath.Join(t.TempDir(), "sample-gbk.txt")
	if err := os.WriteFile(gbkPath, gbk, 0o644); err != nil {
		t.Fatal(err)
	}

	out, errOut, err := runParseOut(t, "-json", parseSample, gbkPath)
	if err != nil || errOut != "" {
		t.Fatalf("parse -json: error %v, stderr %q", err, errOut)
	}
	results, ids, titles := decodeResults(t, out)
	files := []string{parseSample, gbkPath}
	if len(results) != len(files) {
		t.Fatalf("parse -json gave %d results, want %d", len(results), len(files))
	}
	for i, path := range files {
		r := results[i]
		want := parseDirect(t, path)
		if r.File != path || r.Error != "" {
			t.Errorf("result %d = file %q, error %q, want file %q, no error", i, r.File, r.Error, path)
		}
		if got, want := r.Page, roundTrip(t, want); !reflect.DeepEqual(got, want) {
			t.Errorf("parse -json %s page =\n%+v\nwant\n%+v", path, got, want)
		}
		if !slices.Equal(ids[i], want.IDs()) {
			t.Errorf("parse -json %s ids = %q, want %q", path, ids[i], want.IDs())
		}
		for j := range want.Pieces {
			if j < len(titles[i]) && titles[i][j] != want.Pieces[j].Title() {
				t.Errorf("parse -json %s piece %d title = %q, want %q", path, j, titles[i][j], want.Pieces[j].Title())
			}
		}
	}
	if results[0].Page.Encoding == results[1].Page.Encoding {
		t.Errorf("UTF-8 and GBK copies both read as %q", results[0].Page.Encoding)
	}
	// The same page in another encoding is the same articles.
	if !slices.Equal(ids[0], ids[1]) {
		t.Errorf("ids of the GBK copy = %q, want those of the UTF-8 page %q", ids[1], ids[0])
	}
}

func TestParseBadFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	// Over the 16KiB limit the test sets, which the sample page is under.
	if err := os.WriteFile(big, bytes.Repeat([]byte("本报讯 一二三。\n"), 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name    string
		flags   []string
		bad     string
		wantErr string // in the file's error
	}{
		{name: "missing file", bad: missing, wantErr: "no such file"},
		{name: "directory", bad: dir, wantErr: "is a directory, not a regular file"},
		{name: "too large", flags: []string{"-max-size", "16KiB"}, bad: big, wantErr: "input too large"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The bad file comes between two good ones: both are still shown.
			args := append(slices.Clone(tc.flags), parseSample, tc.bad, parseSample)
			out, errOut, err := runParseOut(t, args...)
			if err == nil || !strings.Contains(err.Error(), "1 of 3 files failed") {
				t.Errorf("parse %q error = %v, want 1 of 3 files failed", args, err)
			}
			if !strings.Contains(errOut, tc.bad) || !strings.Contains(errOut, tc.wantErr) {
				t.Errorf("parse %q stderr = %q, want %q and %q", args, errOut, tc.bad, tc.wantErr)
			}
			if n := strings.Count(out, "== "+parseSample+"\n"); n != 2 {
				t.Errorf("parse %q shows the good file %d times, want 2:\n%s", args, n, out)
			}

			args = append([]string{"-json"}, args...)
			out, _, err = runParseOut(t, args...)
			if err == nil {
				t.Errorf("parse %q error = nil, want one", args)
			}
			results, _, _ := decodeResults(t, out)
			if len(results) != 3 {
				t.Fatalf("parse %q gave %d results, want 3", args, len(results))
			}
			for i, r := range results {
				if i == 1 {
					if r.File != tc.bad || r.Page != nil || !strings.Contains(r.Error, tc.wantErr) {
						t.Errorf("parse %q result 1 = %+v, want file %q with error %q", args, r, tc.bad, tc.wantErr)
					}
				} else if r.Page == nil || r.Error != "" {
					t.Errorf("parse %q result %d = %+v, want a page", args, i, r)
				}
			}
		})
	}
}

func TestParseTooLargeIsErrTooLarge(t *testing.T) {
	_, err := parseFile(parseSample, 100)
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("parseFile(%s, 100) error = %v, want article.ErrTooLarge", parseSample, err)
	}
}

func TestParseUsage(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr error
	}{
		{name: "no files", args: nil, wantErr: errUsage},
		{name: "only flags", args: []string{"-json"}, wantErr: errUsage},
		{name: "unknown flag", args: []string{"-bogus", parseSample}, wantErr: errUsage},
		{name: "zero size", args: []string{"-max-size", "0", parseSample}, wantErr: errUsage},
		{name: "bad unit", args: []string{"-max-size", "3 parsecs", parseSample}, wantErr: errUsage},
		{name: "help", args: []string{"-h"}, wantErr: flag.ErrHelp},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runParseOut(t, tc.args...)
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("parse %q error = %v, want %v", tc.args, err, tc.wantErr)
			}
			if out != "" || !strings.Contains(errOut, "Usage: paperfeed parse") {
				t.Errorf("parse %q printed stdout %q, stderr %q, want only the usage on stderr", tc.args, out, errOut)
			}
		})
	}
}

func TestPreview(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{name: "short", in: "本报讯 今天", n: 30, want: "本报讯 今天"},
		{name: "exactly n", in: "一二三四五", n: 5, want: "一二三四五"},
		{name: "cut", in: "一二三四五六", n: 5, want: "一二三四五…"},
		{name: "spaces folded", in: "  a\n b\t\tc ", n: 30, want: "a b c"},
		{name: "no space before ellipsis", in: "ab cd", n: 3, want: "ab…"},
		{name: "empty", in: "", n: 30, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := preview(tc.in, tc.n); got != tc.want {
				t.Errorf("preview(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

func TestParseNoFilesJSON(t *testing.T) {
	// Every file failing still gives one JSON document.
	out, _, err := runParseOut(t, "-json", filepath.Join(t.TempDir(), "none.txt"))
	if err == nil {
		t.Fatal("parse -json of a missing file: error = nil, want one")
	}
	results, _, _ := decodeResults(t, out)
	if len(results) != 1 || results[0].Error == "" {
		t.Errorf("parse -json of a missing file = %+v, want one result with an error", results)
	}
}

func TestAuthorList(t *testing.T) {
	tests := []struct {
		name string
		in   []article.Author
		want string
	}{
		{name: "role", in: []article.Author{{Name: "俞超", Role: article.RoleWriter}}, want: "俞超 (writer)"},
		{name: "about and contact",
			in:   []article.Author{{Name: "Hannah Liu", Role: article.RoleReporter, About: "Staff Writer", Contact: "hliu@example.com"}},
			want: "Hannah Liu (reporter: Staff Writer) <hliu@example.com>"},
		{name: "two", in: []article.Author{{Name: "张三", Role: article.RoleReporter}, {Name: "李四", Role: article.RolePhotographer}},
			want: "张三 (reporter), 李四 (photographer)"},
		{name: "none", in: nil, want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := authorList(tc.in); got != tc.want {
				t.Errorf("authorList(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
