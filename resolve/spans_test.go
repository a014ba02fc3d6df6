package resolve

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// shifted tags each span of text alone with Tag and moves the results to
// offsets in text: what TagSpans promises to return.
func shifted(text string, a Anchor, spans []Span) []Timex {
	var out []Timex
	last := 0
	for _, sp := range spans {
		s, e := max(sp.Start, last, 0), min(sp.End, len(text))
		if e <= s {
			continue
		}
		last = e
		for _, x := range Tag(text[s:e], a) {
			x.Start += s
			x.End += s
			out = append(out, x)
		}
	}
	return out
}

func TestTagSpans(t *testing.T) {
	text := "Markets fell on Monday. Biden spoke with Putin on Thursday (local time). Talks start next week."
	second := Span{24, 72} // "Biden spoke … (local time)."
	third := Span{73, len(text)}
	require.Equal(t, "Biden spoke with Putin on Thursday (local time).", text[second.Start:second.End])

	tests := []struct {
		name  string
		spans []Span
		want  []string // text and value of each expression
	}{
		{"one sentence", []Span{second}, []string{"Thursday (local time)", "2021-12-30"}},
		{"two sentences", []Span{second, third}, []string{"Thursday (local time)", "2021-12-30", "next week", "2022-W02"}},
		{"none", nil, nil},
		{"a span that cuts an expression", []Span{{0, 19}}, nil}, // "Markets fell on Mon"
		{"spans past the end are clipped", []Span{{73, 1000}}, []string{"next week", "2022-W02"}},
		{"overlapping spans are read once", []Span{second, {40, 80}}, []string{"Thursday (local time)", "2021-12-30"}},
		{"empty and backwards spans are skipped", []Span{{5, 5}, {9, 3}, third}, []string{"next week", "2022-W02"}},
	}
	a := Anchor{Date: d("2022-01-03")}
	var tg Tagger
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			xs := tg.TagSpans(text, a, tc.spans)
			var got []string
			for _, x := range xs {
				require.Equal(t, text[x.Start:x.End], x.Text, "offsets are offsets in text")
				got = append(got, x.Text, x.Value)
			}
			require.Equal(t, tc.want, got)
			checkInvariants(t, text, xs)
			require.Equal(t, shifted(text, a, tc.spans), xs)
		})
	}
}

// TestTagSpansKeepsResultsApart checks that the ranges of one call's
// results survive the next call on the same Tagger.
func TestTagSpansKeepsResultsApart(t *testing.T) {
	var tg Tagger
	a := Anchor{Date: d("2022-01-03")}
	first := tg.TagSpans("Talks on January 10 and next week.", a, []Span{{0, 34}})
	require.Len(t, first, 2)
	tg.TagSpans("They met in March 2020 and on Friday.", a, []Span{{0, 37}})
	require.Equal(t, "2022-01-10", first[0].Value)
	require.Equal(t, d("2022-01-10"), first[0].Range.First)
	require.Equal(t, d("2022-01-10"), first[1].Range.First, "next week from Monday Jan 3 starts Monday Jan 10")
	require.Equal(t, d("2022-01-16"), first[1].Range.Last)
}

func FuzzTagSpans(f *testing.F) {
	f.Add("Biden spoke with Putin on Thursday. Talks start next week in Geneva on January 10.", 10, 40, 36, 200)
	f.Add("\xff Jan 10 \xc3 next week", 0, 5, 5, 3)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		spans := []Span{{s1, e1}, {s2, e2}}
		a := Anchor{Date: d("2022-01-03")}
		var tg Tagger
		xs := tg.TagSpans(text, a, spans)
		checkInvariants(t, text, xs)
		require.Equal(t, shifted(text, a, spans), xs)
	})
}
