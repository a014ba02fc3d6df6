package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/resolve/timeml"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTagCommand(t *testing.T) {
	in := "On Thursday (local time), Biden held a call. Talks start next week."
	var out, errb bytes.Buffer
	code := run([]string{"tag", "--anchor", "2022-01-03", "-"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, "Thursday (local time)", first["text"])
	assert.Equal(t, "2021-12-30", first["value"])
	assert.Equal(t, "local time", first["zone"])
	assert.Equal(t, map[string]any{"start": "2021-12-30", "end": "2021-12-30"}, first["range"])
	assert.Equal(t, in[int(first["start"].(float64)):int(first["end"].(float64))], first["text"])
	// Field order follows DESIGN.md.
	assert.True(t, strings.HasPrefix(lines[0], `{"start":3,"end":24,"text":"Thursday (local time)","type":"DATE","value":"2021-12-30","granularity":"day","range":`), lines[0])
}

func TestTagCommandUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"tag", "--anchor", "3 Jan 2022", "-"}, "--anchor"},
		{[]string{"tag", "--anchor", "2022-01-03", "--format", "xml", "-"}, "--format"},
	} {
		var out, errb bytes.Buffer
		code := run(tc.args, strings.NewReader("today"), &out, &errb)
		assert.Equal(t, exitUsage, code, "%v: %s", tc.args, errb.String())
		assert.True(t, strings.HasPrefix(errb.String(), "dateline: "+tc.flag+": "), "the message names the flag once: %s", errb.String())
	}
	// Plain text with no article header and no --anchor cannot be anchored.
	var noAnchorOut, noAnchorErr bytes.Buffer
	code := run([]string{"tag", "-"}, strings.NewReader("They met on Friday."), &noAnchorOut, &noAnchorErr)
	assert.Equal(t, exitFail, code)
	assert.Empty(t, noAnchorOut.String())
	assert.Contains(t, noAnchorErr.String(), "stdin: no anchor date")
	assert.Contains(t, noAnchorErr.String(), "pass --anchor YYYY-MM-DD")

	var out, errb bytes.Buffer
	code = run([]string{"tag", "--anchor", "2022-01-03", "/no/such/file.txt"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errb.String(), "/no/such/file.txt")
}

// Without --anchor an article's dateline date is the anchor, and its
// publication date is kept beside it.
func TestTagAnchorFromArticle(t *testing.T) {
	article := "Talks resume\nMar 4, 2022\nGENEVA, March 5 (Reuters) - The envoys met on Thursday and will meet again next week.\n"
	var out, errb bytes.Buffer
	code := run([]string{"tag", "-"}, strings.NewReader(article), &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	assert.Contains(t, out.String(), `"text":"Thursday","type":"DATE","value":"2022-03-03"`)
	assert.Contains(t, out.String(), `"text":"next week","type":"DATE","value":"2022-W10"`)
}

// --format timeml inserts TIMEX3 tags and changes nothing else.
func TestTagTimeML(t *testing.T) {
	in := "Talks <b>resume</b> on Friday & end next week.\n"
	var out, errb bytes.Buffer
	code := run([]string{"tag", "--anchor", "2022-01-05", "-f", "timeml", "-"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	// The text's markup characters are escaped: the output is XML.
	assert.Equal(t, `Talks &lt;b&gt;resume&lt;/b&gt; on <TIMEX3 tid="t1" type="DATE" value="2022-01-07">Friday</TIMEX3> &amp; end <TIMEX3 tid="t2" type="DATE" value="2022-W02">next week</TIMEX3>.`+"\n", out.String())
}

// appendTimexJSON writes what encoding/json writes for the same line.
func TestAppendTimexJSONMatchesEncodingJSON(t *testing.T) {
	r := resolve.Range{First: date.New(2021, 12, 30), Last: date.New(2022, 1, 2)}
	for _, x := range []resolve.Timex{
		{Start: 3, End: 24, Text: "Thursday (local time)", Type: resolve.Date, Value: "2021-12-30", Granularity: resolve.GranDay,
			Range: &r, Zone: "local time", Rule: "weekday/past-tense", Explain: "Thursday before anchor Mon 2022-01-03 (verb 'held' is past tense)"},
		{Start: 0, End: 9, Text: "two years", Type: resolve.Duration, Value: "P2Y", Rule: "duration", Explain: "a duration of two years"},
		{Text: "a<b>&\"c\\ \x00\x1f\b\f\n\r\t é \u2028 \u2029 \xff\xfe", Mod: "APPROX", Explain: "quoted \"x\""},
		{Start: 1 << 40, End: 1<<40 + 5, Text: "early", Type: resolve.Date, Mod: "START", Range: &resolve.Range{First: date.New(1, 1, 1), Last: date.New(9999, 12, 31)}},
	} {
		want, err := json.Marshal(timexJSON(x))
		require.NoError(t, err)
		assert.Equal(t, string(want)+"\n", string(appendTimexJSON(nil, x)))
	}
}

func FuzzTimexJSON(f *testing.F) {
	f.Add("Thursday (local time)", "verb 'held' is past tense", "local time", 3, 24)
	f.Add("a<b>&\x00\xff\u2028", "\"\\", "", -1, 0)
	f.Fuzz(func(t *testing.T, text, explain, zone string, start, end int) {
		x := resolve.Timex{Start: start, End: end, Text: text, Type: resolve.Date, Value: text, Zone: zone, Rule: zone, Explain: explain}
		want, err := json.Marshal(timexJSON(x))
		require.NoError(t, err)
		require.Equal(t, string(want)+"\n", string(appendTimexJSON(nil, x)))
	})
}

// tag streams its input: a text of many paragraphs, longer than the
// segments TagReader holds at once, gives the lines of resolve.Tag on the
// whole text, in both formats.
func TestTagCommandStreamsLikeTag(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 300<<10; i++ {
		fmt.Fprintf(&sb, "On Thursday (local time), envoy %d held talks; they meet again next week, on January 10.\n", i)
		if i%7 == 0 {
			sb.WriteString("\n")
		}
	}
	in := sb.String()
	a := resolve.Anchor{Date: date.New(2022, 1, 3)}
	var want strings.Builder
	for _, x := range resolve.Tag(in, a) {
		line, err := json.Marshal(timexJSON(x))
		require.NoError(t, err)
		want.Write(line)
		want.WriteByte('\n')
	}
	var out, errb bytes.Buffer
	code := run([]string{"tag", "--anchor", "2022-01-03", "-"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	require.Equal(t, want.String(), out.String())

	out.Reset()
	code = run([]string{"tag", "--anchor", "2022-01-03", "-f", "timeml", "-"}, strings.NewReader(in), &out, &errb)
	require.Equal(t, exitOK, code, errb.String())
	require.Equal(t, timeml.Annotate(in, resolve.Tag(in, a)), out.String())
}
