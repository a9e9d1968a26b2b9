// Startup measures how fast paperfeed serves a large folder: ten years of a
// 16-page daily, about 58,000 page files.
//
// It generates the folder once from the parser's fixture pages (each copy
// gets its own page header, so its articles get their own ids), then starts
// "paperfeed serve" on it twice: cold (no store yet: every page is parsed)
// and warm (the store from the cold run: nothing is parsed again). For each
// it reports the time from start to the first 200 on /atom.xml, the time
// until the feed shows the newest page (everything indexed), and the
// daemon's resident memory then and at its peak.
//
//	go build -o /tmp/paperfeed ./cmd/paperfeed
//	go run ./bench/startup -bin /tmp/paperfeed -dir /tmp/pf58k -pages 58440
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperfeed/paperfeed/bench/internal/daemon"
)

func main() {
	bin := flag.String("bin", "paperfeed", "the paperfeed binary")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "paperfeed-58k"), "where to generate the folder (reused if complete)")
	pages := flag.Int("pages", 58440, "how many page files (16 pages a day)")
	fixtures := flag.String("fixtures", "article/testdata", "folder of fixture pages to build from")
	flag.Parse()

	newest, err := generate(*dir, *pages, *fixtures)
	if err != nil {
		log.Fatal(err)
	}
	state := filepath.Join(*dir, "state.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(state + suffix)
	}
	for _, run := range []string{"cold", "warm"} {
		r, err := measure(*bin, filepath.Join(*dir, "pages"), state, newest)
		if err != nil {
			log.Fatalf("%s: %v", run, err)
		}
		fmt.Printf("%s start, %d pages: first 200 on /atom.xml after %v; complete feed after %v; RSS then %d MB, peak %d MB\n",
			run, *pages, r.first.Round(time.Millisecond), r.complete.Round(time.Millisecond), r.rss>>20, r.peak>>20)
	}
}

// generate writes n page files under dir/pages unless they are there, and
// returns a title that only the newest page carries.
func generate(dir string, n int, fixtures string) (string, error) {
	pagesDir := filepath.Join(dir, "pages")
	newestTitle := func(i int) string { return fmt.Sprintf("第%d期本报综合新闻摘要", i) }
	if ents, err := os.ReadDir(pagesDir); err == nil && len(ents) == n {
		return newestTitle(n - 1), nil
	}
	os.RemoveAll(pagesDir)
	if err := os.MkdirAll(pagesDir, 0o755); err != nil {
		return "", err
	}
	var bodies [][]byte
	paths, _ := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(b) || bytes.Contains(b, []byte("\r")) || bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
			continue
		}
		bodies = append(bodies, b)
	}
	if len(bodies) == 0 {
		return "", fmt.Errorf("no UTF-8 fixtures in %s", fixtures)
	}
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	week := []string{"日", "一", "二", "三", "四", "五", "六"}
	for i := 0; i < n; i++ {
		day, num := start.AddDate(0, 0, i/16), i%16+1
		header := fmt.Sprintf("%d年%d月%d日 星期%s\n第%d版\n\n%s\n\n本报讯 本期摘要第%d号，档案编号 ref%d 。\n\n\n",
			day.Year(), int(day.Month()), day.Day(), week[day.Weekday()], num, newestTitle(i), i, i)
		name := filepath.Join(pagesDir, fmt.Sprintf("%s-%02d.txt", day.Format("20060102"), num))
		if err := os.WriteFile(name, append([]byte(header), bodies[i%len(bodies)]...), 0o644); err != nil {
			return "", err
		}
	}
	return newestTitle(n - 1), nil
}

type result struct {
	first, complete time.Duration
	rss, peak       int64
}

func measure(bin, pages, state, newest string) (result, error) {
	var r result
	start := time.Now()
	d, err := daemon.Start(bin, "serve", "-dir", pages, "-addr", "127.0.0.1:0", "-state", state)
	if err != nil {
		return r, err
	}
	defer d.Stop()
	base := d.Base
	for r.first == 0 || r.complete == 0 {
		if time.Since(start) > 30*time.Minute {
			return r, fmt.Errorf("feed not complete after 30 minutes")
		}
		resp, err := http.Get(base + "/atom.xml")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				if r.first == 0 {
					r.first = time.Since(start)
				}
				// Complete: the newest page is in the feed and the oldest
				// is found by search (the first pass goes newest first).
				if r.complete == 0 && bytes.Contains(b, []byte(newest)) && found(base, "ref0") {
					r.complete = time.Since(start)
				}
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	r.rss, r.peak = memory(d.Cmd.Process.Pid)
	return r, nil
}

// memory returns the process's resident and peak resident memory in bytes.
func memory(pid int) (rss, peak int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb << 10
		case "VmHWM:":
			peak = kb << 10
		}
	}
	return rss, peak
}

// found reports whether a search for term finds an article.
func found(base, term string) bool {
	resp, err := http.Get(base + "/search.json?q=" + term)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode == http.StatusOK && bytes.Contains(b, []byte("/articles/"))
}
