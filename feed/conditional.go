package feed

import (
	"net/http"
	"strings"
	"time"
)

// checkConditions evaluates a request's preconditions against the selected
// representation's ETag and Last-Modified time, in the order of RFC 9110
// section 13.2.2. It returns 412, 304, or 0 to serve the representation.
func checkConditions(r *http.Request, etag string, modified time.Time) int {
	h := r.Header
	if im := h["If-Match"]; im != nil {
		if !matchETag(im, etag, false) {
			return http.StatusPreconditionFailed
		}
	} else if ius := h.Get("If-Unmodified-Since"); ius != "" && !modified.IsZero() {
		if t, err := http.ParseTime(ius); err == nil && modified.After(t) {
			return http.StatusPreconditionFailed
		}
	}
	if inm := h["If-None-Match"]; inm != nil {
		// A revalidating cache sends back the one tag it was given:
		// compare that before parsing the field as a list.
		if (len(inm) == 1 && inm[0] == etag) || matchETag(inm, etag, true) {
			return http.StatusNotModified
		}
		return 0
	}
	if ims := h.Get("If-Modified-Since"); ims != "" && !modified.IsZero() {
		if t, err := http.ParseTime(ims); err == nil && !modified.After(t) {
			return http.StatusNotModified
		}
	}
	return 0
}

// matchETag reports whether any entity-tag in the header field lines
// matches etag (a strong, quoted tag), by weak comparison when weak is true
// (If-None-Match) and by strong comparison otherwise (If-Match). "*"
// matches any tag. A malformed list matches nothing.
func matchETag(lines []string, etag string, weak bool) bool {
	for _, s := range lines {
		for {
			s = strings.TrimLeft(s, " \t,")
			if s == "" {
				break
			}
			if s[0] == '*' {
				return true
			}
			isWeak := false
			if strings.HasPrefix(s, "W/") {
				isWeak = true
				s = s[2:]
			}
			tag, rest, ok := scanETag(s)
			if !ok {
				break
			}
			if tag == etag && (weak || !isWeak) {
				return true
			}
			s = rest
		}
	}
	return false
}

// scanETag reads one opaque-tag ("..." of etagc characters) from the start
// of s and returns it with its quotes, and the rest of s.
func scanETag(s string) (tag, rest string, ok bool) {
	if len(s) < 2 || s[0] != '"' {
		return "", "", false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return s[:i+1], s[i+1:], true
		case c == 0x21 || (c >= 0x23 && c <= 0x7e) || c >= 0x80:
		default:
			return "", "", false
		}
	}
	return "", "", false
}

// acceptsGzip reports whether Accept-Encoding field lines allow gzip: gzip
// (or x-gzip) listed with a non-zero q-value, or not listed and "*" with a
// non-zero q-value. Elements that do not parse are ignored.
func acceptsGzip(lines []string) bool {
	gzipQ, starQ := -1, -1 // q-values in thousandths; -1 when not listed
	for _, s := range lines {
		for s != "" {
			var elem string
			elem, s, _ = strings.Cut(s, ",")
			coding, params, _ := strings.Cut(elem, ";")
			coding = strings.TrimSpace(coding)
			q, ok := qvalue(params)
			if !ok {
				continue
			}
			switch {
			case strings.EqualFold(coding, "gzip"), strings.EqualFold(coding, "x-gzip"):
				gzipQ = max(gzipQ, q)
			case coding == "*":
				starQ = max(starQ, q)
			}
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}

// qvalue returns the q parameter among the ";"-separated params of an
// Accept-Encoding element, in thousandths: 1000 when absent. ok is false
// when it is malformed.
func qvalue(params string) (q int, ok bool) {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		name, value, _ := strings.Cut(p, "=")
		if !strings.EqualFold(strings.TrimSpace(name), "q") {
			continue
		}
		return parseQ(strings.TrimSpace(value))
	}
	return 1000, true
}

// parseQ parses an RFC 9110 qvalue: "0" or "1", optionally followed by "."
// and up to three digits, and at most 1.
func parseQ(s string) (int, bool) {
	if s == "" || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	q := int(s[0]-'0') * 1000
	if len(s) == 1 {
		return q, true
	}
	if s[1] != '.' || len(s) > 5 {
		return 0, false
	}
	scale := 100
	for i := 2; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		q += int(c-'0') * scale
		scale /= 10
	}
	if q > 1000 {
		return 0, false
	}
	return q, true
}
