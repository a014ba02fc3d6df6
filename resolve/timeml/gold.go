package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// Span is one temporal expression, gold or system, as the scorer sees it:
// a byte span into a document's text plus the TimeML type and value.
type Span struct {
	// Start and End are byte offsets into the document text, End exclusive.
	Start, End int
	// Text is the covered text. For gold spans it is text[Start:End]; for
	// system spans it is whatever the system reported, and appears only in
	// error lines.
	Text string
	// Type is the TimeML type as written (DATE, TIME, DURATION, SET); it is
	// a plain string because gold files may hold anything.
	Type string
	// Value is the TimeML value as written.
	Value string
	// TID is the TimeML tid attribute of a gold span; empty for system spans.
	TID string
}

// Doc is one TimeML gold document.
type Doc struct {
	// Name is the file's base name; scores and error lines are keyed by it.
	Name string
	// ID is the content of <DOCID>, empty when the file has none.
	ID string
	// DCT is the document creation time: the first ten characters of the
	// value of the TIMEX3 whose functionInDocument is CREATION_TIME.
	DCT date.Date
	// Text is the content of <TEXT> with every tag removed and entities
	// decoded. The tagger under test reads exactly this text.
	Text string
	// Gold is every <TIMEX3> inside <TEXT>, in document order, with byte
	// offsets into Text.
	Gold []Span
}

// These patterns are those of timeml_score.py, so that both read a file
// the same way. A tag is "<", an optional "/", a name, anything up to the
// first ">", with an optional "/" before it.
var (
	tagPattern   = regexp.MustCompile(`(?s)<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>`)
	timexPattern = regexp.MustCompile(`<TIMEX3([^>]*)>`)
	textPattern  = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	docIDPattern = regexp.MustCompile(`(?s)<DOCID>(.*?)</DOCID>`)
	// attrPattern accepts double- and single-quoted values; the script
	// accepts only double quotes (and would read a single-quoted value as
	// empty).
	attrPattern = regexp.MustCompile(`([A-Za-z_:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	// strayTag finds the start of a tag that the tag pattern could not
	// complete: "<" then a name or "/" with no ">" after it.
	strayTag = regexp.MustCompile(`<[/A-Za-z0-9_]`)
)

// ReadGold reads the TimeML file at path. See ParseGold for what it
// extracts and which files it rejects.
func ReadGold(path string) (Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, err
	}
	d, err := ParseGold(path, data)
	if err != nil {
		return Doc{}, err
	}
	d.Name = filepath.Base(path)
	return d, nil
}

// ParseGold parses the TimeML document data; name becomes Doc.Name and
// starts every error message.
//
// The text is the content between the first <TEXT> and the last </TEXT>,
// with every tag removed and HTML/XML entities decoded; gold spans are byte
// offsets into that text. The DCT is the first ten characters of the value
// of the first TIMEX3 (anywhere in the file) whose functionInDocument is
// CREATION_TIME. This is how timeml_score.py reads a file.
//
// Unlike the script, ParseGold refuses a file it would have to guess about,
// with an error naming the file, the line and what was expected: data that
// is not UTF-8, no <TEXT> element, no creation time or one that is not a
// YYYY-MM-DD date, a TIMEX3 opened inside another or never closed, a
// </TIMEX3> with no opening tag, a TIMEX3 without type or value, and a "<"
// that starts a tag never closed by ">". An empty <TIMEX3 .../> (TimeML uses
// those for implicit times) covers no text and is skipped; the script would
// pair it with the next </TIMEX3>.
func ParseGold(name string, data []byte) (Doc, error) {
	doc := Doc{Name: name}
	fail := func(offset int, format string, args ...any) (Doc, error) {
		line := 1 + bytes.Count(data[:offset], []byte("\n"))
		return Doc{}, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	if !utf8.Valid(data) {
		bad := firstInvalidUTF8(data)
		return fail(bad, "not valid UTF-8 (byte 0x%02x at offset %d); TimeML files are UTF-8", data[bad], bad)
	}

	dct, dctAt, found := "", 0, false
	for _, m := range timexPattern.FindAllSubmatchIndex(data, -1) {
		a := attributes(data[m[2]:m[3]])
		if a["functionInDocument"] == "CREATION_TIME" {
			dct, dctAt, found = a["value"], m[0], true
			break
		}
	}
	if !found {
		return fail(0, `no document creation time: expected a <TIMEX3 functionInDocument="CREATION_TIME" value="YYYY-MM-DD">`)
	}
	day := dct
	if len(day) > 10 {
		day = day[:10]
	}
	d, err := date.Parse("2006-01-02", day)
	if err != nil {
		return fail(dctAt, "creation time value %q: expected a date YYYY-MM-DD (optionally followed by a time)", dct)
	}
	doc.DCT = d

	if m := docIDPattern.FindSubmatch(data); m != nil {
		doc.ID = strings.TrimSpace(unescape(string(m[1])))
	}

	tm := textPattern.FindSubmatchIndex(data)
	if tm == nil {
		return fail(0, "no <TEXT> element: expected the document text between <TEXT> and </TEXT>")
	}
	bodyAt := tm[2]
	body := data[tm[2]:tm[3]]

	var text strings.Builder
	text.Grow(len(body))
	type open struct {
		start, at int // text offset of the span; file offset of the tag
		attrs     map[string]string
	}
	var cur *open
	pos := 0
	addPiece := func(piece []byte, at int) error {
		if m := strayTag.FindIndex(piece); m != nil {
			_, err := fail(at+m[0], "malformed tag: %q starts a tag that no '>' closes", piece[m[0]:m[1]])
			return err
		}
		text.WriteString(unescape(string(piece)))
		return nil
	}
	for _, t := range tagPattern.FindAllSubmatchIndex(body, -1) {
		if err := addPiece(body[pos:t[0]], bodyAt+pos); err != nil {
			return Doc{}, err
		}
		pos = t[1]
		if string(body[t[4]:t[5]]) != "TIMEX3" {
			continue
		}
		at := bodyAt + t[0]
		closing, selfClosing := t[3] > t[2], t[9] > t[8]
		switch {
		case selfClosing && !closing:
			continue // an empty TIMEX3 marks no text
		case closing && cur == nil:
			return fail(at, "</TIMEX3> without an opening <TIMEX3>")
		case closing:
			doc.Gold = append(doc.Gold, Span{
				Start: cur.start, End: text.Len(),
				Type: cur.attrs["type"], Value: cur.attrs["value"], TID: cur.attrs["tid"],
			})
			cur = nil
		case cur != nil:
			outer := 1 + bytes.Count(data[:cur.at], []byte("\n"))
			return fail(at, "<TIMEX3> inside another <TIMEX3> (opened on line %d): expected </TIMEX3> first", outer)
		default:
			a := attributes(body[t[6]:t[7]])
			for _, need := range []string{"type", "value"} {
				if _, ok := a[need]; !ok {
					return fail(at, "<TIMEX3> has no %s attribute", need)
				}
			}
			cur = &open{start: text.Len(), at: at, attrs: a}
		}
	}
	if err := addPiece(body[pos:], bodyAt+pos); err != nil {
		return Doc{}, err
	}
	if cur != nil {
		return fail(cur.at, "<TIMEX3 tid=%q> is never closed: expected </TIMEX3> before </TEXT>", cur.attrs["tid"])
	}
	doc.Text = text.String()
	for i := range doc.Gold {
		g := &doc.Gold[i]
		g.Text = doc.Text[g.Start:g.End]
	}
	return doc, nil
}

// attributes parses name="value" pairs; the last of repeated names wins.
// Values are entity-decoded, as XML requires (the script leaves them as
// written; TimeML values never hold entities in practice).
func attributes(b []byte) map[string]string {
	a := map[string]string{}
	for _, m := range attrPattern.FindAllSubmatch(b, -1) {
		v := m[2]
		if v == nil {
			v = m[3]
		}
		a[string(m[1])] = unescape(string(v))
	}
	return a
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return 0
}

// ReadDir reads every file whose name ends in ".tml" in dir, in name order.
// A file that cannot be read or parsed does not stop the others: its error
// is joined into err and the documents that could be read are returned.
// An unreadable dir, or one with no .tml file, is an error with no docs.
func ReadDir(dir string) (docs []Doc, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tml") && e.Type()&fs.ModeDir == 0 {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .tml files: expected TimeML gold documents named *.tml", dir)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		d, err := ReadGold(filepath.Join(dir, n))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errors.Join(errs...)
}
