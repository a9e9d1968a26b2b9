package watch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/fsnotify/fsnotify"
)

const (
	// minBackoff and maxBackoff bound the wait between looks for a folder
	// that was removed.
	minBackoff = 50 * time.Millisecond
	maxBackoff = 2 * time.Second
)

// errStopped is returned by run when fsnotify closes its channels on its own.
var errStopped = errors.New("watch: inotify stopped")

// loop is the watcher's state and decisions. Its methods run on one
// goroutine: run's, or a test's, which calls event, lost and tick directly
// with the time of its choice.
type loop struct {
	dir     string // absolute
	realDir string // dir with symlinks resolved, for the inside check
	settle  time.Duration
	poll    time.Duration
	known   []string
	log     *slog.Logger
	handle  func(context.Context, Change)

	// Event sources: nil in poll mode (and in tests that drive the loop).
	events <-chan fsnotify.Event
	errs   <-chan error
	addDir func() error // (re)watches dir; nil in poll mode

	fence    func(seq uint64) error // queues fence event seq; nil: use fenceDelay
	fenceDir string                 // the folder fence events come from

	reported map[string]fileState // by name: what handle was last told
	pending  map[string]*pend     // by name: files waiting to settle
	heap     deadlines
	refused  map[string]string // by name: the reason last logged

	cands       map[string]cand // non-empty files created, waiting for a fence
	fenceSeq    uint64          // the last fence issued
	fenceDue    time.Time       // zero: no fence in flight
	fenceReal   bool            // the fence in flight went through inotify
	fenceBroken bool

	gone     bool // the folder is missing
	backoff  time.Duration
	retryAt  time.Time
	nextPoll time.Time
	scanErr  string // the last listing error logged
}

func newLoop(cfg Config, dir string, handle func(context.Context, Change)) *loop {
	known := make([]string, 0, len(cfg.Known))
	for _, k := range cfg.Known {
		known = append(known, filepath.Clean(k))
	}
	slices.Sort(known)
	l := &loop{
		dir:      dir,
		settle:   cfg.Settle,
		poll:     cfg.Poll,
		known:    slices.Compact(known),
		log:      cfg.Logger.With("dir", dir),
		handle:   handle,
		reported: make(map[string]fileState),
		pending:  make(map[string]*pend),
		refused:  make(map[string]string),
		cands:    make(map[string]cand),
	}
	l.resolveDir()
	return l
}

func (l *loop) resolveDir() {
	l.realDir = l.dir
	if r, err := filepath.EvalSymlinks(l.dir); err == nil {
		l.realDir = r
	}
}

// run does the first scan and then serves events and deadlines until ctx is
// done.
func (l *loop) run(ctx context.Context) error {
	if err := l.start(ctx, time.Now()); err != nil {
		return err
	}
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		if at, ok := l.next(); ok {
			timer.Reset(time.Until(at))
		} else {
			timer.Stop()
		}
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-l.events:
			if !ok {
				return errStopped
			}
			l.event(ctx, ev, time.Now())
		case err, ok := <-l.errs:
			if !ok {
				return errStopped
			}
			l.lost(ctx, err, time.Now())
		case <-timer.C:
			l.tick(ctx, time.Now())
		}
	}
}

// start does the first scan: a Put for every eligible file, in name order,
// then a Remove for every known path that is not among them.
func (l *loop) start(ctx context.Context, now time.Time) error {
	if err := l.scan(ctx, now, true); err != nil {
		return fmt.Errorf("watch: read %s: %w", l.dir, err)
	}
	for _, k := range l.known {
		if ctx.Err() != nil {
			return nil
		}
		if filepath.Dir(k) == l.dir {
			if _, ok := l.reported[filepath.Base(k)]; ok {
				continue
			}
		}
		l.handle(ctx, Change{Path: k, Op: Remove})
	}
	if l.poll > 0 {
		l.nextPoll = now.Add(l.poll)
	}
	return nil
}

// next returns the earliest deadline: a file settling, the fence's timeout
// or delay, the next look for a missing folder, the next poll.
func (l *loop) next() (time.Time, bool) {
	at, ok := l.nextDue()
	earlier := func(t time.Time) {
		if !ok || t.Before(at) {
			at, ok = t, true
		}
	}
	if !l.fenceDue.IsZero() {
		earlier(l.fenceDue)
	}
	if l.gone && l.addDir != nil {
		earlier(l.retryAt)
	}
	if l.poll > 0 {
		earlier(l.nextPoll)
	}
	return at, ok
}

// event handles one fsnotify event. Its work is for the one file named.
func (l *loop) event(ctx context.Context, ev fsnotify.Event, now time.Time) {
	if l.fenceDir != "" && filepath.Dir(ev.Name) == l.fenceDir {
		if ev.Has(fsnotify.Create) && !l.fenceDue.IsZero() && filepath.Base(ev.Name) == strconv.FormatUint(l.fenceSeq, 10) {
			l.fenced(ctx, now)
		}
		return
	}
	if ev.Name == l.dir {
		if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
			l.dirGone(now)
		}
		return
	}
	if filepath.Dir(ev.Name) != l.dir || l.gone {
		// While the folder is gone, events that still come for it (from a
		// folder moved away, before its watch went) say nothing about it.
		return
	}
	name := filepath.Base(ev.Name)
	if !Eligible(name) {
		return
	}
	switch {
	case ev.Has(fsnotify.Create):
		l.created(ctx, name, now)
	case ev.Has(fsnotify.Remove), ev.Has(fsnotify.Rename):
		l.removed(ctx, name, now)
	case ev.Has(fsnotify.Write):
		// Written in place: it settles, even if it was a candidate.
		delete(l.cands, name)
		l.schedule(name, now.Add(l.settle), nil)
	case ev.Has(fsnotify.Chmod):
		// touch, chmod, or the link count of a file being removed. Attributes
		// say nothing about the data, so a candidate stays one.
		if _, ok := l.cands[name]; !ok {
			l.schedule(name, now.Add(l.settle), nil)
		}
	}
}

// created handles a new name in the folder, made in place or renamed in.
func (l *loop) created(ctx context.Context, name string, now time.Time) {
	// A new file at this name: what the old one was doing no longer counts.
	l.cancel(name)
	delete(l.cands, name)
	fi, err := os.Lstat(filepath.Join(l.dir, name))
	switch {
	case err != nil:
		// Gone already; its Remove or Rename event follows.
	case fi.Mode().IsRegular() && fi.Size() == 0:
		// Created in place, about to be written (or empty for good).
		l.schedule(name, now.Add(l.settle), nil)
	case fi.Mode().IsRegular():
		// Has data already. Renamed or linked in, unless Writes for it are
		// still queued: a fence tells.
		l.addCand(name, stateOf(fi), now)
	default:
		// A symlink, FIFO, socket or subfolder: nothing to wait for.
		l.check(ctx, name, nil, now)
	}
}

// removed handles a name that left the folder: deleted or renamed away.
func (l *loop) removed(ctx context.Context, name string, now time.Time) {
	l.cancel(name)
	delete(l.cands, name)
	delete(l.refused, name)
	l.drop(ctx, name, now)
}

// lost handles an error from fsnotify: events may have been lost, so the
// folder is rescanned.
func (l *loop) lost(ctx context.Context, err error, now time.Time) {
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		l.log.Warn("inotify queue overflowed; rescanning")
	} else {
		l.log.Warn("inotify error; rescanning", "error", err)
	}
	l.unsettle(now)
	l.rescan(ctx, now)
}

// tick handles every deadline that has come.
func (l *loop) tick(ctx context.Context, now time.Time) {
	if !l.fenceDue.IsZero() && !now.Before(l.fenceDue) {
		if l.fenceReal {
			l.log.Warn("rename fence timed out; letting new files settle")
			l.unsettle(now)
		} else {
			l.fenced(ctx, now) // the delay stands in for the fence
		}
	}
	if l.gone && l.addDir != nil && !now.Before(l.retryAt) {
		l.retry(ctx, now)
	}
	if l.poll > 0 && !now.Before(l.nextPoll) {
		l.nextPoll = now.Add(l.poll)
		l.pollScan(ctx, now)
	}
	for p := l.popDue(now); p != nil; p = l.popDue(now) {
		if ctx.Err() != nil {
			return
		}
		l.check(ctx, p.name, p, now)
	}
}

// check looks at name and reports what differs from what was reported. p is
// the pending entry that came due, if any; one set by a scan must still look
// the same, or it waits another settle time.
func (l *loop) check(ctx context.Context, name string, p *pend, now time.Time) {
	st, k, reason, target := l.inspect(name)
	l.apply(ctx, name, p, now, st, k, reason, target)
}

// apply is check with what inspect found.
func (l *loop) apply(ctx context.Context, name string, p *pend, now time.Time, st fileState, k kind, reason, target string) {
	if k != kindFile {
		l.note(name, k, reason, target)
		l.drop(ctx, name, now)
		return
	}
	if p != nil && p.obs != nil && *p.obs != st {
		l.schedule(name, now.Add(l.settle), &st)
		return
	}
	delete(l.refused, name)
	if rep, ok := l.reported[name]; ok && rep == st {
		return
	}
	l.put(ctx, name, st)
}

// note logs, once per name and reason, why name is not reported.
func (l *loop) note(name string, k kind, reason, target string) {
	switch k {
	case kindGone:
		delete(l.refused, name)
		return
	case kindDir:
		reason = "subfolder"
	}
	if r, ok := l.refused[name]; ok && r == reason {
		return
	}
	l.refused[name] = reason
	switch k {
	case kindDir:
		l.log.Debug("ignoring subfolder", "file", name)
	case kindSkipped:
		l.log.Info("skipping file", "file", name, "reason", reason)
	case kindRefused:
		if target != "" {
			l.log.Warn("refusing file", "file", name, "reason", reason, "target", target)
		} else {
			l.log.Warn("refusing file", "file", name, "reason", reason)
		}
	}
}

func (l *loop) put(ctx context.Context, name string, st fileState) {
	l.reported[name] = st
	l.handle(ctx, Change{Path: filepath.Join(l.dir, name), Op: Put})
}

// drop reports name as removed if it was reported. A file that is missing
// because the whole folder is gone is not: the folder is then taken for gone,
// and the file is kept until the folder is back and rescanned.
func (l *loop) drop(ctx context.Context, name string, now time.Time) {
	if _, ok := l.reported[name]; !ok || l.gone {
		return
	}
	if _, err := os.Stat(l.dir); errors.Is(err, fs.ErrNotExist) {
		l.dirGone(now)
		return
	}
	delete(l.reported, name)
	l.handle(ctx, Change{Path: filepath.Join(l.dir, name), Op: Remove})
}

// dirGone handles the removal (or move) of the watched folder itself. Nothing
// is reported: what was reported is kept, to be compared with the folder when
// it is back. What was pending is forgotten; the rescan finds it again.
func (l *loop) dirGone(now time.Time) {
	if l.gone {
		return
	}
	l.log.Warn("watched folder is gone; waiting for it to come back")
	l.gone = true
	clear(l.cands)
	l.fenceDue = time.Time{}
	for _, p := range l.pending {
		p.dead = true
	}
	clear(l.pending)
	l.heap = l.heap[:0]
	l.backoff = minBackoff
	l.retryAt = now.Add(l.backoff)
}

// isBack reports whether the missing folder is there again.
func (l *loop) isBack() bool {
	fi, err := os.Stat(l.dir)
	return err == nil && fi.IsDir()
}

// back notes that the missing folder is there again. The caller rescans.
func (l *loop) back() {
	l.gone = false
	l.resolveDir()
	l.log.Info("watched folder is back")
}

// retry looks for the missing folder; when it is back it is watched again
// and rescanned, and only the differences are reported.
func (l *loop) retry(ctx context.Context, now time.Time) {
	if l.isBack() {
		err := l.addDir()
		if err == nil {
			l.back()
			l.rescan(ctx, now)
			return
		}
		l.log.Debug("watching folder again", "error", err)
	}
	l.backoff = min(2*l.backoff, maxBackoff)
	l.retryAt = now.Add(l.backoff)
}

// rescan lists the folder after events may have been lost.
func (l *loop) rescan(ctx context.Context, now time.Time) {
	err := l.scan(ctx, now, false)
	switch {
	case err == nil:
		l.scanErr = ""
	case errors.Is(err, fs.ErrNotExist):
		l.dirGone(now)
	default:
		l.scanFailed(err)
	}
}

// pollScan is one poll. A missing folder is noticed here, and so is its
// return.
func (l *loop) pollScan(ctx context.Context, now time.Time) {
	if l.gone {
		if !l.isBack() {
			return
		}
		l.back()
	}
	l.rescan(ctx, now)
}

func (l *loop) scanFailed(err error) {
	if err.Error() != l.scanErr {
		l.scanErr = err.Error()
		l.log.Warn("listing folder", "error", err)
	}
}

// scan lists the folder and reports the differences. The first scan Puts
// every eligible file at once; later ones (polls, rescans) let new and changed
// files settle: each is Put once it is found unchanged by the next scan or
// when the settle time has passed, whichever comes first. Files that are gone
// are reported as Remove at once.
func (l *loop) scan(ctx context.Context, now time.Time, initial bool) error {
	entries, err := os.ReadDir(l.dir)
	if err != nil {
		return err
	}
	// seen: the eligible names present; true for those that are files.
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		if ctx.Err() != nil {
			return nil
		}
		name := e.Name()
		if !Eligible(name) {
			continue
		}
		st, k, reason, target := l.inspect(name)
		if k != kindFile {
			l.note(name, k, reason, target)
			if k != kindGone {
				seen[name] = false
			}
			continue
		}
		seen[name] = true
		delete(l.refused, name)
		rep, ok := l.reported[name]
		p := l.pending[name]
		switch {
		case initial:
			l.put(ctx, name, st)
		case ok && rep == st:
			if p != nil && p.obs != nil {
				l.cancel(name) // changed and changed back
			}
		case p != nil && p.obs == nil:
			// Events are settling it already.
		case p != nil && *p.obs == st:
			l.cancel(name)
			l.put(ctx, name, st)
		default:
			l.schedule(name, now.Add(l.settle), &st)
		}
	}
	for name := range l.refused {
		if _, ok := seen[name]; !ok {
			delete(l.refused, name)
		}
	}
	var gone []string
	for name := range l.reported {
		if !seen[name] {
			gone = append(gone, name)
		}
	}
	slices.Sort(gone)
	for _, name := range gone {
		if ctx.Err() != nil {
			return nil
		}
		l.cancel(name)
		delete(l.cands, name)
		l.drop(ctx, name, now)
	}
	return nil
}
