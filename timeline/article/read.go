package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// ReadOptions controls how articles are read.
type ReadOptions struct {
	// DateOrder says how to read all-numeric dates such as "02/01/2022".
	// The zero value refuses them when both readings are possible.
	DateOrder DateOrder
	// DefaultDate is used as the publication date of an article that has
	// none and no dated dateline. When it is date.Zero such an article is
	// skipped, because its relative dates ("on Thursday") cannot be anchored.
	DefaultDate date.Date
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// AnyLanguage reads articles whatever their language. By default an
	// article that is not in English is skipped with a *LanguageError:
	// extraction reads English, and would find nothing in it without
	// saying why.
	AnyLanguage bool
	// MaxArticleSize is the largest article read, in bytes: a text file,
	// an HTML page, one JSON record or line, one feed item. Larger ones
	// are skipped with a *SizeError, and no more than MaxArticleSize+1
	// bytes of one are ever held, whatever the input (a device, a pipe
	// that never ends). 0 means DefaultMaxArticleSize.
	MaxArticleSize int64
	// Exclude names files that a folder walk leaves out, reporting them:
	// the output being written by the same run, which must not be read
	// back as input on the next.
	Exclude []string
}

// DefaultMaxArticleSize is the size limit of one article when
// ReadOptions.MaxArticleSize is 0: far above any news article (a long
// one is 50 KB), low enough that a mistaken input cannot take the
// machine's memory.
const DefaultMaxArticleSize = 64 << 20

// maxArticleSize is the limit in force.
func (o ReadOptions) maxArticleSize() int64 {
	if o.MaxArticleSize > 0 {
		return o.MaxArticleSize
	}
	return DefaultMaxArticleSize
}

// ReadError is an article, record or file that could not be read: where it
// is and why. Line is the line of a text or JSON Lines file (0 when it does
// not apply); Record is the 1-based index of a record in a JSON array (0
// when it does not apply); Field names the field or header line at fault.
type ReadError struct {
	Path   string
	Line   int
	Record int
	Field  string
	Err    error
}

// Error formats as "path:line: field "date": cannot read …" or
// "path: record 3: field "text": …", leaving out what is not known.
func (e *ReadError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Record > 0 {
		fmt.Fprintf(&b, "record %d: ", e.Record)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ReadError) Unwrap() error { return e.Err }

// Errors a ReadError may wrap, for errors.Is.
var (
	ErrEmpty     = errors.New("empty file")
	ErrBinary    = errors.New("binary file (contains NUL bytes), not an article")
	ErrUTF16     = errors.New("UTF-16 text (starts with a UTF-16 byte-order mark); convert it to UTF-8")
	ErrNoDate    = errors.New("no publication date and no dated dateline; give a default date to read it anyway")
	ErrNoText    = errors.New("article has no text")
	ErrWrongType = errors.New("wrong JSON type")
	// ErrTooLarge is wrapped by *SizeError.
	ErrTooLarge = errors.New("article too large")
	// ErrNotRegular is wrapped by *FileKindError.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTimeline is wrapped by *TimelineError.
	ErrTimeline = errors.New("a timeline JSON document, not an article")
	// ErrIsOutput marks a file a folder holds that is this run's output.
	ErrIsOutput = errors.New("the output file of this run; not read as input")
	// ErrNotFeed is an XML file that is neither an RSS nor an Atom feed.
	ErrNotFeed = errors.New("XML but not an RSS or Atom feed")
)

// errUTF16NoBOM is UTF-16 recognised by its zero bytes.
var errUTF16NoBOM = &detailError{ErrUTF16, "UTF-16 text without a byte-order mark (every other byte is zero); convert it to UTF-8"}

// detailError says more than the error it wraps.
type detailError struct {
	base error
	msg  string
}

func (e *detailError) Error() string { return e.msg }
func (e *detailError) Unwrap() error { return e.base }

// SizeError is an article, record or feed item larger than
// ReadOptions.MaxArticleSize. Size is its size when it is known (a
// regular file), else -1: reading stopped one byte past the limit.
type SizeError struct {
	Limit, Size int64
}

func (e *SizeError) Error() string {
	if e.Size >= 0 {
		return fmt.Sprintf("%s, more than the limit of %s per article (--max-article-size)", FormatSize(e.Size), FormatSize(e.Limit))
	}
	return fmt.Sprintf("larger than the limit of %s per article (--max-article-size)", FormatSize(e.Limit))
}

func (e *SizeError) Unwrap() error { return ErrTooLarge }

// FileKindError is a path that is not a regular file: a named pipe, a
// device, a socket. Only regular files are read, because the others may
// never end (/dev/zero) or never begin (a pipe nobody writes to).
type FileKindError struct {
	Kind string // "a named pipe (FIFO)", "a character device" …
	// Link is true when the path is a symbolic link to such a file.
	Link bool
	// Named is true when the path was given by the user rather than
	// found in a folder: then the message says how to read a pipe.
	Named bool
}

func (e *FileKindError) Error() string {
	what := e.Kind
	if e.Link {
		what = "a symbolic link to " + what
	}
	msg := "not a regular file but " + what + "; only regular files are read"
	if e.Named && (e.Kind == kindFIFO || e.Kind == kindCharDevice) {
		msg += " (give - to read standard input)"
	}
	return msg
}

func (e *FileKindError) Unwrap() error { return ErrNotRegular }

// The kinds of file a FileKindError names.
const (
	kindFIFO        = "a named pipe (FIFO)"
	kindCharDevice  = "a character device"
	kindBlockDevice = "a block device"
	kindSocket      = "a socket"
	kindFolder      = "a folder"
	kindOther       = "a special file"
)

// fileKind names the type of a file mode.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return kindFIFO
	case m&fs.ModeCharDevice != 0:
		return kindCharDevice
	case m&fs.ModeDevice != 0:
		return kindBlockDevice
	case m&fs.ModeSocket != 0:
		return kindSocket
	case m.IsDir():
		return kindFolder
	}
	return kindOther
}

// TimelineError is a timeline JSON document (what `dateline build -f
// json` writes) read where articles were expected.
type TimelineError struct {
	Schema string // the document's "schema"
}

func (e *TimelineError) Error() string {
	if e.Schema != timeline.Schema {
		return fmt.Sprintf("a timeline JSON document of schema %q, which this version does not read (it reads %q), not an article", e.Schema, timeline.Schema)
	}
	return fmt.Sprintf("a timeline JSON document (schema %q), not an article; dateline query and show read it", e.Schema)
}

func (e *TimelineError) Unwrap() error { return ErrTimeline }

// FormatSize writes a byte count for people: "64 MB", "1.5 KB", "12 bytes"
// (a KB is 1024 bytes, as --max-article-size reads it).
func FormatSize(n int64) string {
	units := []string{"bytes", "KB", "MB", "GB", "TB"}
	v, u := float64(n), 0
	for v >= 1024 && u < len(units)-1 {
		v /= 1024
		u++
	}
	if u == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), units[u])
	}
	return fmt.Sprintf("%.1f %s", v, units[u])
}

// Stats counts what Read did.
type Stats struct {
	Files   int   // files opened (stdin counts as one)
	Read    int   // articles read and passed on
	Skipped int   // articles, records or files that could not be read
	Bytes   int64 // bytes read from files and stdin
	// NotEnglish counts the skipped articles that are not in English.
	NotEnglish int
}

// skip counts an article skipped for err.
func (s *Stats) skip(err error) {
	s.Skipped++
	var le *LanguageError
	if errors.As(err, &le) {
		s.NotEnglish++
	}
}

// checkLanguage is the error of an article that is not in English, nil
// for one that is (or when opt reads any language).
func checkLanguage(a *timeline.Article, opt ReadOptions) error {
	if opt.AnyLanguage {
		return nil
	}
	text := a.Body
	if len(text) > languageSample {
		text = text[:languageSample]
	}
	lang := Language(text)
	if lang == "" { // a short body: the headline helps
		lang = Language(a.Headline + "\n" + text)
	}
	if lang != "" && lang != "en" {
		return &LanguageError{Lang: lang}
	}
	return nil
}

// Add adds the counts of o to s, for callers that read in parallel.
func (s *Stats) Add(o Stats) {
	s.Files += o.Files
	s.Read += o.Read
	s.Skipped += o.Skipped
	s.Bytes += o.Bytes
	s.NotEnglish += o.NotEnglish
}

// articleExtensions are the file endings read when walking a directory;
// other files there (README.md, SOURCE.md, images, a saved page's
// scripts) are not articles. The content decides the format (see
// sniffFormat), except that a .json, .jsonl or .ndjson file is JSON
// whatever it holds: an error in it is reported as JSON.
var articleExtensions = map[string]fileFormat{
	".txt":    formatSniff,
	".json":   formatJSON,
	".jsonl":  formatJSONLines,
	".ndjson": formatJSONLines,
	".html":   formatSniff,
	".htm":    formatSniff,
	".xhtml":  formatSniff,
	".xml":    formatSniff,
	".rss":    formatSniff,
	".atom":   formatSniff,
	".rdf":    formatSniff,
}

// feedExtensions are the endings of the files read before the others, so
// that a saved page can stand for the feed item that links to it however
// the files are named (see ReadContext).
var feedExtensions = map[string]bool{".xml": true, ".rss": true, ".atom": true, ".rdf": true}

// fileFormat is how a file's content is laid out.
type fileFormat int

const (
	formatSniff     fileFormat = iota // decide from the content (sniffFormat)
	formatText                        // headline, date, body
	formatJSON                        // one object, an array of objects, or JSON Lines
	formatJSONLines                   // one object per line
	formatHTML                        // a saved web page
	formatFeed                        // an RSS or Atom feed
	formatXML                         // XML that is not a feed
)

// Read reads the articles in paths, calling yield for each article and
// report for each thing that could not be read, and returns the counts.
// It is ReadContext without a way to stop it.
func Read(paths []string, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	return ReadContext(context.Background(), paths, opt, yield, report)
}

// ReadContext reads the articles in paths, calling yield for each article
// and report for each thing that could not be read, and returns the
// counts. It stops, between two files, records or feed items, when ctx is
// done.
//
// A path may be a file, a directory or "-" for standard input. Only
// regular files are read: a named pipe, a device or a socket, named or
// reached through a symbolic link, is reported (*FileKindError).
// Directories are walked recursively in lexical order, reading only the
// files whose endings articleExtensions lists and skipping names that
// begin with "." and the files of opt.Exclude. A file named explicitly is
// read whatever its ending.
//
// Formats are told by content: JSON (an object, an array, JSON Lines),
// an RSS or Atom feed (each item an article), an HTML page (its main
// text), else a plain-text article. Feed files (.xml, .rss, .atom, .rdf)
// are read before the others, and an item that links to a page given
// among the inputs takes that page's text (see readPage); the other items
// are passed on after the last file.
//
// No article larger than opt.MaxArticleSize is read, and no more than
// that limit plus one byte of it is held (*SizeError). Nothing is dropped
// silently: every unreadable file, record or article is passed to report
// as a *ReadError, and reading goes on with the rest.
func ReadContext(ctx context.Context, paths []string, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	rd := newReader(ctx, opt, yield, report)
	files := listFiles(paths, opt.Exclude, func(err error) { rd.st.Skipped++; report(err) })
	for _, p := range FeedsFirst(files) {
		rd.readPath(p)
	}
	rd.flushItems()
	return rd.st
}

// ListFiles expands paths into the files Read would read, in Read's order:
// each path in the order given, directories walked in lexical order. Paths
// that do not exist or are not regular files are passed to report and
// left out.
func ListFiles(paths []string, report func(error)) []string {
	return listFiles(paths, nil, report)
}

// listFiles is ListFiles leaving out the files of exclude from folders.
func listFiles(paths, exclude []string, report func(error)) []string {
	var out []string
	ex := newExclusions(exclude)
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			report(&ReadError{Path: p, Err: unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				li, lerr := os.Lstat(p)
				report(&ReadError{Path: p, Err: &FileKindError{Kind: fileKind(info.Mode()), Link: lerr == nil && li.Mode()&fs.ModeSymlink != 0, Named: true}})
				continue
			}
			out = append(out, p)
			continue
		}
		out = append(out, walkFolder(p, ex, report)...)
	}
	return out
}

// walkFolder lists the article files under the folder p.
func walkFolder(p string, ex exclusions, report func(error)) []string {
	var found []string
	// A trailing separator makes WalkDir follow a root that is a
	// symbolic link to a directory; links inside are not followed.
	root := filepath.Clean(p) + string(filepath.Separator)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			report(&ReadError{Path: path, Err: unwrapPathError(err)})
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := articleExtensions[strings.ToLower(filepath.Ext(path))]; !ok {
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
		case t&fs.ModeSymlink != 0:
			// A link is followed only to a regular file.
			info, err := os.Stat(path)
			if err != nil {
				report(&ReadError{Path: path, Err: fmt.Errorf("broken symbolic link: %w", unwrapPathError(err))})
				return nil
			}
			if !info.Mode().IsRegular() {
				report(&ReadError{Path: path, Err: &FileKindError{Kind: fileKind(info.Mode()), Link: true}})
				return nil
			}
		default:
			report(&ReadError{Path: path, Err: &FileKindError{Kind: fileKind(t)}})
			return nil
		}
		if ex.has(path) {
			report(&ReadError{Path: path, Err: ErrIsOutput})
			return nil
		}
		found = append(found, path)
		return nil
	})
	if err != nil {
		report(&ReadError{Path: p, Err: err})
	}
	sort.Strings(found) // WalkDir is lexical already; this makes it a promise
	return found
}

// exclusions are the files a folder walk leaves out (ReadOptions.Exclude).
type exclusions []exclusion

type exclusion struct {
	base, abs string
	info      fs.FileInfo // nil when the file does not exist yet
}

func newExclusions(paths []string) exclusions {
	var ex exclusions
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		e := exclusion{base: filepath.Base(abs), abs: abs}
		if info, err := os.Stat(p); err == nil {
			e.info = info
		}
		ex = append(ex, e)
	}
	return ex
}

// has reports whether path is one of the excluded files: the same path,
// or the same file under another name. Only a file of the same base name
// is looked at closely, so that a walk pays nothing for the check.
func (ex exclusions) has(path string) bool {
	for _, e := range ex {
		if filepath.Base(path) != e.base {
			continue
		}
		if abs, err := filepath.Abs(path); err == nil && abs == e.abs {
			return true
		}
		if e.info != nil {
			if info, err := os.Stat(path); err == nil && os.SameFile(info, e.info) {
				return true
			}
		}
	}
	return false
}

// unwrapPathError drops the "open path:" prefix of an *fs.PathError, since
// ReadError already names the path.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads the articles of one file ("-" for stdin), as Read does.
// It is safe to call from several goroutines on different files.
func ReadFile(path string, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	r := NewReader(opt, yield, report)
	r.ReadFile(path)
	return r.Close()
}

// ReadFrom reads the articles of one file whose content src gives, as
// ReadFile reads the file named path (see Reader.ReadFrom). It is for
// files that are not on the local disk — an object store read by a
// distributed run — so that they give the articles ReadFile would.
func ReadFrom(path string, src io.Reader, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	r := NewReader(opt, yield, report)
	r.ReadFrom(path, src)
	return r.Close()
}

// settle completes what the source left out: it reads the dateline that
// opens the body, fills in the publication date when the source gave none
// (the dateline's own date, else opt.DefaultDate) and names the publisher
// when the source did not (see publisherOf). It reports whether the
// article now has a date, which it needs: without one its relative dates
// cannot be anchored.
func settle(a *timeline.Article, opt ReadOptions) bool {
	a.Dateline, _ = ParseDateline(a.Body, a.Published)
	if a.Published == date.Zero {
		a.Published = a.Dateline.Date
	}
	if a.Published == date.Zero {
		a.Published = opt.DefaultDate
	}
	if a.Publisher == "" {
		a.Publisher = publisherOf(a)
	}
	return a.Published != date.Zero
}

// publisherOf names the publisher of an article whose source does not:
// the host of its URL, else the name of the folder its file is in, since a
// folder of files is one feed ("corpus/kremlin/a.txt" → "kremlin"; a file
// of the working folder, or stdin, → "."). A file of an object store is
// named by an address too ("gs://bucket/kremlin/a.txt"), whose host is a
// bucket, not a publisher: it gets its folder, as it would on disk.
func publisherOf(a *timeline.Article) string {
	for _, u := range []string{a.URL, a.ID} {
		if u == a.ID && namesItsFile(a) {
			continue
		}
		if i := strings.Index(u, "://"); i >= 0 {
			host := u[i+3:]
			if j := strings.IndexAny(host, "/?#"); j >= 0 {
				host = host[:j]
			}
			if host != "" {
				return host
			}
		}
	}
	path := a.Path
	if path == "" {
		path = strings.SplitN(a.ID, "#", 2)[0]
	}
	if path == "" {
		return ""
	}
	return filepath.Base(filepath.Dir(path))
}

// namesItsFile reports whether the article's ID is the name of its file,
// or of a record in it ("feed.jsonl#3"), rather than an address the
// source gave.
func namesItsFile(a *timeline.Article) bool {
	return a.Path != "" && (a.ID == a.Path || strings.HasPrefix(a.ID, a.Path+"#"))
}
