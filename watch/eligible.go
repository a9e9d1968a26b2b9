package watch

import (
	"path/filepath"
	"strings"
)

// isTempExt reports whether ext (lower case, with its dot) is the extension
// of a file that editors, downloaders and copy tools write before the real
// file exists, or of a backup copy that would only repeat a page already in
// the folder.
func isTempExt(ext string) bool {
	switch ext {
	case ".tmp", ".temp", // generic
		".part", ".partial", // Firefox and many tools
		".crdownload", // Chrome
		".download",   // Safari
		".opdownload", // Opera
		".filepart",   // WinSCP
		".!ut",        // µTorrent
		".!qb",        // qBittorrent
		".aria2",      // aria2 control file
		".crswap",     // Chrome File System Access
		".kate-swp",   // Kate
		".bak":        // backups (sed -i.bak, editors): duplicates of a page
		return true
	}
	// Vim swap files: .swp, then .swo, .swn … down to .swa; .swx for its probe.
	return len(ext) == 4 && ext[:3] == ".sw" && (ext[3] >= 'a' && ext[3] <= 'p' || ext[3] == 'x')
}

// Eligible reports whether a file with this base name is one the watcher
// reports. It rejects hidden names (a leading dot: dot files, rsync's
// .name.XXXXXX temporaries, Emacs's .#name locks, LibreOffice's .~lock files)
// and the temporaries of editors and downloaders: Vim's swap files (.swp,
// .swo, … .swa, .swx) and its 4913 write test, backups ending in ~ and .bak,
// Emacs auto-saves #name#, Office locks ~$name, and .tmp .temp .part .partial
// .crdownload .download .opdownload .filepart .!ut .!qb .aria2 .crswap
// .kate-swp (in any case).
//
// A name with a path separator is not a base name and is not eligible.
func Eligible(name string) bool {
	if name == "" || strings.ContainsRune(name, '/') || strings.ContainsRune(name, filepath.Separator) {
		return false
	}
	switch {
	case name[0] == '.': // hidden, and "." and ".."
		return false
	case name == "4913": // Vim checks it may write in the folder
		return false
	case strings.HasSuffix(name, "~"): // backups
		return false
	case strings.HasPrefix(name, "~$"): // Office owner files
		return false
	case len(name) >= 2 && name[0] == '#' && name[len(name)-1] == '#': // Emacs auto-save
		return false
	}
	return !isTempExt(strings.ToLower(filepath.Ext(name)))
}
