package article

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"
)

// benchInput builds a large realistic page, about 1 MB, from the UTF-8
// fixtures.
func benchInput(b *testing.B) []byte {
	b.Helper()
	var pages [][]byte
	for _, path := range fixtures(b) {
		in, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		if utf8.Valid(in) {
			pages = append(pages, in)
		}
	}
	var buf bytes.Buffer
	for buf.Len() < 1<<20 {
		for _, p := range pages {
			buf.Write(p)
			buf.WriteString("\n\n")
		}
	}
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(in), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUTF8Valid is the yardstick for BenchmarkParse: the cheapest pass
// over the same bytes.
func BenchmarkUTF8Valid(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if !utf8.Valid(in) {
			b.Fatal("benchmark input is not UTF-8")
		}
	}
}
