//go:build !unix

package watch

import "io/fs"

// fileID returns 0: this platform has no inode number in fs.FileInfo.
func fileID(fs.FileInfo) uint64 { return 0 }
