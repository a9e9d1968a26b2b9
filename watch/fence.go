package watch

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// A fence is an event the watcher puts into its own inotify queue, to learn
// that every event queued before it has been read. Events of one inotify
// instance come out in the order they happened, so when a fence comes back,
// every Write for a file that happened before the fence was issued has been
// seen. A fence is the rename of a file to its sequence number, in a
// private folder that the same fsnotify.Watcher watches; the name tells a
// fence from a stale one.

const (
	// fenceTimeout is how long a fence may take to come back before its
	// candidates are left to settle instead. It only expires if events were
	// lost.
	fenceTimeout = 5 * time.Second
	// fenceDelay stands in for the fence when there is none: events queued
	// before it are all but certain to have been read by then.
	fenceDelay = 10 * time.Millisecond
)

// cand is a candidate: a file that had data when its Create was read.
type cand struct {
	need uint64    // the first fence issued after st was taken
	st   fileState // what lstat saw then
}

// fenceRoots returns where the private fence folder may go, in order of
// preference: a tmpfs first, where a fence costs no journal write and never
// waits for one (on ext4 in /tmp a fence took 100 µs and at worst 200 ms);
// "" is os.TempDir.
func fenceRoots() []string { return []string{"/dev/shm", ""} }

// fencePrefix starts the name of every fence folder; the process id and a
// random part follow: paperfeed-watch-<pid>-<random>.
const fencePrefix = "paperfeed-watch-"

// makeFence makes a private folder for fences in the first root that takes
// one, and watches it with fw. It returns the folder and the function that
// issues fence seq: a rename of the folder's one file to the name seq (one
// syscall; fsnotify reports it as a Create of the new name). Before it tries
// a root it removes the fence folders there that were left by processes that
// no longer run (killed before they could remove their own).
func makeFence(fw *fsnotify.Watcher, roots []string, log *slog.Logger) (string, func(seq uint64) error, error) {
	var dir string
	var err error
	pattern := fencePrefix + strconv.Itoa(os.Getpid()) + "-"
	for _, root := range roots {
		sweepFences(root, log)
		if dir, err = os.MkdirTemp(root, pattern); err == nil {
			break
		}
	}
	if err != nil {
		return "", nil, fmt.Errorf("fence: %w", err)
	}
	last := filepath.Join(dir, "0")
	if err := os.WriteFile(last, nil, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("fence: %w", err)
	}
	if err := fw.Add(dir); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("fence: watch %s: %w", dir, err)
	}
	issue := func(seq uint64) error {
		next := filepath.Join(dir, strconv.FormatUint(seq, 10))
		if err := os.Rename(last, next); err != nil {
			// The file went missing: making it anew is a Create too.
			if err := os.WriteFile(next, nil, 0o600); err != nil {
				return err
			}
		}
		last = next
		return nil
	}
	return dir, issue, nil
}

// sweepFences removes the fence folders in root ("" is os.TempDir) whose
// process is gone. Folders of live processes, of processes it cannot tell
// about, and everything not named like a fence folder are left alone.
func sweepFences(root string, log *slog.Logger) {
	if root == "" {
		root = os.TempDir()
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return // MkdirTemp will say what is wrong
	}
	for _, e := range entries {
		pid, ok := fencePID(e.Name())
		if !ok || !e.IsDir() || pid == os.Getpid() || !processGone(pid) {
			continue
		}
		dir := filepath.Join(root, e.Name())
		if err := os.RemoveAll(dir); err != nil {
			log.Warn("removing stale fence folder", "folder", dir, "error", err)
			continue
		}
		log.Info("removed stale fence folder", "folder", dir, "pid", pid)
	}
}

// fencePID returns the process id in the name of a fence folder,
// paperfeed-watch-<pid>-<random>, and whether name is one.
func fencePID(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, fencePrefix)
	if !ok {
		return 0, false
	}
	digits, random, ok := strings.Cut(rest, "-")
	if !ok || random == "" || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	pid, err := strconv.ParseUint(digits, 10, 31)
	if err != nil || pid == 0 {
		return 0, false
	}
	return int(pid), true
}

// addCand makes name a candidate. Its data must be proved not to come from
// Writes by a fence issued after st was taken: a new one, or the next one if
// one is in flight already.
func (l *loop) addCand(name string, st fileState, now time.Time) {
	if l.fenceDue.IsZero() {
		l.requestFence(now)
		l.cands[name] = cand{need: l.fenceSeq, st: st}
		return
	}
	l.cands[name] = cand{need: l.fenceSeq + 1, st: st}
}

// requestFence issues the next fence.
func (l *loop) requestFence(now time.Time) {
	l.fenceSeq++
	if l.fence != nil && !l.fenceBroken {
		err := l.fence(l.fenceSeq)
		if err == nil {
			l.fenceDue, l.fenceReal = now.Add(fenceTimeout), true
			return
		}
		l.log.Warn("rename fence failed; using a short delay instead", "error", err)
		l.fenceBroken = true
	}
	l.fenceDue, l.fenceReal = now.Add(fenceDelay), false
}

// fenced handles the arrival of the fence in flight. The candidates it was
// issued for saw no Write between their Create and the fence, so their data
// was there when they appeared: they are complete and reported now, unless
// they changed since. Candidates waiting for a later fence get one.
func (l *loop) fenced(ctx context.Context, now time.Time) {
	l.fenceDue = time.Time{}
	var ready []string
	for name, c := range l.cands {
		if c.need <= l.fenceSeq {
			ready = append(ready, name)
		}
	}
	slices.Sort(ready)
	for _, name := range ready {
		c := l.cands[name]
		delete(l.cands, name)
		st, k, reason, target := l.inspect(name)
		if k == kindFile && st != c.st {
			// Changed since its Create: being written; a Write is on its way.
			l.schedule(name, now.Add(l.settle), nil)
			continue
		}
		l.apply(ctx, name, nil, now, st, k, reason, target)
	}
	if len(l.cands) > 0 {
		l.requestFence(now)
	}
}

// unsettle turns the candidates into files that must settle, and forgets
// the fence in flight: used when events may have been lost, so that missing
// Writes prove nothing.
func (l *loop) unsettle(now time.Time) {
	for name := range l.cands {
		l.schedule(name, now.Add(l.settle), nil)
	}
	clear(l.cands)
	l.fenceDue = time.Time{}
}
