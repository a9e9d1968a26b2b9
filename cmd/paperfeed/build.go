package main

import (
	"context"
	"fmt"
	"io"
	"time"
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
	logger, dir, err := o.prepare(stderr)
	if err != nil {
		return err
	}
	if o.baseURL == "" {
		logger.Warn("no -base-url: the feeds' links point to http://localhost/; set the URL the files will be served at")
	}
	fcfg, err := o.feedConfig("http://localhost/")
	if err != nil {
		return err
	}
	start := time.Now()
	st, pub, err := o.open(ctx, dir, o.state, fcfg, logger)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := pub.Sync(ctx); err != nil {
		return err
	}
	if err := pub.WriteStatic(ctx, out); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%s)\n", out, time.Since(start).Round(time.Millisecond))
	return nil
}
