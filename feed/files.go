package feed

import (
	"strings"
	"time"
)

// ArticlesDir is the folder of a static site that holds article pages.
const ArticlesDir = "articles"

// File is one output of a snapshot as a static site holds it.
type File struct {
	// Path is relative to the site's root, slash-separated: "atom.xml",
	// "index.html", "articles/{id}.html".
	Path     string
	Body     []byte
	Gzip     []byte    // the gzip twin's bytes (Path + ".gz"); nil when none
	Modified time.Time // the file's modification time: its Last-Modified
}

// Files returns every output of the snapshot as files of a static site:
// atom.xml, rss.xml, feed.json, index.html and articles/{id}.html. The
// feeds link articles as /articles/{id}; a static server maps that to
// articles/{id}.html, as nginx does with try_files $uri $uri.html. The
// caller must not modify the bytes.
func (s *Snapshot) Files() []File {
	files := make([]File, 0, 4+len(s.ids))
	for _, f := range []struct {
		path string
		res  *Resource
	}{{AtomPath, s.atom}, {RSSPath, s.rss}, {JSONPath, s.json}, {"index.html", s.index}} {
		files = append(files, File{Path: f.path, Body: f.res.body, Gzip: f.res.gz, Modified: f.res.modified})
	}
	for _, id := range s.ids {
		res := s.pages[id].res
		files = append(files, File{Path: ArticlesDir + "/" + id + ".html", Body: res.body, Gzip: res.gz, Modified: res.modified})
	}
	return files
}

// IsPageFile reports whether name, a file in ArticlesDir, is one a snapshot
// makes for an article: {id}.html or its gzip twin {id}.html.gz.
func IsPageFile(name string) bool {
	name = strings.TrimSuffix(name, ".gz")
	id, ok := strings.CutSuffix(name, ".html")
	return ok && validID(id)
}
