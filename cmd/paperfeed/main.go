// Paperfeed turns plain-text dumps of newspaper pages into Atom, RSS and JSON
// feeds.
//
// Drop the text of a page into the watched folder; paperfeed splits it into
// articles and serves them to feed readers. Run "paperfeed help" for the
// commands and their flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `paperfeed turns plain-text newspaper pages into Atom, RSS and JSON feeds.

Usage:
  paperfeed [serve] [flags]            watch a folder and serve its feeds over HTTP
  paperfeed build -dir D -out O        render the feeds of folder D once into folder O
  paperfeed parse [-json] FILE...      show how each file is split into articles
  paperfeed version                    print the version

Run "paperfeed COMMAND -h" for the flags of a command. Every flag can also be
set by the environment variable named beside it, e.g. PAPERFEED_ADDR for -addr.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a command and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		cmd, args = "help", nil
	} else if len(args) > 0 && !isFlag(args[0]) {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = runServe(ctx, args, os.LookupEnv, stderr)
	case "build":
		err = runBuild(ctx, args, os.LookupEnv, stdout, stderr)
	case "parse":
		err = runParse(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "paperfeed", version())
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "paperfeed: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintln(stderr, "paperfeed:", err)
		return 1
	}
}

func isFlag(s string) bool { return len(s) > 1 && s[0] == '-' }
