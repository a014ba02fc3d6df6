package timelinebeam

import (
	"context"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/rickb777/date/v2"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
)

// Reading and extracting are a map over files: the paths given are
// expanded into batches of files (expandFn), the batches are spread over
// the workers (a reshuffle), and each batch is read and its articles
// extracted where it lands (readFn), with the code and options of
// `dateline build`. Files are independent, except that a feed item that
// links to a page among the inputs is read from that page (see
// article.ReadContext): when the inputs hold both feeds and pages, every
// file goes to one batch, read as build reads them.

func init() {
	beam.RegisterType(reflect.TypeFor[article.Stats]())
	register.DoFn3x1[context.Context, []string, func([]string), error](&expandFn{})
	register.DoFn4x0[context.Context, []string, func(mentionBatch), func(article.Stats)](&readFn{})
	register.Emitter1[[]string]()
	register.Emitter1[mentionBatch]()
	register.Emitter1[article.Stats]()
	register.Combiner1[article.Stats](&statsFn{})
}

// Counters of the run, read back by the launcher for its summary line.
var (
	filesRead       = beam.NewCounter(metricsNamespace, "files")
	articlesRead    = beam.NewCounter(metricsNamespace, "articles")
	articlesSkipped = beam.NewCounter(metricsNamespace, "skipped")
	notEnglish      = beam.NewCounter(metricsNamespace, "not_english")
	bytesRead       = beam.NewCounter(metricsNamespace, "bytes")
	mentionsFound   = beam.NewCounter(metricsNamespace, "mentions")
)

// metricsNamespace names the counters and distributions of the pipeline.
const metricsNamespace = "dateline"

// ReadOptions are the reading options of `dateline build`, as data a
// pipeline carries to its workers.
type ReadOptions struct {
	// DateOrder says how to read all-numeric dates such as 02/01/2022:
	// "" refuses the ambiguous ones, "dmy" or "mdy" (--date-order).
	DateOrder string
	// DefaultDate, YYYY-MM-DD, is the publication date of articles that
	// give none (--default-date); "" skips them.
	DefaultDate string
	// AnyLanguage reads articles that are not in English too
	// (--any-language).
	AnyLanguage bool
}

// options checks o and makes the article reading options.
func (o ReadOptions) options() (article.ReadOptions, error) {
	var opt article.ReadOptions
	order, err := article.ParseDateOrder(o.DateOrder)
	if err != nil {
		return opt, fmt.Errorf("date order: %w", err)
	}
	opt.DateOrder = order
	opt.AnyLanguage = o.AnyLanguage
	if o.DefaultDate != "" {
		d, err := date.ParseISO(o.DefaultDate)
		if err != nil {
			return opt, fmt.Errorf("default date: %q is not a date of the form YYYY-MM-DD", o.DefaultDate)
		}
		opt.DefaultDate = d
	}
	return opt, nil
}

// hasScheme reports whether path names a Beam filesystem other than the
// local disk ("gs://bucket/corpus/*.jsonl", "s3://…", "memfs://…").
func hasScheme(path string) bool { return strings.Contains(path, "://") }

// listFiles expands one path into the files to read. A local path is
// expanded as `dateline build` expands it (article.ListFiles: a file, or
// a folder walked in name order for the endings build reads);
// a path on another filesystem is a file or a pattern that filesystem
// matches ("gs://bucket/corpus/**.jsonl"), and every file matched is read.
func listFiles(ctx context.Context, path string, report func(error)) []string {
	if !hasScheme(path) {
		return article.ListFiles([]string{path}, report)
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		report(&article.ReadError{Path: path, Err: err})
		return nil
	}
	defer fs.Close()
	files, err := fs.List(ctx, path)
	if err != nil {
		report(&article.ReadError{Path: path, Err: err})
		return nil
	}
	if len(files) == 0 {
		report(&article.ReadError{Path: path, Err: fmt.Errorf("matches no file")})
	}
	slices.Sort(files)
	return files
}

// A batch of files is read by one worker: up to batchFiles files, fewer
// when the local ones add up to batchBytes (a batch is then about a
// second of extraction). Batches keep the elements few (see mentionBatch)
// and still many enough to spread. A worker passes on the mentions it
// finds every batchMentions, so that one large batch is not one element.
const (
	batchFiles    = 64
	batchBytes    = 8 << 20
	batchMentions = 4096
)

// expandFn turns the paths given, all at once, into batches of the files
// to read. Each file's first bytes are read to tell feeds and pages
// (article.LinkKind): when there are both, all the files are one batch, in
// the order build reads them, so that a page takes the place of the feed
// item that links to it. Otherwise a file named twice is read once: build
// reads it twice and its merge keeps each mention once.
type expandFn struct{}

func (expandFn) ProcessElement(ctx context.Context, paths []string, emit func([]string)) error {
	var files []string
	for _, p := range paths {
		files = append(files, listFiles(ctx, p, func(err error) { skip(ctx, err) })...)
	}
	if linked(ctx, files) {
		emit(files)
		return nil
	}
	seen := map[string]bool{}
	var batch []string
	var size int64
	for _, f := range files {
		if seen[f] {
			continue
		}
		seen[f] = true
		batch = append(batch, f)
		if !hasScheme(f) {
			if info, err := os.Stat(f); err == nil {
				size += info.Size()
			}
		}
		if len(batch) == batchFiles || size >= batchBytes {
			emit(batch)
			batch, size = nil, 0
		}
	}
	if len(batch) > 0 {
		emit(batch)
	}
	return nil
}

// linked reports whether files hold both a feed and a page, told by
// their first bytes. A file that cannot be opened is neither: reading it
// fails wherever it is read.
func linked(ctx context.Context, files []string) bool {
	var feeds, pages bool
	for _, f := range files {
		feed, page := article.LinkKind(f, head(ctx, f))
		feeds, pages = feeds || feed, pages || page
		if feeds && pages {
			return true
		}
	}
	return false
}

// head returns the first article.SniffSize bytes of a file, local or on a
// Beam filesystem; nil when it cannot be read.
func head(ctx context.Context, path string) []byte {
	var r io.ReadCloser
	if hasScheme(path) {
		fs, err := filesystem.New(ctx, path)
		if err != nil {
			return nil
		}
		defer fs.Close()
		if r, err = fs.OpenRead(ctx, path); err != nil {
			return nil
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil
		}
		r = f
	}
	defer r.Close()
	buf := make([]byte, article.SniffSize)
	n, _ := io.ReadFull(r, buf)
	return buf[:n]
}

// skip reports something that could not be read, as `dateline build`
// does, and counts it.
func skip(ctx context.Context, err error) {
	articlesSkipped.Inc(ctx, 1)
	log.Warnf(ctx, "dateline-beam: skipped %v", err)
}

// readFn reads a batch of files with one article.Reader, in the order
// build reads them, and extracts the mentions of their articles.
type readFn struct {
	Options ReadOptions
	opt     article.ReadOptions
	x       extract.Extractor
}

func (f *readFn) Setup() error {
	opt, err := f.Options.options()
	f.opt = opt
	return err
}

func (f *readFn) ProcessElement(ctx context.Context, files []string, emit func(mentionBatch), stats func(article.Stats)) {
	var found []timeline.Mention
	pass := func() {
		if len(found) > 0 {
			mentionsFound.Inc(ctx, int64(len(found)))
			emit(mentionBatch{found})
			found = nil
		}
	}
	yield := func(a timeline.Article) {
		found = append(found, timeline.WithoutInPassing(f.x.Extract(a))...)
		if len(found) >= batchMentions {
			pass()
		}
	}
	report := func(err error) { log.Warnf(ctx, "dateline-beam: skipped %v", err) }
	rd := article.NewReader(f.opt, yield, report)
	for _, path := range article.FeedsFirst(files) {
		if hasScheme(path) {
			readRemote(ctx, rd, path)
		} else {
			rd.ReadFile(path)
		}
	}
	st := rd.Close()
	pass()
	filesRead.Inc(ctx, int64(st.Files))
	articlesRead.Inc(ctx, int64(st.Read))
	articlesSkipped.Inc(ctx, int64(st.Skipped))
	notEnglish.Inc(ctx, int64(st.NotEnglish))
	bytesRead.Inc(ctx, st.Bytes)
	stats(st)
}

// readRemote reads a file of a Beam filesystem with rd.ReadFrom; a file
// that cannot be opened is counted and reported as build reports one.
func readRemote(ctx context.Context, rd *article.Reader, path string) {
	open := func() (io.ReadCloser, func(), error) {
		fs, err := filesystem.New(ctx, path)
		if err != nil {
			return nil, nil, err
		}
		r, err := fs.OpenRead(ctx, path)
		if err != nil {
			fs.Close()
			return nil, nil, err
		}
		return r, func() { r.Close(); fs.Close() }, nil
	}
	r, done, err := open()
	if err != nil {
		rd.Fail(path, err)
		return
	}
	defer done()
	rd.ReadFrom(path, r)
}

// statsFn adds up the reading counts of every file.
type statsFn struct{}

func (statsFn) MergeAccumulators(a, b article.Stats) article.Stats {
	a.Add(b)
	return a
}
