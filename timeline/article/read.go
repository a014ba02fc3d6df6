package article

import (
	"bufio"
	"bytes"
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
)

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
// other files there (README.md, SOURCE.md, images) are not articles.
var articleExtensions = map[string]fileFormat{
	".txt":    formatText,
	".json":   formatJSON,
	".jsonl":  formatJSONLines,
	".ndjson": formatJSONLines,
}

// fileFormat is how a file's content is laid out.
type fileFormat int

const (
	formatSniff     fileFormat = iota // decide from the first non-space byte
	formatText                        // headline, date, body
	formatJSON                        // one object, an array of objects, or JSON Lines
	formatJSONLines                   // one object per line
)

// Read reads the articles in paths, calling yield for each article and
// report for each thing that could not be read, and returns the counts.
//
// A path may be a file, a directory or "-" for standard input. Directories
// are walked recursively in lexical order, reading only *.txt, *.json,
// *.jsonl and *.ndjson files and skipping names that begin with "." — so
// the order of yield calls is the same on every run. A file named
// explicitly is read whatever its extension: .txt as text, .json/.jsonl/
// .ndjson as JSON, anything else (and stdin) as JSON when its first
// non-space byte is '{' or '[', else as text.
//
// Nothing is dropped silently: every unreadable file, record or article is
// passed to report as a *ReadError, and reading goes on with the rest.
func Read(paths []string, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	var st Stats
	for _, p := range ListFiles(paths, func(err error) { st.Skipped++; report(err) }) {
		st.Add(ReadFile(p, opt, yield, report))
	}
	return st
}

// ListFiles expands paths into the files Read would read, in Read's order:
// each path in the order given, directories walked in lexical order. Paths
// that do not exist are passed to report and left out.
func ListFiles(paths []string, report func(error)) []string {
	var out []string
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
			out = append(out, p)
			continue
		}
		var found []string
		// A trailing separator makes WalkDir follow a root that is a
		// symbolic link to a directory; links inside are not followed.
		root := filepath.Clean(p) + string(filepath.Separator)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
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
			if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 {
				if _, ok := articleExtensions[strings.ToLower(filepath.Ext(path))]; ok {
					found = append(found, path)
				}
			}
			return nil
		})
		if err != nil {
			report(&ReadError{Path: p, Err: err})
		}
		sort.Strings(found) // WalkDir is lexical already; this makes it a promise
		out = append(out, found...)
	}
	return out
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
	st := Stats{Files: 1}
	if path != "-" && articleExtensions[strings.ToLower(filepath.Ext(path))] == formatText {
		// A text file is read whole into a buffer of its own size and
		// handed over to the parser, which keeps it as the article's text.
		data, err := readTextFile(path)
		st.Bytes = int64(len(data))
		if err != nil {
			st.Skipped++
			report(&ReadError{Path: path, Err: unwrapPathError(err)})
			return st
		}
		a, err := parseText(path, data, opt, true)
		if err != nil {
			st.skip(err)
			report(err)
			return st
		}
		st.Read++
		yield(a)
		return st
	}
	var r io.Reader
	if path == "-" {
		r = opt.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			report(&ReadError{Path: path, Err: unwrapPathError(err)})
			st.Skipped++
			return st
		}
		defer f.Close()
		r = f
	}
	return ReadFrom(path, r, opt, yield, report)
}

// ReadFrom reads the articles of one file whose content r gives, as
// ReadFile reads the file named path: path names the articles (their ID,
// Path and publisher) and the errors, and its extension says how the file
// is laid out ("-" and other extensions are sniffed). It is for files
// that are not on the local disk — an object store read by a distributed
// run — so that they give the articles ReadFile would.
func ReadFrom(path string, r io.Reader, opt ReadOptions, yield func(timeline.Article), report func(error)) Stats {
	st := Stats{Files: 1}
	cr := &countingReader{r: r}
	// A small buffer is enough to sniff the format; JSON decoding and
	// whole-file reads bypass it with large reads of their own.
	br := bufio.NewReaderSize(cr, 4096)
	fm := formatSniff
	if path != "-" {
		fm = articleExtensions[strings.ToLower(filepath.Ext(path))]
	}
	if fm == formatSniff {
		fm = sniff(br)
	}
	ok := func(a timeline.Article) { st.Read++; yield(a) }
	bad := func(err error) { st.skip(err); report(err) }
	switch fm {
	case formatJSON, formatJSONLines:
		readJSON(path, br, fm == formatJSONLines, opt, ok, bad)
	default:
		var buf bytes.Buffer
		if f, isFile := r.(*os.File); isFile {
			if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
				buf.Grow(int(info.Size()) + bytes.MinRead)
			}
		}
		if _, err := buf.ReadFrom(br); err != nil {
			bad(&ReadError{Path: path, Err: err})
			break
		}
		a, err := ParseText(path, buf.Bytes(), opt)
		if err != nil {
			bad(err)
			break
		}
		ok(a)
	}
	st.Bytes = cr.n
	return st
}

// sniff peeks at the first non-space bytes: '{' or '[' means JSON.
func sniff(br *bufio.Reader) fileFormat {
	for n := 64; n <= br.Size(); n *= 2 {
		b, err := br.Peek(n)
		// The cut set holds a byte-order mark as well as white space.
		if t := bytes.TrimLeft(b, " \t\r\n\ufeff"); len(t) > 0 {
			if t[0] == '{' || t[0] == '[' {
				return formatJSON
			}
			return formatText
		}
		if err != nil {
			break
		}
	}
	return formatText
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
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
// of the working folder, or stdin, → ".").
func publisherOf(a *timeline.Article) string {
	for _, u := range []string{a.URL, a.ID} {
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
