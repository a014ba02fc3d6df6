package timelinebeam

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/merge"
)

// The last step is global and small: merge.Finish gives the events their
// final ids and order, and the renderer of `dateline build` writes them,
// so that the file is byte for byte the one `dateline build` writes.

func init() {
	register.DoFn4x1[context.Context, []byte, func(*eventBatch) bool, func(*article.Stats) bool, error](&writeFn{})
	register.Iter1[eventBatch]()
	register.Iter1[article.Stats]()
}

// ErrNothingRead fails a run that read no article, as `dateline build`
// fails: an empty timeline of a misspelt bucket is not a result. It
// reaches the launcher as text, inside the runner's error.
var ErrNothingRead = errors.New("no article could be read")

// writeFn finishes the timeline and writes it to Output in Format. It
// runs once, on the one element of an impulse.
type writeFn struct {
	Format string
	Output string
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, events func(*eventBatch) bool, stats func(*article.Stats) bool) error {
	var total article.Stats
	var st article.Stats
	for stats(&st) {
		total.Add(st)
	}
	if total.Read == 0 {
		return fmt.Errorf("%w (%d files, %d skipped); %s was not written", ErrNothingRead, total.Files, total.Skipped, f.Output)
	}
	var all []timeline.Event
	var b eventBatch
	for events(&b) {
		all = append(all, b.Events...)
	}
	tl := merge.Finish(timeline.Timeline{Events: all})
	r, err := render.Lookup(f.Format)
	if err != nil {
		return err
	}
	return writeAtomically(ctx, f.Output, func(w io.Writer) error { return r.Render(w, &tl) })
}

// writeAtomically writes a file so that it appears whole or not at all:
// a local file is written beside the target and renamed over it; a file
// of another filesystem is written locally first and copied there only
// once complete (an object store makes an object visible when it is
// closed).
func writeAtomically(ctx context.Context, path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if hasScheme(path) {
		dir = ""
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if !hasScheme(path) {
		if err := tmp.Sync(); err != nil {
			tmp.Close()
			return fmt.Errorf("writing %s: %w", path, err)
		}
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		// CreateTemp makes the file 0600; an output file is an ordinary file.
		_ = os.Chmod(tmp.Name(), 0o644)
		if err := os.Rename(tmp.Name(), path); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	}
	defer tmp.Close()
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return copyTo(ctx, path, tmp)
}

// copyTo copies r to path on its Beam filesystem.
func copyTo(ctx context.Context, path string, r io.Reader) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
