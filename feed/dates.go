package feed

import (
	"fmt"
	"time"
)

// itemTimes returns the item's published and updated times in the paper's
// zone: published to the second, updated to the second plus the id's
// tiebreak.
func itemTimes(cfg *Config, it *Item) (published, updated time.Time, err error) {
	published, updated = it.Published, it.Updated
	if published.IsZero() && !it.PageDate.IsZero() {
		published = it.PageDate.In(cfg.Location)
	}
	if published.IsZero() {
		published = updated
	}
	if published.IsZero() {
		return published, updated, fmt.Errorf("%w: %s", ErrNoDate, it.ID)
	}
	if updated.Before(published) {
		updated = published
	}
	published = published.In(cfg.Location).Truncate(time.Second)
	updated = updated.In(cfg.Location).Truncate(time.Second).Add(tiebreak(it.ID))
	return published, updated, nil
}

// tiebreak returns a fraction of a second derived from an article id, added
// to its updated time so that the pieces of one page, which share their
// times, still have distinct ones in the feeds (as the W3C validator wants
// of atom:updated). It depends on the id alone, so it never changes.
func tiebreak(id string) time.Duration {
	var n uint64
	for i := 0; i < len(id) && i < 12; i++ {
		n = n<<4 | uint64(hexDigit(id[i]))
	}
	return time.Duration(n%1_000_000) * time.Microsecond
}

func hexDigit(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}
