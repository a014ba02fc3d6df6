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
	for _, args := range [][]string{
		{"tag", "-"},
		{"tag", "--anchor", "3 Jan 2022", "-"},
		{"tag", "--anchor", "2022-01-03", "--format", "xml", "-"},
	} {
		var out, errb bytes.Buffer
		code := run(args, strings.NewReader("today"), &out, &errb)
		assert.Equal(t, exitUsage, code, "%v: %s", args, errb.String())
		assert.Contains(t, errb.String(), "tag:", "%v", args)
	}
	var out, errb bytes.Buffer
	code := run([]string{"tag", "--anchor", "2022-01-03", "/no/such/file.txt"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errb.String(), "/no/such/file.txt")
}
