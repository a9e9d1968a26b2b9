package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// errUsage marks errors in the command line; the usage has been printed.
var errUsage = errors.New("usage")

// lookupEnv is os.LookupEnv, passed in so tests can set the environment.
type lookupEnv func(string) (string, bool)

// flags is a flag.FlagSet whose flags take their defaults from PAPERFEED_*
// environment variables.
type flags struct {
	*flag.FlagSet
	env  lookupEnv
	errs []error
}

func newFlags(name string, env lookupEnv, out io.Writer, synopsis string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	f := &flags{FlagSet: fs, env: env}
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: %s\n\nFlags (each also read from the environment variable shown):\n", synopsis)
		fs.PrintDefaults()
	}
	return f
}

// envName is the environment twin of a flag: -base-url is PAPERFEED_BASE_URL.
func envName(flagName string) string {
	return "PAPERFEED_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// lookup returns the environment value for a flag, if set.
func (f *flags) lookup(name string) (string, bool) {
	v, ok := f.env(envName(name))
	if !ok || v == "" {
		return "", false
	}
	return v, true
}

func (f *flags) usage(name, help string) string {
	return help + " [$" + envName(name) + "]"
}

func (f *flags) String(p *string, name, def, help string) {
	if v, ok := f.lookup(name); ok {
		def = v
	}
	f.StringVar(p, name, def, f.usage(name, help))
}

func (f *flags) Int(p *int, name string, def int, help string) {
	if v, ok := f.lookup(name); ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("%s=%q: not a whole number", envName(name), v))
		} else {
			def = n
		}
	}
	f.IntVar(p, name, def, f.usage(name, help))
}

func (f *flags) Duration(p *time.Duration, name string, def time.Duration, help string) {
	if v, ok := f.lookup(name); ok {
		d, err := time.ParseDuration(v)
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("%s=%q: not a duration such as 500ms or 2s", envName(name), v))
		} else {
			def = d
		}
	}
	f.DurationVar(p, name, def, f.usage(name, help))
}

func (f *flags) Size(p *int64, name string, def int64, help string) {
	*p = def
	if v, ok := f.lookup(name); ok {
		if err := (*byteSize)(p).Set(v); err != nil {
			f.errs = append(f.errs, fmt.Errorf("%s=%q: %v", envName(name), v, err))
		}
	}
	f.Var((*byteSize)(p), name, f.usage(name, help))
}

// Parse parses args after the environment; errors of either kind are
// reported with the usage.
func (f *flags) Parse(args []string) error {
	if err := f.FlagSet.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if len(f.errs) > 0 {
		return errors.Join(f.errs...)
	}
	return nil
}

// byteSize is a flag.Value for sizes such as 16MiB, 512k or 1048576.
type byteSize int64

func (s *byteSize) String() string {
	if s == nil {
		return "0"
	}
	n := int64(*s)
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

func (s *byteSize) Set(v string) error {
	v = strings.TrimSpace(v)
	num := strings.TrimRightFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.ToLower(strings.TrimSpace(v[len(num):]))
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("not a size such as 16MiB or 1048576")
	}
	mult := map[string]int64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
		"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}[unit]
	if mult == 0 {
		return fmt.Errorf("unknown unit %q in size", unit)
	}
	*s = byteSize(n * mult)
	return nil
}

// newLogger returns a slog logger writing text or JSON lines to w.
func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	switch format {
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("-log-format %q: want text or json", format)
}
