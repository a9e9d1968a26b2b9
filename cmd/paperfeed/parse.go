package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode"

	"github.com/paperfeed/paperfeed/article"
)

// previewRunes is how much of a paragraph the preview shows.
const previewRunes = 30

// runParse runs "paperfeed parse [-json] [-max-size N] FILE...": it shows how
// each file is split into pieces, for a person or, with -json, for a script.
// A file that cannot be read or parsed is reported and the others go on; the
// error returned then says how many failed.
func runParse(args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("parse", flag.ContinueOnError)
	fset.SetOutput(stderr)
	asJSON := fset.Bool("json", false, "print one JSON document for scripts instead of the preview")
	maxSize := int64(article.DefaultMaxSize)
	fset.Var((*byteSize)(&maxSize), "max-size", "the largest file read, e.g. 16MiB or 1048576")
	fset.Usage = func() {
		fmt.Fprint(stderr, "Usage: paperfeed parse [-json] [-max-size SIZE] FILE...\n\n"+
			"Shows how each file is split into articles, captions and briefs.\n\nFlags:\n")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	files := fset.Args()
	if len(files) == 0 {
		fmt.Fprintln(stderr, "paperfeed parse: no files given")
		fset.Usage()
		return errUsage
	}

	var (
		failed int
		jw     *jsonArrayWriter
	)
	if *asJSON {
		jw = &jsonArrayWriter{w: stdout}
	}
	for i, name := range files {
		page, err := parseFile(name, maxSize)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "paperfeed parse: %v\n", err)
		}
		if jw != nil {
			jw.add(newParseResult(name, page, err))
			continue
		}
		if err == nil {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			printPage(stdout, name, page)
		}
	}
	if jw != nil {
		if err := jw.close(); err != nil {
			return fmt.Errorf("parse: write json: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("parse: %d of %d files failed", failed, len(files))
	}
	return nil
}

// parseFile parses one file. It refuses anything but a regular file, and
// opens without blocking so that a named pipe cannot hang it.
func parseFile(name string, maxSize int64) (*article.Page, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(name, fi); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The name may have been replaced between the two looks.
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(name, fi); err != nil {
		return nil, err
	}
	page, err := article.Parse(f, article.Options{MaxSize: maxSize})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return page, nil
}

// checkRegular says what fi is when it is not a regular file.
func checkRegular(name string, fi fs.FileInfo) error {
	var what string
	switch m := fi.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		return fmt.Errorf("%s: not a regular file", name)
	}
	return fmt.Errorf("%s: is %s, not a regular file", name, what)
}

// printPage writes the preview of one parsed file.
func printPage(w io.Writer, name string, pg *article.Page) {
	fmt.Fprintf(w, "== %s\n", name)
	field := func(label, value string) {
		if value == "" {
			value = "-"
		}
		fmt.Fprintf(w, "%-10s%s\n", label, value)
	}
	field("encoding", pg.Encoding)
	field("date", pg.Date.String())
	pageNo := pg.Number
	if pg.Name != "" {
		pageNo = strings.TrimSpace(pageNo + " " + pg.Name)
	}
	field("page", pageNo)
	field("editors", authorList(pg.Editors))
	for _, line := range pg.Furniture {
		field("furniture", preview(line, 2*previewRunes))
	}
	field("pieces", fmt.Sprint(len(pg.Pieces)))

	ids := pg.IDs()
	for i := range pg.Pieces {
		p := &pg.Pieces[i]
		fmt.Fprintf(w, "\n%d. %s  id %s  line %d\n", i+1, p.Kind, ids[i], p.Line)
		line := func(label, value string) {
			if value != "" {
				fmt.Fprintf(w, "   %-10s%s\n", label, value)
			}
		}
		for _, h := range p.Headlines {
			line(string(h.Role), h.Text)
		}
		if len(p.Headlines) == 0 {
			line("title", p.Title()+"  (from the text)")
		}
		line("dateline", p.Dateline)
		line("authors", authorList(p.Authors))
		if p.ContinuedFrom != "" {
			line("jump", "continued from page "+p.ContinuedFrom)
		}
		if p.ContinuedOn != "" {
			line("jump", "continues on page "+p.ContinuedOn)
		}
		for _, b := range p.Body {
			switch b.Kind {
			case article.BlockSubhead:
				fmt.Fprintf(w, "   § %s\n", preview(b.Text, 2*previewRunes))
			default:
				fmt.Fprintf(w, "   ¶ %s\n", preview(b.Text, previewRunes))
			}
		}
	}
	if len(pg.Warnings) > 0 {
		fmt.Fprintln(w, "\nwarnings")
		for _, s := range pg.Warnings {
			fmt.Fprintf(w, "   - %s\n", s)
		}
	}
}

// authorList writes authors as "Name (role), Name (role: about) <contact>".
func authorList(as []article.Author) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = fmt.Sprintf("%s (%s)", a.Name, a.Role)
		if a.About != "" {
			parts[i] = fmt.Sprintf("%s (%s: %s)", a.Name, a.Role, a.About)
		}
		if a.Contact != "" {
			parts[i] += " <" + a.Contact + ">"
		}
	}
	return strings.Join(parts, ", ")
}

// preview returns the first n characters of s on one line, with "…" when
// cut.
func preview(s string, n int) string {
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// parseResult is one element of the -json output: a file and its page, or
// the error that stopped it.
type parseResult struct {
	File  string    `json:"file"`
	Page  *jsonPage `json:"page,omitempty"`
	Error string    `json:"error,omitempty"`
}

// jsonPage is an article.Page whose pieces carry their stable ids and the
// title a feed shows.
type jsonPage struct {
	*article.Page
	Pieces []jsonPiece `json:"pieces"`
}

type jsonPiece struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	article.Piece
}

func newParseResult(name string, pg *article.Page, err error) parseResult {
	if err != nil {
		return parseResult{File: name, Error: err.Error()}
	}
	ids := pg.IDs()
	jp := &jsonPage{Page: pg, Pieces: make([]jsonPiece, len(pg.Pieces))}
	for i := range pg.Pieces {
		jp.Pieces[i] = jsonPiece{ID: ids[i], Title: pg.Pieces[i].Title(), Piece: pg.Pieces[i]}
	}
	return parseResult{File: name, Page: jp}
}

// jsonArrayWriter writes a JSON array one element at a time, so that pages
// need not all be held at once.
type jsonArrayWriter struct {
	w   io.Writer
	n   int
	err error
}

func (j *jsonArrayWriter) add(v any) {
	if j.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if j.err = enc.Encode(v); j.err != nil {
		return
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	sep := ",\n  "
	if j.n == 0 {
		sep = "[\n  "
	}
	j.n++
	_, j.err = fmt.Fprintf(j.w, "%s%s", sep, b)
}

func (j *jsonArrayWriter) close() error {
	if j.err != nil {
		return j.err
	}
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
