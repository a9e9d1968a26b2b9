// Package feed renders paperfeed's articles as Atom 1.0, RSS 2.0 and JSON
// Feed 1.1 documents and as HTML pages, and serves them over HTTP.
//
// Render turns a list of Items into a Snapshot: every output with its bytes,
// its gzip bytes, a strong ETag and a Last-Modified time, built once. A
// Snapshot never changes after Render returns; Handler serves the current one
// through an atomic pointer, so a request never sees a half-built state, and
// Files lists its outputs as the files of a static site.
//
// The feeds are built with github.com/gorilla/feeds, whose gaps (no rel=self,
// no published dates, no xml:lang, random ids, names in RSS e-mail fields, no
// empty JSON items) are made up for in gorilla.go, the only file that uses it.
//
// Every URL in the outputs is absolute, built from Config.BaseURL, and every
// id is derived from the article's stable id (see EntryID), so it never
// changes between renders, restarts or machines.
package feed
