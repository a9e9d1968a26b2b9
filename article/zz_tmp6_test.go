package article

import (
	"bytes"
	"testing"
)

func BenchmarkTmpTiny(b *testing.B) {
	in := []byte("本报讯 今天天气很好。\n")
	for b.Loop() {
		Parse(bytes.NewReader(in), Options{})
	}
}
