package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// `dateline show` through the binary: one event with its sources and the
// rule behind each field; a unique prefix is enough; an ambiguous or
// unknown id fails with the candidates; -f json is the event's JSON.
func TestShow(t *testing.T) {
	code, out, stderr := cli(t, "", "show", "call-2021-12-30-biden-putin", sample)
	require.Equal(t, 0, code, stderr)
	golden(t, "show-sample.golden.txt", out)
	for _, want := range []string{
		"Joe Biden – Vladimir Putin phone call",
		"date          Thu 30 Dec 2021 (2021-12-30, day)",
		"kind        kind/trigger — 'telephone call' reports an event of kind call",
		"date        date/own-clause — 'Thursday (local time)' is the nearest date of the event's clause",
		"date text   \"Thursday (local time)\": Thursday before anchor Mon 2022-01-03",
	} {
		assert.Contains(t, out, want)
	}

	code, prefixed, _ := cli(t, "", "show", "call-2021-12-30", sample)
	require.Equal(t, 0, code)
	assert.Equal(t, out, prefixed, "a unique prefix finds the event")

	code, _, stderr = cli(t, "", "show", "call-", sample)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `3 events have ids that start with "call-"`)
	assert.Contains(t, stderr, "call-2021-12-30-biden-putin")

	code, _, stderr = cli(t, "", "show", "call-2021-12-31-biden-putin", sample)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, `no event has the id "call-2021-12-31-biden-putin"; similar ids: call-2021-12-30-biden-putin`)

	code, js, stderr := cli(t, "", "show", "call-2021-12-30", sample, "-f", "json")
	require.Equal(t, 0, code, stderr)
	var e timeline.Event
	require.NoError(t, json.Unmarshal([]byte(js), &e))
	assert.Equal(t, "call-2021-12-30-biden-putin", e.ID)
	require.NotNil(t, e.Sources[0].Why)
	assert.Equal(t, "party/subject", e.Sources[0].Why.Participants[0].Rule)

	code, _, stderr = cli(t, "", "show", "x", sample, "-f", "html")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "use text or json")
}

// show reads a timeline JSON written by build as well as articles.
func TestShowReadsBuildOutput(t *testing.T) {
	tl := filepath.Join(t.TempDir(), "timeline.json")
	code, _, stderr := cli(t, "", "build", sample, "-o", tl)
	require.Equal(t, 0, code, stderr)
	code, out, stderr := cli(t, "", "explain", "talks-2022-01-10-strategic", tl)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "Strategic Stability Dialogue")
	assert.Contains(t, out, "party/format-member")
}
