// Package watch follows one folder and reports, one at a time, which files in
// it are new or changed and complete (Put) and which have gone (Remove).
//
// It knows nothing of articles or feeds: [Watcher.Run] hands each [Change] to
// a function its caller gives it, from a single goroutine.
//
// # What is reported
//
// At start the folder is scanned and every eligible file is Put, in name
// order; paths listed in [Config.Known] that are no longer there are then
// reported as Remove. After that only differences are reported: the watcher
// remembers the size, modification time and inode of what it reported, so a
// rescan, a poll or a spurious event never repeats a Put for an unchanged
// file. A rename within the folder is a Remove of the old name followed by a
// Put of the new one.
//
// Only regular files directly in the folder count, and only names that pass
// [Eligible] (no hidden files, no editor or downloader temporaries). A symlink
// counts if it resolves to a regular file inside the folder; one that leads
// outside, is broken, or points at something else is refused with one log
// line. FIFOs, sockets and devices are skipped with one log line and are never
// opened (the watcher opens no file of the folder at all: it only lists the
// folder and calls lstat/stat). Subfolders are ignored.
//
// # Complete files: renamed in versus written in place
//
// A file that appears by rename (mv, rsync, editors and downloaders that write
// a temporary and rename it, curl -o to a temporary then mv) is complete the
// moment it appears and is reported at once. A file written in place (cp, a
// shell redirection, a slow upload) is reported only once it has had no event
// for [Config.Settle]; every further write restarts that time.
//
// fsnotify does not say which is which: inotify's IN_CREATE and IN_MOVED_TO
// both arrive as fsnotify.Create (the rename cookie it keeps is unexported and
// only known when the source was watched too), and close-write
// (IN_CLOSE_WRITE) is not offered by fsnotify v1.10's public API. What does
// tell them apart is the data, not the event: a file created in place is
// empty when it is created and every byte put into it afterwards queues a
// Write (IN_MODIFY; also for truncate, fallocate, copy_file_range, sendfile and
// reflink clones) behind its Create, in the same ordered inotify queue. A file
// that was renamed (or hard-linked) in already has its data and gets no Write.
// So on Create the watcher lstats the file:
//
//   - empty: it is being written in place; wait for it to settle.
//   - not empty: it becomes a candidate, and the watcher puts a fence into
//     the inotify queue, after that lstat: it renames a file in a private
//     folder (in /dev/shm, else the temporary folder) that the same inotify
//     instance watches, to a new sequence number. Events come out of one
//     instance in the order they happened, so when that fence's event
//     arrives, every Write queued before the fence, and so every write that
//     put in the data the lstat saw, has been seen. A candidate that saw a
//     Write since its Create, or that looks different at the fence than at
//     its Create, was written in place and waits to settle; one that saw
//     none had its data before it appeared, is complete, and is Put at once.
//     One fence is in flight at a time; candidates that arrive meanwhile wait
//     for the next one, which is issued when it comes back.
//
// This rests on the kernel's ordering of events, not on timing: no sleeping,
// no size-stability guess. A rename into the folder reaches handle some 15 µs after the rename (median,
// with 10 or 10,000 files in the folder; see BenchmarkRenameIn). Its limits:
// a writer that fills a file only through mmap produces no Write events and is
// trusted after the settle time since its last event; a file that is renamed
// in and then written to again is Put at once and Put again once the later
// writes have settled (the same happens in the unlikely case that a writer is
// preempted inside write(2) after the file grew and before its Write was
// queued, and the fence slips in between). If no fence folder can be made or
// used, a fixed 10 ms delay stands in for the fence (logged once). A "mv"
// across filesystems is a copy, written in place, and is settled.
//
// # Recovery
//
// On fsnotify.ErrEventOverflow, or any other error from fsnotify, events may
// have been lost: the folder is rescanned and differences are reported, new
// or changed files after they have settled. If the folder itself is removed
// or moved away (an NFS hiccup, a mv of the folder, an rsync --delete of it),
// nothing is reported: one warning is logged, what was reported is kept, and
// the watcher looks for the folder again with a backoff (50 ms doubling to
// 2 s). When it is back it is watched and rescanned, and only the differences
// from what was reported before it went are reported: Remove at once for files
// that are gone, Put for new or changed files after they have settled, and
// nothing for a folder that comes back unchanged. A Remove or Rename event for
// a file that is read when the folder has gone counts as the folder going (rm
// -r empties a folder before removing it). With [Config.Poll] set there is no
// inotify at all: the folder is listed at each interval and a new or changed
// file is Put once it has been seen unchanged for one more poll or for the
// settle time, whichever comes first; a missing folder is handled the same
// way, noticed and looked for again at each poll.
//
// The fence folder is named paperfeed-watch-<pid>-<random> and is removed
// when Run returns. One left behind by a process that was killed is removed
// by the next watcher that makes a fence folder in the same place, once no
// process has that pid; folders of live processes and other names are left
// alone.
//
// Ordinary events cost work for the file concerned only: an lstat or two and
// map and heap operations; settle deadlines live in one min-heap behind one
// timer.
package watch
