package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// output is where a command writes its data: stdout, or a file written
// atomically. A file output goes to a temporary file beside the target and is
// renamed over it only when the command succeeds, so a failed or interrupted
// run never leaves half a file behind.
type output struct {
	*bufio.Writer
	path string   // "" for stdout
	tmp  *os.File // the temporary file when path is a regular file
	// direct is the device or pipe written in place (no rename possible).
	direct *os.File
}

// openOutput opens path for writing ("" or "-" means stdout).
func openOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// A device or a named pipe (-o /dev/null) cannot be replaced by a
		// rename: write to it directly.
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("cannot write %s: %w", path, err)
		}
		return &output{Writer: bufio.NewWriterSize(f, 64<<10), path: path, direct: f}, nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", path, err)
	}
	return &output{Writer: bufio.NewWriterSize(tmp, 64<<10), path: path, tmp: tmp}, nil
}

// commit flushes the data and, for a file, moves it into place.
func (o *output) commit() error {
	if err := o.Flush(); err != nil {
		o.abort()
		return fmt.Errorf("writing %s: %w", o.name(), err)
	}
	if o.direct != nil {
		return o.direct.Close()
	}
	if o.tmp == nil {
		return nil
	}
	if err := o.tmp.Sync(); err != nil {
		o.abort()
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if err := o.tmp.Close(); err != nil {
		os.Remove(o.tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	// CreateTemp makes the file 0600; an output file is an ordinary file.
	_ = os.Chmod(o.tmp.Name(), 0o644)
	if err := os.Rename(o.tmp.Name(), o.path); err != nil {
		os.Remove(o.tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// abort discards a file output; the target is left as it was.
func (o *output) abort() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}

func (o *output) name() string {
	if o.path == "" {
		return "stdout"
	}
	return o.path
}
