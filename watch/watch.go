package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Op says what happened to a file.
type Op uint8

// The operations a Change reports.
const (
	Put    Op = iota + 1 // the file at Path is new or changed, and complete
	Remove               // the file at Path is gone (or no longer eligible)
)

func (o Op) String() string {
	switch o {
	case Put:
		return "Put"
	case Remove:
		return "Remove"
	}
	return fmt.Sprintf("Op(%d)", uint8(o))
}

// Change is one thing the watcher reports.
type Change struct {
	Path string // absolute: filepath.Join(Dir, name)
	Op   Op
}

func (c Change) String() string { return c.Op.String() + " " + c.Path }

// DefaultSettle is the settle time used when Config.Settle is not set.
const DefaultSettle = time.Second

// ErrNotDir is returned by Run when Config.Dir is not a directory.
var ErrNotDir = errors.New("watch: not a directory")

// Config says what to watch and how.
type Config struct {
	// Dir is the folder to watch. Subfolders are not watched.
	Dir string

	// Settle is the quiet time a file written in place must have (no events
	// for that path) before it counts as complete. DefaultSettle if zero.
	Settle time.Duration

	// Poll, when positive, lists the folder at this interval instead of
	// using inotify: for NFS, SMB and Docker Desktop mounts, where inotify
	// sees nothing.
	Poll time.Duration

	// Known lists the paths the caller already has (from its store). At the
	// first scan, those that are not eligible files in the folder any more
	// are reported as Remove.
	Known []string

	// Logger receives one line per skipped or refused file and warnings for
	// errors. Nothing is logged if nil.
	Logger *slog.Logger
}

// Watcher follows one folder. Make it with New and start it with Run.
type Watcher struct {
	cfg        Config
	fenceRoots []string // where the fence folder may go; tests change it
}

// New returns a Watcher for cfg, with defaults filled in.
func New(cfg Config) *Watcher {
	if cfg.Settle <= 0 {
		cfg.Settle = DefaultSettle
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Dir = filepath.Clean(cfg.Dir)
	return &Watcher{cfg: cfg, fenceRoots: fenceRoots()}
}

// Run scans the folder, calling handle with a Put for every eligible file in
// name order (and a Remove for every Known path that is gone), then follows
// the folder and calls handle for every change until ctx is done. handle is
// called from one goroutine, never concurrently, and with ctx.
//
// Run returns nil when ctx is done, and an error only if the watcher cannot
// work at all: the folder is missing or unreadable at start, or inotify
// cannot be started. Everything Run starts has stopped when it returns.
func (w *Watcher) Run(ctx context.Context, handle func(ctx context.Context, c Change)) error {
	dir, err := filepath.Abs(w.cfg.Dir)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%w: %s", ErrNotDir, dir)
	}
	l := newLoop(w.cfg, dir, handle)
	log := l.log
	if w.cfg.Poll > 0 {
		log.Info("watching folder", "mode", "poll", "interval", w.cfg.Poll, "settle", w.cfg.Settle)
		return l.run(ctx)
	}

	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: start inotify: %w", err)
	}
	fenceDir, fence, err := makeFence(fw, w.fenceRoots, log)
	if err != nil {
		log.Warn("rename fence unavailable; using a short delay instead", "error", err)
	} else {
		l.fenceDir, l.fence = fenceDir, fence
	}
	defer func() {
		if err := fw.Close(); err != nil {
			log.Warn("closing inotify", "error", err)
		}
		if fenceDir != "" {
			os.RemoveAll(fenceDir)
		}
	}()
	l.events, l.errs = fw.Events, fw.Errors
	l.addDir = func() error { return fw.Add(dir) }
	if err := l.addDir(); err != nil {
		return fmt.Errorf("watch: watch %s: %w", dir, err)
	}
	log.Info("watching folder", "mode", "inotify", "settle", w.cfg.Settle)
	return l.run(ctx)
}
