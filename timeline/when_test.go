package timeline

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDay(t *testing.T) {
	d, err := ParseDay("2022-01-02")
	require.NoError(t, err)
	assert.Equal(t, "2022-01-02", d.String())
	for _, bad := range []string{"2022-02-30", "2022-13-01", "0000-01-01", "+002022-01-02", "2022-1-2", "2022-01-02T00:00", "", "soon"} {
		_, err := ParseDay(bad)
		assert.Error(t, err, bad)
	}
}
