package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func BenchmarkTmpProbe(b *testing.B) {
	paths, _ := filepath.Glob(os.Getenv("PROBE"))
	var pages [][]byte
	n := 0
	for _, p := range paths {
		in, _ := os.ReadFile(p)
		if utf8.Valid(in) {
			pages = append(pages, in)
			n += len(in)
		}
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, p := range pages {
				Parse(bytes.NewReader(p), Options{})
			}
		}
	})
	b.Run("valid", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, p := range pages {
				utf8.Valid(p)
			}
		}
	})
}
