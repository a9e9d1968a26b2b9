package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/store"
)

var (
	benchArticles = flag.Int("store.articles", 58000, "articles in the benchmark store, 5 per page file (the target is 290000)")
	benchChild    = flag.String("store.child", "", "internal: open the store at this path, measure a start, print JSON and exit")
	benchDir      = flag.String("store.dir", "", "build the benchmark store in this folder and keep it; reuse it when present")
)

func TestMain(m *testing.M) {
	flag.Parse()
	if *benchChild != "" {
		os.Exit(startChild(*benchChild))
	}
	code := m.Run()
	if benchCache.f != nil && *benchDir == "" {
		os.RemoveAll(benchCache.f.dir)
	}
	os.Exit(code)
}

// gen makes pages that look like the seed pages: sentences from the seeds
// with about one Han character in twelve replaced, titles from their short
// lines, authors from a pool of made-up names.
type gen struct {
	rng    *rand.Rand
	paras  [][]rune
	titles [][]rune
	han    []rune
	names  []string
}

func newGen(seed uint64) (*gen, error) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no seed pages in ../seeds: %v", err)
	}
	g := &gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	seen := make(map[rune]bool)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := []rune(strings.TrimSpace(sc.Text()))
			switch {
			case len(line) >= 40:
				g.paras = append(g.paras, line)
			case len(line) >= 6:
				g.titles = append(g.titles, line)
			}
			for _, r := range line {
				if unicode.Is(unicode.Han, r) && !seen[r] {
					seen[r] = true
					g.han = append(g.han, r)
				}
			}
		}
		fh.Close()
	}
	if len(g.paras) == 0 || len(g.titles) == 0 || len(g.han) < 100 {
		return nil, fmt.Errorf("seed pages too small: %d paragraphs, %d titles", len(g.paras), len(g.titles))
	}
	for range 400 {
		n := 2 + g.rng.IntN(2)
		name := make([]rune, n)
		for i := range name {
			name[i] = g.han[g.rng.IntN(len(g.han))]
		}
		g.names = append(g.names, string(name))
	}
	return g, nil
}

func (g *gen) mutate(s []rune) string {
	out := make([]rune, len(s))
	for i, r := range s {
		if unicode.Is(unicode.Han, r) && g.rng.IntN(12) == 0 {
			r = g.han[g.rng.IntN(len(g.han))]
		}
		out[i] = r
	}
	return string(out)
}

// page returns the 5 entries of page file i: ten years of a 16-page daily.
func (g *gen) page(i int) []store.Entry {
	date := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/16)
	specs := make([]pieceSpec, 5)
	for j := range specs {
		sp := pieceSpec{title: g.mutate(g.titles[g.rng.IntN(len(g.titles))])}
		for range 2 + g.rng.IntN(3) {
			sp.body = append(sp.body, g.mutate(g.paras[g.rng.IntN(len(g.paras))]))
		}
		for range 1 + g.rng.IntN(2) {
			sp.authors = append(sp.authors, g.names[g.rng.IntN(len(g.names))])
		}
		specs[j] = sp
	}
	return testPage(article.Date{Year: date.Year(), Month: date.Month(), Day: date.Day()}, strconv.Itoa(i%16+1), "", specs...)
}

func benchFile(i int) store.File {
	return store.File{Path: fmt.Sprintf("/papers/%06d.txt", i), Size: 7000 + int64(i%500),
		ModTime: time.Unix(1450000000+int64(i)*3600, 0), Hash: fmt.Sprintf("%064x", i)}
}

// fixture is a file store of *benchArticles articles, built once per process.
type fixture struct {
	dir, path string
	pages     int
	build     time.Duration
	size      int64
	author    string
}

// benchCache holds the fixture once built; TestMain removes it at the end.
var benchCache struct {
	once sync.Once
	f    *fixture
	err  error
}

func benchFixture() (*fixture, error) {
	benchCache.once.Do(func() { benchCache.f, benchCache.err = buildFixture() })
	return benchCache.f, benchCache.err
}

func buildFixture() (*fixture, error) {
	dir := *benchDir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "store-bench-"); err != nil {
			return nil, err
		}
	} else {
		dir = filepath.Join(dir, strconv.Itoa(*benchArticles))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	f := &fixture{dir: dir, path: filepath.Join(dir, "paperfeed.db"), pages: *benchArticles / 5}
	g, err := newGen(1)
	if err != nil {
		return nil, err
	}
	f.author = g.names[0]
	if fi, err := os.Stat(f.path); err == nil && *benchDir != "" {
		f.size = fi.Size()
		return f, nil // built by an earlier run
	}
	ctx := context.Background()
	s, err := store.Open(ctx, f.path, nil)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	const batch = 100 // the way a first pass over a folder would put them
	for i := 0; i < f.pages; i += batch {
		puts := make([]store.Put, 0, batch)
		for j := i; j < min(i+batch, f.pages); j++ {
			puts = append(puts, store.Put{File: benchFile(j), Entries: g.page(j), Now: time.Unix(1450000000+int64(j)*3600, 0)})
		}
		if _, err := s.PutFiles(ctx, puts); err != nil {
			s.Close()
			return nil, err
		}
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	f.build = time.Since(start)
	fi, err := os.Stat(f.path)
	if err != nil {
		return nil, err
	}
	f.size = fi.Size()
	return f, nil
}

// openFixture opens the shared benchmark store.
func openFixture(b *testing.B) (*store.Store, *fixture) {
	b.Helper()
	f, err := benchFixture()
	if err != nil {
		b.Fatalf("building the benchmark store: %v", err)
	}
	if f.build > 0 {
		b.Logf("store: %d articles in %d files, %.0f MB, built in %v (%.0f articles/s)",
			f.pages*5, f.pages, float64(f.size)/(1<<20), f.build.Round(time.Second), float64(f.pages*5)/f.build.Seconds())
	} else {
		b.Logf("store: %d articles in %d files, %.0f MB, reused from %s", f.pages*5, f.pages, float64(f.size)/(1<<20), f.dir)
	}
	s, err := store.Open(b.Context(), f.path, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s, f
}

func BenchmarkFiles(b *testing.B) {
	s, f := openFixture(b)
	for b.Loop() {
		files, err := s.Files(b.Context())
		if err != nil || len(files) != f.pages {
			b.Fatalf("Files() = %d files, %v, want %d", len(files), err, f.pages)
		}
	}
}

func BenchmarkRecent50(b *testing.B) {
	s, _ := openFixture(b)
	for b.Loop() {
		arts, err := s.Recent(b.Context(), 50)
		if err != nil || len(arts) != 50 {
			b.Fatalf("Recent(50) = %d, %v", len(arts), err)
		}
	}
}

func BenchmarkArticle(b *testing.B) {
	s, f := openFixture(b)
	g, _ := newGen(1)
	var idList []string
	for i := range min(f.pages, 200) {
		idList = append(idList, entryIDs(g.page(i))...)
	}
	i := 0
	for b.Loop() {
		if _, ok, err := s.Article(b.Context(), idList[i%len(idList)]); !ok || err != nil {
			b.Fatalf("Article = %v, %v", ok, err)
		}
		i++
	}
}

func BenchmarkCount(b *testing.B) {
	s, _ := openFixture(b)
	for b.Loop() {
		if _, err := s.Count(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkArchive(b *testing.B) {
	s, _ := openFixture(b)
	for b.Loop() {
		n, err := s.ArchivePages(b.Context(), 200)
		if err != nil {
			b.Fatal(err)
		}
		if arts, err := s.ArchivePage(b.Context(), n/2, 200); err != nil || len(arts) != 200 {
			b.Fatalf("ArchivePage = %d, %v", len(arts), err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	s, _ := openFixture(b)
	for _, q := range []string{"嘉定", "进博会", "嘉定 企业", "核心圈建设", "区", "錾", "AP"} {
		b.Run(q, func(b *testing.B) {
			var n int
			for b.Loop() {
				arts, err := s.Search(b.Context(), q, 50)
				if err != nil {
					b.Fatal(err)
				}
				n = len(arts)
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

func BenchmarkByAuthor(b *testing.B) {
	s, f := openFixture(b)
	for b.Loop() {
		if arts, err := s.ByAuthor(b.Context(), f.author, 50); err != nil || len(arts) == 0 {
			b.Fatalf("ByAuthor = %d, %v", len(arts), err)
		}
	}
}

func BenchmarkAuthors(b *testing.B) {
	s, _ := openFixture(b)
	for b.Loop() {
		if names, err := s.Authors(b.Context()); err != nil || len(names) == 0 {
			b.Fatalf("Authors = %d, %v", len(names), err)
		}
	}
}

// BenchmarkPutFile puts one new 5-article page into the big store per
// iteration.
func BenchmarkPutFile(b *testing.B) {
	s, f := openFixture(b)
	g, _ := newGen(2)
	i := f.pages + 1_000_000
	for b.Loop() {
		res, err := s.PutFile(b.Context(), benchFile(i), g.page(i), time.Unix(1900000000, 0))
		if err != nil || len(res.Added) != 5 {
			b.Fatalf("PutFile = %+v, %v", res, err)
		}
		i++
	}
}

// BenchmarkPutFiles100 puts 100 new pages per transaction, as a first pass
// over a folder can; it reports the time per page.
func BenchmarkPutFiles100(b *testing.B) {
	s, f := openFixture(b)
	g, _ := newGen(3)
	i := f.pages + 2_000_000
	for b.Loop() {
		puts := make([]store.Put, 100)
		for j := range puts {
			puts[j] = store.Put{File: benchFile(i), Entries: g.page(i), Now: time.Unix(1900000000, 0)}
			i++
		}
		if res, err := s.PutFiles(b.Context(), puts); err != nil || len(res.Added) != 500 {
			b.Fatalf("PutFiles = %d added, %v", len(res.Added), err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100/1e6, "ms/page")
}

// BenchmarkPutFileUnchanged puts a page the store already has, under
// another name: the re-drop case.
func BenchmarkPutFileUnchanged(b *testing.B) {
	s, _ := openFixture(b)
	g, _ := newGen(1)
	es := g.page(0)
	f := benchFile(0)
	f.Path = "/papers/copy.txt"
	for b.Loop() {
		if res, err := s.PutFile(b.Context(), f, es, time.Unix(1900000000, 0)); err != nil || res.Changed() {
			b.Fatalf("PutFile = %+v, %v", res, err)
		}
	}
}

// BenchmarkCheck runs the full quick_check (full-text index included) that
// Open leaves to the background on big stores.
func BenchmarkCheck(b *testing.B) {
	s, f := openFixture(b)
	for b.Loop() {
		if err := s.Check(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/(float64(f.size)/(1<<20)), "ms/MB")
}

// BenchmarkStart measures what a daemon does first, in a fresh process:
// open the store, load Files() and Recent(50). It reports the time and the
// process's resident memory afterwards.
func BenchmarkStart(b *testing.B) {
	_, f := openFixture(b)
	var last childReport
	for b.Loop() {
		out, err := exec.Command(os.Args[0], "-store.child="+f.path).Output()
		if err != nil {
			b.Fatalf("child: %v", err)
		}
		if err := json.Unmarshal(out, &last); err != nil {
			b.Fatalf("child output %q: %v", out, err)
		}
	}
	b.ReportMetric(last.Millis, "start-ms")
	b.ReportMetric(last.RSSMB, "rss-MB")
}

type childReport struct {
	Millis float64 `json:"ms"`
	RSSMB  float64 `json:"rss_mb"`
	Files  int     `json:"files"`
}

// startChild opens the store at path the way the daemon starts and prints
// a childReport.
func startChild(path string) int {
	start := time.Now()
	ctx := context.Background()
	s, err := store.Open(ctx, path, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close()
	files, err := s.Files(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if _, err := s.Recent(ctx, 50); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	runtime.KeepAlive(files)
	json.NewEncoder(os.Stdout).Encode(childReport{Millis: ms, RSSMB: rssMB(), Files: len(files)})
	return 0
}

// rssMB reads the process's resident set size from /proc.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return -1
}
