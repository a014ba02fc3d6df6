package timeline

import (
	"encoding/json"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeJSON(t *testing.T) {
	tl, err := DecodeJSON([]byte(`{"schema":"dateline/v1","events":[{"id":"a","kind":"call","cameo":"041","title":"A – B phone call","participants":[],"place":null,"status":"occurred","when":{"value":"2021-12-30","start":"2021-12-30","end":"2021-12-30","granularity":"day"},"sources":[]}]}`), nil)
	require.NoError(t, err)
	require.Len(t, tl.Events, 1)
	assert.Equal(t, Call, tl.Events[0].Kind)
	assert.Equal(t, "2021-12-30", tl.Events[0].When.Start().String())
	assert.Equal(t, resolve.GranDay, tl.Events[0].When.Granularity)

	empty, err := DecodeJSON([]byte(`{"schema":"dateline/v1"}`), nil)
	require.NoError(t, err)
	assert.NotNil(t, empty.Events)

	for bad, why := range map[string]string{
		`{"schema":"other/v9","events":[]}`: `schema "other/v9"`,
		`[1,2]`:                             "not a timeline",
		`{"title":"an article"}`:            `no "schema" field`,
		`{`:                                 "not a timeline",
	} {
		_, err := DecodeJSON([]byte(bad), nil)
		require.Error(t, err, bad)
		assert.Contains(t, err.Error(), why, bad)
	}
}

// One event with impossible dates is reported by position and id; the
// others are kept.
func TestDecodeJSONBadEvent(t *testing.T) {
	doc := `{"schema":"dateline/v1","events":[
	 {"id":"good","kind":"call","when":{"value":"2022-01-02","start":"2022-01-02","end":"2022-01-02","granularity":"day"}},
	 {"id":"month-13","kind":"call","when":{"value":"2022-13","start":"2022-13-01","end":"2022-13-31","granularity":"month"}},
	 {"id":"backwards","kind":"call","when":{"value":"2022","start":"2022-12-31","end":"2022-01-01","granularity":"year"}},
	 {"id":"undated","kind":"visit","when":null}]}`
	var errs []string
	tl, err := DecodeJSON([]byte(doc), func(err error) { errs = append(errs, err.Error()) })
	require.NoError(t, err)
	var ids []string
	for _, e := range tl.Events {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"good", "undated"}, ids)
	assert.Equal(t, []string{
		`event 2 (id "month-13"): when.start "2022-13-01": not a day of the form YYYY-MM-DD`,
		`event 3 (id "backwards"): when.end 2022-01-01 is before when.start 2022-12-31`,
	}, errs)
}

// When is written and read back with its days as YYYY-MM-DD.
func TestWhenJSONRoundTrip(t *testing.T) {
	w := When{Value: "2022-W02", Range: resolve.Range{First: date.New(2022, 1, 10), Last: date.New(2022, 1, 16)}, Granularity: resolve.GranWeek}
	b, err := json.Marshal(w)
	require.NoError(t, err)
	assert.JSONEq(t, `{"value":"2022-W02","start":"2022-01-10","end":"2022-01-16","granularity":"week"}`, string(b))
	var back When
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, w, back)
}

func TestLooksLikeTimelineJSON(t *testing.T) {
	assert.True(t, LooksLikeTimelineJSON([]byte("  {\n  \"schema\": \"dateline/v1\",\n  \"events\": []}")))
	assert.False(t, LooksLikeTimelineJSON([]byte(`{"title":"x","text":"y"}`)))
	assert.False(t, LooksLikeTimelineJSON([]byte(`[{"schema":"dateline/v1"}]`)))
	assert.False(t, LooksLikeTimelineJSON(nil))
}
