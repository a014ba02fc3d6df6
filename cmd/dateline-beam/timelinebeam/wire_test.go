package timelinebeam

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// text is a string with characters JSON escapes. It is valid UTF-8, as
// every string of a mention is (the reader makes article text valid).
const text = "a \"q\" \\ \b\f\n\r\t\x01\x1f <b>&amp; é \u2028\u2029 end"

// filled returns a value of type t with every exported field set,
// recursively: strings, numbers 7 (a day in 1970 for a date), slices of
// two, pointers set. A field added to Mention or Event is filled too, so
// that the coders must carry it for the round trip to hold.
func filled(t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		v.SetString(text)
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

// TestWireRoundTrip: a mention and an event with every field set come
// back from their coders equal, and so do an undated mention and an
// event with its optional fields empty (compared as the timeline JSON
// writes them: an absent list and an empty one are one to it).
func TestWireRoundTrip(t *testing.T) {
	m := filled(reflect.TypeFor[timeline.Mention](), 0).Interface().(timeline.Mention)
	for _, in := range []timeline.Mention{m, {Kind: timeline.Call, Article: "a.txt", Participants: []timeline.Participant{}}} {
		data, err := encodeMention(in)
		require.NoError(t, err)
		out, err := decodeMention(data)
		require.NoError(t, err)
		assert.Equal(t, in, out)
	}

	e := filled(reflect.TypeFor[timeline.Event](), 0).Interface().(timeline.Event)
	data, err := encodeEvent(e)
	require.NoError(t, err)
	out, err := decodeEvent(data)
	require.NoError(t, err)
	assert.Equal(t, e, out)

	bare := timeline.Event{ID: "call-x", Kind: timeline.Call, Status: timeline.Occurred}
	data, err = encodeEvent(bare)
	require.NoError(t, err)
	out, err = decodeEvent(data)
	require.NoError(t, err)
	assert.Equal(t, string(timeline.AppendEventJSON(nil, &bare)), string(timeline.AppendEventJSON(nil, &out)))
}

// TestWireRejectsGarbage: bytes that are not a coded value are an error
// that says what was being decoded, not a zero value.
func TestWireRejectsGarbage(t *testing.T) {
	_, err := decodeMention([]byte("{"))
	assert.ErrorContains(t, err, "decoding a mention")
	_, err = decodeEvent([]byte(`{"when":{"value":"x","start":"2022-02-30","end":"2022-03-01","granularity":"day"}}`))
	assert.ErrorContains(t, err, "decoding an event")
	_, err = decodeComps([]byte(`{"keys":["a","b"],"group":[0]}`))
	assert.ErrorContains(t, err, "2 keys but 1 groups")
	_, err = decodeComps([]byte(`{"keys":["a"],"group":[3]}`))
	assert.ErrorContains(t, err, `key "a" has group 3 of 1`)
}
