package feed

import (
	"crypto/sha1"
	"encoding/hex"
)

// nsURL is the name space UUID for URLs, from RFC 9562 appendix A.
const nsURL = "\x6b\xa7\xb8\x11\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4\x30\xc8"

// nameUUID returns the name-based (version 5, SHA-1) UUID of name in the URL
// name space, as RFC 9562 section 5.5 defines it.
func nameUUID(name string) string {
	h := sha1.New()
	h.Write([]byte(nsURL))
	h.Write([]byte(name))
	s := h.Sum(nil)[:16]
	s[6] = s[6]&0x0f | 0x50 // version 5
	s[8] = s[8]&0x3f | 0x80 // variant 10x
	var b [36]byte
	hex.Encode(b[0:8], s[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], s[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], s[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], s[8:10])
	b[23] = '-'
	hex.Encode(b[24:36], s[10:16])
	return string(b[:])
}

// EntryID returns the id every format gives the article with the stable id
// itemID: the Atom <id>, the RSS <guid> and the JSON Feed id. It is
// "urn:uuid:" and the name-based UUID of "urn:paperfeed:article:" + itemID,
// so it depends on nothing but itemID: not the base URL, the clock, the
// process or the feed the article appears in.
func EntryID(itemID string) string {
	return "urn:uuid:" + nameUUID("urn:paperfeed:article:"+itemID)
}

// feedID returns the Atom id of the feed whose (current) URL is u.
func feedID(u string) string {
	return "urn:uuid:" + nameUUID(u)
}

// validID reports whether id is a well-formed article id: 1 to 64 lowercase
// hex digits. Only such ids become paths and file names.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
