package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShift(t *testing.T) {
	cases := []struct {
		name, in string
		days     int
		want     string
	}{
		{"publication line and a date without year", "Headline\nDec 30, 2021\nThey spoke on December 30 and will meet on January 5.",
			7, "Headline\nJan 6, 2022\nThey spoke on January 6 and will meet on January 12."},
		{"a leading zero is kept", "Dec 09, 2021", 14, "Dec 23, 2021"},
		{"abbreviation with a period and an ordinal", "on Dec. 3rd, 2021", 7, "on Dec. 10th, 2021"},
		{"day before month", "Published 30 December 2021; talks on 21-22 January", 7, "Published 6 January 2022; talks on 28-29 January"},
		{"a span that crosses a month end", "Dec 1, 2021. Talks on December 28-29.", 14, "Dec 15, 2021. Talks on January 11-12."},
		{"a span whose days fall in two months", "Dec 1, 2021. Talks on December 30-31 and later.", 1, "Dec 2, 2021. Talks on December 31-January 1 and later."},
		{"ISO dates", `{"date":"2021-12-30","text":"x"}`, 7, `{"date":"2022-01-06","text":"x"}`},
		{"a month and year moves with its middle day", "Dec 1, 2021. In December 2021 and in November 2021.", 21, "Dec 22, 2021. In January 2022 and in December 2021."},
		{"relative dates and other numbers stay", "Jan 3, 2022. On Thursday 40 people met; next week, May 5 talks.", 7, "Jan 10, 2022. On Thursday 40 people met; next week, May 12 talks."},
		{"no date with a year: a date without one is left", "They spoke on December 30.", 7, "They spoke on December 30."},
		{"no shift", "Dec 30, 2021", 0, "Dec 30, 2021"},
		{"an impossible date is left", "Feb 30, 2021", 7, "Feb 30, 2021"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, string(Shift([]byte(c.in), c.days)))
		})
	}
}

// FuzzShift holds Shift to what it promises on any input: it does not
// panic, leaves text without a digit alone, and undoes itself on text
// whose dates all carry their year and stay within one month.
func FuzzShift(f *testing.F) {
	f.Add("Dec 30, 2021\nOn December 21-22 and 2021-12-30 in December 2021.", 7)
	f.Add("Published 30 December 2021: talks on 5 January 2022.", -35)
	f.Fuzz(func(t *testing.T, s string, days int) {
		days %= 100000
		out := Shift([]byte(s), days)
		if days == 0 || !strings.ContainsAny(s, "0123456789") {
			assert.Equal(t, s, string(out))
		}
		if iso := "2021-06-10 and " + s; !strings.ContainsAny(s, "0123456789") {
			assert.Equal(t, iso, string(Shift(Shift([]byte(iso), days), -days)))
		}
	})
}
