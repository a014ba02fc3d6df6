//go:build !unix

package article

import "os"

// readTextFile reads the whole file at path.
func readTextFile(path string) ([]byte, error) { return os.ReadFile(path) }
