package resolve

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRange(t *testing.T) {
	today := date.New(2022, 1, 5) // a Wednesday
	tests := []struct {
		in          string
		first, last string
	}{
		{"2021-12-29", "2021-12-29", "2021-12-29"},
		{"2021-12", "2021-12-01", "2021-12-31"},
		{"2020-02", "2020-02-01", "2020-02-29"},
		{"2021", "2021-01-01", "2021-12-31"},
		{"yesterday", "2022-01-04", "2022-01-04"},
		{"today", "2022-01-05", "2022-01-05"},
		{"last week", "2021-12-27", "2022-01-02"},
		{"this month", "2022-01-01", "2022-01-31"},
		{"March 2021", "2021-03-01", "2021-03-31"},
		{"  2021-12-29 ", "2021-12-29", "2021-12-29"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := ParseRange(tt.in, today)
			require.NoError(t, err)
			assert.Equal(t, tt.first, r.First.String())
			assert.Equal(t, tt.last, r.Last.String())
		})
	}
}

func TestParseRangeErrors(t *testing.T) {
	for _, in := range []string{"", "soon-ish", "2021-13-01", "2021-02-30", "2021-13", "the meeting", "yesterday and today"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseRange(in, date.New(2022, 1, 5))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "YYYY-MM-DD")
		})
	}
}
