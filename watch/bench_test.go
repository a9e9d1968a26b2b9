package watch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// fill makes n small files in dir.
func fill(b *testing.B, dir string, n int) {
	b.Helper()
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("%05d_page.txt", i))
		if err := os.WriteFile(name, []byte("page"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInitialScan is the first scan of a folder of 10,000 pages: list,
// lstat each, report each.
func BenchmarkInitialScan(b *testing.B) {
	const files = 10_000
	dir := b.TempDir()
	fill(b, dir, files)
	cfg := New(Config{}).cfg
	puts := 0
	for b.Loop() {
		l := newLoop(cfg, dir, func(context.Context, Change) { puts++ })
		if err := l.start(b.Context(), time.Now()); err != nil {
			b.Fatal(err)
		}
	}
	if puts != files*b.N {
		b.Fatalf("%d puts, want %d", puts, files*b.N)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*files), "ns/file")
}

// BenchmarkRenameIn times a file's rename into a watched folder until its
// Put reaches handle, with 10 and with 10,000 files already there. The
// settle time is a minute, so every Put comes from the immediate path.
func BenchmarkRenameIn(b *testing.B) {
	for _, files := range []int{10, 10_000} {
		b.Run(fmt.Sprintf("files=%d", files), func(b *testing.B) {
			dir, out := b.TempDir(), b.TempDir()
			fill(b, dir, files)
			page := filepath.Join(out, "page.txt")
			if err := os.WriteFile(page, []byte("a complete page"), 0o644); err != nil {
				b.Fatal(err)
			}
			ch := make(chan Change, files+16)
			ctx, cancel := context.WithCancel(b.Context())
			done := make(chan error, 1)
			go func() {
				done <- New(Config{Dir: dir, Settle: time.Minute}).Run(ctx, func(_ context.Context, c Change) { ch <- c })
			}()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					b.Error(err)
				}
			}()
			for range files {
				<-ch
			}
			in := filepath.Join(dir, "new.txt")
			wait := func(want Change) {
				select {
				case c := <-ch:
					if c != want {
						b.Fatalf("got %v, want %v", c, want)
					}
				case <-time.After(patience):
					b.Fatalf("no %v within %v", want, patience)
				}
			}
			var lat []time.Duration
			for b.Loop() {
				start := time.Now()
				if err := os.Rename(page, in); err != nil {
					b.Fatal(err)
				}
				wait(Change{Path: in, Op: Put})
				lat = append(lat, time.Since(start))
				if err := os.Rename(in, page); err != nil {
					b.Fatal(err)
				}
				wait(Change{Path: in, Op: Remove})
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "µs-median")
			b.ReportMetric(float64(lat[len(lat)-1].Microseconds()), "µs-worst")
		})
	}
}
