package article

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// zhText is a made-up page in Chinese: one paragraph per line, full-width
// punctuation, a few digits.
const zhText = "区图书馆开设夜间阅览室\n\n" +
	"本报讯 为方便上班族读书，区图书馆从11月起开设夜间阅览室，每周二至周六开放到晚上九点。" +
	"阅览室设有300多个座位，提供免费无线网络和充电插座。\n\n" +
	"馆长介绍，夜间阅览室开放一个月以来，已接待读者两千余人次，其中青年读者占六成以上。" +
	"不少读者说，下班后有个安静的地方看书学习，心里很踏实。\n\n" +
	"下一步，图书馆还将在各街道增设20个自助借还点，让居民在家门口就能借到书。（记者 王晓明）\n"

// enText is a made-up page in English.
const enText = "Library opens its doors at night\n\n" +
	"By JANE DOE\n\n" +
	"The district library now stays open until 9 p.m. from Tuesday to Saturday, " +
	"with 300 seats, free wireless access and chargers for every desk.\n"

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

var (
	utf16LE    = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16BE    = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	utf16LEBOM = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16BEBOM = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
)

type decodeCase struct {
	name     string
	in       []byte
	text     string
	enc      string
	warnings []string
}

func decodeCases(t testing.TB) []decodeCase {
	crlf := strings.ReplaceAll(zhText, "\n", "\r\n")
	// zhText with the bytes at three rune boundaries replaced by junk.
	damaged, damagedWant := []byte{}, ""
	for i, part := range strings.SplitAfterN(zhText, "。", 4) {
		if i > 0 {
			damaged = append(damaged, 0xFF)
			damagedWant += "\uFFFD"
		}
		damaged = append(damaged, part...)
		damagedWant += part
	}
	// Hard-wrapped, indented with U+3000, with many characters whose UTF-16
	// has a zero byte (一 U+4E00, 开 U+5F00, U+3000).
	indented := strings.Repeat("\u3000\u3000一开始，一家一户开一个小店，一天一天开下去。\n一年开一次会，一次开一天。\n", 6)
	return []decodeCase{
		{name: "empty", in: nil, text: "", enc: "UTF-8"},
		{name: "ASCII", in: []byte(enText), text: enText, enc: "UTF-8"},
		{name: "UTF-8 Chinese", in: []byte(zhText), text: zhText, enc: "UTF-8"},
		{name: "UTF-8 BOM", in: join([]byte("\uFEFF"), []byte(zhText)), text: zhText, enc: "UTF-8"},
		{name: "UTF-8 BOM only", in: []byte("\uFEFF"), text: "", enc: "UTF-8"},
		{name: "UTF-8 BOM CRLF", in: []byte("\uFEFF" + crlf), text: zhText, enc: "UTF-8"},
		{name: "CRLF", in: []byte("a\r\nb\r\n\r\nc"), text: "a\nb\n\nc", enc: "UTF-8"},
		{name: "lone CR", in: []byte("a\rb\r\rc\r"), text: "a\nb\n\nc\n", enc: "UTF-8"},
		{name: "mixed line ends", in: []byte("a\r\nb\rc\nd\n\r"), text: "a\nb\nc\nd\n\n", enc: "UTF-8"},
		{name: "tab kept", in: []byte("a\tb"), text: "a\tb", enc: "UTF-8"},
		{
			name: "C0 controls removed", in: []byte("a\x00b\x01c\x1bd\x0ce\x7ff\n"), text: "abcdef\n", enc: "UTF-8",
			warnings: []string{"removed 5 control characters"},
		},
		{
			name: "C1 control removed", in: []byte("报\u0085道"), text: "报道", enc: "UTF-8",
			warnings: []string{"removed 1 control character"},
		},
		{
			name: "noncharacters removed", in: []byte("a\uFFFEb\uFFFFc"), text: "abc", enc: "UTF-8",
			warnings: []string{"removed 2 noncharacters (U+FFFE, U+FFFF or a lone surrogate)"},
		},
		{
			name: "inner BOM removed", in: []byte("第一段\n\uFEFF第二段"), text: "第一段\n第二段", enc: "UTF-8",
			warnings: []string{"removed 1 byte order mark (U+FEFF) inside the text"},
		},
		{
			name: "valid rare characters kept", in: []byte("\uFDD0 \U0001F4F0 \U00020BB7 \u3000x"), text: "\uFDD0 \U0001F4F0 \U00020BB7 \u3000x", enc: "UTF-8",
		},
		{
			name: "UTF-8 with 3 bad bytes", in: damaged, text: damagedWant, enc: "UTF-8",
			warnings: []string{"3 undecodable bytes replaced with U+FFFD (read as UTF-8)"},
		},
		{
			name: "UTF-8 cut inside a character", in: []byte(zhText + "\xe5\x9b"), text: zhText + "\uFFFD", enc: "UTF-8",
			warnings: []string{"2 undecodable bytes replaced with U+FFFD (read as UTF-8)"},
		},
		{
			name: "UTF-8 encoded surrogate", in: []byte(zhText + "\xed\xa0\x80"), text: zhText + "\uFFFD\uFFFD\uFFFD", enc: "UTF-8",
			warnings: []string{"3 undecodable bytes replaced with U+FFFD (read as UTF-8)"},
		},
		{
			name: "junk bytes only", in: []byte{0xFF, 0xFF}, text: "\uFFFD\uFFFD", enc: "UTF-8",
			warnings: []string{"2 undecodable bytes replaced with U+FFFD (read as UTF-8)"},
		},
		{
			// Windows-1252 quotes and accents are not GB18030 either.
			name: "English with stray high bytes", in: []byte("\x93Caf\xe9 R\xe9sum\xe9,\x94 he said.\n"),
			text: "\uFFFDCaf\uFFFD R\uFFFDsum\uFFFD,\uFFFD he said.\n", enc: "UTF-8",
			warnings: []string{"5 undecodable bytes replaced with U+FFFD (read as UTF-8)"},
		},
		{name: "GBK", in: encode(t, simplifiedchinese.GBK, zhText), text: zhText, enc: "GB18030"},
		{name: "GBK CRLF", in: encode(t, simplifiedchinese.GBK, crlf), text: zhText, enc: "GB18030"},
		{name: "GB2312 characters only", in: encode(t, simplifiedchinese.GBK, "本报讯 今天天气晴。\n"), text: "本报讯 今天天气晴。\n", enc: "GB18030"},
		{
			name: "GB18030 four-byte characters", in: encode(t, simplifiedchinese.GB18030, zhText+"记者 吉\U00020BB7 €\n"),
			text: zhText + "记者 吉\U00020BB7 €\n", enc: "GB18030",
		},
		{
			name: "GBK few Chinese words in English", in: encode(t, simplifiedchinese.GBK, "The delegation from 嘉定 visited on Monday.\n"),
			text: "The delegation from 嘉定 visited on Monday.\n", enc: "GB18030",
		},
		{
			name: "GBK with a bad byte", in: join(encode(t, simplifiedchinese.GBK, "本报讯 今天"), []byte{0xFF}, encode(t, simplifiedchinese.GBK, "天气晴。")),
			text: "本报讯 今天\uFFFD天气晴。", enc: "GB18030",
			warnings: []string{"1 undecodable byte replaced with U+FFFD (read as GB18030)"},
		},
		{
			name: "GBK with control characters", in: encode(t, simplifiedchinese.GBK, "本报讯\x00 今天\x08天气晴。"),
			text: "本报讯 今天天气晴。", enc: "GB18030",
			warnings: []string{"removed 2 control characters"},
		},
		{name: "UTF-16LE BOM", in: encode(t, utf16LEBOM, zhText), text: zhText, enc: "UTF-16LE"},
		{name: "UTF-16BE BOM", in: encode(t, utf16BEBOM, zhText), text: zhText, enc: "UTF-16BE"},
		{name: "UTF-16LE BOM CRLF", in: encode(t, utf16LEBOM, crlf), text: zhText, enc: "UTF-16LE"},
		{name: "UTF-16BE BOM English", in: encode(t, utf16BEBOM, enText), text: enText, enc: "UTF-16BE"},
		{name: "UTF-16LE BOM empty", in: []byte{0xFF, 0xFE}, text: "", enc: "UTF-16LE"},
		{
			name: "UTF-16LE BOM odd length", in: join(encode(t, utf16LEBOM, "版面"), []byte{0x41}), text: "版面\uFFFD", enc: "UTF-16LE",
			warnings: []string{"1 undecodable byte replaced with U+FFFD (read as UTF-16LE)"},
		},
		{
			name: "UTF-16BE BOM lone surrogate", in: join(encode(t, utf16BEBOM, "版"), []byte{0xD8, 0x00}, encode(t, utf16BE, "面")), text: "版\uFFFD面", enc: "UTF-16BE",
			warnings: []string{"2 undecodable bytes replaced with U+FFFD (read as UTF-16BE)"},
		},
		{
			name: "UTF-16LE BOM control characters", in: encode(t, utf16LEBOM, "a\x01b\uFFFFc"), text: "abc", enc: "UTF-16LE",
			warnings: []string{"removed 1 control character", "removed 1 noncharacter (U+FFFE, U+FFFF or a lone surrogate)"},
		},
		{
			name: "UTF-16LE without BOM", in: encode(t, utf16LE, zhText), text: zhText, enc: "UTF-16LE",
			warnings: []string{"no byte order mark: read as UTF-16LE from its zero bytes"},
		},
		{
			name: "UTF-16BE without BOM", in: encode(t, utf16BE, crlf), text: zhText, enc: "UTF-16BE",
			warnings: []string{"no byte order mark: read as UTF-16BE from its zero bytes"},
		},
		{
			name: "UTF-16LE without BOM English", in: encode(t, utf16LE, enText), text: enText, enc: "UTF-16LE",
			warnings: []string{"no byte order mark: read as UTF-16LE from its zero bytes"},
		},
		{
			name: "UTF-16LE without BOM indented", in: encode(t, utf16LE, indented), text: indented, enc: "UTF-16LE",
			warnings: []string{"no byte order mark: read as UTF-16LE from its zero bytes"},
		},
		{
			name: "UTF-16BE without BOM indented", in: encode(t, utf16BE, indented), text: indented, enc: "UTF-16BE",
			warnings: []string{"no byte order mark: read as UTF-16BE from its zero bytes"},
		},
		{
			name: "GBK with stray NULs", in: bytes.ReplaceAll(encode(t, simplifiedchinese.GBK, zhText), []byte("\n"), []byte("\x00\n")),
			text: zhText, enc: "GB18030",
			warnings: []string{"removed 7 control characters"},
		},
		{
			// Stray NULs in UTF-8 are control characters, not UTF-16.
			name: "UTF-8 with stray NULs", in: []byte("ab\x00cd\x00ef\x00gh\x00ij\x00"), text: "abcdefghij", enc: "UTF-8",
			warnings: []string{"removed 5 control characters"},
		},
		{
			name: "UTF-8 padded with zeros", in: append([]byte(zhText), make([]byte, 64)...), text: zhText, enc: "UTF-8",
			warnings: []string{"removed 64 control characters"},
		},
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, warnings := decode(tc.in)
			if text != tc.text || enc != tc.enc {
				t.Errorf("decode(%q) = %q, %q, want %q, %q", tc.in, text, enc, tc.text, tc.enc)
			}
			if !slices.Equal(warnings, tc.warnings) {
				t.Errorf("decode(%q) warnings = %q, want %q", tc.in, warnings, tc.warnings)
			}
		})
	}
}

// TestDecodePrefersDamagedUTF8 checks the score on a whole page: UTF-8 with a
// bad byte every so often stays UTF-8, and the same page in GBK is GB18030.
func TestDecodePrefersDamagedUTF8(t *testing.T) {
	page := strings.Repeat(zhText, 20)
	for _, every := range []int{50, 200, 1000} {
		in := []byte(page)
		bad := 0
		for i := every; i < len(in); i += every {
			in[i] = 0xFF
			bad++
		}
		text, enc, warnings := decode(in)
		if enc != "UTF-8" {
			t.Errorf("decode(page with a bad byte every %d) encoding = %q, want UTF-8", every, enc)
		}
		if n := strings.Count(text, "\uFFFD"); n < bad {
			t.Errorf("decode(page with a bad byte every %d) has %d U+FFFD, want at least %d", every, n, bad)
		}
		if len(warnings) == 0 || !strings.Contains(warnings[0], "undecodable bytes replaced") {
			t.Errorf("decode(page with a bad byte every %d) warnings = %q, want undecodable bytes", every, warnings)
		}
	}
	gbk := encode(t, simplifiedchinese.GBK, page)
	if text, enc, _ := decode(gbk); enc != "GB18030" || text != page {
		t.Errorf("decode(GBK page) = %q, %q, want the page, GB18030", text[:40], enc)
	}
}

func TestDecodeSamplePage(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "seeds", "000_e3f3a7dec7c7eba1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := string(raw)
	for _, tc := range []struct {
		name string
		in   []byte
		enc  string
	}{
		{"UTF-8", raw, "UTF-8"},
		{"GBK", encode(t, simplifiedchinese.GBK, want), "GB18030"},
		{"GB18030", encode(t, simplifiedchinese.GB18030, want), "GB18030"},
		{"UTF-16LE", encode(t, utf16LEBOM, want), "UTF-16LE"},
		{"UTF-16BE", encode(t, utf16BEBOM, want), "UTF-16BE"},
		{"UTF-16LE without BOM", encode(t, utf16LE, want), "UTF-16LE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, _ := decode(tc.in)
			if text != want || enc != tc.enc {
				t.Errorf("decode(sample page as %s) = %d bytes, %q, want %d bytes, %q", tc.name, len(text), enc, len(want), tc.enc)
			}
		})
	}
}

func TestReadLimited(t *testing.T) {
	errRead := errors.New("disk on fire")
	tests := []struct {
		name    string
		r       io.Reader
		max     int64
		want    string
		wantErr error
	}{
		{name: "empty", r: strings.NewReader(""), max: 10, want: ""},
		{name: "under", r: strings.NewReader("abc"), max: 10, want: "abc"},
		{name: "exactly max", r: strings.NewReader("0123456789"), max: 10, want: "0123456789"},
		{name: "one over", r: strings.NewReader("0123456789X"), max: 10, wantErr: ErrTooLarge},
		{name: "one over, size unknown", r: iotest.OneByteReader(strings.NewReader("0123456789X")), max: 10, wantErr: ErrTooLarge},
		{name: "far over, size unknown", r: io.LimitReader(zeros{}, 1<<20), max: 1000, wantErr: ErrTooLarge},
		{name: "exactly max, size unknown", r: iotest.HalfReader(strings.NewReader("0123456789")), max: 10, want: "0123456789"},
		{name: "default limit", r: bytes.NewReader(make([]byte, DefaultMaxSize+1)), max: 0, wantErr: ErrTooLarge},
		{name: "read error", r: iotest.ErrReader(errRead), max: 10, wantErr: errRead},
		{name: "error after data", r: io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(errRead)), max: 10, wantErr: errRead},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := readLimited(tc.r, tc.max)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("readLimited(%d) error = %v, want %v", tc.max, err, tc.wantErr)
				}
				return
			}
			if err != nil || string(b) != tc.want {
				t.Errorf("readLimited(%d) = %q, %v, want %q, nil", tc.max, b, err, tc.want)
			}
		})
	}
}

// zeros reads as an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestReadLimitedErrorNamesLimit(t *testing.T) {
	_, err := readLimited(strings.NewReader("too long"), 4)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "4 bytes") {
		t.Errorf("readLimited(8 bytes, 4) error = %v, want ErrTooLarge naming 4 bytes", err)
	}
}

func TestReadLimitedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte(zhText), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		max     int64
		wantErr error
	}{{int64(len(zhText)), nil}, {int64(len(zhText) - 1), ErrTooLarge}} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := readLimited(f, tc.max)
		f.Close()
		if !errors.Is(err, tc.wantErr) || (err == nil && string(b) != zhText) {
			t.Errorf("readLimited(file of %d bytes, %d) = %d bytes, %v, want %v", len(zhText), tc.max, len(b), err, tc.wantErr)
		}
	}
}

// forbidden reports whether XML 1.0 forbids r, or decode promises to remove it.
func forbidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r == '\r', r >= 0x7F && r <= 0x9F:
		return true
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r == 0xFEFF:
		return true
	}
	return false
}

func FuzzDecode(f *testing.F) {
	for _, tc := range decodeCases(f) {
		f.Add(tc.in)
	}
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00})
	f.Add([]byte{0x81, 0x30, 0x81})
	f.Add([]byte{0xFE, 0x39, 0xFE, 0x39})
	f.Fuzz(func(t *testing.T, in []byte) {
		text, enc, _ := decode(in)
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q) = %q, not valid UTF-8", in, text)
		}
		for i, r := range text {
			if forbidden(r) {
				t.Fatalf("decode(%q) = %q, has %U at %d", in, text, r, i)
			}
		}
		switch enc {
		case "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030":
		default:
			t.Fatalf("decode(%q) encoding = %q, not one decode names", in, enc)
		}
		// Valid UTF-8 without zero bytes is always read as UTF-8, and only
		// loses the characters clean removes.
		if utf8.Valid(in) && bytes.IndexByte(in, 0) < 0 {
			if enc != "UTF-8" {
				t.Fatalf("decode(%q) encoding = %q, want UTF-8", in, enc)
			}
			want := strings.Map(func(r rune) rune {
				if r == '\r' || forbidden(r) {
					return -1
				}
				return r
			}, string(in))
			if got := strings.ReplaceAll(text, "\n", ""); got != strings.ReplaceAll(want, "\n", "") {
				t.Fatalf("decode(%q) = %q, want %q but for line ends", in, text, want)
			}
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	page := strings.Repeat(zhText, 1<<18/len(zhText))
	inputs := []struct {
		name string
		in   []byte
	}{
		{"UTF-8", []byte(page)},
		{"UTF-8 CRLF", []byte(strings.ReplaceAll(page, "\n", "\r\n"))},
		{"GB18030", encode(b, simplifiedchinese.GB18030, page)},
		{"UTF-16LE", encode(b, utf16LEBOM, page)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.in)))
			for b.Loop() {
				decode(in.in)
			}
		})
	}
	// The floor: the cost of only checking the same bytes are UTF-8.
	b.Run("utf8.Valid", func(b *testing.B) {
		in := []byte(page)
		b.SetBytes(int64(len(in)))
		for b.Loop() {
			utf8.Valid(in)
		}
	})
}

// TestNextDirty checks the word-at-a-time search of clean against a byte
// by byte one, with the characters it removes at every offset around the
// eight-byte words and inside CJK text full of EF lead bytes.
func TestNextDirty(t *testing.T) {
	var special [256]bool
	for c := range 0x20 {
		special[c] = c != '\t' && c != '\n'
	}
	special[0x7F], special[0xC2], special[0xED], special[0xEF] = true, true, true, true
	slow := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if special[b[i]] && dirtyAt(b, i) {
				return i
			}
		}
		return len(b)
	}
	dirt := []string{"\uFEFF", "\uFFFE", "\uFFFF", "\u0085", "\x7F", "\r", "\x00"}
	clean := []string{"，", "中文", "ab", "\n", "\t", "·", "\uFFFD", "（）"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, clean[rng.IntN(len(clean))]...)
		}
		if rng.IntN(2) == 0 {
			b = append(b, dirt[rng.IntN(len(dirt))]...)
		}
		for range rng.IntN(6) {
			b = append(b, clean[rng.IntN(len(clean))]...)
		}
		from := rng.IntN(len(b) + 1)
		if got, want := nextDirty(b, from, &special), slow(b, from); got != want {
			t.Fatalf("nextDirty(%q, %d) = %d, want %d", b, from, got, want)
		}
	}
}

// TestScanUTF8 checks the one-pass scan of decode against utf8.Valid and
// nextDirty: the same verdict on validity and, for valid text, the same
// first dirty byte. Inputs mix clean and dirty characters of every UTF-8
// length with ill-formed sequences, truncated ones and surrogates.
func TestScanUTF8(t *testing.T) {
	var special [256]bool
	for c := range 0x20 {
		special[c] = c != '\t' && c != '\n'
	}
	special[0x7F], special[0xC2], special[0xED], special[0xEF] = true, true, true, true
	parts := []string{
		"，", "中文", "abcdefghij", "\n", "\t", "·", "é", "\uFFFD", "（）", "𠀋", "\u0800", "\uFFFD",
		"\uFEFF", "\uFFFE", "\uFFFF", "\u0085", "\u00A0", "\x7F", "\r", "\x00", "\x1F",
		"\xED\xA0\x80", "\xE0\x80\xAF", "\xF4\x90\x80\x80", "\xF0\x8F\xBF\xBF", "\xC0\xAF",
		"\xE4\xB8", "\xF0\x9F", "\xC3", "\x80", "\xFF", "\xEF\xBF", "\xEF\xC0\xBF",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b []byte
		for range rng.IntN(16) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		dirty, valid := scanUTF8(b)
		if want := utf8.Valid(b); valid != want {
			t.Fatalf("scanUTF8(%q) valid = %v, want %v", b, valid, want)
		}
		if !valid {
			continue
		}
		if want := nextDirty(b, 0, &special); dirty != want {
			t.Fatalf("scanUTF8(%q) = %d, want %d", b, dirty, want)
		}
	}
}
