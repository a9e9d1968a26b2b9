//go:build unix

package watch

import (
	"io/fs"
	"syscall"
)

// fileID returns the inode number of fi, so that a file replaced by another
// of the same size and time is still seen as changed.
func fileID(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
