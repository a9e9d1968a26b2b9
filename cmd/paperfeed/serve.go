package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // -tz works on machines without a zoneinfo database

	"github.com/paperfeed/paperfeed/article"
	"github.com/paperfeed/paperfeed/feed"
	"github.com/paperfeed/paperfeed/publish"
	"github.com/paperfeed/paperfeed/store"
	"github.com/paperfeed/paperfeed/watch"
)

// feedOptions are the flags serve and build share.
type feedOptions struct {
	dir, baseURL, title, lang, tz, state, logFormat string
	limit                                           int
	maxSize                                         int64
}

func (o *feedOptions) register(f *flags, defaultState string) {
	f.String(&o.dir, "dir", "seeds", "the folder of page files to watch")
	f.String(&o.baseURL, "base-url", "", "the public URL the feeds are reached at, e.g. https://example.org/paper/ (default http://ADDR/)")
	f.String(&o.title, "title", "paperfeed", "the feeds' title")
	f.String(&o.lang, "lang", "zh-CN", "the language of the pages, for xml:lang and the HTML")
	f.String(&o.tz, "tz", "Asia/Shanghai", "the paper's time zone: page dates are midnight there")
	f.Int(&o.limit, "limit", feed.DefaultLimit, "how many of the newest articles the feeds carry")
	f.Size(&o.maxSize, "max-size", article.DefaultMaxSize, "the largest page file read, e.g. 16MiB")
	f.String(&o.state, "state", defaultState, "the SQLite file that remembers what was published")
	f.String(&o.logFormat, "log-format", "text", "log lines as text or json")
}

// feedConfig checks the options and returns the feed configuration.
func (o *feedOptions) feedConfig(defaultBase string) (feed.Config, error) {
	loc, err := time.LoadLocation(o.tz)
	if err != nil {
		return feed.Config{}, fmt.Errorf("-tz %q: %w", o.tz, err)
	}
	if o.limit <= 0 {
		return feed.Config{}, fmt.Errorf("-limit %d: must be at least 1", o.limit)
	}
	base := o.baseURL
	if base == "" {
		base = defaultBase
	}
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		return feed.Config{}, fmt.Errorf("-base-url %q: must be an absolute http or https URL", base)
	}
	return feed.Config{Title: o.title, BaseURL: base, Lang: o.lang, Location: loc, Limit: o.limit}, nil
}

// checkDir returns the absolute path of the watched folder, which must exist.
func (o *feedOptions) checkDir() (string, error) {
	dir, err := filepath.Abs(o.dir)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("-dir: %w", err)
	}
	if !fi.IsDir() {
		return "", fmt.Errorf("-dir %s: not a folder", dir)
	}
	return dir, nil
}

// prepare makes the logger and checks the folder, for serve and build.
func (o *feedOptions) prepare(stderr io.Writer) (*slog.Logger, string, error) {
	logger, err := newLogger(o.logFormat, stderr)
	if err != nil {
		return nil, "", err
	}
	dir, err := o.checkDir()
	return logger, dir, err
}

// open opens the store at state and a publisher of dir over it.
func (o *feedOptions) open(ctx context.Context, dir, state string, fcfg feed.Config, logger *slog.Logger) (*store.Store, *publish.Publisher, error) {
	st, err := store.Open(ctx, state, logger)
	if err != nil {
		return nil, nil, err
	}
	pub, err := publish.New(ctx, publish.Config{
		Dir: dir, MaxSize: o.maxSize, Location: fcfg.Location, Feed: fcfg, Logger: logger,
	}, st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, pub, nil
}

// statePath is where the store lives by default: paperfeed.db beside the
// watched folder.
func statePath(o *feedOptions, dir string) string {
	if o.state != "" {
		return o.state
	}
	return filepath.Join(filepath.Dir(dir), "paperfeed.db")
}

// storeCheckDelay is how long after start the full store check begins.
const storeCheckDelay = 30 * time.Second

type serveOptions struct {
	feedOptions
	addr         string
	settle, poll time.Duration
}

func runServe(ctx context.Context, args []string, env lookupEnv, stderr io.Writer) error {
	var o serveOptions
	f := newFlags("serve", env, stderr, "paperfeed [serve] [flags]")
	o.register(f, "")
	f.String(&o.addr, "addr", "127.0.0.1:8080", "the address to serve HTTP on")
	f.Duration(&o.settle, "settle", time.Second, "how long a file written in place must stay unchanged before it is published")
	f.Duration(&o.poll, "poll", 0, "poll the folder at this interval instead of using inotify (for NFS, SMB, Docker mounts); 0 = inotify")
	if err := f.Parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return fmt.Errorf("serve: unexpected argument %q", f.Arg(0))
	}
	logger, dir, err := o.prepare(stderr)
	if err != nil {
		return err
	}
	// Listen first, so a busy port fails before any work and the default
	// base URL can name the real port.
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	fcfg, err := o.feedConfig("http://" + ln.Addr().String() + "/")
	if err != nil {
		return err
	}

	st, pub, err := o.open(ctx, dir, statePath(&o.feedOptions, dir), fcfg, logger)
	if err != nil {
		return err
	}
	defer st.Close()
	h := feed.NewHandler(logger)
	h.Lookup = pub.Lookup
	h.Extra = pub.Topics()

	// The feeds the store already has are served at once; the folder is
	// scanned behind them.
	if snap, err := pub.Render(ctx); err != nil {
		logger.Warn("first render failed", "error", err)
	} else {
		h.Swap(snap)
	}

	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving", "addr", ln.Addr().String(), "dir", dir, "base_url", fcfg.BaseURL,
		"state", statePath(&o.feedOptions, dir), "version", version())

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { pub.Run(ctx, h.Swap) })
	// The first pass over the folder publishes what changed while paperfeed
	// was down, newest first, dated by the files' times; then the watcher
	// reports changes as they happen.
	watchErr := make(chan error, 1)
	wg.Go(func() {
		if err := pub.Sync(ctx); err != nil {
			if ctx.Err() == nil {
				watchErr <- fmt.Errorf("first scan: %w", err)
			}
			return
		}
		w := watch.New(watch.Config{Dir: dir, Settle: o.settle, Poll: o.poll, Known: pub.Known(), Logger: logger})
		watchErr <- w.Run(ctx, pub.Handle)
	})
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	// A large store is only partly checked when it opens, to start fast;
	// the full check runs once the first scan has had its head start. A
	// damaged store ends the process, and the next start moves it aside and
	// rebuilds it from the folder.
	storeErr := make(chan error, 1)
	wg.Go(func() {
		select {
		case <-ctx.Done():
			return
		case <-time.After(storeCheckDelay):
		}
		if err := st.Check(ctx); err != nil && ctx.Err() == nil {
			storeErr <- err
		}
	})

	var runErr error
	select {
	case <-ctx.Done():
		logger.Info("shutting down")
	case err := <-serveErr:
		runErr = err
	case err := <-watchErr:
		if err != nil {
			runErr = fmt.Errorf("watch %s: %w", dir, err)
		}
	case err := <-storeErr:
		logger.Error("store check failed; restart paperfeed to rebuild the store from the folder", "error", err)
		runErr = fmt.Errorf("store: %w", err)
	}
	// Let requests in flight finish, then stop the watcher and the renderer.
	shutCtx, stop := context.WithTimeout(context.Background(), 5*time.Second)
	defer stop()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Warn("shutdown", "error", err)
	}
	cancel()
	wg.Wait()
	return runErr
}
