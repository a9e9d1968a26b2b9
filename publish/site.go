package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/paperfeed/paperfeed/feed"
)

// WriteSite writes every output of snap under dir for a static web server:
// atom.xml, rss.xml, feed.json, index.html and articles/{id}.html, each
// beside its gzip twin (name.gz, for nginx's gzip_static) and with its
// Last-Modified as modification time. Each file is replaced atomically (a
// temporary file renamed over it) and left alone when its bytes are already
// right. Article pages (and their .gz) no longer in snap are removed; other
// files in dir are not touched.
func WriteSite(dir string, snap *feed.Snapshot) error {
	articles := filepath.Join(dir, feed.ArticlesDir)
	if err := os.MkdirAll(articles, 0o755); err != nil {
		return fmt.Errorf("publish: write %s: %w", dir, err)
	}
	keep := make(map[string]bool)
	for _, f := range snap.Files() {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := writeFile(path, f.Body, f.Modified); err != nil {
			return err
		}
		if f.Gzip != nil {
			err := writeFile(path+".gz", f.Gzip, f.Modified)
			if err != nil {
				return err
			}
		} else if err := os.Remove(path + ".gz"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("publish: %w", err)
		}
		if filepath.Dir(path) == articles {
			keep[filepath.Base(path)], keep[filepath.Base(path)+".gz"] = true, true
		}
	}
	des, err := os.ReadDir(articles)
	if err != nil {
		return fmt.Errorf("publish: write %s: %w", dir, err)
	}
	for _, de := range des {
		name := de.Name()
		if keep[name] || !de.Type().IsRegular() || !feed.IsPageFile(name) {
			continue
		}
		if err := os.Remove(filepath.Join(articles, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("publish: remove stale page: %w", err)
		}
	}
	return nil
}

// writeFile replaces path with data atomically, unless it already holds
// data, and sets its modification time to mtime when mtime is not zero.
func writeFile(path string, data []byte, mtime time.Time) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return setMtime(path, mtime)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("publish: write %s: %w", path, err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("publish: write %s: %w", path, err)
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
		return fmt.Errorf("publish: write %s: %w", path, err)
	}
	return nil
}

func setMtime(path string, mtime time.Time) error {
	if mtime.IsZero() {
		return nil
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		return fmt.Errorf("publish: write %s: %w", path, err)
	}
	return nil
}
