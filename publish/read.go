package publish

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Errors for files the publisher refuses to read.
var (
	ErrNotRegular    = errors.New("not a regular file")
	ErrOutsideFolder = errors.New("symlink leads outside the folder")
	ErrTooLarge      = errors.New("file too large")
	ErrBinary        = errors.New("binary data, not text")
	ErrEmpty         = errors.New("empty file")
	ErrNoArticles    = errors.New("no articles found in the text")
)

// readFile reads the file at path, which must be a regular file inside dir or
// a symlink to one. It never blocks on FIFOs or devices and never reads more
// than max+1 bytes.
func readFile(dir, path string, max int64) ([]byte, os.FileInfo, error) {
	lfi, err := os.Lstat(path)
	if err != nil {
		return nil, nil, err
	}
	if lfi.Mode()&os.ModeSymlink != 0 {
		if err := checkInside(dir, path); err != nil {
			return nil, nil, err
		}
	} else if !lfi.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%w (%s)", ErrNotRegular, lfi.Mode().Type())
	}
	// O_NONBLOCK keeps a FIFO swapped in after the Lstat from blocking the open.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%w (%s)", ErrNotRegular, fi.Mode().Type())
	}
	if fi.Size() > max {
		return nil, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), max)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, nil, err
	}
	if int64(len(b)) > max {
		return nil, nil, fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, max)
	}
	if looksBinary(b) {
		return nil, nil, ErrBinary
	}
	return b, fi, nil
}

// checkInside reports an error unless the symlink at path resolves to a
// file inside dir.
func checkInside(dir, path string) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("%w: %s", ErrOutsideFolder, target)
	}
	return nil
}

// looksBinary reports whether b holds data that is not text in any encoding
// the parser reads: NUL bytes outside UTF-16, or many control bytes.
func looksBinary(b []byte) bool {
	if len(b) >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)) {
		return false // UTF-16 with a byte order mark
	}
	sample := b
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	var nulEven, nulOdd, ctrl int
	for i, c := range sample {
		switch {
		case c == 0 && i%2 == 0:
			nulEven++
		case c == 0:
			nulOdd++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctrl++
		}
	}
	n := len(sample)
	if n == 0 {
		return false
	}
	// UTF-16 without a BOM: NULs on one side only, on about half the pairs.
	if nul := nulEven + nulOdd; nul > 0 {
		oneSided := nulEven == 0 || nulOdd == 0
		if !(oneSided && nul*4 >= n && ctrl*20 < n) {
			return true
		}
		return false
	}
	return ctrl*20 > n // more than 5% control bytes
}
