// Latency measures how long a page dropped into paperfeed's folder takes to
// show in its Atom feed, driving the real binary.
//
// It fills a temporary folder with -pages generated pages, starts
// "paperfeed serve" on it, waits until all are served, then drops -trials
// new pages, each renamed into the folder (complete the moment it appears)
// or written in place, and polls /atom.xml until the page's title shows.
//
//	go build -o /tmp/paperfeed ./cmd/paperfeed
//	go run ./bench/latency -bin /tmp/paperfeed -pages 10,10000
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paperfeed/paperfeed/bench/internal/daemon"
)

func main() {
	bin := flag.String("bin", "paperfeed", "the paperfeed binary")
	pagesFlag := flag.String("pages", "10,10000", "comma-separated counts of pages already in the folder")
	trials := flag.Int("trials", 30, "pages dropped per measurement")
	settle := flag.Duration("settle", 500*time.Millisecond, "the daemon's -settle")
	flag.Parse()
	for _, s := range strings.Split(*pagesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			log.Fatal(err)
		}
		for _, mode := range []string{"rename", "in-place"} {
			lat, err := measure(*bin, n, *trials, *settle, mode)
			if err != nil {
				log.Fatalf("%d pages, %s: %v", n, mode, err)
			}
			slices.Sort(lat)
			fmt.Printf("pages=%-6d mode=%-8s settle=%v trials=%d median=%v p90=%v worst=%v\n", n, mode, *settle,
				len(lat), lat[len(lat)/2].Round(100*time.Microsecond), lat[len(lat)*9/10].Round(100*time.Microsecond),
				lat[len(lat)-1].Round(100*time.Microsecond))
		}
	}
}

// page returns the text of generated page i: a dated front page with two
// articles whose titles are unique to i.
func page(i int) (string, string) {
	d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
	title := fmt.Sprintf("第%d期区政府常务会议召开", i)
	return fmt.Sprintf(`%d年%d月%d日 星期%s  第1版  要闻

%s

本报讯 %d月%d日,区政府召开第%d次常务会议,研究部署近期重点工作。会议听取了有关部门的汇报。

会议强调,要抓好各项任务落实,确保取得实效。撰稿 张三

社区服务中心启用

本报讯 新建成的社区服务中心正式启用,为周边居民提供便民服务。档案编号 ref%d 。撰稿 李四
`, d.Year(), int(d.Month()), d.Day(), "一", title, int(d.Month()), d.Day(), i, i), title
}

func measure(bin string, n, trials int, settle time.Duration, mode string) ([]time.Duration, error) {
	dir, err := os.MkdirTemp("", "paperfeed-latency")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	pages := filepath.Join(dir, "pages")
	os.Mkdir(pages, 0o755)
	var last string
	for i := 0; i < n; i++ {
		text, title := page(i)
		if err := os.WriteFile(filepath.Join(pages, fmt.Sprintf("p%06d.txt", i)), []byte(text), 0o644); err != nil {
			return nil, err
		}
		last = title
	}
	d, err := daemon.Start(bin, "serve", "-dir", pages, "-addr", "127.0.0.1:0",
		"-state", filepath.Join(dir, "state.db"), "-settle", settle.String())
	if err != nil {
		return nil, err
	}
	defer d.Stop()
	base := d.Base
	if n > 0 {
		// The first pass may take the pages in any order: wait until both the
		// newest page shows in the feed and the oldest is found by search.
		if _, err := waitTitle(base, last, 5*time.Minute); err != nil {
			return nil, fmt.Errorf("initial pages: %w", err)
		}
		if err := waitSearch(base, "ref0", 5*time.Minute); err != nil {
			return nil, fmt.Errorf("initial pages: %w", err)
		}
	}
	var lat []time.Duration
	for k := 0; k < trials; k++ {
		text, title := page(n + 1000 + k)
		final := filepath.Join(pages, fmt.Sprintf("new%06d.txt", k))
		var start time.Time
		if mode == "rename" {
			tmp := filepath.Join(dir, "incoming.txt") // same filesystem, outside the folder
			os.WriteFile(tmp, []byte(text), 0o644)
			start = time.Now()
			if err := os.Rename(tmp, final); err != nil {
				return nil, err
			}
		} else {
			start = time.Now()
			if err := os.WriteFile(final, []byte(text), 0o644); err != nil {
				return nil, err
			}
		}
		at, err := waitTitle(base, title, time.Minute)
		if err != nil {
			return nil, err
		}
		lat = append(lat, at.Sub(start))
	}
	return lat, nil
}

// waitTitle polls /atom.xml until it contains title and returns when it did.
func waitTitle(base, title string, limit time.Duration) (time.Time, error) {
	deadline := time.Now().Add(limit)
	etag := ""
	for time.Now().Before(deadline) {
		req, _ := http.NewRequest("GET", base+"/atom.xml", nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				etag = resp.Header.Get("ETag")
				if strings.Contains(string(b), title) {
					return time.Now(), nil
				}
			}
		}
		time.Sleep(time.Millisecond)
	}
	return time.Time{}, fmt.Errorf("%q not served within %v", title, limit)
}

// waitSearch polls the search feed until term finds something.
func waitSearch(base, term string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/search.json?q=" + term)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && strings.Contains(string(b), "/articles/") {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("search for %q found nothing within %v", term, limit)
}
