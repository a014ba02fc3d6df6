package timeline

import (
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
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

func TestWhenCoarse(t *testing.T) {
	d := func(s string) date.Date { return date.MustParseISO(s) }
	tests := []struct {
		value, first, last string
		gran               resolve.Granularity
		coarse             bool
		days               int
	}{
		{"2021-12-30", "2021-12-30", "2021-12-30", resolve.GranDay, false, 1},
		{"2022-W02", "2022-01-10", "2022-01-16", resolve.GranWeek, false, 7},
		{"2021-12", "2021-12-01", "2021-12-31", resolve.GranMonth, false, 31},
		{"2021-Q4", "2021-10-01", "2021-12-31", resolve.GranQuarter, true, 92},
		{"2019", "2019-01-01", "2019-12-31", resolve.GranYear, true, 365},
		{"199", "1990-01-01", "1999-12-31", resolve.GranDecade, true, 3652},
		{"", "2022-01-18", "2022-01-21", resolve.GranNone, false, 4},
		{"", "2022-01-01", "2022-03-01", resolve.GranNone, true, 60},
	}
	for _, tt := range tests {
		w := When{Value: tt.value, Range: resolve.Range{First: d(tt.first), Last: d(tt.last)}, Granularity: tt.gran}
		assert.Equal(t, tt.coarse, w.Coarse(), "%s %s", tt.value, tt.gran)
		assert.Equal(t, tt.days, w.Days(), "%s", tt.value)
	}
	assert.Zero(t, When{}.Days())
}
