package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/paperfeed/paperfeed/publish"
	"github.com/paperfeed/paperfeed/store"
)

func runBuild(ctx context.Context, args []string, env lookupEnv, stdout, stderr io.Writer) error {
	var o feedOptions
	var out string
	f := newFlags("build", env, stderr, "paperfeed build -dir DIR -out OUT [flags]")
	o.register(f, ":memory:")
	f.String(&out, "out", "", "the folder to write atom.xml, rss.xml, feed.json, index.html and articles/ into")
	if err := f.Parse(args); err != nil {
		return err
	}
	if out == "" {
		f.Usage()
		return fmt.Errorf("build: -out is required")
	}
	logger, err := newLogger(o.logFormat, stderr)
	if err != nil {
		return err
	}
	dir, err := o.checkDir()
	if err != nil {
		return err
	}
	fcfg, err := o.feedConfig("http://localhost/")
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, o.state, logger)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	pub, err := publish.New(ctx, publish.Config{
		Dir: dir, MaxSize: o.maxSize, Location: fcfg.Location, Feed: fcfg, Logger: logger,
	}, st)
	if err != nil {
		return err
	}
	if err := pub.Sync(ctx); err != nil {
		return err
	}
	snap, err := pub.Render(ctx)
	if err != nil {
		return err
	}
	if err := snap.WriteDir(out); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%s)\n", out, time.Since(start).Round(time.Millisecond))
	return nil
}
