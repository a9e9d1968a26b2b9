//go:build unix

package watch

import (
	"errors"
	"syscall"
)

// processGone reports whether no process has the id pid (pid > 0). A process
// of another user (EPERM) is alive.
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
