package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The parse benchmarks run beside utf8.Valid on the same bytes, the cheapest
// pass over them, so that the ratio of the two throughputs says how fast the
// parser is whatever the machine: bench/parse-ratio.sh prints it.
//
// Each input is a set of pages parsed one by one, as the daemon parses files:
//   - sample: the real front page of a district paper, the one real page of
//     the fixtures (mostly long paragraphs, one per line);
//   - fixtures: every UTF-8 fixture, pages written to hold the hard cases,
//     so denser in headlines, credits, furniture and short lines than a real
//     page;
//   - large: the fixtures run together into one page of about 1 MB, which
//     shows that the cost stays linear in the size of a page.
func benchInputs(b *testing.B) []struct {
	name  string
	pages [][]byte
} {
	b.Helper()
	var all [][]byte
	var sample []byte
	for _, path := range fixtures(b) {
		in, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if !utf8.Valid(in) {
			continue
		}
		all = append(all, in)
		if filepath.Base(path) == "00_sample_jiading.txt" {
			sample = in
		}
	}
	if sample == nil {
		b.Fatal("the sample page is missing from testdata")
	}
	var large bytes.Buffer
	for large.Len() < 1<<20 {
		for _, p := range all {
			large.Write(p)
			large.WriteString("\n\n")
		}
	}
	return []struct {
		name  string
		pages [][]byte
	}{
		{"sample", [][]byte{sample}},
		{"fixtures", all},
		{"large", [][]byte{large.Bytes()}},
	}
}

func totalSize(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

func BenchmarkParse(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(totalSize(in.pages))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range in.pages {
					if _, err := Parse(bytes.NewReader(p), Options{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkUTF8Valid is the yardstick for BenchmarkParse: the cheapest pass
// over the same bytes.
func BenchmarkUTF8Valid(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(totalSize(in.pages))
			for b.Loop() {
				for _, p := range in.pages {
					if !utf8.Valid(p) {
						b.Fatal("benchmark input is not UTF-8")
					}
				}
			}
		})
	}
}

// BenchmarkParseMarkerWords parses one long paragraph full of the words a
// jump marker opens with (接, 转) but no marker: the search for markers must
// stay linear in the paragraph (it once rescanned the rest of the text for
// every 接).
func BenchmarkParseMarkerWords(b *testing.B) {
	in := []byte("标题\n\n" + strings.Repeat("记者了解到，该项目直接带动就业岗位，转型升级，", 20000) + "\n")
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(in), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// The benchmarks below keep watch on pages of one shape repeated many
// times, each of which was once quadratic: throughput must not fall as the
// page grows.

// BenchmarkParseManyMarkers parses one paragraph holding many jump markers
// and never 续: the search for each marker once searched the rest of the
// paragraph for 续 again.
func BenchmarkParseManyMarkers(b *testing.B) {
	in := []byte("本报讯 " + strings.Repeat("记者了解到，该项目（下转第2版）直接带动就业岗位。", 30000) + "\n")
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(in), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseContactColumn parses a byline over a long column of e-mail
// lines: a byline takes a few contacts, not each line of the column.
func BenchmarkParseContactColumn(b *testing.B) {
	in := []byte("By Hannah Liu\n" + strings.Repeat("hliu@example.com\n", 50000))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(in), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLongFeature parses a feature under a deck whose every part
// is a plain subhead over a paragraph, closed by its credit: whether each
// subhead is the feature's own depends on the rest of the page down to the
// credit, which is worked out once for the page, not scanned again from
// each subhead. Throughput must hold from 500 parts to 4,000.
func BenchmarkParseLongFeature(b *testing.B) {
	for _, parts := range []int{500, 4000} {
		b.Run(fmt.Sprintf("parts=%d", parts), func(b *testing.B) {
			in := []byte(longFeature(parts, "撰稿 聂思源\n"))
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(in), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkIDsUndated gives ids to an undated page of many short items,
// whose scope holds every headline: the scope is hashed once.
func BenchmarkIDsUndated(b *testing.B) {
	var page strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&page, "小标题第%d\n\n正文内容正文内容，继续说明情况。\n\n", i)
	}
	pg, err := Parse(strings.NewReader(page.String()), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(page.Len()))
	for b.Loop() {
		pg.IDs()
	}
}
