package timeline

import (
	"io"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

// This file writes the timeline JSON without reflection, one event at a
// time: the bytes encoding/json writes (with HTML left unescaped and, for
// the document, an indent of two spaces), an order of magnitude faster and
// without holding the document in memory. A test holds it to encoding/json
// on values with every field set, so a field added to Event, Source,
// Participant, Why or MentionRecord must be added here too.

// EncodeJSON writes tl as the timeline JSON document of `dateline build
// -f json`: {"schema": …, "events": […]} indented by two spaces, with a
// trailing newline. The events, participants and sources arrays are never
// null; "place" and "when" are null when absent.
//
// Events are encoded in batches on one goroutine per CPU and written in
// order as soon as each batch is done, so the output is the same bytes
// whatever the number of CPUs, and memory holds a few batches, never the
// document.
func EncodeJSON(w io.Writer, tl *Timeline) error {
	schema := Schema
	var events []Event
	if tl != nil {
		events = tl.Events
		if tl.Schema != "" {
			schema = tl.Schema
		}
	}
	head := jsonWriter{indent: true}
	head.beginObject()
	head.key("schema")
	head.str(schema)
	head.key("events")
	head.beginArray()
	if len(events) == 0 {
		head.endArray()
		head.endObject()
		head.b = append(head.b, '\n')
		_, err := w.Write(head.b)
		return err
	}
	if _, err := w.Write(head.b); err != nil {
		return err
	}
	err := encodeBatches(w, len(events), func(b []byte, from, to int) []byte {
		e := jsonWriter{b: b, indent: true, empty: []bool{false, from == 0}}
		for i := from; i < to; i++ {
			e.elem()
			e.event(&events[i])
		}
		return e.b
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n  ]\n}\n")
	return err
}

// eventsPerBatch is how many events one goroutine encodes at a time.
const eventsPerBatch = 256

// encodeBatches encodes events [0, n) in batches of eventsPerBatch, one
// goroutine per CPU, and writes the batches to w in order.
func encodeBatches(w io.Writer, n int, encode func(b []byte, from, to int) []byte) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	batches := (n + eventsPerBatch - 1) / eventsPerBatch
	bufs := make([][]byte, 2*workers)
	for start := 0; start < batches; start += len(bufs) {
		end := min(batches, start+len(bufs))
		var wg sync.WaitGroup
		next := atomic.Int64{}
		next.Store(int64(start))
		for range min(workers, end-start) {
			wg.Go(func() {
				for {
					i := int(next.Add(1) - 1)
					if i >= end {
						return
					}
					from := i * eventsPerBatch
					bufs[i-start] = encode(bufs[i-start][:0], from, min(n, from+eventsPerBatch))
				}
			})
		}
		wg.Wait()
		for _, b := range bufs[:end-start] {
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// AppendEventJSON appends e as one compact JSON object, as a line of JSON
// Lines holds it (without the newline).
func AppendEventJSON(dst []byte, e *Event) []byte {
	w := jsonWriter{b: dst}
	w.event(e)
	return w.b
}

// jsonWriter appends JSON to b, indented by two spaces per level when
// indent is set, as encoding/json's Indent lays it out.
type jsonWriter struct {
	b      []byte
	indent bool
	empty  []bool // per open object or array: nothing written in it yet
}

func (w *jsonWriter) newline() {
	if !w.indent {
		return
	}
	w.b = append(w.b, '\n')
	for range len(w.empty) {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.empty = append(w.empty, true)
}

func (w *jsonWriter) close(c byte) {
	empty := w.empty[len(w.empty)-1]
	w.empty = w.empty[:len(w.empty)-1]
	if !empty {
		w.newline()
	}
	w.b = append(w.b, c)
}

func (w *jsonWriter) beginObject() { w.open('{') }
func (w *jsonWriter) endObject()   { w.close('}') }
func (w *jsonWriter) beginArray()  { w.open('[') }
func (w *jsonWriter) endArray()    { w.close(']') }

// elem starts an element of the array being written.
func (w *jsonWriter) elem() {
	top := len(w.empty) - 1
	if !w.empty[top] {
		w.b = append(w.b, ',')
	}
	w.empty[top] = false
	w.newline()
}

// key starts the member k of the object being written.
func (w *jsonWriter) key(k string) {
	w.elem()
	w.str(k)
	w.b = append(w.b, ':')
	if w.indent {
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) day(d date.Date) { w.str(d.String()) }

// str appends s as a JSON string, escaped as encoding/json escapes it
// without HTML escaping.
func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s, false) }

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it; with html, "<", ">" and "&" too, as json.Marshal does.
func appendJSONString(b []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || (c != '<' && c != '>' && c != '&')) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// strField writes a string member, left out when empty if omitEmpty.
func (w *jsonWriter) strField(k, v string, omitEmpty bool) {
	if omitEmpty && v == "" {
		return
	}
	w.key(k)
	w.str(v)
}

func (w *jsonWriter) strings(list []string) {
	if list == nil {
		w.null()
		return
	}
	w.beginArray()
	for _, s := range list {
		w.elem()
		w.str(s)
	}
	w.endArray()
}

func (w *jsonWriter) event(e *Event) {
	w.beginObject()
	w.strField("id", e.ID, false)
	if len(e.Aliases) > 0 {
		w.key("aliases")
		w.strings(e.Aliases)
	}
	w.strField("kind", string(e.Kind), false)
	w.strField("cameo", e.CAMEO, false)
	w.strField("title", e.Title, false)
	w.strField("format", e.Format, true)
	w.key("participants")
	w.participants(e.Participants, true)
	w.key("place")
	if e.Place == nil {
		w.null()
	} else {
		w.str(*e.Place)
	}
	w.strField("status", string(e.Status), false)
	w.key("when")
	w.when(e.When)
	if len(e.Conflicts) > 0 {
		w.key("conflicts")
		w.beginArray()
		for i := range e.Conflicts {
			w.elem()
			w.when(&e.Conflicts[i])
		}
		w.endArray()
	}
	w.key("sources")
	w.beginArray()
	for i := range e.Sources {
		w.elem()
		w.source(&e.Sources[i])
	}
	w.endArray()
	if len(e.Corrected) > 0 {
		w.key("corrected")
		w.beginArray()
		for i := range e.Corrected {
			c := &e.Corrected[i]
			w.elem()
			w.beginObject()
			w.strField("field", c.Field, false)
			w.strField("from", c.From, true)
			w.strField("to", c.To, true)
			w.strField("note", c.Note, true)
			w.strField("by", c.By, true)
			w.endObject()
		}
		w.endArray()
	}
	w.endObject()
}

// participants writes a list of participants; nil as [] when never null.
func (w *jsonWriter) participants(ps []Participant, neverNull bool) {
	if ps == nil && !neverNull {
		w.null()
		return
	}
	w.beginArray()
	for i := range ps {
		p := &ps[i]
		w.elem()
		w.beginObject()
		w.strField("name", p.Name, false)
		w.strField("type", string(p.Type), true)
		w.strField("role", p.Role, true)
		w.strField("country", p.Country, true)
		if len(p.Aliases) > 0 {
			w.key("aliases")
			w.strings(p.Aliases)
		}
		w.endObject()
	}
	w.endArray()
}

func (w *jsonWriter) when(d *When) {
	if d == nil {
		w.null()
		return
	}
	// When.MarshalJSON writes with json.Marshal, which escapes HTML.
	w.beginObject()
	w.key("value")
	w.b = appendJSONString(w.b, d.Value, true)
	w.key("start")
	w.b = appendJSONString(w.b, d.Start().String(), true)
	w.key("end")
	w.b = appendJSONString(w.b, d.End().String(), true)
	w.key("granularity")
	w.b = appendJSONString(w.b, string(d.Granularity), true)
	w.endObject()
}

func (w *jsonWriter) source(s *Source) {
	w.beginObject()
	w.strField("article", s.Article, false)
	w.strField("headline", s.Headline, false)
	if s.Published != 0 {
		w.key("published")
		w.day(s.Published)
	}
	w.strField("publisher", s.Publisher, true)
	w.strField("url", s.URL, true)
	w.strField("sentence", s.Sentence, false)
	w.strField("date_text", s.DateText, true)
	w.strField("explain", s.Explain, true)
	if s.DateStart != 0 {
		w.key("date_start")
		w.int(s.DateStart)
	}
	if s.DateEnd != 0 {
		w.key("date_end")
		w.int(s.DateEnd)
	}
	if s.Why != nil {
		w.key("why")
		w.why(s.Why)
	}
	if len(s.Mentions) > 0 {
		w.key("mentions")
		w.beginArray()
		for i := range s.Mentions {
			w.elem()
			w.record(&s.Mentions[i])
		}
		w.endArray()
	}
	w.endObject()
}

func (w *jsonWriter) reason(r *Reason) {
	w.beginObject()
	w.strField("rule", r.Rule, false)
	w.strField("explain", r.Explain, false)
	w.endObject()
}

func (w *jsonWriter) why(y *Why) {
	w.beginObject()
	w.key("kind")
	w.reason(&y.Kind)
	if len(y.Participants) > 0 {
		w.key("participants")
		w.beginArray()
		for i := range y.Participants {
			p := &y.Participants[i]
			w.elem()
			w.beginObject()
			w.strField("name", p.Name, false)
			w.strField("rule", p.Rule, false)
			w.strField("explain", p.Explain, false)
			w.endObject()
		}
		w.endArray()
	}
	w.key("status")
	w.reason(&y.Status)
	if y.Date != nil {
		w.key("date")
		w.reason(y.Date)
	}
	if y.Place != nil {
		w.key("place")
		w.reason(y.Place)
	}
	w.endObject()
}

func (w *jsonWriter) record(r *MentionRecord) {
	w.beginObject()
	w.key("index")
	w.int(r.Index)
	w.strField("kind", string(r.Kind), false)
	w.strField("format", r.Format, true)
	w.key("participants")
	w.participants(r.Participants, false)
	w.strField("place", r.Place, true)
	w.strField("status", string(r.Status), false)
	w.key("when")
	w.when(r.When)
	w.strField("basis", string(r.Basis), true)
	w.strField("publisher", r.Publisher, true)
	if r.Why != nil {
		w.key("why")
		w.why(r.Why)
	}
	w.endObject()
}
