package publish

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/paperfeed/paperfeed/feed"
)

// StaticPages is how many of the newest articles get a page in a static
// build: every article of a store of that size, and the newest that many of
// a larger one, so a build stays within memory.
const StaticPages = 5000

// WriteStatic writes what a static web server needs into dir: the feeds and
// the index of the newest articles, a page for each of the newest
// StaticPages articles (so links in readers' older items keep working), and
// every RFC 5005 archive document in the three formats, which the feeds
// link. Each file is replaced atomically.
func (p *Publisher) WriteStatic(ctx context.Context, dir string) error {
	p.renderMu.Lock()
	defer p.renderMu.Unlock()
	n, err := p.store.Count(ctx)
	if err != nil {
		return fmt.Errorf("publish: count articles: %w", err)
	}
	snap, k, err := p.render(ctx, max(min(n, StaticPages), p.cfg.Feed.Limit, 1), nil)
	if err != nil {
		return err
	}
	if err := WriteSite(dir, snap); err != nil {
		return err
	}
	for i := 1; i <= k; i++ {
		d, arts, err := p.archiveDoc(ctx, i)
		if err != nil {
			return fmt.Errorf("publish: archive %d: %w", i, err)
		}
		atom, rss, js, err := feed.RenderDoc(p.cfg.Feed, d, Items(arts))
		if err != nil {
			return fmt.Errorf("publish: archive %d: %w", i, err)
		}
		base := filepath.Join(dir, "archive", strconv.Itoa(i))
		for ext, b := range map[string][]byte{".atom": atom, ".rss": rss, ".json": js} {
			if err := writeFile(base+ext, b, time.Time{}); err != nil {
				return err
			}
		}
	}
	return nil
}
