package watch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// fileState is what the watcher remembers of a file it reported: a Put is
// repeated only when one of these changes.
type fileState struct {
	size  int64
	mtime int64  // nanoseconds since the epoch
	ino   uint64 // 0 where the platform has none
}

func stateOf(fi fs.FileInfo) fileState {
	return fileState{size: fi.Size(), mtime: fi.ModTime().UnixNano(), ino: fileID(fi)}
}

// kind is what inspect found at a path.
type kind uint8

const (
	kindFile    kind = iota // a regular file, or a symlink to one inside the folder
	kindGone                // nothing there
	kindDir                 // a subfolder: ignored
	kindSkipped             // a FIFO, socket or device: never opened
	kindRefused             // a symlink leading outside the folder, broken, or to a non-file; or lstat failed
)

// inspect looks at the entry name of the folder without opening it. For
// kindFile the state is that of the file (of the symlink's target for a
// symlink); for kindSkipped and kindRefused reason says why and target, for a
// symlink, where it leads.
func (l *loop) inspect(name string) (st fileState, k kind, reason, target string) {
	path := filepath.Join(l.dir, name)
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return st, kindGone, "", ""
	case err != nil:
		return st, kindRefused, err.Error(), ""
	case fi.Mode().IsRegular():
		return stateOf(fi), kindFile, "", ""
	case fi.IsDir():
		return st, kindDir, "", ""
	case fi.Mode()&fs.ModeSymlink == 0:
		return st, kindSkipped, "not a regular file (" + typeName(fi.Mode()) + ")", ""
	}
	target, err = filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, kindRefused, "broken symlink", ""
	}
	if err != nil {
		return st, kindRefused, "unresolvable symlink: " + err.Error(), ""
	}
	if !inside(l.realDir, target) {
		return st, kindRefused, "symlink leads outside the folder", target
	}
	fi, err = os.Stat(target)
	if err != nil {
		return st, kindRefused, "symlink target: " + err.Error(), target
	}
	if !fi.Mode().IsRegular() {
		return st, kindRefused, "symlink target is not a regular file (" + typeName(fi.Mode()) + ")", target
	}
	return stateOf(fi), kindFile, "", target
}

// inside reports whether path lies strictly within dir (both resolved).
func inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil || filepath.IsAbs(rel) || rel == "." || rel == ".." {
		return false
	}
	return !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func typeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m.IsDir():
		return "directory"
	case m&fs.ModeSymlink != 0:
		return "symlink"
	}
	return "irregular file"
}
