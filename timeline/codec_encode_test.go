package timeline

import (
	"bytes"
	"encoding/json"
	"reflect"
	"runtime"
	"strconv"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceJSON is the timeline JSON as encoding/json writes it, the way
// `dateline build -f json` always has: nil participants and sources as [],
// HTML unescaped, two spaces of indent.
func referenceJSON(t testing.TB, tl Timeline) string {
	doc := Timeline{Schema: tl.Schema, Events: []Event{}}
	for _, e := range tl.Events {
		doc.Events = append(doc.Events, contract(e))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(doc))
	return b.String()
}

func contract(e Event) Event {
	if e.Participants == nil {
		e.Participants = []Participant{}
	}
	if e.Sources == nil {
		e.Sources = []Source{}
	}
	return e
}

// referenceLine is one event as a JSON Lines line, without the newline.
func referenceLine(t testing.TB, e Event) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(contract(e)))
	return b.String()[:b.Len()-1]
}

func encoded(t testing.TB, tl Timeline) string {
	var b bytes.Buffer
	require.NoError(t, EncodeJSON(&b, &tl))
	return b.String()
}

// awkward is a string with every kind of character JSON escapes, or
// might: quotes, backslashes, controls, HTML, separators, bad UTF-8.
const awkward = "a \"q\" \\ \b\f\n\r\t\x01\x1f <b>&amp; é \u2028\u2029 \xff\xfe end"

// filled returns a value of type t with every field set, recursively:
// strings awkward, numbers 7, slices of two, pointers set. A field added
// to a type the timeline JSON writes is filled too, so that EncodeJSON
// must write it for the comparison to hold.
func filled(t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		v.SetString(awkward)
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(7)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(filled(t.Elem(), depth+1).Addr())
	case reflect.Slice:
		if depth > 6 {
			return v
		}
		s := reflect.MakeSlice(t, 2, 2)
		for i := range 2 {
			s.Index(i).Set(filled(t.Elem(), depth+1))
		}
		v.Set(s)
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				v.Field(i).Set(filled(t.Field(i).Type, depth+1))
			}
		}
	}
	return v
}

// TestEncodeJSONWritesWhatEncodingJSONWrites compares EncodeJSON and
// AppendEventJSON with encoding/json on events with every field set, with
// every optional field empty, and on empty timelines.
func TestEncodeJSONWritesWhatEncodingJSONWrites(t *testing.T) {
	full := filled(reflect.TypeFor[Event](), 0).Interface().(Event)
	// Dates and days are values of their own: real ones, and the zero day.
	w := When{Value: "2022-W02 <&>", Range: resolve.Range{First: date.New(2022, 1, 10), Last: date.New(2022, 1, 16)}, Granularity: resolve.GranWeek}
	full.When, full.Conflicts = &w, []When{w, Day(date.New(2022, 1, 12))}
	for i := range full.Sources {
		full.Sources[i].Published = date.New(2022, 1, 3)
		for j := range full.Sources[i].Mentions {
			full.Sources[i].Mentions[j].When = &w
		}
	}
	bare := Event{ID: "call-undated", Kind: Call, Sources: []Source{{Article: "a", Mentions: []MentionRecord{{}}}}}
	cases := map[string]Timeline{
		"every field":     {Schema: Schema, Events: []Event{full, bare}},
		"optional fields": {Schema: Schema, Events: []Event{bare, {}}},
		"no events":       {Schema: Schema},
		"no schema":       {Events: []Event{bare}},
	}
	for name, tl := range cases {
		t.Run(name, func(t *testing.T) {
			want := referenceJSON(t, Timeline{Schema: cmpOr(tl.Schema, Schema), Events: tl.Events})
			assert.Equal(t, want, encoded(t, tl))
			for _, e := range tl.Events {
				assert.Equal(t, referenceLine(t, e), string(AppendEventJSON(nil, &e)))
			}
		})
	}
	assert.Contains(t, referenceJSON(t, Timeline{Schema: Schema, Events: []Event{full}}), `"mentions"`, "the comparison covers the records")
	assert.Contains(t, referenceJSON(t, Timeline{Schema: Schema, Events: []Event{full}}), `"corrected"`, "the comparison covers the hand corrections")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// FuzzEncodeJSON writes events made of arbitrary strings both ways.
func FuzzEncodeJSON(f *testing.F) {
	f.Add("call-2021", "Joe Biden", "Kiev", "He said \"hi\" <b>", "2021-12-30", 3)
	f.Add("", "\x00\u2028", "\xff", "", "", 0)
	f.Fuzz(func(t *testing.T, id, name, place, sentence, value string, n int) {
		e := Event{ID: id, Aliases: []string{name}, Kind: Kind(value), Title: sentence, Place: &place,
			Participants: []Participant{{Name: name, Role: place, Aliases: []string{sentence}}},
			When:         &When{Value: value, Range: resolve.Range{First: date.Date(n % 100000), Last: date.Date(n%100000 + 1)}},
			Sources: []Source{{Article: id, Sentence: sentence, DateStart: n, Why: &Why{Kind: Reason{Rule: value, Explain: sentence}},
				Mentions: []MentionRecord{{Index: n, Participants: []Participant{{Name: name}}, Place: place}}}}}
		if n%2 == 0 {
			e.Corrected = []Change{{Field: value, From: name, To: place, Note: sentence, By: id}, {Field: id}}
		}
		tl := Timeline{Schema: Schema, Events: []Event{e}}
		assert.Equal(t, referenceJSON(t, tl), encoded(t, tl))
		assert.Equal(t, referenceLine(t, e), string(AppendEventJSON(nil, &e)))
	})
}

// TestEncodeJSONInBatches: a timeline of many events, encoded in batches
// on several goroutines, is the same bytes as encoding/json writes, for
// any number of CPUs.
func TestEncodeJSONInBatches(t *testing.T) {
	full := filled(reflect.TypeFor[Event](), 0).Interface().(Event)
	var tl Timeline
	tl.Schema = Schema
	for i := range 1000 {
		e := full
		e.ID = strconv.Itoa(i)
		if i%3 == 0 {
			e = Event{ID: e.ID, Kind: Call}
		}
		tl.Events = append(tl.Events, e)
	}
	want := referenceJSON(t, tl)
	for _, procs := range []int{1, 3, 8} {
		prev := runtime.GOMAXPROCS(procs)
		got := encoded(t, tl)
		runtime.GOMAXPROCS(prev)
		// Not assert.Equal: its diff of two 1.6 MB documents takes minutes.
		if at := firstDifference(got, want); at >= 0 {
			t.Errorf("GOMAXPROCS %d: differs from encoding/json at byte %d: %q, want %q",
				procs, at, got[at:min(len(got), at+80)], want[at:min(len(want), at+80)])
		}
	}
}

// firstDifference is the first byte offset where a and b differ, -1 when
// they are equal.
func firstDifference(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}
