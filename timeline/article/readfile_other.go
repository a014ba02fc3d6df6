//go:build !unix

package article

import "os"

// regularFile is an open regular file.
type regularFile struct {
	*os.File
	size int64
}

// openRegular opens path for reading when it is a regular file, following
// symbolic links, and fails with a *FileKindError for anything else.
func openRegular(path string) (regularFile, error) {
	info, err := os.Stat(path)
	if err != nil {
		return regularFile{}, err
	}
	if !info.Mode().IsRegular() {
		return regularFile{}, &FileKindError{Kind: fileKind(info.Mode())}
	}
	f, err := os.Open(path)
	if err != nil {
		return regularFile{}, err
	}
	return regularFile{File: f, size: info.Size()}, nil
}
