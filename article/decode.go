package article

// Decoding: the bytes of a file become clean UTF-8 text once, here, at the
// edge. The encoding is decided by evidence, in this order:
//
//  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//  2. UTF-16 without a mark, when zero bytes sit in alternate positions the
//     way ASCII characters put them there and the result reads as text;
//  3. valid UTF-8;
//  4. otherwise UTF-8 with replacements or GB18030 (which covers GBK and
//     GB2312), whichever scores better: damaged UTF-8 keeps most of its
//     multi-byte sequences valid, while real GBK text decodes mostly to the
//     common characters of GB2312.
//
// The text is then cleaned: CRLF and lone CR become LF, and characters XML 1.0
// forbids are removed, so every feed built from it stays well-formed.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxSize is the largest input Parse reads when Options.MaxSize is 0.
const DefaultMaxSize = 16 << 20

// ErrTooLarge is returned, wrapped with the limit, for input over the size
// limit.
var ErrTooLarge = errors.New("article: input too large")

// The names decode reports for the encodings it reads.
const (
	encUTF8    = "UTF-8"
	encUTF16LE = "UTF-16LE"
	encUTF16BE = "UTF-16BE"
	encGB18030 = "GB18030"
)

// readLimited reads all of r, but at most max bytes: it reads max+1 bytes at
// most, and when there are more than max it returns an error wrapping
// ErrTooLarge. A max of 0 or less means DefaultMaxSize. When r tells its size
// (a file, a bytes.Reader), an input that is plainly too large is refused
// before reading, and the buffer is sized once; otherwise it grows as io.ReadAll
// grows it, so memory stays proportional to the input.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	tooLarge := func() error {
		return fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)
	}
	size := int64(-1)
	switch s := r.(type) {
	case interface{ Len() int }:
		size = int64(s.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if size > max {
		return nil, tooLarge()
	}
	limit := max
	if limit < math.MaxInt64 {
		limit++
	}
	lr := io.LimitReader(r, limit)
	var b []byte
	if size >= 0 {
		// One spare byte lets the final read see EOF without growing.
		b = make([]byte, 0, size+1)
	} else {
		b = make([]byte, 0, 512)
	}
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("article: read: %w", err)
		}
	}
	if int64(len(b)) > max {
		return nil, tooLarge()
	}
	return b, nil
}

// decode turns the bytes of a file into clean text: valid UTF-8 with LF line
// ends and no character XML 1.0 forbids. It names the encoding it read and
// says in plain words what it had to repair. It never fails: bytes that do not
// decode become U+FFFD.
//
// decode takes b over: clean UTF-8, the common case, becomes the text without
// a copy, so the caller must not change b afterwards.
func decode(b []byte) (text string, enc string, warnings []string) {
	var (
		out  []byte
		bad  int // undecodable bytes replaced with U+FFFD
		from = -1
	)
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		enc = encUTF8
		out, bad = decodeUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		enc = encUTF16LE
		out, bad = decodeUTF16(b[2:], unicode.LittleEndian)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc = encUTF16BE
		out, bad = decodeUTF16(b[2:], unicode.BigEndian)
	default:
		if order, ok := sniffUTF16(b); ok {
			enc = encUTF16LE
			if order == unicode.BigEndian {
				enc = encUTF16BE
			}
			out, bad = decodeUTF16(b, order)
			warnings = append(warnings, "no byte order mark: read as "+enc+" from its zero bytes")
			break
		}
		if dirty, ok := scanUTF8(b); ok {
			// Valid UTF-8, the common case: the scan found where clean
			// has work, if anywhere.
			enc, out, from = encUTF8, b, dirty
			break
		}
		gb := transformBytes(simplifiedchinese.GB18030.NewDecoder(), b)
		gbScore, gbBad := scoreGB18030(b, gb)
		if gbScore > scoreUTF8(b) {
			enc, out, bad = encGB18030, gb, gbBad
		} else {
			enc = encUTF8
			out, bad = decodeUTF8(b)
		}
	}
	if bad > 0 {
		warnings = append(warnings, fmt.Sprintf("%s replaced with U+FFFD (read as %s)", count(bad, "undecodable byte"), enc))
	}
	text, st := clean(out, from)
	if st.controls > 0 {
		warnings = append(warnings, "removed "+count(st.controls, "control character"))
	}
	if st.nonchars > 0 {
		warnings = append(warnings, "removed "+count(st.nonchars, "noncharacter")+" (U+FFFE, U+FFFF or a lone surrogate)")
	}
	if st.boms > 0 {
		warnings = append(warnings, "removed "+count(st.boms, "byte order mark")+" (U+FEFF) inside the text")
	}
	return text, enc, warnings
}

// count says "1 thing" or "n things".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// transformBytes runs a decoder over b. The decoders used here replace what
// they cannot decode and never fail, but should one fail, the bytes are kept
// as UTF-8 with replacements rather than lost.
func transformBytes(d *encoding.Decoder, b []byte) []byte {
	out, err := d.Bytes(b)
	if err != nil {
		return []byte(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	return out
}

// decodeUTF8 replaces the ill-formed sequences of b with U+FFFD and counts the
// bytes they held.
func decodeUTF8(b []byte) (out []byte, bad int) {
	if utf8.Valid(b) {
		return b, 0
	}
	_, bad = countUTF8(b)
	return transformBytes(unicode.UTF8.NewDecoder(), b), bad
}

// countUTF8 counts the valid multi-byte sequences of b and the bytes that do
// not decode as UTF-8.
func countUTF8(b []byte) (multi, bad int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return multi, bad
}

// decodeUTF16 decodes b, without its byte order mark, as UTF-16 in the given
// order. Lone surrogates and a trailing odd byte become U+FFFD and are counted.
func decodeUTF16(b []byte, order unicode.Endianness) (out []byte, bad int) {
	bad = len(b) % 2
	prevHigh := false
	for i := 0; i+1 < len(b); i += 2 {
		u := unit16(b, i, order)
		switch {
		case u >= 0xD800 && u <= 0xDBFF:
			if prevHigh {
				bad += 2
			}
			prevHigh = true
			continue
		case u >= 0xDC00 && u <= 0xDFFF:
			if !prevHigh {
				bad += 2
			}
		default:
			if prevHigh {
				bad += 2
			}
		}
		prevHigh = false
	}
	if prevHigh {
		bad += 2
	}
	return transformBytes(unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder(), b), bad
}

// unit16 returns the UTF-16 code unit at b[i:i+2].
func unit16(b []byte, i int, order unicode.Endianness) uint16 {
	if order == unicode.LittleEndian {
		return uint16(b[i]) | uint16(b[i+1])<<8
	}
	return uint16(b[i])<<8 | uint16(b[i+1])
}

// sniffUTF16 looks for UTF-16 without a byte order mark. UTF-8 and GB18030
// text has no zero bytes; UTF-16 text has one in every ASCII character (line
// ends, digits, spaces), on the high side of the code unit. The evidence must
// be overwhelming: enough such zero bytes, few NUL characters, and a decoding
// that reads as text, better than the other byte order does.
func sniffUTF16(b []byte) (unicode.Endianness, bool) {
	units := len(b) / 2
	if units < 2 || bytes.IndexByte(b, 0) < 0 {
		return unicode.BigEndian, false
	}
	var zeroLE, zeroBE, zeroBoth int // units with a zero high byte when read LE, BE; NULs
	for i := 0; i+1 < len(b); i += 2 {
		switch b0, b1 := b[i], b[i+1]; {
		case b0 == 0 && b1 == 0:
			zeroBoth++
		case b1 == 0:
			zeroLE++
		case b0 == 0:
			zeroBE++
		}
	}
	if zeroBoth*8 > zeroLE+zeroBE {
		return unicode.BigEndian, false // zero padding or binary data
	}
	// Chinese text gets one ASCII character in 64 from its line ends and
	// digits alone. Valid UTF-8 must look like ASCII text in UTF-16 (one in
	// 4): stray NULs in UTF-8 never come that thick.
	density := 64
	if utf8.Valid(b) {
		density = 4
	}
	enough := func(n int) bool { return n >= 4 && n*density >= units }
	le, be := textRatio16(b, unicode.LittleEndian), textRatio16(b, unicode.BigEndian)
	switch {
	case enough(zeroLE) && le >= 0.9 && le > be:
		return unicode.LittleEndian, true
	case enough(zeroBE) && be >= 0.9 && be > le:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}

// textRatio16 returns the share of the code units of b, read as UTF-16 in the
// given order, that are characters a page of text is made of.
func textRatio16(b []byte, order unicode.Endianness) float64 {
	var good, total int
	for i := 0; i+1 < len(b); i += 2 {
		u := unit16(b, i, order)
		total++
		switch {
		case u == '\t' || u == '\n' || u == '\r',
			u >= 0x20 && u <= 0x7E,
			u >= 0xA0 && u <= 0x24F,    // Latin
			u >= 0x370 && u <= 0x4FF,   // Greek, Cyrillic
			u >= 0x2000 && u <= 0x206F, // general punctuation
			u >= 0x3000 && u <= 0x30FF, // CJK punctuation, kana
			u >= 0x3400 && u <= 0x4DBF, // CJK extension A
			u >= 0x4E00 && u <= 0x9FFF, // CJK unified ideographs
			u >= 0xAC00 && u <= 0xD7AF, // Hangul
			u >= 0xFF00 && u <= 0xFFEF: // full-width forms
			good++
		case u >= 0xD800 && u <= 0xDBFF && i+3 < len(b):
			if v := unit16(b, i+2, order); v >= 0xDC00 && v <= 0xDFFF {
				good += 2
				total++
				i += 2
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good) / float64(total)
}

// scoreUTF8 scores b read as UTF-8: a point for each valid multi-byte
// sequence, three off for each byte that does not decode.
func scoreUTF8(b []byte) int {
	multi, bad := countUTF8(b)
	return multi - 3*bad
}

// scoreGB18030 scores b read as GB18030, given out, the decoder's output for
// b, and counts the bytes the decoder replaced with U+FFFD. It walks b the way
// the decoder does, in step with out. Real Chinese text in GBK is mostly the
// common hanzi and punctuation of GB2312 (a point each); other text read as
// GB18030 lands in rarer rows — kana, Greek, box drawing, the GBK extensions,
// four-byte sequences (a point off each) — or does not decode (three off a
// byte), or swallows an ASCII character as a trail byte (four off: a stray
// high byte before a letter is better replaced than allowed to eat it).
func scoreGB18030(b, out []byte) (score, bad int) {
	j := 0
	for i := 0; i < len(b); {
		c0 := b[i]
		size, points := gbSequence(b[i:])
		if c0 >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(out[j:])
			if r == utf8.RuneError && size <= 2 {
				// Not decoded, or a two-byte code the decoder leaves unmapped
				// (the user-defined areas).
				points = -3 * size
				bad += size
			}
			j += n
		} else {
			j++
		}
		if j > len(out) {
			j = len(out)
		}
		score += points
		i += size
	}
	return score, bad
}

// gbSequence returns the length of the GB18030 sequence at the start of b, as
// the x/text decoder reads it, and its points when it decodes (see
// scoreGB18030). A byte the decoder rejects is a sequence of length 1.
func gbSequence(b []byte) (size, points int) {
	c0 := b[0]
	switch {
	case c0 < utf8.RuneSelf:
		return 1, 0
	case c0 == 0x80: // € in code page 936
		return 1, -1
	case c0 == 0xFF || len(b) < 2:
		return 1, -3
	}
	c1 := b[1]
	switch {
	case c1 >= 0x40 && c1 <= 0x7E:
		return 2, -4
	case c1 >= 0x80 && c1 <= 0xFE:
		switch {
		case c1 < 0xA1:
			return 2, -1 // GBK extensions
		case c0 >= 0xA1 && c0 <= 0xA3, c0 >= 0xB0 && c0 <= 0xD7:
			return 2, 1 // punctuation, full-width forms, level-1 hanzi
		case c0 >= 0xD8 && c0 <= 0xF7:
			return 2, 0 // level-2 hanzi
		default:
			return 2, -1
		}
	case c1 >= 0x30 && c1 <= 0x39:
		if len(b) < 4 || b[2] < 0x81 || b[2] == 0xFF || b[3] < 0x30 || b[3] > 0x39 {
			return 1, -3
		}
		v := ((int(c0-0x81)*10+int(c1-0x30))*126+int(b[2]-0x81))*10 + int(b[3]-0x30)
		if v >= 39420 && (v < 189000 || v >= 189000+0x100000) {
			return 1, -3
		}
		return 4, -1
	}
	return 1, -3
}

// cleanStats counts what clean removed.
type cleanStats struct {
	controls int // C0 controls other than tab and LF, DEL, C1 controls
	nonchars int // U+FFFE, U+FFFF, surrogates
	boms     int // U+FEFF after the start
}

// clean returns b, which must be valid UTF-8, without a leading byte order
// mark, with CRLF and lone CR turned into LF, and without the characters XML
// 1.0 forbids (C0 controls but tab and LF, U+FFFE, U+FFFF, surrogates), DEL,
// C1 controls and byte order marks. Clean runs are copied whole. When there
// is nothing to change, the text is b itself, which must not change
// afterwards: that saves a copy of the page, a tenth of what a parse
// allocates.
//
// from is where the first thing to change stands, as scanUTF8 found it, or
// -1 when clean must look for it itself.
func clean(b []byte, from int) (string, cleanStats) {
	// The bytes that can start something clean changes.
	var special [256]bool
	for c := range 0x20 {
		special[c] = c != '\t' && c != '\n'
	}
	special[0x7F], special[0xC2], special[0xED], special[0xEF] = true, true, true, true

	i := from
	if i < 0 {
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
		i = nextDirty(b, 0, &special)
	}
	if i == len(b) {
		if len(b) == 0 {
			return "", cleanStats{}
		}
		return unsafe.String(&b[0], len(b)), cleanStats{}
	}
	var (
		st    cleanStats
		sb    strings.Builder
		start int
	)
	sb.Grow(len(b))
	for i < len(b) {
		sb.Write(b[start:i])
		n := 1
		switch c := b[i]; {
		case c == '\r':
			sb.WriteByte('\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				n = 2
			}
		case c < utf8.RuneSelf:
			st.controls++
		default:
			var r rune
			r, n = utf8.DecodeRune(b[i:])
			switch {
			case r >= 0x80 && r <= 0x9F:
				st.controls++
			case r == 0xFEFF:
				st.boms++
			default: // U+FFFE, U+FFFF, or a surrogate in ill-formed input
				st.nonchars++
			}
		}
		start = i + n
		i = nextDirty(b, start, &special)
	}
	sb.Write(b[start:])
	return sb.String(), st
}

// scanUTF8 reports whether b is valid UTF-8 and, if it is, the index of the
// first byte that starts something clean changes (see dirtyAt), or len(b).
// It is utf8.Valid and nextDirty in one pass over the bytes: each rune is
// read once, which on Chinese text is what costs.
func scanUTF8(b []byte) (dirty int, valid bool) {
	n := len(b)
	i := 0
	for i < n {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7F {
				return i, utf8.Valid(b[i:])
			}
			i++
			// Runs of printable ASCII go eight bytes at a time.
			for i+8 <= n {
				x := binary.LittleEndian.Uint64(b[i:])
				if x&hi != 0 || (x-0x20*lo)&^x&hi != 0 || hasZeroByte(x^(0x7F*lo)) {
					break
				}
				i += 8
			}
			continue
		}
		switch {
		case c >= 0xE1 && c <= 0xEC || c == 0xEE: // most of the BMP, Chinese among it
			if i+2 >= n || b[i+1]&0xC0 != 0x80 || b[i+2]&0xC0 != 0x80 {
				return 0, false
			}
			i += 3
			// The run of such characters that follows, the bulk of Chinese
			// text, four bytes read at once: a lead byte E1..EC or EE and
			// two continuation bytes.
			for i+4 <= n {
				x := binary.LittleEndian.Uint32(b[i:])
				if x&0xC0C0F0 != 0x8080E0 {
					break
				}
				if l := x & 0xFF; l == 0xE0 || l == 0xED || l == 0xEF {
					break
				}
				i += 3
			}
		case c >= 0xC2 && c <= 0xDF:
			if i+1 >= n || b[i+1]&0xC0 != 0x80 {
				return 0, false
			}
			if c == 0xC2 && b[i+1] <= 0x9F {
				return i, utf8.Valid(b[i:]) // a C1 control
			}
			i += 2
		case c == 0xE0 || c == 0xED || c == 0xEF:
			if i+2 >= n || b[i+2]&0xC0 != 0x80 {
				return 0, false
			}
			switch c1 := b[i+1]; {
			case c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF),
				c == 0xED && (c1 < 0x80 || c1 > 0x9F),
				c == 0xEF && c1&0xC0 != 0x80:
				return 0, false
			case c == 0xEF && dirtyAt(b, i):
				return i, utf8.Valid(b[i:]) // U+FEFF, U+FFFE, U+FFFF
			}
			i += 3
		case c >= 0xF0 && c <= 0xF4:
			if i+3 >= n || b[i+2]&0xC0 != 0x80 || b[i+3]&0xC0 != 0x80 {
				return 0, false
			}
			switch c1 := b[i+1]; {
			case c == 0xF0 && (c1 < 0x90 || c1 > 0xBF),
				c == 0xF4 && (c1 < 0x80 || c1 > 0x8F),
				c1&0xC0 != 0x80:
				return 0, false
			}
			i += 4
		default:
			return 0, false
		}
	}
	return n, true
}

// nextDirty returns the index of the first byte from i on that starts
// something clean changes, or len(b). It tests eight bytes at a time and
// looks at single bytes only where the test says they may be dirty.
func nextDirty(b []byte, i int, special *[256]bool) int {
	first := i
	for i < len(b) {
		for i+8 <= len(b) && !mayBeDirty(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		// The test sees the last bytes of EF BB BF and EF BF BE/BF: their
		// EF may stand up to two bytes before the word.
		end := min(i+8, len(b))
		for k := max(i-2, first); k < end; k++ {
			if special[b[k]] && dirtyAt(b, k) {
				return k
			}
		}
		i = end
	}
	return len(b)
}

// dirtyAt reports whether the special byte b[i] starts something clean
// changes.
func dirtyAt(b []byte, i int) bool {
	switch b[i] {
	case 0xC2: // U+0080..U+009F
		return i+1 < len(b) && b[i+1] <= 0x9F
	case 0xED: // surrogates, only in ill-formed input
		return i+1 < len(b) && b[i+1] >= 0xA0
	case 0xEF: // U+FEFF, U+FFFE, U+FFFF
		return i+2 < len(b) && (b[i+1] == 0xBB && b[i+2] == 0xBF || b[i+1] == 0xBF && b[i+2] >= 0xBE)
	}
	return true
}

// Word-at-a-time tests on eight bytes at once: lo has 0x01 in every byte,
// hi 0x80.
const (
	lo = 0x0101010101010101
	hi = 0x8080808080808080
)

// hasZeroByte reports whether some byte of x is zero.
func hasZeroByte(x uint64) bool { return (x-lo)&^x&hi != 0 }

// mayBeDirty reports whether the eight bytes in x may hold something clean
// changes: a control below 0x20 (tab and LF among them, as a cheap
// superset), DEL, the lead byte C2, or BF, which ends U+FEFF and
// U+FFFF and stands inside U+FFFE (looking for their lead byte EF would stop
// at every full-width comma). It may report true for clean bytes, never
// false for a word holding a dirty byte or the BF of one that starts before
// it. It does not look for ED: a surrogate is ill-formed UTF-8, and clean
// reads valid UTF-8.
func mayBeDirty(x uint64) bool {
	// A byte below 0x20: subtracting 0x20 borrows into its high bit, which
	// was clear.
	if (x-0x20*lo)&^x&hi != 0 {
		return true
	}
	return hasZeroByte(x^(0x7F*lo)) || hasZeroByte(x^(0xC2*lo)) || hasZeroByte(x^(0xBF*lo))
}
