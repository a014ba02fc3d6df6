package article

import (
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in    string
		order DateOrder
		want  string
	}{
		{"2022-01-02", "", "2022-01-02"},
		{"Published: February 24, 2022", "", "2022-02-24"},
		{"Updated 12:01 PM EST, Thu February 24, 2022", "", "2022-02-24"},
		{"Posted on Feb. 24, 2022", "", "2022-02-24"},
		{"Ottawa, Ontario - January 30, 2024", "", "2024-01-30"}, // a place, then the date
		{"January 30, 2024 - Ottawa, Ontario - Global Affairs Canada", "", "2024-01-30"},
		{"Press release | 5 March 2024", "", "2024-03-05"},
		{"Date: 2022-02-24", "", "2022-02-24"},
		{"2022-1-2", "", "2022-01-02"},
		{"2022-01-02T10:00:00Z", "", "2022-01-02"},
		{"2022-01-02T23:30:00-05:00", "", "2022-01-02"}, // the writer's day, not UTC's
		{"2022-01-02T23:30:00.123+0300", "", "2022-01-02"},
		{"2022-01-02 10:00", "", "2022-01-02"},
		{"2022/01/02", "", "2022-01-02"},
		{"2022.01.02", "", "2022-01-02"},
		{"12.02.2025", "", "2025-02-12"}, // dots: day first
		{"1.2.2022", "", "2022-02-01"},
		{"12.02.2025", MonthFirst, "2025-12-02"},
		{"20220102", "", "2022-01-02"},
		{"Jan 02, 2022", "", "2022-01-02"},
		{"Jan 2, 2022", "", "2022-01-02"},
		{"Jan. 2, 2022", "", "2022-01-02"},
		{"January 2, 2022", "", "2022-01-02"},
		{"January 2nd, 2022", "", "2022-01-02"},
		{"january 2 2022", "", "2022-01-02"},
		{"Sept. 30, 2021", "", "2021-09-30"},
		{"2 January 2022", "", "2022-01-02"},
		{"2nd Jan 2022", "", "2022-01-02"},
		{"02-Jan-2022", "", "2022-01-02"},
		{"2022 January 2", "", "2022-01-02"},
		{"Sunday, January 2, 2022", "", "2022-01-02"},
		{"Sun, 02 Jan 2022 10:00:00 GMT", "", "2022-01-02"},
		{"Sun, 02 Jan 2022 10:00:00 +0000", "", "2022-01-02"},
		{"January 2, 2022 10:30 a.m. EST", "", "2022-01-02"},
		{"Jan 2, 2022 at 4:15 PM", "", "2022-01-02"},
		{"Jan 2, 2022 | 09:12 IST", "", "2022-01-02"},
		{"29 February 2024", "", "2024-02-29"},
		{"13/01/2022", "", "2022-01-13"},
		{"01/13/2022", "", "2022-01-13"},
		{"05/05/2022", "", "2022-05-05"}, // both readings agree
		{"02/01/2022", DayFirst, "2022-01-02"},
		{"02/01/2022", MonthFirst, "2022-02-01"},
		{"2.1.2022", DayFirst, "2022-01-02"},
		{"02-01-2022", MonthFirst, "2022-02-01"},
		{"13/01/2022 18:05", "", "2022-01-13"},
		{"  Jan 02, 2022  ", "", "2022-01-02"},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+string(tt.order), func(t *testing.T) {
			d, err := ParsePublished(tt.in, tt.order)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
		})
	}
}

func TestParsePublishedErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"02/01/2022", ErrAmbiguousDate},
		{"Published: 02/01/2022", ErrAmbiguousDate},
		{"Updated: soon", ErrNotADate},
		{"Biden, Putin to talk", ErrNotADate},
		{"Biden - Putin talks set for June", ErrNotADate},
		{"Ottawa, Ontario - January 30", ErrNotADate}, // no part is a whole date
		{"13/13/2022", ErrBadDate},
		{"01/02/22", ErrBadDate}, // two-digit year
		{"2022-02-30", ErrBadDate},
		{"April 31, 2022", ErrBadDate},
		{"29 February 2022", ErrBadDate},
		{"2022-13-01", ErrBadDate},
		{"January 2", ErrNoYear},
		{"", ErrNotADate},
		{"President Biden spoke today", ErrNotADate},
		{"Jan 2, 2022 Biden calls Zelenskyy", ErrNotADate}, // a date, then words
		{"March 2022", ErrNotADate},
		{"2022", ErrNotADate},
		{"By JANE DOE, Associated Press", ErrNotADate},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParsePublished(tt.in, DateOrderStrict)
			require.ErrorIs(t, err, tt.want)
			var de *DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.in, de.Text)
		})
	}
}

func TestAmbiguousDateMessage(t *testing.T) {
	_, err := ParsePublished("02/01/2022", DateOrderStrict)
	assert.EqualError(t, err, `cannot read "02/01/2022": ambiguous day/month order; use --date-order dmy or mdy`)
}

func TestParseDateOrder(t *testing.T) {
	for in, want := range map[string]DateOrder{"": DateOrderStrict, "dmy": DayFirst, "MDY": MonthFirst, " dmy ": DayFirst} {
		got, err := ParseDateOrder(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseDateOrder("ymd")
	assert.ErrorContains(t, err, `unknown date order "ymd"`)
}

func TestNearestYear(t *testing.T) {
	tests := []struct {
		md        monthDay
		published string
		want      string
	}{
		{monthDay{1, 1}, "2021-12-31", "2022-01-01"},
		{monthDay{12, 31}, "2022-01-01", "2021-12-31"},
		{monthDay{1, 3}, "2022-01-02", "2022-01-03"},
		{monthDay{6, 15}, "2022-01-02", "2022-06-15"}, // 5 months ahead beats 7 back
		{monthDay{8, 15}, "2022-01-02", "2021-08-15"},
		{monthDay{2, 29}, "2023-03-01", "2024-02-29"}, // the only leap year in reach
	}
	for _, tt := range tests {
		pub, err := date.ParseISO(tt.published)
		require.NoError(t, err)
		assert.Equal(t, tt.want, nearestYear(tt.md, pub).String(), fmt.Sprint(tt.md, " ", tt.published))
	}
}

func ExampleParsePublished() {
	for _, s := range []string{"Jan 02, 2022", "2 January 2022", "2022-01-02T10:00:00Z", "02/01/2022"} {
		d, err := ParsePublished(s, DateOrderStrict)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d)
	}
	d, _ := ParsePublished("02/01/2022", DayFirst)
	fmt.Println(d)
	// Output:
	// 2022-01-02
	// 2022-01-02
	// 2022-01-02
	// cannot read "02/01/2022": ambiguous day/month order; use --date-order dmy or mdy
	// 2022-01-02
}
