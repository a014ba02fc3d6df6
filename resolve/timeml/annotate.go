package timeml

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// Annotate returns text with each expression of timexes wrapped in a TIMEX3
// element, and nothing else changed:
//
//	He spoke <TIMEX3 tid="t1" type="DATE" value="2021-12-30">on Thursday</TIMEX3>.
//
// Only the tags are added. Every byte of text outside them, and between
// them, is copied as it is — "<", "&" and invalid UTF-8 included — so that
// removing the tags gives back the input exactly and a diff against the
// input shows only what was found. The output is therefore XML only when
// the input holds no markup characters; use WriteDocument for a document
// that XML tools can always read.
//
// Tags carry tid (t1, t2, … in text order), type, value and, when the
// Timex has one, mod; attribute values are XML-escaped. Timexes are placed
// in order of Start; one whose span lies outside text, is empty, or overlaps
// an expression already placed is left out, since TIMEX3 elements cannot
// overlap. resolve.Tag never returns such spans.
func Annotate(text string, timexes []resolve.Timex) string {
	var b strings.Builder
	b.Grow(len(text) + 64*len(timexes))
	an := Annotator{w: &b}
	an.Write(0, text, timexes)
	return b.String()
}

// An Annotator writes what Annotate returns a piece of text at a time, so
// that a text can be annotated as it streams by (resolve.Tagger.TagReader
// hands it over paragraph by paragraph): the pieces written one after the
// other, with their expressions, give the output Annotate gives for the
// whole text, tids numbered on from piece to piece.
type Annotator struct {
	w   stringWriter
	tid int  // the last tid written
	xml bool // escape the text as AnnotateXML does
}

// NewAnnotator returns an Annotator writing to w; writes to w are
// buffered until Flush.
func NewAnnotator(w io.Writer) *Annotator {
	return &Annotator{w: bufio.NewWriter(w)}
}

// NewXMLAnnotator returns an Annotator writing what AnnotateXML returns,
// a piece at a time.
func NewXMLAnnotator(w io.Writer) *Annotator {
	return &Annotator{w: bufio.NewWriter(w), xml: true}
}

// Write writes text, the piece of the whole text that starts at byte
// offset, with each expression of timexes that lies inside it tagged;
// timexes' offsets are offsets in the whole text. It returns the error of
// the underlying writer, if any.
func (an *Annotator) Write(offset int, text string, timexes []resolve.Timex) error {
	pos := 0
	var err error
	write := func(s string) {
		if err == nil {
			_, err = an.w.WriteString(s)
		}
	}
	text1 := write
	if an.xml {
		text1 = func(s string) {
			if err == nil {
				writeEscaped(an.w, s)
			}
		}
	}
	for _, t := range placeable(text, shiftedBack(offset, timexes)) {
		text1(text[pos:t.Start])
		an.tid++
		if err == nil {
			writeOpenTag(an.w, an.tid, t)
		}
		text1(text[t.Start:t.End])
		write("</TIMEX3>")
		pos = t.End
	}
	text1(text[pos:])
	return err
}

// Flush writes any buffered output to the underlying writer.
func (an *Annotator) Flush() error {
	if f, ok := an.w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// shiftedBack returns timexes with offset taken off their offsets (the
// same slice when offset is 0).
func shiftedBack(offset int, timexes []resolve.Timex) []resolve.Timex {
	if offset == 0 {
		return timexes
	}
	out := make([]resolve.Timex, len(timexes))
	for i, t := range timexes {
		t.Start -= offset
		t.End -= offset
		out[i] = t
	}
	return out
}

// AnnotateXML is Annotate for XML tools: the same TIMEX3 tags, with the
// text escaped as WriteDocument escapes it ("&", "<", ">" and '"' become
// entities, a carriage return &#13;, and what XML cannot hold U+FFFD), so
// that the output is always well-formed XML content; text without those
// characters comes out as Annotate writes it.
func AnnotateXML(text string, timexes []resolve.Timex) string {
	var b strings.Builder
	b.Grow(len(text) + 64*len(timexes))
	pos := 0
	for i, t := range placeable(text, timexes) {
		writeEscaped(&b, text[pos:t.Start])
		writeOpenTag(&b, i+1, t)
		writeEscaped(&b, text[t.Start:t.End])
		b.WriteString("</TIMEX3>")
		pos = t.End
	}
	writeEscaped(&b, text[pos:])
	return b.String()
}

// WriteDocument writes text and its timexes as a complete TimeML document:
// an XML declaration, <TimeML>, <DOCID> (left out when docID is empty),
// <DCT> holding the creation time dct as the TIMEX3 t0 with
// functionInDocument="CREATION_TIME", and <TEXT> holding the annotated text.
//
// Unlike Annotate, the text is XML-escaped ("&", "<", ">" become entities;
// a carriage return becomes &#13; so that XML parsers keep it), and what XML
// cannot hold at all — invalid UTF-8, control characters other than tab,
// newline and carriage return, U+FFFE and U+FFFF — becomes U+FFFD. ReadGold
// of the output gives back text (after that replacement), dct and the
// timexes' spans, types and values.
func WriteDocument(w io.Writer, docID string, dct date.Date, text string, timexes []resolve.Timex) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n")
	if docID != "" {
		bw.WriteString("<DOCID>")
		writeEscaped(bw, docID)
		bw.WriteString("</DOCID>\n")
	}
	bw.WriteString(`<DCT><TIMEX3 tid="t0" type="DATE" value="`)
	bw.WriteString(dct.String())
	bw.WriteString(`" temporalFunction="false" functionInDocument="CREATION_TIME">`)
	bw.WriteString(dct.String())
	bw.WriteString("</TIMEX3></DCT>\n<TEXT>")
	pos := 0
	for i, t := range placeable(text, timexes) {
		writeEscaped(bw, text[pos:t.Start])
		writeOpenTag(bw, i+1, t)
		writeEscaped(bw, text[t.Start:t.End])
		bw.WriteString("</TIMEX3>")
		pos = t.End
	}
	writeEscaped(bw, text[pos:])
	bw.WriteString("</TEXT>\n</TimeML>\n")
	return bw.Flush()
}

// placeable returns the timexes that can be tagged in text, sorted by
// Start: inside the text, not empty, with both ends between characters
// (a span that cuts a character of several bytes would break it), not
// overlapping one before. At equal Start the longer span is kept.
func placeable(text string, timexes []resolve.Timex) []resolve.Timex {
	n := len(text)
	sorted := make([]resolve.Timex, 0, len(timexes))
	for _, t := range timexes {
		// (a tag between the bytes of one character would break it)
		if t.Start >= 0 && t.Start < t.End && t.End <= n && utf8.RuneStart(text[t.Start]) && (t.End == n || utf8.RuneStart(text[t.End])) {
			sorted = append(sorted, t)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Start != sorted[j].Start {
			return sorted[i].Start < sorted[j].Start
		}
		return sorted[i].End > sorted[j].End
	})
	out := sorted[:0]
	end := 0
	for _, t := range sorted {
		if t.Start >= end {
			out = append(out, t)
			end = t.End
		}
	}
	return out
}

// stringWriter is what both strings.Builder and bufio.Writer are.
type stringWriter interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
	WriteRune(r rune) (int, error)
}

func writeOpenTag(w stringWriter, tid int, t resolve.Timex) {
	w.WriteString(`<TIMEX3 tid="t`)
	w.WriteString(strconv.Itoa(tid))
	w.WriteString(`" type="`)
	writeEscaped(w, string(t.Type))
	w.WriteString(`" value="`)
	writeEscaped(w, t.Value)
	if t.Mod != "" {
		w.WriteString(`" mod="`)
		writeEscaped(w, t.Mod)
	}
	w.WriteString(`">`)
}

// writeEscaped writes s as XML character data, fit for element content and
// double-quoted attribute values alike.
func writeEscaped(w stringWriter, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			w.WriteString("&amp;")
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '"':
			w.WriteString("&quot;")
		case r == '\r':
			w.WriteString("&#13;")
		case r == '\t' || r == '\n':
			w.WriteByte(byte(r))
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r == utf8.RuneError && size == 1):
			w.WriteRune(utf8.RuneError)
		default:
			w.WriteString(s[i : i+size])
		}
		i += size
	}
}
