package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCalendarPoints(t *testing.T) {
	for _, c := range []struct {
		name        string
		p           point
		ok          bool
		value       string
		first, last string
	}{
		{"week across years", must(weekPoint(d("2022-01-02"))), true, "2021-W52", "2021-12-27", "2022-01-02"},
		{"week 1", must(weekPoint(d("2022-01-03"))), true, "2022-W01", "2022-01-03", "2022-01-09"},
		{"month carried back", must(monthPoint(2022, 0)), true, "2021-12", "2021-12-01", "2021-12-31"},
		{"month carried on", must(monthPoint(2021, 14)), true, "2022-02", "2022-02-01", "2022-02-28"},
		{"quarter carried back", must(quarterPoint(2022, 0)), true, "2021-Q4", "2021-10-01", "2021-12-31"},
		{"leap February", must(monthPoint(2024, 2)), true, "2024-02", "2024-02-01", "2024-02-29"},
		{"winter spans years", must(seasonPoint(2021, sWinter)), true, "2021-WI", "2021-12-01", "2022-02-28"},
		{"half", must(halfPoint(2021, 2)), true, "2021-H2", "2021-07-01", "2021-12-31"},
		{"decade", must(decadePoint(1990)), true, "199", "1990-01-01", "1999-12-31"},
		{"century", must(centuryPoint(19)), true, "19", "1900-01-01", "1999-12-31"},
		{"weekend", must(weekendPoint(d("2022-01-05"))), true, "2022-W01-WE", "2022-01-08", "2022-01-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.value, c.p.value)
			assert.Equal(t, c.first, c.p.rng.First.String())
			assert.Equal(t, c.last, c.p.rng.Last.String())
			assert.True(t, ValidValue(c.p.value))
		})
	}
	_, ok := yearPoint(10000)
	assert.False(t, ok, "year 10000 has no TimeML value")
	_, ok = yearPoint(0)
	assert.False(t, ok, "year 0 has no TimeML value")
}

func must(p point, ok bool) point {
	if !ok {
		panic("point not valid")
	}
	return p
}

func TestTokenize(t *testing.T) {
	text := "On Jan. 10, 2022, 1,200 troops\xff left at 3:30 p.m.; the 1990s."
	low := []byte(text)
	toks := tokenize(text, low, nil)
	var got []string
	for _, tk := range toks {
		got = append(got, text[tk.start:tk.end])
	}
	assert.Equal(t, []string{"On", "Jan", ".", "10", ",", "2022", ",", "1,200", "troops", "\xff", "left", "at",
		"3", ":", "30", "p", ".", "m", ".", ";", "the", "1990", "s", "."}, got)
	assert.Equal(t, tNum, toks[7].kind)
	assert.True(t, toks[7].grouped, "a grouped number is not a year")
	assert.False(t, toks[5].grouped)
	m, ok := toks[1].lex.has(cMonth)
	assert.True(t, ok)
	assert.Equal(t, 1, m)
	assert.False(t, toks[16].space, "the full stop of p.m. is glued")
}
