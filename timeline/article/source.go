package article

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// reader reads files one after the other for ReadContext and ReadFile.
type reader struct {
	ctx    context.Context
	opt    ReadOptions
	limit  int64
	yield  func(timeline.Article)
	report func(error)
	st     Stats
	// items are the feed items waiting for the page they link to.
	items heldItems
}

func newReader(ctx context.Context, opt ReadOptions, yield func(timeline.Article), report func(error)) *reader {
	return &reader{ctx: ctx, opt: opt, limit: opt.maxArticleSize(), yield: yield, report: report, items: newHeldItems(opt.maxArticleSize())}
}

// ok passes an article on; bad reports what could not be read.
func (rd *reader) ok(a timeline.Article) { rd.st.Read++; rd.yield(a) }
func (rd *reader) bad(err error)         { rd.st.skip(err); rd.report(err) }

// sniffSize is how much of a file is looked at to tell its format and
// encoding before it is read on.
const sniffSize = 4096

// readPath reads one file, or standard input for "-".
func (rd *reader) readPath(path string) {
	if rd.ctx.Err() != nil {
		return
	}
	rd.st.Files++
	fm := formatOf(path)
	if path == "-" {
		src := rd.opt.Stdin
		if src == nil {
			src = os.Stdin
		}
		rd.readStream(path, fm, src, -1)
		return
	}
	f, err := openRegular(path)
	if err != nil {
		rd.bad(&ReadError{Path: path, Err: unwrapPathError(err)})
		return
	}
	defer f.Close()
	if f.size > rd.limit {
		// It can still hold many articles (JSON Lines, a feed), each
		// read within the limit.
		rd.readStream(path, fm, f, f.size)
		return
	}
	// The common case: the whole file in a buffer of its own size, read
	// with one call, handed over to the parser.
	data, err := readAllLimited(f, f.size, rd.limit)
	rd.st.Bytes += int64(len(data))
	if err != nil {
		rd.bad(&ReadError{Path: path, Err: unwrapPathError(err)})
		return
	}
	rd.readData(path, fm, data)
}

// formatOf is the format a file's ending gives (articleExtensions), or
// formatSniff: for "-" and the endings a folder walk does not read.
func formatOf(path string) fileFormat {
	if path == "-" {
		return formatSniff
	}
	return articleExtensions[strings.ToLower(filepath.Ext(path))]
}

// readStream reads the articles of src, an input whose size is not known
// (size < 0: standard input, an object of a remote store) or larger than
// one article may be (size is the file's), one record or feed item at a
// time within the limit. fm is the format the name gives, or formatSniff.
func (rd *reader) readStream(path string, fm fileFormat, src io.Reader, size int64) {
	cr := &countingReader{r: src}
	defer func() { rd.st.Bytes += cr.n }()
	br := bufio.NewReaderSize(cr, sniffSize)
	head, _ := br.Peek(sniffSize)
	if err := checkEncoding(head); err != nil {
		rd.bad(&ReadError{Path: path, Err: err})
		return
	}
	if fm == formatSniff {
		fm = sniffFormat(head)
	}
	switch fm {
	case formatJSON, formatJSONLines:
		readJSON(rd.ctx, path, br, fm == formatJSONLines, rd.opt, rd.ok, rd.bad)
	case formatFeed:
		rd.readFeed(path, br)
	case formatXML:
		rd.bad(&ReadError{Path: path, Err: ErrNotFeed})
	default:
		if size >= 0 { // one article, larger than the limit: not read
			rd.bad(&ReadError{Path: path, Err: &SizeError{Limit: rd.limit, Size: size}})
			return
		}
		data, err := readAllLimited(br, -1, rd.limit)
		if err != nil {
			rd.bad(&ReadError{Path: path, Err: err})
			return
		}
		rd.readData(path, fm, data)
	}
}

// readData reads the articles of a whole file in memory; data belongs to
// the call. fm is the format the file's ending gives, or formatSniff.
func (rd *reader) readData(path string, fm fileFormat, data []byte) {
	if fm == formatSniff {
		if err := checkEncoding(data[:min(len(data), sniffSize)]); err != nil {
			rd.bad(&ReadError{Path: path, Err: err})
			return
		}
		fm = sniffFormat(data)
	}
	switch fm {
	case formatJSON, formatJSONLines:
		readJSON(rd.ctx, path, bufio.NewReader(bytes.NewReader(data)), fm == formatJSONLines, rd.opt, rd.ok, rd.bad)
	case formatFeed:
		rd.readFeed(path, bytes.NewReader(data))
	case formatXML:
		rd.bad(&ReadError{Path: path, Err: ErrNotFeed})
	case formatHTML:
		rd.readPage(path, data)
	default:
		a, err := parseText(path, data, rd.opt, true)
		if err != nil {
			rd.bad(err)
			return
		}
		rd.ok(a)
	}
}

// readAllLimited reads r to its end, holding no more than limit+1 bytes: a
// longer input is a *SizeError. size, when not negative, is the size the
// file had when it was opened: the buffer is made to measure and reading
// stops once it is full, one read for a whole file.
func readAllLimited[R io.Reader](r R, size, limit int64) ([]byte, error) {
	if size < 0 {
		return readChunks(r, limit)
	}
	data := make([]byte, 0, min(size+1, limit+1))
	for {
		if len(data) == cap(data) {
			// The file grew after it was opened.
			grown := make([]byte, len(data), min(2*int64(cap(data))+4096, limit+1))
			copy(grown, data)
			data = grown
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return nil, &SizeError{Limit: limit, Size: -1}
		}
		if err == io.EOF || int64(len(data)) == size {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// readChunks reads an input of unknown size (a pipe) into chunks of
// growing size, joined once at the end: an input that passes the limit
// costs the limit and no more, with no garbage of buffers outgrown.
func readChunks(r io.Reader, limit int64) ([]byte, error) {
	var chunks [][]byte
	var total int64
	chunk := int64(64 << 10)
	for {
		buf := make([]byte, 0, min(chunk, limit+1-total))
		for len(buf) < cap(buf) {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				return joinChunks(append(chunks, buf), total+int64(len(buf))), nil
			}
			if err != nil {
				return nil, err
			}
		}
		chunks = append(chunks, buf)
		total += int64(len(buf))
		if total > limit {
			return nil, &SizeError{Limit: limit, Size: -1}
		}
		chunk = min(2*chunk, 8<<20)
	}
}

// joinChunks is the chunks as one slice: the first itself when it is the
// only one.
func joinChunks(chunks [][]byte, total int64) []byte {
	if len(chunks) == 1 {
		return chunks[0]
	}
	data := make([]byte, 0, total)
	for _, c := range chunks {
		data = append(data, c...)
	}
	return data
}

// checkEncoding refuses what is not text in an 8-bit encoding: UTF-16,
// with its byte-order mark or without (told by its zero bytes), and
// binary data (a NUL byte anywhere in data).
func checkEncoding(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return ErrUTF16
	}
	if bytes.IndexByte(data, 0) < 0 {
		return nil
	}
	if looksUTF16(data[:min(len(data), sniffSize)]) {
		return errUTF16NoBOM
	}
	return ErrBinary
}

// looksUTF16 reports whether b is UTF-16 text without a byte-order mark:
// text in a Latin script has a zero high byte in most of its code units,
// so one of the two byte positions is mostly zero and the other almost
// never (in binary data, /dev/zero included, zeros fall anywhere).
func looksUTF16(b []byte) bool {
	units := len(b) / 2
	if units < 4 {
		return false
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	mostly := func(z int) bool { return 2*z >= units }
	rarely := func(z int) bool { return 16*z <= units }
	return mostly(zeroOdd) && rarely(zeroEven) || mostly(zeroEven) && rarely(zeroOdd)
}

// sniffFormat tells a file's format from its first bytes: JSON opens
// with '{' or '['; a feed's first element is rss, feed or rdf:RDF; a page
// opens with an HTML doctype or element; anything else is a text article.
func sniffFormat(head []byte) fileFormat {
	t := bytes.TrimLeft(head[:min(len(head), sniffSize)], " \t\r\n\ufeff")
	if len(t) == 0 {
		return formatText
	}
	switch t[0] {
	case '{', '[':
		return formatJSON
	case '<':
		return sniffMarkup(t)
	}
	return formatText
}

// sniffMarkup reads past an XML declaration, comments and a doctype to the
// first element and tells a feed, a page, other XML or text by it.
func sniffMarkup(t []byte) fileFormat {
	low := bytes.ToLower(t)
	xmlDecl := false
	for {
		low = bytes.TrimLeft(low, " \t\r\n")
		if len(low) == 0 || low[0] != '<' {
			break
		}
		var end []byte
		switch {
		case bytes.HasPrefix(low, []byte("<?")):
			xmlDecl = xmlDecl || bytes.HasPrefix(low, []byte("<?xml"))
			end = []byte("?>")
		case bytes.HasPrefix(low, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(low, []byte("<!doctype")):
			if rest := low[len("<!doctype"):]; bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte("html")) {
				return formatHTML
			}
			end = []byte(">")
		default:
			name := low[1:]
			if i := bytes.IndexAny(name, " \t\r\n/>"); i >= 0 {
				name = name[:i]
			}
			switch {
			case feedRoots[string(name)]:
				return formatFeed
			case pageElements[string(name)]:
				return formatHTML
			case xmlDecl:
				return formatXML
			}
			return formatText
		}
		i := bytes.Index(low, end)
		if i < 0 {
			break
		}
		low = low[i+len(end):]
	}
	if xmlDecl {
		return formatXML
	}
	return formatText
}

// feedRoots and pageElements are the first elements of a feed and of a
// page.
var (
	feedRoots    = map[string]bool{"rss": true, "feed": true, "rdf:rdf": true}
	pageElements = map[string]bool{"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true, "base": true, "style": true, "script": true}
)

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

// budgetReader stops a stream of records at a record that is larger than
// the limit: allow sets where the current record starts, and a read more
// than limit+1 bytes past it fails with a *SizeError.
type budgetReader struct {
	r      io.Reader
	limit  int64
	n, end int64 // bytes read; the offset no read may pass
}

func newBudgetReader(r io.Reader, limit int64) *budgetReader {
	return &budgetReader{r: r, limit: limit, end: limit + 1}
}

// allow lets the reader go to limit+1 bytes past offset.
func (b *budgetReader) allow(offset int64) { b.end = offset + b.limit + 1 }

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.n >= b.end {
		return 0, &SizeError{Limit: b.limit, Size: -1}
	}
	if rest := b.end - b.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

// InputBufferSize is the size of the buffer of the reader OpenInput
// returns: what a caller may Peek at before it reads on.
const InputBufferSize = 64 << 10

// OpenInput opens one input to be read as a stream of text: a regular
// file, or stdin for "-". It makes the checks ReadContext makes of a file
// given by name — a named pipe, a device or a link to one is refused with
// a *FileKindError, since it may never end (/dev/zero) or never begin —
// and refuses an input whose first bytes (sniffSize) are binary data or
// UTF-16. It reads no more than one buffer of the input to do so: the
// text may be of any length, and the caller reads it on piece by piece
// (`dateline tag` does, in memory that does not grow with the input).
// closeInput releases the file.
func OpenInput(path string, stdin io.Reader) (r *bufio.Reader, closeInput func() error, err error) {
	var in io.Reader = stdin
	closeInput = func() error { return nil }
	if path != "-" {
		f, err := openNamed(path)
		if err != nil {
			return nil, nil, err
		}
		in, closeInput = f, f.Close
	}
	br := bufio.NewReaderSize(in, InputBufferSize)
	head, err := br.Peek(sniffSize)
	if err == nil || errors.Is(err, io.EOF) {
		err = checkEncoding(head)
	}
	if err != nil {
		closeInput()
		return nil, nil, err
	}
	return br, closeInput, nil
}

// openNamed opens a path the user named as openRegular does, the error
// saying whether the path is a link and, for a pipe or a device, how to
// read standard input instead.
func openNamed(path string) (regularFile, error) {
	f, err := openRegular(path)
	if err != nil {
		var kind *FileKindError
		if errors.As(err, &kind) {
			kind.Named = true
			if info, lerr := os.Lstat(path); lerr == nil {
				kind.Link = info.Mode()&fs.ModeSymlink != 0
			}
		}
		return regularFile{}, unwrapPathError(err)
	}
	return f, nil
}
