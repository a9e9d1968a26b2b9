// Package daemon starts the paperfeed binary for the benchmarks under
// bench/ and finds the address it serves on.
package daemon

import (
	"bufio"
	"fmt"
	"os/exec"
	"regexp"
	"syscall"
	"time"
)

// Daemon is a running "paperfeed serve".
type Daemon struct {
	Cmd  *exec.Cmd
	Base string // http://host:port
}

var servingLine = regexp.MustCompile(`msg=serving addr=(\S+)`)

// Start runs bin with args, which must make it serve, and waits for the log
// line that names its address.
func Start(bin string, args ...string) (*Daemon, error) {
	cmd := exec.Command(bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case addr <- m[1]:
				default:
				}
			}
		}
	}()
	select {
	case a := <-addr:
		return &Daemon{Cmd: cmd, Base: "http://" + a}, nil
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("%s did not start serving within a minute", bin)
	}
}

// Stop ends the daemon gracefully and waits for it.
func (d *Daemon) Stop() {
	d.Cmd.Process.Signal(syscall.SIGTERM)
	d.Cmd.Wait()
}
