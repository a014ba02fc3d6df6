//go:build unix

package article

import "syscall"

// readTextFile reads the whole file at path. It talks to the kernel
// directly: an *os.File costs a poller check, a finalizer and a second
// fstat per file, which on a corpus of many small articles is a good
// share of the reading time. A regular file is read into a slice of its
// own size, and a read that fills it to the size fstat gave ends the
// reading (one read per file instead of two).
func readTextFile(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	size := -1
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG && st.Size < 1<<40 {
		size = int(st.Size)
	}
	data := make([]byte, 0, max(size, 0)+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return data, err
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) == size {
			return data, nil // the whole regular file, as fstat measured it
		}
	}
}
