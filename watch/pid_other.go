//go:build !unix

package watch

// processGone reports false: this platform cannot tell, so no fence folder
// is taken for stale.
func processGone(int) bool { return false }
