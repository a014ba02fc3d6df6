package timelinebeam

import (
	"context"
	"fmt"
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
// the workers (a reshuffle), and each file is read and its articles
// extracted where it lands (readFn), with the code and options of
// `dateline build`.

func init() {
	beam.RegisterType(reflect.TypeFor[article.Stats]())
	register.DoFn3x1[context.Context, string, func([]string), error](&expandFn{})
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
// a folder walked in name order for *.txt, *.json, *.jsonl and *.ndjson);
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
// and still many enough to spread.
const (
	batchFiles = 64
	batchBytes = 8 << 20
)

// expandFn turns each path given into batches of the files to read.
type expandFn struct{}

func (expandFn) ProcessElement(ctx context.Context, path string, emit func([]string)) error {
	var batch []string
	var size int64
	for _, f := range listFiles(ctx, path, func(err error) { skip(ctx, err) }) {
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

// skip reports something that could not be read, as `dateline build`
// does, and counts it.
func skip(ctx context.Context, err error) {
	articlesSkipped.Inc(ctx, 1)
	log.Warnf(ctx, "dateline-beam: skipped %v", err)
}

// readFn reads a batch of files and extracts the mentions of their
// articles.
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
	yield := func(a timeline.Article) { found = append(found, f.x.Extract(a)...) }
	report := func(err error) { log.Warnf(ctx, "dateline-beam: skipped %v", err) }
	var st article.Stats
	for _, path := range files {
		if hasScheme(path) {
			st.Add(readRemote(ctx, path, f.opt, yield, report))
		} else {
			st.Add(article.ReadFile(path, f.opt, yield, report))
		}
	}
	if len(found) > 0 {
		mentionsFound.Inc(ctx, int64(len(found)))
		emit(mentionBatch{found})
	}
	filesRead.Inc(ctx, int64(st.Files))
	articlesRead.Inc(ctx, int64(st.Read))
	articlesSkipped.Inc(ctx, int64(st.Skipped))
	notEnglish.Inc(ctx, int64(st.NotEnglish))
	bytesRead.Inc(ctx, st.Bytes)
	stats(st)
}

// readRemote reads a file of a Beam filesystem with article.ReadFrom.
func readRemote(ctx context.Context, path string, opt article.ReadOptions, yield func(timeline.Article), report func(error)) article.Stats {
	fail := func(err error) article.Stats {
		report(&article.ReadError{Path: path, Err: err})
		return article.Stats{Files: 1, Skipped: 1}
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fail(err)
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return fail(err)
	}
	defer r.Close()
	return article.ReadFrom(path, r, opt, yield, report)
}

// statsFn adds up the reading counts of every file.
type statsFn struct{}

func (statsFn) MergeAccumulators(a, b article.Stats) article.Stats {
	a.Add(b)
	return a
}
