package watch

import (
	"container/heap"
	"time"
)

// pend is a file waiting to settle. It has exactly one entry in the
// deadlines heap, keyed by at; later events only move due forward, and the
// entry is pushed back when it comes up early, so a burst of writes costs no
// heap work.
type pend struct {
	name  string
	at    time.Time  // the heap key
	due   time.Time  // when the file will have been quiet for the settle time
	obs   *fileState // set by a scan: the file must still look like this when due
	dead  bool       // cancelled; dropped when it comes up
	index int        // position in the heap
}

// deadlines is a min-heap of pending files by at, then name (so files due
// at the same time are reported in name order).
type deadlines []*pend

func (h deadlines) Len() int { return len(h) }
func (h deadlines) Less(i, j int) bool {
	if !h[i].at.Equal(h[j].at) {
		return h[i].at.Before(h[j].at)
	}
	return h[i].name < h[j].name
}
func (h deadlines) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *deadlines) Push(x any) {
	p := x.(*pend)
	p.index = len(*h)
	*h = append(*h, p)
}
func (h *deadlines) Pop() any {
	old := *h
	p := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	p.index = -1
	return p
}

// schedule makes name due at due, after which it is checked and, if it is a
// file that differs from what was reported, Put. obs is nil for a file that
// had events, or what a scan saw.
func (l *loop) schedule(name string, due time.Time, obs *fileState) {
	if p := l.pending[name]; p != nil {
		p.due, p.obs = due, obs
		if due.Before(p.at) {
			p.at = due
			heap.Fix(&l.heap, p.index)
		}
		return
	}
	p := &pend{name: name, at: due, due: due, obs: obs}
	l.pending[name] = p
	heap.Push(&l.heap, p)
}

// cancel forgets that name was waiting to settle.
func (l *loop) cancel(name string) {
	if p := l.pending[name]; p != nil {
		p.dead = true
		delete(l.pending, name)
	}
}

// nextDue returns the earliest time a pending file may come due.
func (l *loop) nextDue() (time.Time, bool) {
	for len(l.heap) > 0 && l.heap[0].dead {
		heap.Pop(&l.heap)
	}
	if len(l.heap) == 0 {
		return time.Time{}, false
	}
	return l.heap[0].at, true
}

// popDue removes and returns the next pending file that is due at now, or
// nil. Entries whose due moved on are pushed back.
func (l *loop) popDue(now time.Time) *pend {
	for len(l.heap) > 0 && !l.heap[0].at.After(now) {
		p := l.heap[0]
		if p.dead {
			heap.Pop(&l.heap)
			continue
		}
		if p.due.After(p.at) {
			p.at = p.due
			heap.Fix(&l.heap, 0)
			continue
		}
		heap.Pop(&l.heap)
		delete(l.pending, p.name)
		return p
	}
	return nil
}
