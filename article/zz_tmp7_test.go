package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func tmpShortLines(b *testing.B) []string {
	paths, _ := filepath.Glob("/tmp/probe[6-9]/p*.txt")
	var out []string
	for _, p := range paths {
		in, _ := os.ReadFile(p)
		for _, l := range strings.Split(string(in), "\n") {
			l = strings.TrimRight(l, "\r")
			if t := trim(l); t != "" && len(t) <= 200 {
				out = append(out, l)
			}
		}
	}
	return out
}

func BenchmarkTmpLine(b *testing.B) {
	lines := tmpShortLines(b)
	n := float64(len(lines))
	run := func(name string, f func(string)) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, l := range lines {
					f(l)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/line")
		})
	}
	run("furnitureLine", func(s string) { furnitureLine(s) })
	run("parseCredit", func(s string) { parseCredit(s) })
	run("cutDateline", func(s string) { cutDateline(s) })
	run("cutTrailingCredit", func(s string) { cutTrailingCredit(s) })
	run("hasJumpWord", func(s string) { hasJumpWord(s) })
	run("jumpLine", func(s string) { jumpLine(s) })
	run("headingShapeStats", func(s string) { headingShapeStats(s) })
	run("trim", func(s string) { trim(s) })
	run("utf8count", func(s string) { scanCues(s) })
}
