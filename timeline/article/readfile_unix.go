//go:build unix

package article

import (
	"io"
	"syscall"
)

// regularFile is an open regular file read through the kernel directly:
// an *os.File costs a poller check, a finalizer and a second fstat per
// file, which on a corpus of many small articles is a good share of the
// reading time.
type regularFile struct {
	fd   int
	size int64 // as fstat gave it when the file was opened
}

// openRegular opens path for reading when it is a regular file, following
// symbolic links, and fails with a *FileKindError for anything else.
// O_NONBLOCK makes the open of a named pipe return at once instead of
// waiting for a writer that may never come; fstat on the open file then
// says what it is, so a file swapped for a pipe after it was listed is
// caught too.
func openRegular(path string) (regularFile, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return regularFile{}, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return regularFile{}, err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		syscall.Close(fd)
		return regularFile{}, &FileKindError{Kind: unixFileKind(st.Mode)}
	}
	// Reads of a regular file never block; the flag only mattered for
	// the open.
	_ = syscall.SetNonblock(fd, false)
	return regularFile{fd: fd, size: st.Size}, nil
}

// unixFileKind names the type bits of a stat mode.
func unixFileKind(mode uint32) string {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return kindFIFO
	case syscall.S_IFCHR:
		return kindCharDevice
	case syscall.S_IFBLK:
		return kindBlockDevice
	case syscall.S_IFSOCK:
		return kindSocket
	case syscall.S_IFDIR:
		return kindFolder
	}
	return kindOther
}

func (f regularFile) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f regularFile) Close() error { return syscall.Close(f.fd) }
