package store

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperfeed/paperfeed/article"
)

// Stored pieces start with a tag byte: the JSON of the article.Piece as it
// is, or deflated. Chinese text deflates to about 55–65%.
const (
	tagJSON     = 'J'
	tagDeflate  = 'Z'
	minDeflate  = 256 // smaller JSON is stored as it is
	deflateLvl  = flate.BestSpeed
	maxInflated = 64 << 20 // a stored piece never inflates beyond this
)

// codec encodes pieces for storage, reusing compressors (a flate.Writer
// allocates about 1 MB).
type codec struct {
	writers sync.Pool // *flate.Writer
	readers sync.Pool // io.ReadCloser that is a flate.Resetter
}

func (c *codec) encode(p *article.Piece) ([]byte, error) {
	js, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("encode piece: %w", err)
	}
	if len(js) < minDeflate {
		return append([]byte{tagJSON}, js...), nil
	}
	var buf bytes.Buffer
	buf.Grow(len(js)/2 + 16)
	buf.WriteByte(tagDeflate)
	zw, _ := c.writers.Get().(*flate.Writer)
	if zw == nil {
		zw, _ = flate.NewWriter(&buf, deflateLvl)
	} else {
		zw.Reset(&buf)
	}
	_, err = zw.Write(js)
	if err == nil {
		err = zw.Close()
	}
	c.writers.Put(zw)
	if err != nil {
		return nil, fmt.Errorf("compress piece: %w", err)
	}
	if buf.Len() >= len(js)+1 {
		return append([]byte{tagJSON}, js...), nil
	}
	return buf.Bytes(), nil
}

func (c *codec) decode(b []byte) (article.Piece, error) {
	var p article.Piece
	if len(b) == 0 {
		return p, fmt.Errorf("decode piece: empty")
	}
	js := b[1:]
	switch b[0] {
	case tagJSON:
	case tagDeflate:
		zr, _ := c.readers.Get().(io.ReadCloser)
		if zr == nil {
			zr = flate.NewReader(bytes.NewReader(b[1:]))
		} else if err := zr.(flate.Resetter).Reset(bytes.NewReader(b[1:]), nil); err != nil {
			return p, fmt.Errorf("decode piece: %w", err)
		}
		var out bytes.Buffer
		out.Grow(len(b) * 2)
		_, err := io.Copy(&out, io.LimitReader(zr, maxInflated))
		c.readers.Put(zr)
		if err != nil {
			return p, fmt.Errorf("decode piece: inflate: %w", err)
		}
		js = out.Bytes()
	default:
		return p, fmt.Errorf("decode piece: unknown tag %q", b[0])
	}
	if err := json.Unmarshal(js, &p); err != nil {
		return p, fmt.Errorf("decode piece: %w", err)
	}
	return p, nil
}

// canonical is what an article's content is: its piece, without the input
// line it happened to start on, and the facts of its page. Its hash decides
// whether a re-put article was corrected.
type canonical struct {
	Date   string        `json:"d"`
	Number string        `json:"n"`
	Name   string        `json:"m"`
	Piece  article.Piece `json:"p"`
}

// contentSum returns the first 16 bytes of the SHA-256 of e's canonical JSON.
func contentSum(e *Entry) []byte {
	pc := e.Piece
	pc.Line = 0
	js, err := json.Marshal(canonical{Date: e.PageDate.String(), Number: e.PageNumber, Name: e.PageName, Piece: pc})
	if err != nil {
		// A Piece holds only strings and ints; Marshal cannot fail on it.
		panic(fmt.Sprintf("store: marshal canonical piece: %v", err))
	}
	sum := sha256.Sum256(js)
	return sum[:16]
}

// pageKey returns a key whose byte order is the natural order of page
// numbers: 2 < 10, A2 < A10, digits before letters, case folded, and the
// empty number last.
func pageKey(number string) []byte {
	number = strings.ToLower(norm.NFKC.String(strings.TrimSpace(number)))
	if number == "" {
		return []byte{0xff}
	}
	key := make([]byte, 0, len(number)+4)
	for i := 0; i < len(number); {
		if c := number[i]; c >= '0' && c <= '9' {
			j := i
			for j < len(number) && number[j] >= '0' && number[j] <= '9' {
				j++
			}
			digits := strings.TrimLeft(number[i:j], "0")
			if digits == "" {
				digits = "0"
			}
			n := min(len(digits), 250)
			key = append(key, 0x01, byte(n))
			key = append(key, digits[:n]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(number[i:])
		if !unicode.IsControl(r) && r != utf8.RuneError {
			key = utf8.AppendRune(key, r)
		}
		i += size
	}
	return key
}

// parseDate reads the "2006-01-02" of article.Date.String; "" is the zero Date.
func parseDate(s string) (article.Date, error) {
	if s == "" {
		return article.Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return article.Date{}, fmt.Errorf("page date %q: %w", s, err)
	}
	return article.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}, nil
}

// unixNano turns a stored time back into a time.Time, in UTC.
func unixNano(ns int64) time.Time { return time.Unix(0, ns).UTC() }

// authorKey is the form author names are matched by: NFKC, lower case, no
// spaces (papers space out two-character names: "王  五").
func authorKey(name string) string {
	name = strings.ToLower(norm.NFKC.String(name))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, name)
}
