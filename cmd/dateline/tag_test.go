package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

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
