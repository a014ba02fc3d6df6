package timeml

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/timeml")

// tx builds a timex over text[start:end].
func tx(text string, start, end int, typ resolve.Type, value string) resolve.Timex {
	return resolve.Timex{Start: start, End: end, Text: text[start:end], Type: typ, Value: value}
}

// at builds a timex over the first occurrence of sub in text.
func at(t testing.TB, text, sub string, typ resolve.Type, value string) resolve.Timex {
	i := strings.Index(text, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in %q", sub, text)
	return tx(text, i, i+len(sub), typ, value)
}

// ourTags matches exactly the tags Annotate writes.
var ourTags = regexp.MustCompile(`<TIMEX3 tid="t[0-9]+" type="[^"]*" value="[^"]*"(?: mod="[^"]*")?>|</TIMEX3>`)

func TestAnnotate(t *testing.T) {
	const thursday = "They spoke on Thursday and meet next week."
	const markup = `If a<b & c>d, "it's" due January 10.`
	tests := []struct {
		name    string
		text    string
		timexes []resolve.Timex
		want    string
	}{
		{"none", "No dates here.", nil, "No dates here."},
		{"two", thursday, []resolve.Timex{at(t, thursday, "on Thursday", resolve.Date, "2021-12-30"), at(t, thursday, "next week", resolve.Date, "2022-W02")},
			`They spoke <TIMEX3 tid="t1" type="DATE" value="2021-12-30">on Thursday</TIMEX3> and meet <TIMEX3 tid="t2" type="DATE" value="2022-W02">next week</TIMEX3>.`},
		{"markup in the text is left alone", markup, []resolve.Timex{at(t, markup, "January 10", resolve.Date, "2022-01-10")},
			`If a<b & c>d, "it's" due <TIMEX3 tid="t1" type="DATE" value="2022-01-10">January 10</TIMEX3>.`},
		{"mod and escaped attributes", "early 2020", []resolve.Timex{{Start: 0, End: 10, Type: resolve.Date, Value: `20"20<&>`, Mod: "START"}},
			`<TIMEX3 tid="t1" type="DATE" value="20&quot;20&lt;&amp;&gt;" mod="START">early 2020</TIMEX3>`},
		{"unsorted input is placed in text order", "a b",
			[]resolve.Timex{{Start: 2, End: 3, Type: resolve.Date, Value: "B"}, {Start: 0, End: 1, Type: resolve.Date, Value: "A"}},
			`<TIMEX3 tid="t1" type="DATE" value="A">a</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="B">b</TIMEX3>`},
		{"overlapping, empty and out-of-range spans are left out", "abcdef",
			[]resolve.Timex{
				{Start: 0, End: 3, Type: resolve.Date, Value: "X"}, {Start: 2, End: 5, Type: resolve.Date, Value: "overlap"},
				{Start: 4, End: 4, Type: resolve.Date, Value: "empty"}, {Start: 5, End: 9, Type: resolve.Date, Value: "beyond"},
				{Start: -1, End: 1, Type: resolve.Date, Value: "negative"},
			},
			`<TIMEX3 tid="t1" type="DATE" value="X">abc</TIMEX3>def`},
		{"at equal start the longer span is kept", "next week",
			[]resolve.Timex{{Start: 0, End: 4, Type: resolve.Date, Value: "short"}, {Start: 0, End: 9, Type: resolve.Date, Value: "long"}},
			`<TIMEX3 tid="t1" type="DATE" value="long">next week</TIMEX3>`},
		{"invalid UTF-8 copied byte for byte", "\xff 2020 \xfe", []resolve.Timex{{Start: 2, End: 6, Type: resolve.Date, Value: "2020"}},
			"\xff <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">2020</TIMEX3> \xfe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Annotate(tt.text, tt.timexes)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, ourTags.ReplaceAllString(got, ""), "removing the tags gives back the input")
		})
	}
}

// FuzzAnnotate checks on arbitrary text and spans that Annotate never
// panics and that removing its tags gives back the input byte for byte.
func FuzzAnnotate(f *testing.F) {
	f.Add("They met on Thursday.", 8, 20, 0, 4)
	f.Add("a<b&c>\xff\xfe", 0, 3, 2, 7)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		if strings.Contains(text, "TIMEX3") {
			t.Skip("input that already holds TIMEX3 tags cannot be told apart from ours")
		}
		timexes := []resolve.Timex{
			{Start: s1, End: e1, Type: resolve.Date, Value: "X"},
			{Start: s2, End: e2, Type: resolve.Duration, Value: "P1D", Mod: "APPROX"},
		}
		got := Annotate(text, timexes)
		require.Equal(t, text, ourTags.ReplaceAllString(got, ""))
	})
}

func TestWriteDocumentGolden(t *testing.T) {
	text := "Kyiv, January 3 — The call took place on Thursday (local time) & lasted <1 hour.\r\nTalks resume next week.\x01"
	timexes := []resolve.Timex{
		at(t, text, "January 3", resolve.Date, "2022-01-03"),
		at(t, text, "on Thursday (local time)", resolve.Date, "2021-12-30"),
		at(t, text, "<1 hour", resolve.Duration, "PT1H"),
		at(t, text, "next week", resolve.Date, "2022-W02"),
	}
	timexes[2].Mod = "LESS_THAN"
	var buf bytes.Buffer
	require.NoError(t, WriteDocument(&buf, "made-up-1", date.New(2022, 1, 3), text, timexes))
	golden := filepath.Join("..", "..", "testdata", "timeml", "write_document.golden.tml")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), buf.String())

	// Reading it back gives the text (the control character replaced) and
	// the same spans.
	d, err := ParseGold("doc.tml", buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, "made-up-1", d.ID)
	assert.Equal(t, date.New(2022, 1, 3), d.DCT)
	assert.Equal(t, strings.Replace(text, "\x01", "\uFFFD", 1), d.Text)
	require.Len(t, d.Gold, len(timexes))
	for i, g := range d.Gold {
		assert.Equal(t, timexes[i].Start, g.Start)
		assert.Equal(t, timexes[i].End, g.End)
		assert.Equal(t, string(timexes[i].Type), g.Type)
		assert.Equal(t, timexes[i].Value, g.Value)
	}
}

// FuzzWriteDocument checks that ReadGold reads back what WriteDocument
// writes: the same number of expressions, and when the text is something
// XML can hold as it is, the very text and spans.
func FuzzWriteDocument(f *testing.F) {
	f.Add("On Thursday & Friday <b>", 3, 11, "2021-12-30")
	f.Add("\xff\x00\r\n", 0, 2, `a"b`)
	f.Fuzz(func(t *testing.T, text string, start, end int, value string) {
		timexes := []resolve.Timex{{Start: start, End: end, Type: resolve.Date, Value: value}}
		var buf bytes.Buffer
		require.NoError(t, WriteDocument(&buf, "fuzz", date.New(2000, 1, 1), text, timexes))
		d, err := ParseGold("fuzz.tml", buf.Bytes())
		require.NoError(t, err)
		placed := placeable(text, timexes)
		require.Len(t, d.Gold, len(placed))
		if !xmlSafe(text) || !xmlSafe(value) {
			return
		}
		assert.Equal(t, text, d.Text)
		if len(placed) == 1 {
			assert.Equal(t, start, d.Gold[0].Start)
			assert.Equal(t, end, d.Gold[0].End)
			assert.Equal(t, value, d.Gold[0].Value)
		}
	})
}

// xmlSafe reports whether s survives WriteDocument unchanged: valid UTF-8
// with no character XML cannot hold.
func xmlSafe(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF {
			return false
		}
	}
	return true
}

// AnnotateXML escapes the text around and inside the tags, so the output
// parses as XML whatever the text holds, and is Annotate's for plain text.
func TestAnnotateXML(t *testing.T) {
	text := "Talks on Monday & <b>Tuesday</b> \"R&D\"\r\n\x01 end"
	found := resolve.Tag(text, resolve.Anchor{Date: date.New(2022, 1, 5)})
	require.NotEmpty(t, found)
	got := AnnotateXML(text, found)
	dec := xml.NewDecoder(strings.NewReader("<TEXT>" + got + "</TEXT>"))
	var chars strings.Builder
	tags := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, got)
		switch tok := tok.(type) {
		case xml.CharData:
			chars.Write(tok)
		case xml.StartElement:
			if tok.Name.Local == "TIMEX3" {
				tags++
			}
		}
	}
	assert.Equal(t, len(found), tags)
	assert.Equal(t, strings.ReplaceAll(text, "\x01", "\uFFFD"), chars.String(), "the text comes back")
	plain := "They met on Friday and will meet next week."
	timexes := resolve.Tag(plain, resolve.Anchor{Date: date.New(2022, 1, 5)})
	assert.Equal(t, Annotate(plain, timexes), AnnotateXML(plain, timexes))
}
