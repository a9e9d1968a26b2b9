package watch

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// These tests run the real watcher on a real folder. They never sleep to
// wait for an outcome: they wait for the changes they expect, in order, with
// a generous timeout, and prove that nothing else happened in between by a
// sentinel whose change must come next.

const patience = 10 * time.Second

// seen is a change with the size of its file when handle saw it (-1 if it
// was gone).
type seen struct {
	Change
	size int64
}

type harness struct {
	t    *testing.T
	dir  string
	ch   chan seen
	logs *logSink
	n    int // sentinels made

	mu   sync.Mutex
	hold *hold // where handle is to stop next
}

// hold stops handle at the change of path until release is closed.
type hold struct {
	path     string
	entered  chan struct{}
	release  chan struct{}
	released sync.Once
}

// startWatch runs a watcher on a new folder holding the files in initial
// (name → content) plus a sentinel, and returns once the first scan is done,
// that is once the watch is in place. The initial Puts are consumed.
func startWatch(t *testing.T, cfg Config, initial map[string]string) *harness {
	t.Helper()
	h := &harness{t: t, dir: t.TempDir(), ch: make(chan seen, 4096), logs: &logSink{notify: make(chan struct{}, 1)}}
	for name, data := range initial {
		h.write(name, data)
	}
	h.write("000-ready", "x")
	cfg.Dir = h.dir
	if cfg.Logger == nil {
		cfg.Logger = h.logs.logger()
	}
	h.run(cfg)
	h.expect(Change{Path: h.path("000-ready"), Op: Put})
	return h
}

func (h *harness) run(cfg Config) {
	w := New(cfg)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- w.Run(ctx, func(_ context.Context, c Change) {
			size := int64(-1)
			if fi, err := os.Stat(c.Path); err == nil {
				size = fi.Size()
			}
			h.ch <- seen{c, size}
			h.mu.Lock()
			hd := h.hold
			if hd != nil && hd.path == c.Path {
				h.hold = nil
			} else {
				hd = nil
			}
			h.mu.Unlock()
			if hd != nil {
				close(hd.entered)
				<-hd.release
			}
		})
	}()
	h.t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			h.t.Errorf("Run = %v, want nil", err)
		}
	})
}

func (h *harness) path(name string) string { return filepath.Join(h.dir, name) }

func (h *harness) write(name, data string) {
	h.t.Helper()
	if err := os.WriteFile(h.path(name), []byte(data), 0o644); err != nil {
		h.t.Fatal(err)
	}
}

// elsewhere writes a file outside the folder, on the same filesystem.
func (h *harness) elsewhere(data string) string {
	h.t.Helper()
	p := filepath.Join(h.t.TempDir(), "page")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		h.t.Fatal(err)
	}
	return p
}

func (h *harness) rename(from, to string) {
	h.t.Helper()
	if err := os.Rename(from, to); err != nil {
		h.t.Fatal(err)
	}
}

// next returns the next change.
func (h *harness) next() seen {
	h.t.Helper()
	select {
	case s := <-h.ch:
		return s
	case <-time.After(patience):
		h.t.Fatalf("no change within %v", patience)
	}
	panic("unreachable")
}

// expect checks that the next changes are want, in order.
func (h *harness) expect(want ...Change) []seen {
	h.t.Helper()
	var got []seen
	for _, w := range want {
		s := h.next()
		if s.Change != w {
			h.t.Fatalf("got %v, want %v", s.Change, w)
		}
		got = append(got, s)
	}
	return got
}

// sentinel renames a file into the folder and checks that its Put is the
// next change: whatever happened before it produced nothing.
func (h *harness) sentinel() {
	h.t.Helper()
	h.n++
	name := "zz-sentinel-" + string(rune('a'+h.n))
	h.rename(h.elsewhere("sentinel"), h.path(name))
	h.expect(Change{Path: h.path(name), Op: Put})
}

// holdAt renames a file called name into the folder and returns once the
// watcher is inside handle for its Put, where it stays until release is
// called: meanwhile it reads no event, so whatever the test does in between
// is seen by it all at once, afterwards.
func (h *harness) holdAt(name string) (release func()) {
	h.t.Helper()
	hd := &hold{path: h.path(name), entered: make(chan struct{}), release: make(chan struct{})}
	release = func() { hd.released.Do(func() { close(hd.release) }) }
	h.t.Cleanup(release)
	h.mu.Lock()
	h.hold = hd
	h.mu.Unlock()
	h.rename(h.elsewhere("held"), h.path(name))
	select {
	case <-hd.entered:
	case <-time.After(patience):
		h.t.Fatalf("no change for %s within %v", name, patience)
	}
	h.expect(h.put(name))
	return release
}

// waitLog waits until a log line holds all of subs.
func (h *harness) waitLog(subs ...string) {
	h.t.Helper()
	deadline := time.After(patience)
	for h.logs.count(subs...) == 0 {
		select {
		case <-h.logs.notify:
		case <-deadline:
			h.t.Fatalf("no log line with %q within %v:\n%s", subs, patience, h.logs.buf.String())
		}
	}
}

// none checks that no change has been reported that was not consumed.
func (h *harness) none(step string) {
	h.t.Helper()
	select {
	case s := <-h.ch:
		h.t.Fatalf("%s: got %v, want nothing", step, s.Change)
	default:
	}
}

// settledSentinel writes a file in place and checks that its Put is the next
// change: whatever was scheduled to be reported before it was written would
// come first, even after the settle time.
func (h *harness) settledSentinel() {
	h.t.Helper()
	h.n++
	name := "zz-sentinel-" + string(rune('a'+h.n))
	h.write(name, "sentinel")
	h.expect(Change{Path: h.path(name), Op: Put})
}

func (h *harness) put(name string) Change    { return Change{Path: h.path(name), Op: Put} }
func (h *harness) remove(name string) Change { return Change{Path: h.path(name), Op: Remove} }

func TestRunInitialScan(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"b.txt": "page b", "a.txt": "page a", "c": "", ".hidden": "x", "d.txt.swp": "x", "e.txt~": "x", "f.tmp": "x",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "g.txt"), []byte("page"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, dir: dir, ch: make(chan seen, 16), logs: &logSink{}}
	h.run(Config{Dir: dir, Logger: h.logs.logger(), Known: []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "gone.txt")}})
	h.expect(h.put("a.txt"), h.put("b.txt"), h.put("c"), h.remove("gone.txt"))
	h.sentinel()
	if n := h.logs.count("skipping file", "file=pipe.txt"); n != 1 {
		t.Errorf("%d log lines for the FIFO, want 1:\n%s", n, h.logs.buf.String())
	}
}

func TestRunRenamedInIsImmediate(t *testing.T) {
	// With a settle time of a minute, only the immediate path can deliver
	// within the test's patience.
	h := startWatch(t, Config{Settle: time.Minute}, map[string]string{"old.txt": "old page"})
	h.expect(h.put("old.txt")) // after 000-ready, in name order

	h.rename(h.elsewhere("a complete page"), h.path("a.txt")) // mv
	if s := h.expect(h.put("a.txt")); s[0].size != int64(len("a complete page")) {
		t.Fatalf("a.txt reported with %d bytes, want %d", s[0].size, len("a complete page"))
	}
	h.rename(h.elsewhere("a new version"), h.path("old.txt")) // mv over a file
	h.expect(h.put("old.txt"))
	if err := os.Link(h.elsewhere("linked"), h.path("linked.txt")); err != nil { // ln
		t.Fatal(err)
	}
	h.expect(h.put("linked.txt"))
	h.sentinel()
}

func TestRunWrittenInPlaceIsNotTakenForRenamed(t *testing.T) {
	h := startWatch(t, Config{Settle: time.Minute}, nil)
	// Complete as soon as WriteFile returns, but written in place: it waits
	// for the settle time, so the sentinel's Put comes first.
	h.write("a.txt", "written in place")
	src, err := os.Open(h.elsewhere("copied"))
	if err != nil {
		t.Fatal(err)
	}
	dst, err := os.Create(h.path("b.txt")) // cp
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	src.Close()
	dst.Close()
	h.sentinel()
}

func TestRunWriteInPlaceWithPause(t *testing.T) {
	const settle = 500 * time.Millisecond
	h := startWatch(t, Config{Settle: settle}, nil)
	f, err := os.Create(h.path("a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("first half of the page, ")
	time.Sleep(settle / 50) // a writer pausing, well within the settle time
	f.WriteString("second half")
	f.Close()
	want := int64(len("first half of the page, second half"))
	s := h.expect(h.put("a.txt"))
	if s[0].size != want {
		// The one race doc.go describes: the writer was preempted inside
		// write(2) after its data landed but before its event was queued, so
		// the fence came back first and the partial file was reported. The
		// complete file must then be reported once it settles.
		t.Logf("partial report of %d bytes before the complete file", s[0].size)
		s = h.expect(h.put("a.txt"))
	}
	if s[0].size != want {
		t.Fatalf("a.txt reported with %d bytes, want %d", s[0].size, want)
	}
	// Appended later: reported again.
	f, err = os.OpenFile(h.path("a.txt"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(", and a correction")
	f.Close()
	h.expect(h.put("a.txt"))
	h.sentinel()
}

func TestRunTempThenRename(t *testing.T) {
	h := startWatch(t, Config{Settle: time.Minute}, nil)
	for _, c := range []struct{ style, temp, final string }{
		{"rsync", ".a.txt.Gx8A2b", "a.txt"},
		{"curl -o then mv", "b.txt.part", "b.txt"},
		{"editor", ".c.txt.swp", "c.txt"},
		{"sed -i", "sedX1b2c3", "d.txt"}, // an eligible name: pending, then dropped
	} {
		f, err := os.Create(h.path(c.temp))
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString("the page, ")
		f.WriteString("complete")
		f.Close()
		h.rename(h.path(c.temp), h.path(c.final))
		if got := h.next().Change; got != h.put(c.final) {
			t.Fatalf("%s: got %v, want %v", c.style, got, h.put(c.final))
		}
	}
	h.sentinel()
}

func TestRunRemoveAndRename(t *testing.T) {
	h := startWatch(t, Config{Settle: time.Minute}, map[string]string{"a.txt": "page"})
	h.expect(h.put("a.txt"))
	h.rename(h.path("a.txt"), h.path("b.txt"))
	h.expect(h.remove("a.txt"), h.put("b.txt"))
	h.rename(h.path("b.txt"), h.path("b.txt~")) // renamed to an ineligible name
	h.expect(h.remove("b.txt"))
	h.rename(h.path("b.txt~"), h.path("c.txt"))
	h.expect(h.put("c.txt"))
	if err := os.Remove(h.path("c.txt")); err != nil {
		t.Fatal(err)
	}
	h.expect(h.remove("c.txt"))
	h.rename(h.path("000-ready"), filepath.Join(t.TempDir(), "moved-out"))
	h.expect(h.remove("000-ready"))
	h.sentinel()
}

func TestRunFIFO(t *testing.T) {
	h := startWatch(t, Config{Settle: 50 * time.Millisecond}, nil)
	if err := syscall.Mkfifo(h.path("pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(h.path("pipe.txt"), 0o600)
	// Written in place after the FIFO's events, so it settles after them.
	h.write("after.txt", "page")
	h.expect(h.put("after.txt"))
	if n := h.logs.count("skipping file", "file=pipe.txt", "named pipe"); n != 1 {
		t.Errorf("%d log lines for the FIFO, want 1:\n%s", n, h.logs.buf.String())
	}
	h.sentinel()
}

func TestRunSymlinks(t *testing.T) {
	h := startWatch(t, Config{Settle: time.Minute}, map[string]string{"real.txt": "page"})
	h.expect(h.put("real.txt"))
	if err := os.Symlink("/etc/passwd", h.path("passwd.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", h.path("link.txt")); err != nil {
		t.Fatal(err)
	}
	h.expect(h.put("link.txt"))
	if n := h.logs.count("refusing file", "file=passwd.txt", "symlink leads outside the folder", "target=/etc/passwd"); n != 1 {
		t.Errorf("%d log lines refusing passwd.txt, want 1:\n%s", n, h.logs.buf.String())
	}
	h.sentinel()
}

func TestRunSubfolderIgnored(t *testing.T) {
	h := startWatch(t, Config{Settle: time.Minute}, nil)
	if err := os.Mkdir(h.path("sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	h.write("sub/a.txt", "page")
	h.rename(h.elsewhere("page"), h.path("sub/b.txt"))
	h.rename(h.path("sub"), h.path("sub2"))
	h.sentinel()
}

// watchModes are the two ways of following the folder.
var watchModes = []struct {
	name string
	poll time.Duration
}{
	{"inotify", 0},
	{"poll", 20 * time.Millisecond},
}

func TestRunFolderRemovedAndRecreated(t *testing.T) {
	for _, mode := range watchModes {
		t.Run(mode.name, func(t *testing.T) {
			h := startWatch(t, Config{Poll: mode.poll, Settle: 100 * time.Millisecond}, map[string]string{"a.txt": "page"})
			h.expect(h.put("a.txt"))
			release := h.holdAt("b.txt")
			if err := os.RemoveAll(h.dir); err != nil {
				t.Fatal(err)
			}
			release()
			h.waitLog("watched folder is gone")
			h.none("folder removed")
			if err := os.Mkdir(h.dir, 0o755); err != nil {
				t.Fatal(err)
			}
			h.expect(h.remove("000-ready"), h.remove("a.txt"), h.remove("b.txt"))
			h.rename(h.elsewhere("page"), h.path("c.txt"))
			h.expect(h.put("c.txt"))
			h.settledSentinel()
			if n := h.logs.count("watched folder is gone"); n != 1 {
				t.Errorf("%d gone warnings, want 1", n)
			}
		})
	}
}

func TestRunFolderMovedAwayAndBack(t *testing.T) {
	for _, mode := range watchModes {
		t.Run(mode.name, func(t *testing.T) {
			h := startWatch(t, Config{Poll: mode.poll, Settle: 100 * time.Millisecond}, map[string]string{"a.txt": "page"})
			h.expect(h.put("a.txt"))
			away := filepath.Join(t.TempDir(), "away")
			h.rename(h.dir, away)
			h.waitLog("watched folder is gone")
			h.none("folder moved away")
			h.rename(away, h.dir)
			h.waitLog("watched folder is back")
			h.settledSentinel()
		})
	}
}

func TestRunPoll(t *testing.T) {
	h := startWatch(t, Config{Poll: 20 * time.Millisecond, Settle: 50 * time.Millisecond}, map[string]string{"a.txt": "page a"})
	h.expect(h.put("a.txt"))
	h.write("b.txt", "page b")
	h.expect(h.put("b.txt"))
	h.write("a.txt", "page a, changed")
	h.expect(h.put("a.txt"))
	h.rename(h.path("b.txt"), h.path("c.txt"))
	h.expect(h.remove("b.txt"), h.put("c.txt"))
	if err := os.Remove(h.path("a.txt")); err != nil {
		t.Fatal(err)
	}
	h.expect(h.remove("a.txt"))
}

func TestRunFolderErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		name string
		dir  string
		want error
	}{
		{"missing", filepath.Join(t.TempDir(), "missing"), fs.ErrNotExist},
		{"not a directory", file, ErrNotDir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, poll := range []time.Duration{0, time.Second} {
				err := New(Config{Dir: tt.dir, Poll: poll}).Run(t.Context(), func(context.Context, Change) {
					t.Error("handle called")
				})
				if !errors.Is(err, tt.want) {
					t.Errorf("Run(%q, poll %v) = %v, want %v", tt.dir, poll, err, tt.want)
				}
			}
		})
	}
}

func TestRunReturnsWhenCancelled(t *testing.T) {
	tmp, dir := t.TempDir(), t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	started := make(chan struct{})
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("page"), 0o644)
	go func() {
		w := New(Config{Dir: dir})
		w.fenceRoots = []string{filepath.Join(tmp, "missing"), tmp}
		done <- w.Run(ctx, func(context.Context, Change) { close(started) })
	}()
	<-started
	if fences, _ := filepath.Glob(filepath.Join(tmp, "paperfeed-watch-*")); len(fences) != 1 {
		t.Fatalf("fence folders while running: %q, want one", fences)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run = %v, want nil", err)
		}
	case <-time.After(patience):
		t.Fatal("Run did not return after cancel")
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "paperfeed-watch-*")); len(left) != 0 {
		t.Fatalf("fence folders left after Run: %q", left)
	}
}

func TestMakeFence(t *testing.T) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		t.Fatal(err)
	}
	defer fw.Close()
	dir, issue, err := makeFence(fw, []string{t.TempDir()}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	wantCreate := func(seq uint64) {
		t.Helper()
		want := filepath.Join(dir, strconv.FormatUint(seq, 10))
		for {
			select {
			case ev := <-fw.Events:
				if ev.Has(fsnotify.Create) {
					if ev.Name != want {
						t.Fatalf("fence event %v, want Create %q", ev, want)
					}
					return
				}
			case err := <-fw.Errors:
				t.Fatal(err)
			case <-time.After(patience):
				t.Fatalf("no fence event within %v", patience)
			}
		}
	}
	for seq := uint64(1); seq <= 3; seq++ {
		if err := issue(seq); err != nil {
			t.Fatalf("issue(%d) = %v", seq, err)
		}
		wantCreate(seq)
	}
	// The file removed by someone: the next fence makes it anew.
	if err := os.Remove(filepath.Join(dir, "3")); err != nil {
		t.Fatal(err)
	}
	if err := issue(4); err != nil {
		t.Fatalf("issue(4) after the file went missing = %v", err)
	}
	wantCreate(4)
}

// deadPID returns a process id that no process can have: one above the
// kernel's limit.
func deadPID(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/sys/kernel/pid_max")
	if err != nil {
		t.Fatalf("reading pid_max: %v", err)
	}
	pidMax, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("pid_max %q: %v", b, err)
	}
	return pidMax + 1
}

func TestMakeFenceRemovesStaleFences(t *testing.T) {
	base := t.TempDir()
	dead, own := strconv.Itoa(deadPID(t)), strconv.Itoa(os.Getpid())
	mkdir := func(name string) {
		t.Helper()
		if err := os.Mkdir(filepath.Join(base, name), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(base, name, "7"), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	stale := "paperfeed-watch-" + dead + "-123"
	mkdir(stale)
	kept := []string{
		"paperfeed-watch-" + own + "-456", // this process
		"paperfeed-watch-1-789",           // init, always running
		"paperfeed-watch-123456",          // the old naming, without a pid
		"paperfeed-watch-" + dead + "-",   // no random part
		"paperfeed-watch--" + dead,        // no pid
		"paperfeed-watch-+" + dead + "-1", // not only digits
		"other-" + dead + "-1",
	}
	for _, name := range kept {
		mkdir(name)
	}
	file := "paperfeed-watch-" + dead + "-9" // a file, not a folder
	if err := os.WriteFile(filepath.Join(base, file), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	kept = append(kept, file)

	fw, err := fsnotify.NewWatcher()
	if err != nil {
		t.Fatal(err)
	}
	defer fw.Close()
	logs := &logSink{}
	dir, _, err := makeFence(fw, []string{base}, logs.logger())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(base, stale)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale fence folder %s: Stat = %v, want it removed", stale, err)
	}
	if n := logs.count("removed stale fence folder", stale); n != 1 {
		t.Errorf("%d log lines for removing %s, want 1:\n%s", n, stale, logs.buf.String())
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(base, name)); err != nil {
			t.Errorf("%s: Stat = %v, want it left alone", name, err)
		}
	}
	if got, want := filepath.Dir(dir), base; got != want {
		t.Errorf("fence folder in %s, want %s", got, want)
	}
	if pid, ok := fencePID(filepath.Base(dir)); !ok || pid != os.Getpid() {
		t.Errorf("fencePID(%q) = %d, %v, want %d, true", filepath.Base(dir), pid, ok, os.Getpid())
	}
}

func TestFencePID(t *testing.T) {
	tests := []struct {
		name string
		in   string
		pid  int
		ok   bool
	}{
		{"fence folder", "paperfeed-watch-4242-1234567", 4242, true},
		{"dashes in the random part", "paperfeed-watch-17-a-b", 17, true},
		{"old naming", "paperfeed-watch-1234567", 0, false},
		{"empty random part", "paperfeed-watch-4242-", 0, false},
		{"empty pid", "paperfeed-watch--4242", 0, false},
		{"pid zero", "paperfeed-watch-0-1", 0, false},
		{"signed pid", "paperfeed-watch--1-1", 0, false},
		{"plus sign", "paperfeed-watch-+5-1", 0, false},
		{"pid too large", "paperfeed-watch-99999999999-1", 0, false},
		{"other prefix", "paperfeed-other-4242-1", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pid, ok := fencePID(tt.in)
			if pid != tt.pid || ok != tt.ok {
				t.Errorf("fencePID(%q) = %d, %v, want %d, %v", tt.in, pid, ok, tt.pid, tt.ok)
			}
		})
	}
}
