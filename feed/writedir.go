package feed

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ArticlesDir is the folder under WriteDir's dir that holds article pages.
const ArticlesDir = "articles"

// WriteDir writes every output of the snapshot under dir: atom.xml,
// rss.xml, feed.json, index.html and articles/{id}.html, each beside its
// gzip twin (name.gz, for nginx's gzip_static) and with its Last-Modified
// as modification time. Each file is replaced atomically (a temporary file
// renamed over it) and left alone when its bytes are already right. Article
// pages (and their .gz) no longer in the snapshot are removed; other files
// in dir are not touched.
//
// The feeds link articles as /articles/{id}; a static server maps that to
// articles/{id}.html, as nginx does with
//
//	location /articles/ { try_files $uri $uri.html =404; }
func (s *Snapshot) WriteDir(dir string) error {
	articles := filepath.Join(dir, ArticlesDir)
	if err := os.MkdirAll(articles, 0o755); err != nil {
		return fmt.Errorf("feed: write %s: %w", dir, err)
	}
	for name, res := range map[string]*Resource{
		AtomPath: s.atom, RSSPath: s.rss, JSONPath: s.json, "index.html": s.index,
	} {
		if err := writeResource(filepath.Join(dir, name), res); err != nil {
			return err
		}
	}
	keep := make(map[string]bool, 2*len(s.ids))
	for _, id := range s.ids {
		name := id + ".html"
		keep[name], keep[name+".gz"] = true, true
		if err := writeResource(filepath.Join(articles, name), s.pages[id].res); err != nil {
			return err
		}
	}
	des, err := os.ReadDir(articles)
	if err != nil {
		return fmt.Errorf("feed: write %s: %w", dir, err)
	}
	for _, de := range des {
		name := de.Name()
		if keep[name] || !de.Type().IsRegular() || !isPageFile(name) {
			continue
		}
		if err := os.Remove(filepath.Join(articles, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("feed: remove stale page: %w", err)
		}
	}
	return nil
}

// isPageFile reports whether name is one WriteDir writes for an article:
// {id}.html or {id}.html.gz.
func isPageFile(name string) bool {
	name = strings.TrimSuffix(name, ".gz")
	id, ok := strings.CutSuffix(name, ".html")
	return ok && validID(id)
}

// writeResource writes a resource and its gzip twin, or removes a stale
// twin when the resource has none.
func writeResource(path string, r *Resource) error {
	if err := writeFile(path, r.body, r.modified); err != nil {
		return err
	}
	if r.gz == nil {
		if err := os.Remove(path + ".gz"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("feed: %w", err)
		}
		return nil
	}
	return writeFile(path+".gz", r.gz, r.modified)
}

// writeFile replaces path with data atomically, unless it already holds
// data, and sets its modification time to mtime when mtime is not zero.
func writeFile(path string, data []byte, mtime time.Time) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return setMtime(path, mtime)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("feed: write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err1 := f.Close(); err == nil {
		err = err1
	}
	if err == nil {
		err = setMtime(tmp, mtime)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("feed: write %s: %w", path, err)
	}
	return nil
}

func setMtime(path string, mtime time.Time) error {
	if mtime.IsZero() {
		return nil
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		return fmt.Errorf("feed: write %s: %w", path, err)
	}
	return nil
}
