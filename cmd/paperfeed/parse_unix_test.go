//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe with no writer would block a plain open forever; parse must
// refuse it at once.
func TestParseRefusesNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runParseOut(t, fifo, parseSample)
	if err == nil {
		t.Errorf("parse %s: error = nil, want one", fifo)
	}
	if !strings.Contains(errOut, "is a named pipe, not a regular file") {
		t.Errorf("parse %s stderr = %q, want named pipe refused", fifo, errOut)
	}
	if !strings.Contains(out, "== "+parseSample) {
		t.Errorf("parse %s %s did not go on to the good file:\n%s", fifo, parseSample, out)
	}
}
