package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
)

// output is where a command writes its data: stdout, or a file written
// atomically. A file output goes to a temporary file beside the target and
// is renamed over it only when the command succeeds, so a failed or
// interrupted run never leaves half a file behind, nor the temporary file:
// it is removed on failure and at once when a signal cancels the command's
// context.
//
// The output is opened before the work starts, so that a folder that does
// not exist or cannot be written is reported before a long build, not after.
type output struct {
	*bufio.Writer
	path   string // as given; "" for stdout
	target string // the file written: path, or what a symbolic link at path points to
	// direct is a device or pipe written in place (no rename possible).
	direct *os.File

	mu   sync.Mutex // guards tmp and done against the signal's abort
	tmp  *os.File   // the temporary file when the target is a regular file
	done bool       // committed or aborted
	stop func() bool
}

// openOutput opens path for writing ("" or "-" means stdout). Writes fail
// once ctx is done, so that rendering stops when a signal arrives.
func openOutput(ctx context.Context, path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: bufio.NewWriterSize(ctxWriter{ctx, stdout}, 64<<10)}, nil
	}
	target, err := linkTarget(path)
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", path, err)
	}
	o := &output{path: path, target: target}
	info, err := os.Stat(target)
	switch {
	case err == nil && info.IsDir():
		return nil, fmt.Errorf("cannot write %s: it is a folder", path)
	case err == nil && !info.Mode().IsRegular():
		// A device or a named pipe (-o /dev/null) cannot be replaced by a
		// rename: write to it directly.
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("cannot write %s: %w", path, err)
		}
		o.direct = f
		o.Writer = bufio.NewWriterSize(ctxWriter{ctx, f}, 64<<10)
		return o, nil
	case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	dir := filepath.Dir(target)
	if di, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("cannot write %s: folder %s does not exist", path, dir)
	} else if !di.IsDir() {
		return nil, fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	tmp, err := createTemp(dir, "."+filepath.Base(target)+".tmp-", info)
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	o.tmp = tmp
	o.Writer = bufio.NewWriterSize(ctxWriter{ctx, tmp}, 64<<10)
	o.stop = context.AfterFunc(ctx, o.abort)
	return o, nil
}

// createTemp creates a new file in dir whose name starts with prefix. An
// existing target's permissions carry over to it; a new file gets the
// permissions the umask leaves of 0666, as any file a program creates.
func createTemp(dir, prefix string, existing fs.FileInfo) (*os.File, error) {
	perm := fs.FileMode(0o666)
	if existing != nil {
		perm = 0o600 // until Chmod gives it the target's, whatever the umask
	}
	var random [6]byte
	for range 100 {
		_, _ = rand.Read(random[:])
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(random[:])), os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if existing != nil {
			if err := f.Chmod(existing.Mode().Perm()); err != nil {
				f.Close()
				os.Remove(f.Name())
				return nil, err
			}
		}
		return f, nil
	}
	return nil, errors.New("cannot find a free temporary file name")
}

// linkTarget follows path while it is a symbolic link and returns the
// file it leads to, which may not exist yet: -o LINK writes the link's
// target and leaves the link in place.
func linkTarget(path string) (string, error) {
	p := path
	for range 40 {
		info, err := os.Lstat(p)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// files are the names of the output file, for reading to leave out:
// the path given and, when it is a link, its target.
func (o *output) files() []string {
	switch {
	case o.path == "":
		return nil
	case o.target != o.path:
		return []string{o.path, o.target}
	}
	return []string{o.path}
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
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.done { // aborted by a signal while the data was written
		return fmt.Errorf("writing %s: interrupted", o.path)
	}
	o.done = true
	o.stop()
	fail := func(err error) error {
		os.Remove(o.tmp.Name())
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if err := o.tmp.Sync(); err != nil {
		o.tmp.Close()
		return fail(err)
	}
	if err := o.tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(o.tmp.Name(), o.target); err != nil {
		return fail(err)
	}
	return nil
}

// abort discards a file output; the target is left as it was. It is safe
// to call more than once and from the signal's goroutine.
func (o *output) abort() {
	if o.direct != nil {
		o.direct.Close()
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.tmp == nil || o.done {
		return
	}
	o.done = true
	if o.stop != nil {
		o.stop()
	}
	o.tmp.Close()
	os.Remove(o.tmp.Name())
}

func (o *output) name() string {
	if o.path == "" {
		return "stdout"
	}
	return o.path
}

// ctxWriter fails every write once its context is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := context.Cause(c.ctx); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// ctxReader fails every read once its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := context.Cause(c.ctx); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// unwrapPath drops the "open NAME:" of a *fs.PathError: the message names
// the output already, and the temporary file's name means nothing to
// the user.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isRegularFile reports whether path is a regular file, following links:
// a named pipe or a device is never read whole (the article reader
// reports it).
func isRegularFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
