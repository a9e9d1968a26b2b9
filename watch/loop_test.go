package watch

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// These tests drive the loop's decisions by hand: real files under
// t.TempDir, synthetic fsnotify events, and a clock that is only a value, so
// nothing here waits or races.

// logSink collects log output; safe for concurrent use.
type logSink struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	notify chan struct{} // if not nil, signalled after each write
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.buf.Write(p)
	if s.notify != nil {
		select {
		case s.notify <- struct{}{}:
		default:
		}
	}
	return n, err
}

// count returns how many log lines contain all of subs.
func (s *logSink) count(subs ...string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for line := range strings.Lines(s.buf.String()) {
		all := true
		for _, sub := range subs {
			all = all && strings.Contains(line, sub)
		}
		if all {
			n++
		}
	}
	return n
}

func (s *logSink) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(s, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// stepper is a loop under test with what it reported.
type stepper struct {
	t      *testing.T
	l      *loop
	dir    string
	got    []Change
	fences int
	logs   *logSink
	t0     time.Time
}

const testSettle = time.Second

func newStepper(t *testing.T, known ...string) *stepper {
	t.Helper()
	s := &stepper{t: t, dir: t.TempDir(), logs: &logSink{}, t0: time.Unix(1_700_000_000, 0)}
	cfg := Config{Settle: testSettle, Known: known, Logger: s.logs.logger()}
	s.l = newLoop(cfg, s.dir, func(_ context.Context, c Change) { s.got = append(s.got, c) })
	s.l.fenceDir = "/fence-dir"
	s.l.fence = func(uint64) error { s.fences++; return nil }
	return s
}

func (s *stepper) at(d time.Duration) time.Time { return s.t0.Add(d) }

func (s *stepper) path(name string) string { return filepath.Join(s.dir, name) }

func (s *stepper) write(name, data string) {
	s.t.Helper()
	if err := os.WriteFile(s.path(name), []byte(data), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *stepper) start() {
	s.t.Helper()
	if err := s.l.start(s.t.Context(), s.t0); err != nil {
		s.t.Fatalf("start: %v", err)
	}
}

func (s *stepper) ev(d time.Duration, name string, op fsnotify.Op) {
	s.l.event(s.t.Context(), fsnotify.Event{Name: s.path(name), Op: op}, s.at(d))
}

// fence delivers the event of the last fence issued.
func (s *stepper) fence(d time.Duration) {
	s.fenceN(d, s.l.fenceSeq)
}

func (s *stepper) fenceN(d time.Duration, seq uint64) {
	name := filepath.Join(s.l.fenceDir, strconv.FormatUint(seq, 10))
	s.l.event(s.t.Context(), fsnotify.Event{Name: name, Op: fsnotify.Create | fsnotify.Remove}, s.at(d))
}

func (s *stepper) tick(d time.Duration) { s.l.tick(s.t.Context(), s.at(d)) }

// want checks what was reported since the last call.
func (s *stepper) want(step string, want ...Change) {
	s.t.Helper()
	if want == nil {
		want = []Change{}
	}
	got := s.got
	if got == nil {
		got = []Change{}
	}
	if !slices.Equal(got, want) {
		s.t.Fatalf("after %s: reported %v, want %v", step, got, want)
	}
	s.got = nil
}

func (s *stepper) put(name string) Change    { return Change{Path: s.path(name), Op: Put} }
func (s *stepper) remove(name string) Change { return Change{Path: s.path(name), Op: Remove} }

func TestLoopRenamedInIsPutAtTheFence(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "complete page")
	s.ev(0, "a.txt", fsnotify.Create)
	s.want("Create")
	if s.fences != 1 {
		t.Fatalf("fences = %d after Create of a non-empty file, want 1", s.fences)
	}
	s.fence(time.Millisecond)
	s.want("fence", s.put("a.txt"))
	s.tick(time.Hour)
	s.want("a long time later")
}

func TestLoopWrittenInPlaceWaitsForSettle(t *testing.T) {
	s := newStepper(t)
	s.start()
	// cp: the Create is read when the data is already there, but its Write
	// is queued before the fence.
	s.write("a.txt", "page")
	s.ev(0, "a.txt", fsnotify.Create)
	s.ev(0, "a.txt", fsnotify.Write)
	s.fence(time.Millisecond)
	s.want("fence")
	s.tick(testSettle - time.Millisecond)
	s.want("just before settle")
	s.tick(testSettle)
	s.want("settle", s.put("a.txt"))
}

func TestLoopEmptyCreateSettlesWithoutFence(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "")
	s.ev(0, "a.txt", fsnotify.Create)
	if s.fences != 0 {
		t.Fatalf("fences = %d after Create of an empty file, want 0", s.fences)
	}
	s.write("a.txt", "first half")
	s.ev(100*time.Millisecond, "a.txt", fsnotify.Write)
	s.tick(testSettle + 50*time.Millisecond) // the Create's deadline, moved on by the Write
	s.want("settle after Create")
	s.write("a.txt", "first half, second half")
	s.ev(testSettle+90*time.Millisecond, "a.txt", fsnotify.Write)
	s.tick(testSettle + 100*time.Millisecond)
	s.want("settle after first Write")
	s.tick(2*testSettle + 90*time.Millisecond)
	s.want("settle after last Write", s.put("a.txt"))
}

func TestLoopPausedWriterIsPutAgain(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "")
	s.ev(0, "a.txt", fsnotify.Create)
	s.write("a.txt", "part")
	s.ev(0, "a.txt", fsnotify.Write)
	s.tick(testSettle)
	s.want("pause outlasts settle", s.put("a.txt"))
	s.write("a.txt", "part and the rest")
	s.ev(5*testSettle, "a.txt", fsnotify.Write)
	s.tick(6 * testSettle)
	s.want("rest settled", s.put("a.txt"))
}

func TestLoopUnchangedFileIsNotPutAgain(t *testing.T) {
	s := newStepper(t)
	s.write("a.txt", "page")
	s.start()
	s.want("start", s.put("a.txt"))
	s.ev(0, "a.txt", fsnotify.Chmod)
	s.ev(0, "a.txt", fsnotify.Write)
	s.tick(testSettle)
	s.want("events without a change")
	s.ev(2*testSettle, "a.txt", fsnotify.Create) // e.g. queued before the first scan
	s.fence(2 * testSettle)
	s.want("Create of the reported file")
}

func TestLoopTempRenamedBeforeSettle(t *testing.T) {
	s := newStepper(t)
	s.start()
	// An eligible temporary name written in place, then renamed.
	s.write("draft", "")
	s.ev(0, "draft", fsnotify.Create)
	s.write("draft", "page")
	s.ev(0, "draft", fsnotify.Write)
	if err := os.Rename(s.path("draft"), s.path("page.txt")); err != nil {
		t.Fatal(err)
	}
	s.ev(time.Millisecond, "draft", fsnotify.Rename)
	s.ev(time.Millisecond, "page.txt", fsnotify.Create)
	s.fence(2 * time.Millisecond)
	s.want("fence", s.put("page.txt"))
	s.tick(time.Hour)
	s.want("after settle")
}

func TestLoopRenameWithinFolder(t *testing.T) {
	s := newStepper(t)
	s.write("a.txt", "page")
	s.start()
	s.want("start", s.put("a.txt"))
	if err := os.Rename(s.path("a.txt"), s.path("b.txt")); err != nil {
		t.Fatal(err)
	}
	s.ev(0, "a.txt", fsnotify.Rename)
	s.ev(0, "b.txt", fsnotify.Create)
	s.fence(0)
	s.want("rename", s.remove("a.txt"), s.put("b.txt"))
}

func TestLoopRemove(t *testing.T) {
	s := newStepper(t)
	s.write("a.txt", "page")
	s.write("b.txt", "")
	s.start()
	s.want("start", s.put("a.txt"), s.put("b.txt"))
	os.Remove(s.path("a.txt"))
	s.ev(0, "a.txt", fsnotify.Chmod)
	s.ev(0, "a.txt", fsnotify.Remove)
	s.ev(0, "never-seen.txt", fsnotify.Remove)
	s.want("Remove", s.remove("a.txt"))
	s.tick(time.Hour)
	s.want("later")
}

func TestLoopReplacedByRenameIsPut(t *testing.T) {
	s := newStepper(t)
	s.write("a.txt", "old page")
	s.start()
	s.want("start", s.put("a.txt"))
	// rsync or an editor: same size, same time, new file over the old name.
	s.write(".a.txt.XYZ", "new page")
	mtime := time.Unix(1_600_000_000, 0)
	os.Chtimes(s.path("a.txt"), mtime, mtime)
	os.Chtimes(s.path(".a.txt.XYZ"), mtime, mtime)
	s.l.reported["a.txt"] = mustState(t, s.path("a.txt"))
	s.ev(0, ".a.txt.XYZ", fsnotify.Create)
	s.ev(0, ".a.txt.XYZ", fsnotify.Write)
	if err := os.Rename(s.path(".a.txt.XYZ"), s.path("a.txt")); err != nil {
		t.Fatal(err)
	}
	s.ev(0, ".a.txt.XYZ", fsnotify.Rename)
	s.ev(0, "a.txt", fsnotify.Create)
	s.fence(0)
	s.want("rename over", s.put("a.txt"))
}

func mustState(t *testing.T, path string) fileState {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return stateOf(fi)
}

func TestLoopIgnoresIneligibleAndForeignEvents(t *testing.T) {
	s := newStepper(t)
	s.start()
	for _, name := range []string{".a.txt.swp", "a.txt~", "a.txt.part", "4913"} {
		s.write(name, "x")
		s.ev(0, name, fsnotify.Create)
		s.ev(0, name, fsnotify.Write)
	}
	s.l.event(t.Context(), fsnotify.Event{Name: "/elsewhere/a.txt", Op: fsnotify.Create}, s.at(0))
	os.Mkdir(s.path("sub"), 0o755)
	s.write(filepath.Join("sub", "b.txt"), "page")
	s.l.event(t.Context(), fsnotify.Event{Name: s.path("sub/b.txt"), Op: fsnotify.Create}, s.at(0))
	s.ev(0, "sub", fsnotify.Create)
	s.tick(time.Hour)
	s.want("ignored names")
	if s.fences != 0 {
		t.Fatalf("fences = %d, want 0", s.fences)
	}
	if n := len(s.l.pending); n != 0 {
		t.Fatalf("%d files pending, want 0", n)
	}
}

func TestLoopFIFOSkippedOnce(t *testing.T) {
	s := newStepper(t)
	if err := syscall.Mkfifo(s.path("pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.start()
	s.ev(0, "pipe.txt", fsnotify.Chmod)
	s.ev(0, "pipe.txt", fsnotify.Write)
	s.tick(testSettle)
	s.ev(2*testSettle, "pipe.txt", fsnotify.Chmod)
	s.tick(3 * testSettle)
	s.want("FIFO")
	if n := s.logs.count("skipping file", "file=pipe.txt", "named pipe"); n != 1 {
		t.Fatalf("%d log lines for the FIFO, want 1\n%s", n, s.logs.buf.String())
	}
	// A regular file put in its place is reported.
	os.Remove(s.path("pipe.txt"))
	s.ev(4*testSettle, "pipe.txt", fsnotify.Remove)
	s.write("pipe.txt", "now a page")
	s.ev(4*testSettle, "pipe.txt", fsnotify.Create)
	s.fence(4 * testSettle)
	s.want("file in place of the FIFO", s.put("pipe.txt"))
}

func TestLoopOverflowRescans(t *testing.T) {
	s := newStepper(t)
	s.write("a.txt", "page a")
	s.write("b.txt", "page b")
	s.start()
	s.want("start", s.put("a.txt"), s.put("b.txt"))
	// Events lost: a removed, b changed, c new, d created but its Write lost.
	os.Remove(s.path("a.txt"))
	s.write("b.txt", "page b, longer")
	s.write("c.txt", "page c")
	s.write("d.txt", "page d")
	s.ev(0, "d.txt", fsnotify.Create) // a candidate, now untrustworthy
	s.l.lost(t.Context(), fsnotify.ErrEventOverflow, s.at(time.Millisecond))
	s.want("overflow", s.remove("a.txt"))
	s.fence(2 * time.Millisecond) // the fence issued before the overflow
	s.want("late fence")
	s.tick(time.Millisecond + testSettle)
	s.want("settle", s.put("b.txt"), s.put("c.txt"), s.put("d.txt"))
	if n := s.logs.count("overflowed"); n != 1 {
		t.Fatalf("%d overflow warnings, want 1", n)
	}
}

func TestLoopOtherErrorRescans(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "page")
	s.l.lost(t.Context(), errors.New("short read"), s.at(0))
	s.tick(testSettle)
	s.want("rescan", s.put("a.txt"))
}

func TestLoopFenceFailsFallsBackToDelay(t *testing.T) {
	s := newStepper(t)
	s.l.fence = func(uint64) error { return errors.New("no tmp") }
	s.start()
	s.write("a.txt", "page")
	s.ev(0, "a.txt", fsnotify.Create)
	s.tick(fenceDelay - time.Millisecond)
	s.want("before the delay")
	s.tick(fenceDelay)
	s.want("delay", s.put("a.txt"))
	s.write("b.txt", "page")
	s.ev(time.Second, "b.txt", fsnotify.Create)
	s.tick(time.Second + fenceDelay)
	s.want("second file", s.put("b.txt"))
	if n := s.logs.count("rename fence failed"); n != 1 {
		t.Fatalf("%d fence warnings, want 1", n)
	}
}

func TestLoopFenceTimeoutLetsCandidatesSettle(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "page")
	s.ev(0, "a.txt", fsnotify.Create)
	s.tick(fenceTimeout)
	s.want("fence timed out")
	s.tick(fenceTimeout + testSettle)
	s.want("settle", s.put("a.txt"))
}

func TestLoopFenceMustFollowTheStat(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "page")
	s.ev(0, "a.txt", fsnotify.Create) // fence 1
	// b's data was seen after fence 1 was issued: only a later fence proves
	// that no Write made it.
	s.write("b.txt", "page")
	s.ev(0, "b.txt", fsnotify.Create)
	s.write("c.txt", "page")
	s.ev(0, "c.txt", fsnotify.Create)
	if s.fences != 1 {
		t.Fatalf("fences = %d with one in flight, want 1", s.fences)
	}
	s.fence(0)
	s.want("fence 1", s.put("a.txt"))
	if s.fences != 2 {
		t.Fatalf("fences = %d after fence 1 with candidates left, want 2", s.fences)
	}
	s.ev(0, "b.txt", fsnotify.Write) // queued after fence 1, before fence 2
	s.fenceN(0, 1)                   // a stale fence is ignored
	s.want("stale fence")
	s.fence(0)
	s.want("fence 2", s.put("c.txt"))
	s.tick(testSettle)
	s.want("settle", s.put("b.txt"))
}

func TestLoopCandidateChangedBeforeFence(t *testing.T) {
	s := newStepper(t)
	s.start()
	s.write("a.txt", "part")
	s.ev(0, "a.txt", fsnotify.Create)
	s.write("a.txt", "part and more") // its Write is still on its way
	s.fence(0)
	s.want("fence")
	s.tick(testSettle)
	s.want("settle", s.put("a.txt"))
}

func TestLoopOneFenceForABurst(t *testing.T) {
	s := newStepper(t)
	s.start()
	var want []Change
	for _, name := range []string{"c.txt", "a.txt", "b.txt"} {
		s.write(name, "page")
		want = append(want, s.put(name))
	}
	for _, name := range []string{"c.txt", "a.txt", "b.txt"} {
		s.ev(0, name, fsnotify.Create)
	}
	s.fence(0)
	s.fence(0)
	if s.fences != 2 {
		t.Fatalf("fences = %d for three renames in a burst, want 2", s.fences)
	}
	s.want("fences", s.put("c.txt"), s.put("a.txt"), s.put("b.txt"))
}

func TestLoopKnownMissingAtStart(t *testing.T) {
	dir := t.TempDir()
	s := newStepper(t)
	s.write("a.txt", "page")
	s.write("b.txt~", "backup")
	s.l.known = []string{s.path("a.txt"), s.path("b.txt~"), s.path("gone.txt"), filepath.Join(dir, "old.txt")}
	slices.Sort(s.l.known)
	s.start()
	want := []Change{s.put("a.txt")}
	for _, k := range s.l.known {
		if k != s.path("a.txt") {
			want = append(want, Change{Path: k, Op: Remove})
		}
	}
	s.want("start", want...)
}

func TestNewLoopCleansKnown(t *testing.T) {
	l := newLoop(New(Config{Known: []string{"/d/b.txt", "/d//a.txt", "/d/b.txt"}}).cfg, "/d", nil)
	want := []string{"/d/a.txt", "/d/b.txt"}
	if !slices.Equal(l.known, want) {
		t.Fatalf("known = %q, want %q", l.known, want)
	}
}

func TestLoopSymlinks(t *testing.T) {
	s := newStepper(t)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret"), 0o644)
	s.write("real.txt", "page")
	os.Mkdir(s.path("sub"), 0o755)
	s.write("sub/deep.txt", "page")
	for link, target := range map[string]string{
		"in.txt":     "real.txt",
		"deep.txt":   "sub/deep.txt",
		"out.txt":    outside,
		"broken.txt": "nowhere.txt",
		"dir.txt":    "sub",
		"loop.txt":   "loop.txt",
	} {
		if err := os.Symlink(target, s.path(link)); err != nil {
			t.Fatal(err)
		}
	}
	s.start()
	s.want("start", s.put("deep.txt"), s.put("in.txt"), s.put("real.txt"))
	for _, c := range []struct{ file, reason string }{
		{"out.txt", "symlink leads outside the folder"},
		{"broken.txt", "broken symlink"},
		{"dir.txt", "symlink target is not a regular file"},
		{"loop.txt", "unresolvable symlink"},
	} {
		if n := s.logs.count("refusing file", "file="+c.file, c.reason); n != 1 {
			t.Errorf("%d log lines refusing %s for %q, want 1\n%s", n, c.file, c.reason, s.logs.buf.String())
		}
	}
	// A symlink made later is resolved at once; a refused one is logged once.
	os.Symlink("real.txt", s.path("later.txt"))
	s.ev(0, "later.txt", fsnotify.Create)
	s.ev(0, "out.txt", fsnotify.Chmod)
	s.tick(testSettle)
	s.want("later", s.put("later.txt"))
	if n := s.logs.count("refusing file", "file=out.txt"); n != 1 {
		t.Errorf("%d log lines refusing out.txt, want 1", n)
	}
	// Retargeted outside: removed.
	os.Remove(s.path("in.txt"))
	os.Symlink(outside, s.path("in.txt"))
	s.ev(2*testSettle, "in.txt", fsnotify.Create)
	s.want("retargeted", s.remove("in.txt"))
}

// dirEv delivers an event for the watched folder itself.
func (s *stepper) dirEv(d time.Duration, op fsnotify.Op) {
	s.l.event(s.t.Context(), fsnotify.Event{Name: s.dir, Op: op}, s.at(d))
}

func TestLoopFolderGoneAndBackEmpty(t *testing.T) {
	s := newStepper(t)
	adds := 0
	s.l.addDir = func() error { adds++; return nil }
	s.write("a.txt", "page")
	s.write("b.txt", "page")
	s.start()
	s.want("start", s.put("a.txt"), s.put("b.txt"))
	s.write("c.txt", "being written")
	s.ev(0, "c.txt", fsnotify.Write)
	if err := os.RemoveAll(s.dir); err != nil {
		t.Fatal(err)
	}
	s.ev(0, "a.txt", fsnotify.Remove) // read after the folder went too
	s.ev(0, "b.txt", fsnotify.Remove)
	s.dirEv(0, fsnotify.Remove)
	s.want("folder removed")
	s.tick(minBackoff)
	s.tick(minBackoff + 2*minBackoff)
	s.want("still gone")
	if adds != 0 {
		t.Fatalf("addDir called %d times while the folder is gone", adds)
	}
	if n := s.logs.count("watched folder is gone"); n != 1 {
		t.Fatalf("%d gone warnings, want 1", n)
	}
	at, _ := s.l.next()
	if want := s.at(minBackoff + 2*minBackoff + 4*minBackoff); !at.Equal(want) {
		t.Fatalf("next look at %v, want %v (backoff doubling)", at.Sub(s.t0), want.Sub(s.t0))
	}
	os.Mkdir(s.dir, 0o755)
	s.write("d.txt", "page")
	s.tick(time.Second)
	if adds != 1 {
		t.Fatalf("addDir called %d times after the folder came back, want 1", adds)
	}
	s.want("back", s.remove("a.txt"), s.remove("b.txt"))
	s.tick(time.Second + testSettle)
	s.want("settled", s.put("d.txt"))
	if n := s.logs.count("watched folder is gone"); n != 1 {
		t.Fatalf("%d gone warnings, want 1", n)
	}
}

func TestLoopFolderMovedAwayAndBack(t *testing.T) {
	tests := []struct {
		name    string
		away    func(s *stepper, away string) // changes made while away
		back    []string                      // reported at once when back
		settled []string                      // reported after the settle time
	}{
		{
			name: "unchanged",
			away: func(*stepper, string) {},
		},
		{
			name: "changed",
			away: func(s *stepper, away string) {
				os.Remove(filepath.Join(away, "a.txt"))
				os.WriteFile(filepath.Join(away, "b.txt"), []byte("page b, changed"), 0o644)
				os.WriteFile(filepath.Join(away, "d.txt"), []byte("page d"), 0o644)
			},
			back:    []string{"-a.txt"},
			settled: []string{"+b.txt", "+d.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStepper(t)
			s.l.addDir = func() error { return nil }
			s.write("a.txt", "page a")
			s.write("b.txt", "page b")
			s.write("c.txt", "page c")
			s.start()
			s.want("start", s.put("a.txt"), s.put("b.txt"), s.put("c.txt"))
			away := filepath.Join(t.TempDir(), "away")
			if err := os.Rename(s.dir, away); err != nil {
				t.Fatal(err)
			}
			s.dirEv(0, fsnotify.Rename)
			tt.away(s, away)
			// Events from the moved folder, read before its watch went.
			s.ev(0, "a.txt", fsnotify.Remove)
			s.ev(0, "b.txt", fsnotify.Write)
			s.ev(0, "d.txt", fsnotify.Create)
			s.tick(minBackoff)
			s.tick(testSettle)
			s.want("moved away")
			if err := os.Rename(away, s.dir); err != nil {
				t.Fatal(err)
			}
			s.tick(2 * testSettle)
			var want []Change
			for _, c := range tt.back {
				want = append(want, s.change(c))
			}
			s.want("back", want...)
			s.tick(3 * testSettle)
			want = nil
			for _, c := range tt.settled {
				want = append(want, s.change(c))
			}
			s.want("settled", want...)
			s.tick(time.Hour)
			s.want("later")
		})
	}
}

// change is "+name" for a Put of name, "-name" for a Remove.
func (s *stepper) change(c string) Change {
	if name, ok := strings.CutPrefix(c, "-"); ok {
		return s.remove(name)
	}
	return s.put(strings.TrimPrefix(c, "+"))
}

func TestLoopPollRule(t *testing.T) {
	s := newStepper(t)
	s.l.poll = 5 * testSettle // settle comes first
	s.write("a.txt", "page a")
	s.write("gone.txt", "page")
	s.start()
	s.want("start", s.put("a.txt"), s.put("gone.txt"))
	s.write("b.txt", "page b")
	os.Remove(s.path("gone.txt"))
	s.l.pollScan(t.Context(), s.at(0))
	s.want("poll", s.remove("gone.txt"))
	s.write("b.txt", "page b, growing")
	s.tick(testSettle)
	s.want("settle, changed since the poll")
	s.tick(2 * testSettle)
	s.want("settle, unchanged", s.put("b.txt"))

	s.l.poll = testSettle / 5 // the next poll comes first
	s.write("a.txt", "page a, changed")
	s.l.pollScan(t.Context(), s.at(3*testSettle))
	s.want("change seen")
	s.l.pollScan(t.Context(), s.at(3*testSettle+testSettle/5))
	s.want("stable for a poll", s.put("a.txt"))
	s.tick(5 * testSettle)
	s.want("settle after the put")

	// Moved away and back unchanged: nothing.
	away := filepath.Join(t.TempDir(), "away")
	if err := os.Rename(s.dir, away); err != nil {
		t.Fatal(err)
	}
	s.l.pollScan(t.Context(), s.at(6*testSettle))
	s.want("folder moved away")
	if err := os.Rename(away, s.dir); err != nil {
		t.Fatal(err)
	}
	s.l.pollScan(t.Context(), s.at(6*testSettle+testSettle/5))
	s.l.pollScan(t.Context(), s.at(6*testSettle+2*testSettle/5))
	s.tick(7 * testSettle)
	s.want("folder back unchanged")

	// Removed, and back with another file: the differences.
	os.RemoveAll(s.dir)
	s.l.pollScan(t.Context(), s.at(8*testSettle))
	s.want("folder gone")
	s.l.pollScan(t.Context(), s.at(9*testSettle))
	s.want("still gone")
	if n := s.logs.count("watched folder is gone"); n != 2 {
		t.Fatalf("%d gone warnings for two absences, want 2", n)
	}
	os.Mkdir(s.dir, 0o755)
	s.write("c.txt", "page c")
	s.l.pollScan(t.Context(), s.at(10*testSettle))
	s.want("folder back", s.remove("a.txt"), s.remove("b.txt"))
	s.l.pollScan(t.Context(), s.at(10*testSettle+testSettle/5))
	s.want("stable for a poll", s.put("c.txt"))
}

func TestLoopNextDeadline(t *testing.T) {
	s := newStepper(t)
	s.start()
	if at, ok := s.l.next(); ok {
		t.Fatalf("next() = %v, true with nothing to do", at)
	}
	s.write("a.txt", "")
	s.ev(0, "a.txt", fsnotify.Create)
	s.ev(300*time.Millisecond, "a.txt", fsnotify.Write)
	// The heap keeps the first deadline and pushes it back when it comes up.
	if at, _ := s.l.next(); !at.Equal(s.at(testSettle)) {
		t.Fatalf("next() = %v, want %v", at.Sub(s.t0), testSettle)
	}
	s.tick(testSettle)
	if at, _ := s.l.next(); !at.Equal(s.at(300*time.Millisecond + testSettle)) {
		t.Fatalf("next() = %v, want %v", at.Sub(s.t0), 300*time.Millisecond+testSettle)
	}
	s.tick(300*time.Millisecond + testSettle)
	s.want("settle", s.put("a.txt"))
	s.write("b.txt", "page")
	s.ev(2*testSettle, "b.txt", fsnotify.Create)
	if at, _ := s.l.next(); !at.Equal(s.at(2*testSettle + fenceTimeout)) {
		t.Fatalf("next() = %v, want the fence timeout %v", at.Sub(s.t0), 2*testSettle+fenceTimeout)
	}
}
