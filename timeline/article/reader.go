package article

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// A Reader reads files one at a time, as ReadContext reads the files its
// paths name: for a caller that lists, opens or spreads the files itself
// (a distributed run reading an object store). A feed item that links to
// a page is held until Close, and a page read before then takes the
// item's place, with the page's text; so a Reader given the files in the
// order FeedsFirst puts them gives the articles ReadContext gives for
// them.
//
// Only a feed and a page read by one Reader are joined. Files read by
// different Readers give the articles one Reader would give unless some
// are feeds and others pages (LinkKind tells them by their first bytes).
// A Reader is not safe for concurrent use; Readers of different files may
// run at once.
type Reader struct{ rd *reader }

// NewReader returns a Reader that calls yield for each article read and
// report for each thing that could not be read.
func NewReader(opt ReadOptions, yield func(timeline.Article), report func(error)) *Reader {
	return &Reader{rd: newReader(context.Background(), opt, yield, report)}
}

// ReadFile reads the file named path ("-" for standard input): only a
// regular file, told by its content, and no article larger than
// opt.MaxArticleSize (see ReadContext).
func (r *Reader) ReadFile(path string) { r.rd.readPath(path) }

// ReadFrom reads a file whose content src gives, as ReadFile reads the
// file named path: path names the articles (their ID, Path and publisher)
// and the errors; its ending says how the file is laid out, as in a folder
// (".json" is JSON whatever it holds; other endings, and "-", are told by
// the content); src is read as standard input is, one article or record at
// a time within opt.MaxArticleSize.
func (r *Reader) ReadFrom(path string, src io.Reader) {
	r.rd.st.Files++
	r.rd.readStream(path, formatOf(path), src, -1)
}

// Fail counts the file named path, which could not be opened, as skipped
// and reports err for it, as ReadFile does for a local file.
func (r *Reader) Fail(path string, err error) {
	r.rd.st.Files++
	r.rd.bad(&ReadError{Path: path, Err: unwrapPathError(err)})
}

// Close passes on the feed items that no page took, in the order they
// were read, and returns the counts of every file read.
func (r *Reader) Close() Stats {
	r.rd.flushItems()
	return r.rd.st
}

// FeedsFirst returns files in the order ReadContext reads them: the feed
// files (those ending in .xml, .rss, .atom or .rdf) first, then the
// others, each in the order given; so a page takes the place of a feed
// item that links to it whatever their names.
func FeedsFirst(files []string) []string {
	out := make([]string, 0, len(files))
	var rest []string
	for _, p := range files {
		if p != "-" && feedExtensions[strings.ToLower(filepath.Ext(p))] {
			out = append(out, p)
		} else {
			rest = append(rest, p)
		}
	}
	return append(out, rest...)
}

// SniffSize is how many of a file's first bytes tell how it is read
// (LinkKind).
const SniffSize = sniffSize

// LinkKind reports whether the file named path, whose content opens with
// head (its first SniffSize bytes, or all of a shorter file), is read as a
// feed or as a saved page. A feed item and the page it links to make one
// article when one Reader reads both; every other file gives the same
// articles read alone. A file whose reading fails (binary data, UTF-16,
// a page too large to parse) may still say page: a caller that reads such
// a file with the feeds loses nothing.
func LinkKind(path string, head []byte) (feed, page bool) {
	fm := formatOf(path)
	if fm == formatJSON || fm == formatJSONLines {
		return false, false
	}
	head = head[:min(len(head), sniffSize)]
	if checkEncoding(head) != nil {
		return false, false
	}
	if fm == formatSniff {
		fm = sniffFormat(head)
	}
	return fm == formatFeed, fm == formatHTML
}
