package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/dateline/dateline/timeline"
)

// JSONRenderer writes the timeline JSON of `dateline build`: one object
// {"schema":"dateline/v1","events":[…]} indented by two spaces, with a
// trailing newline. Events keep the Timeline's order (the timeline package
// sorts them). The events, participants and sources arrays are never null,
// and "place" and "when" are null when absent, so a reader can rely on the
// shape. HTML characters are not escaped: the output is data, not a page.
//
// The document is written event by event: each event is encoded on its
// own and indented as it is written, so that memory holds one event's
// JSON at a time, not the whole document and an indented copy of it. The
// bytes are the same as encoding/json's MarshalIndent of the document.
type JSONRenderer struct{}

// Render writes tl as one JSON document.
func (JSONRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	schema := timeline.Schema
	if tl != nil && tl.Schema != "" {
		schema = tl.Schema
	}
	bw := bufferedWriter(w)
	var enc eventEncoder
	name, err := enc.compact(schema)
	if err != nil {
		return err
	}
	bw.WriteString("{\n  \"schema\": ")
	bw.Write(name)
	bw.WriteString(",\n  \"events\": ")
	events := eventsOf(tl)
	if len(events) == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("[\n")
		for i, e := range events {
			if i > 0 {
				bw.WriteString(",\n")
			}
			js, err := enc.compact(contractEvent(e))
			if err != nil {
				return err
			}
			bw.WriteString(eventPrefix)
			writeIndented(bw, js, eventPrefix, "  ")
		}
		bw.WriteString("\n  ]")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// eventPrefix is the indentation of an event in the document's array.
const eventPrefix = "    "

// eventEncoder encodes values as compact JSON into a buffer it reuses.
type eventEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// compact returns v's compact JSON, valid until the next call.
func (e *eventEncoder) compact(v any) ([]byte, error) {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
		e.enc.SetEscapeHTML(false)
	}
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), nil
}

// bufferedWriter is w when it is a *bufio.Writer already, else w buffered.
func bufferedWriter(w io.Writer) *bufio.Writer {
	if bw, ok := w.(*bufio.Writer); ok {
		return bw
	}
	return bufio.NewWriterSize(w, 64<<10)
}

// writeIndented writes src, compact JSON as encoding/json writes it (no
// space outside strings), to w as json.Indent would: every line after the
// first opens with prefix and one indent per level, an empty object or
// array stays "{}" or "[]", and a colon is followed by a space. It reads
// src once and writes runs of it as they are.
func writeIndented(w *bufio.Writer, src []byte, prefix, indent string) {
	depth := 0
	open := false // just after '{' or '[': the line break waits for the next byte
	newline := func(depth int) {
		w.WriteByte('\n')
		w.WriteString(prefix)
		for range depth {
			w.WriteString(indent)
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		if open && c != '}' && c != ']' {
			newline(depth)
		}
		wasOpen := open
		open = false
		switch c {
		case '"':
			j := stringEnd(src, i)
			w.Write(src[i:j])
			i = j
			continue
		case '{', '[':
			w.WriteByte(c)
			depth++
			open = true
		case '}', ']':
			depth--
			if !wasOpen {
				newline(depth)
			}
			w.WriteByte(c)
		case ',':
			w.WriteByte(c)
			newline(depth)
		case ':':
			w.WriteString(": ")
		default: // a number, true, false or null
			j := i + 1
			for j < len(src) && !jsonStructural(src[j]) {
				j++
			}
			w.Write(src[i:j])
			i = j
			continue
		}
		i++
	}
}

// stringEnd is the index just past the JSON string that opens at src[i].
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(src)
}

func jsonStructural(c byte) bool {
	switch c {
	case '{', '}', '[', ']', ',', ':', '"':
		return true
	}
	return false
}

// contractEvent returns e with nil slices replaced by empty ones, so that
// the JSON has [] where a reader expects an array.
func contractEvent(e timeline.Event) timeline.Event {
	if e.Participants == nil {
		e.Participants = []timeline.Participant{}
	}
	if e.Sources == nil {
		e.Sources = []timeline.Source{}
	}
	return e
}
