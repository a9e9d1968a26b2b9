package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The end-to-end tests run the real binary on a temporary folder and a free
// port, and read its feeds with a real feed client.

var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "paperfeed-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "paperfeed")
	build := exec.Command("go", "build", "-race", "-o", binPath, ".")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build paperfeed:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const samplePage = "../../seeds/000_e3f3a7dec7c7eba1.txt"

// daemon is a running paperfeed serve.
type daemon struct {
	t    *testing.T
	cmd  *exec.Cmd
	base string
	mu   sync.Mutex
	log  bytes.Buffer
	done chan struct{}
}

// startDaemon starts paperfeed serve on dir with a free port and waits until
// it answers /healthz.
func startDaemon(t *testing.T, dir, state string, extra ...string) *daemon {
	t.Helper()
	args := append([]string{"serve", "-dir", dir, "-addr", "127.0.0.1:0", "-state", state, "-settle", "300ms"}, extra...)
	cmd := exec.Command(binPath, args...)
	cmd.Env = append(os.Environ(), "PAPERFEED_LOG_FORMAT=text")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	d := &daemon{t: t, cmd: cmd, done: make(chan struct{})}
	addr := make(chan string, 1)
	go func() {
		defer close(d.done)
		re := regexp.MustCompile(`msg=serving addr=(\S+)`)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			d.mu.Lock()
			d.log.WriteString(line + "\n")
			d.mu.Unlock()
			if m := re.FindStringSubmatch(line); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	t.Cleanup(func() {
		if d.cmd.ProcessState == nil {
			d.cmd.Process.Signal(syscall.SIGTERM)
			d.cmd.Wait()
		}
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.logText())
		}
	})
	select {
	case a := <-addr:
		d.base = "http://" + a
	case <-time.After(60 * time.Second):
		t.Fatalf("daemon did not start; log:\n%s", d.logText())
	}
	d.waitFor("healthz", func() bool {
		code, _ := d.get("/healthz")
		return code == http.StatusOK
	})
	return d
}

func (d *daemon) logText() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.log.String()
}

func (d *daemon) get(path string) (int, []byte) {
	resp, err := http.Get(d.base + path)
	if err != nil {
		return 0, nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// feed fetches and parses /atom.xml, failing the test on transport errors.
func (d *daemon) feed() *gofeed.Feed {
	d.t.Helper()
	code, body := d.get("/atom.xml")
	if code != http.StatusOK {
		return nil
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		d.t.Fatalf("parse /atom.xml: %v\n%s", err, body)
	}
	return f
}

// waitFor polls cond until it holds, failing after a generous deadline.
func (d *daemon) waitFor(what string, cond func() bool) {
	d.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			d.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// titles returns the feed's item titles, newest first.
func titles(f *gofeed.Feed) []string {
	if f == nil {
		return nil
	}
	var ts []string
	for _, it := range f.Items {
		ts = append(ts, it.Title)
	}
	return ts
}

func countTitle(f *gofeed.Feed, title string) int {
	n := 0
	for _, t := range titles(f) {
		if t == title {
			n++
		}
	}
	return n
}

func (d *daemon) waitItems(what string, n int) *gofeed.Feed {
	d.t.Helper()
	var f *gofeed.Feed
	d.waitFor(what, func() bool {
		f = d.feed()
		return f != nil && len(f.Items) == n
	})
	return f
}

func readSample(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(samplePage)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const sampleTitle = "进博会见证“嘉定力量”"

// otherPage is a second, made-up page with one dated article.
const otherPage = `2025年11月12日 星期三  第3版  综合

秋季运动会开幕

本报讯 11月11日,区第十届秋季运动会在体育中心开幕,来自全区的两千余名运动员参加比赛。

赛事共设田径、游泳、乒乓球等十二个大项,将持续一周。撰稿 王明
`

func TestServeWriterStyles(t *testing.T) {
	dir := t.TempDir()
	d := startDaemon(t, dir, filepath.Join(t.TempDir(), "state.db"))
	sample := readSample(t)
	if f := d.feed(); f == nil || len(f.Items) != 0 {
		t.Fatalf("empty folder: feed has %v, want no items", titles(f))
	}

	steps := []struct {
		name  string
		write func(t *testing.T, path string)
	}{
		{"mv from elsewhere", func(t *testing.T, path string) {
			tmp := filepath.Join(t.TempDir(), "page.txt")
			os.WriteFile(tmp, sample, 0o644)
			if err := os.Rename(tmp, path); err != nil {
				// Another filesystem: fall back to copy then rename inside.
				mustWrite(t, path+".tmp", sample)
				os.Rename(path+".tmp", path)
			}
		}},
		{"cp in place", func(t *testing.T, path string) {
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			half := len(sample) / 2
			f.Write(sample[:half])
			time.Sleep(100 * time.Millisecond) // a pause shorter than -settle
			f.Write(sample[half:])
			f.Close()
		}},
		{"temp then rename", func(t *testing.T, path string) {
			tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".XXXXXX")
			mustWrite(t, tmp, sample)
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		}},
		{"download part", func(t *testing.T, path string) {
			tmp := path + ".part"
			mustWrite(t, tmp, sample)
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for i, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("page-%d.txt", i))
			s.write(t, path)
			f := d.waitItems("4 pieces", 4)
			if got := countTitle(f, sampleTitle); got != 1 {
				t.Fatalf("feed has %q %d times, want once: %v", sampleTitle, got, titles(f))
			}
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			d.waitItems("empty feed after remove", 0)
		})
	}
}

func TestServeSlowUploadReplacesPartial(t *testing.T) {
	dir := t.TempDir()
	d := startDaemon(t, dir, filepath.Join(t.TempDir(), "state.db"))
	sample := readSample(t)
	path := filepath.Join(dir, "slow.txt")
	// The first two articles arrive, then the upload pauses longer than -settle.
	cut := bytes.Index(sample, []byte("本届进博会上"))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(sample[:cut])
	f.Sync()
	d.waitFor("partial page", func() bool { f := d.feed(); return f != nil && len(f.Items) >= 1 })
	f.Write(sample[cut:])
	f.Close()
	feed := d.waitItems("complete page", 4)
	for _, ti := range titles(feed) {
		if countTitle(feed, ti) != 1 {
			t.Fatalf("item %q appears more than once: %v", ti, titles(feed))
		}
	}
}

func TestServeLifecycleAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	d := startDaemon(t, dir, filepath.Join(t.TempDir(), "state.db"))
	sample := readSample(t)
	path := filepath.Join(dir, "a.txt")
	mustWrite(t, path+".tmp", sample)
	os.Rename(path+".tmp", path)
	f := d.waitItems("sample", 4)
	ids := map[string]string{}
	for _, it := range f.Items {
		ids[it.Title] = it.GUID
	}

	// Rename: same ids.
	renamed := filepath.Join(dir, "b.txt")
	if err := os.Rename(path, renamed); err != nil {
		t.Fatal(err)
	}
	d.waitFor("rename settles with the same ids", func() bool {
		f := d.feed()
		if f == nil || len(f.Items) != 4 {
			return false
		}
		for _, it := range f.Items {
			if ids[it.Title] != it.GUID {
				return false
			}
		}
		return true
	})

	// Modify: add a page's worth of a second article.
	mustWrite(t, renamed+".tmp", append(append([]byte{}, sample...), []byte("\n\n\n"+otherPage)...))
	os.Rename(renamed+".tmp", renamed)
	d.waitFor("modified page", func() bool { f := d.feed(); return f != nil && countTitle(f, "秋季运动会开幕") == 1 })

	// Bad files: the daemon logs them and the feed stays as it was.
	before := titles(d.feed())
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.bin")
	bf, _ := os.Create(big)
	chunk := bytes.Repeat([]byte{0, 1, 2, 3, 0xff, 0xfe, 'x', 0}, 1<<17)
	for i := 0; i < 64; i++ { // 64 MiB
		bf.Write(chunk)
	}
	bf.Close()
	mustWrite(t, filepath.Join(dir, "empty.txt"), nil)
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "passwd.txt")); err != nil {
		t.Fatal(err)
	}
	d.waitFor("bad files logged", func() bool {
		l := d.logText()
		return strings.Contains(l, "passwd.txt") && strings.Contains(l, "big.bin")
	})
	if code, _ := d.get("/healthz"); code != http.StatusOK {
		t.Fatalf("/healthz = %d after bad files, want 200", code)
	}
	if got := titles(d.feed()); strings.Join(got, "|") != strings.Join(before, "|") {
		t.Fatalf("feed changed after bad files: %v, want %v", got, before)
	}
	if strings.Contains(d.logText(), "root:") {
		t.Fatal("the daemon read /etc/passwd through a symlink")
	}

	// A GBK page is decoded and published.
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.ReplaceAll(otherPage, "秋季运动会开幕", "冬季长跑比赛举行")))
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(dir, "gbk.tmp"), gbk)
	os.Rename(filepath.Join(dir, "gbk.tmp"), filepath.Join(dir, "gbk.txt"))
	d.waitFor("GBK page", func() bool { f := d.feed(); return f != nil && countTitle(f, "冬季长跑比赛举行") == 1 })

	// Delete: the page's articles leave the feed.
	if err := os.Remove(renamed); err != nil {
		t.Fatal(err)
	}
	d.waitFor("delete", func() bool { f := d.feed(); return f != nil && countTitle(f, sampleTitle) == 0 })
}

// TestServeRestartAfterKill kills the daemon in the middle of a burst of
// arrivals and checks that every item served before the kill is served the
// same way after a restart.
func TestServeRestartAfterKill(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(t.TempDir(), "state.db")
	d := startDaemon(t, dir, state)
	for i := 0; i < 40; i++ {
		page := strings.ReplaceAll(otherPage, "秋季运动会开幕", fmt.Sprintf("第%d届秋季运动会开幕", i+1))
		page = strings.ReplaceAll(page, "第3版", fmt.Sprintf("第%d版", i+1))
		mustWrite(t, filepath.Join(dir, fmt.Sprintf(".p%02d", i)), []byte(page))
		os.Rename(filepath.Join(dir, fmt.Sprintf(".p%02d", i)), filepath.Join(dir, fmt.Sprintf("p%02d.txt", i)))
		if i == 20 {
			d.waitFor("some pages", func() bool { f := d.feed(); return f != nil && len(f.Items) > 0 })
		}
	}
	_, served := d.get("/atom.xml")
	before, err := gofeed.NewParser().Parse(bytes.NewReader(served))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	d.cmd.Wait()

	d2 := startDaemon(t, dir, state)
	after := d2.waitItems("all pages after restart", 40)
	got := map[string]*gofeed.Item{}
	for _, it := range after.Items {
		got[it.GUID] = it
	}
	for _, it := range before.Items {
		a, ok := got[it.GUID]
		if !ok {
			t.Errorf("item %q (%s) served before the kill is gone", it.Title, it.GUID)
			continue
		}
		if a.Title != it.Title || a.Published != it.Published || a.Updated != it.Updated {
			t.Errorf("item %s changed across the restart: %q %s %s, want %q %s %s",
				it.GUID, a.Title, a.Published, a.Updated, it.Title, it.Published, it.Updated)
		}
	}
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string
	}{
		{"version", []string{"version"}, 0, "paperfeed "},
		{"help", []string{"help"}, 0, "paperfeed build -dir D -out O"},
		{"-h lists the commands", []string{"-h"}, 0, "paperfeed parse [-json] FILE..."},
		{"serve help lists env twins", []string{"serve", "-h"}, 0, "PAPERFEED_BASE_URL"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"bad flag", []string{"serve", "-nope"}, 2, "flag provided but not defined"},
		{"missing folder", []string{"serve", "-dir", "/nonexistent/paperfeed", "-addr", "127.0.0.1:0"}, 1, "no such file"},
		{"parse", []string{"parse", samplePage}, 0, sampleTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			out, err := exec.CommandContext(ctx, binPath, tt.args...).CombinedOutput()
			if ctx.Err() != nil {
				t.Fatalf("paperfeed %v did not finish", tt.args)
			}
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode || !strings.Contains(string(out), tt.want) {
				t.Fatalf("paperfeed %v: exit %d, output %q; want exit %d and %q", tt.args, code, out, tt.wantCode, tt.want)
			}
		})
	}
}

func TestBuildCommand(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	mustWrite(t, filepath.Join(dir, "page.txt"), readSample(t))
	cmd := exec.Command(binPath, "build", "-dir", dir, "-out", out, "-base-url", "https://news.example.org/paper/")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, b)
	}
	for _, name := range []string{"atom.xml", "rss.xml", "feed.json", "index.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("https://news.example.org/paper/")) {
			t.Errorf("%s does not use the base URL", name)
		}
		if name != "index.html" {
			f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(f.Items) != 4 {
				t.Errorf("%s has %d items, want 4", name, len(f.Items))
			}
		}
	}
}

func mustWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestServeRebuildsCorruptStore starts the daemon on a store file full of
// garbage: it must move it aside, rebuild from the folder and serve.
func TestServeRebuildsCorruptStore(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "page.txt"), readSample(t))
	state := filepath.Join(t.TempDir(), "state.db")
	mustWrite(t, state, bytes.Repeat([]byte("not a database\x00"), 4096))
	d := startDaemon(t, dir, state)
	f := d.waitItems("the sample page after a rebuild", 4)
	if countTitle(f, sampleTitle) != 1 {
		t.Fatalf("feed after rebuild: %v", titles(f))
	}
	if !strings.Contains(d.logText(), "level=WARN") {
		t.Errorf("no warning about the damaged store in the log:\n%s", d.logText())
	}
	aside, _ := filepath.Glob(state + ".corrupt-*")
	if len(aside) == 0 {
		t.Errorf("the damaged store was not kept aside")
	}
}
