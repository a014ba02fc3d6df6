package timeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeJSON(t *testing.T) {
	tl, err := DecodeJSON([]byte(`{"schema":"dateline/v1","events":[{"id":"a","kind":"call","cameo":"041","title":"A – B phone call","participants":[],"place":null,"status":"occurred","when":{"value":"2021-12-30","start":"2021-12-30","end":"2021-12-30","granularity":"day"},"sources":[]}]}`))
	require.NoError(t, err)
	require.Len(t, tl.Events, 1)
	assert.Equal(t, Call, tl.Events[0].Kind)
	assert.Equal(t, "2021-12-30", tl.Events[0].When.Start)

	empty, err := DecodeJSON([]byte(`{"schema":"dateline/v1"}`))
	require.NoError(t, err)
	assert.NotNil(t, empty.Events)

	for _, bad := range []string{`{"schema":"other/v9","events":[]}`, `[1,2]`, `{"title":"an article"}`, `{`} {
		_, err := DecodeJSON([]byte(bad))
		assert.Error(t, err, bad)
	}
}

func TestLooksLikeTimelineJSON(t *testing.T) {
	assert.True(t, LooksLikeTimelineJSON([]byte("  {\n  \"schema\": \"dateline/v1\",\n  \"events\": []}")))
	assert.False(t, LooksLikeTimelineJSON([]byte(`{"title":"x","text":"y"}`)))
	assert.False(t, LooksLikeTimelineJSON([]byte(`[{"schema":"dateline/v1"}]`)))
	assert.False(t, LooksLikeTimelineJSON(nil))
}
