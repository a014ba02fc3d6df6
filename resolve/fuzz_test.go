package resolve

import (
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/require"
)

// checkInvariants verifies what Tag promises for any input.
func checkInvariants(t *testing.T, text string, xs []Timex) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		// Plain comparisons first: require is slow on 10 MB of output.
		if x.Start < 0 || x.Start >= x.End || x.End > len(text) {
			require.Failf(t, "span outside input", "span %d:%d, input of %d bytes", x.Start, x.End, len(text))
		}
		if text[x.Start:x.End] != x.Text {
			require.Equal(t, text[x.Start:x.End], x.Text, "text of span %d:%d", x.Start, x.End)
		}
		if x.Start < prev {
			require.Failf(t, "spans overlap or are out of order", "%q at %d starts before %d", x.Text, x.Start, prev)
		}
		prev = x.End
		if !ValidValue(x.Value) {
			require.Failf(t, "invalid TimeML value", "%q for %q (%s)", x.Value, x.Text, x.Rule)
		}
		if x.Range != nil && x.Range.First > x.Range.Last {
			require.Failf(t, "empty range", "%q: %v", x.Text, *x.Range)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Thursday (local time), Biden held a telephone call with Putin.",
		"Talks start next week; a summit follows in March 2022, or on Jan. 10, 2022.",
		"Profit rose in the third quarter from $5 million a year earlier.",
		"the 1990s, the '90s, 2022-01-10, 1/10/2022, 15:00 GMT Saturday, 3 p.m. Monday",
		"about two years ago, more than four hours, every Monday, Tuesday nights, annually.",
		"mid-January early December late last July the end of the year",
		"\xff\xfe Jan \x80 10 \xc3",
		"9999-12-31 0001-01-01 Dec. 31, 9999 the 99th century",
		"",
	} {
		f.Add(s, 2022, 1, 3)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, dd int) {
		if y < 1 || y > 9999 || m < 1 || m > 12 || dd < 1 || dd > 28 {
			y, m, dd = 2022, 1, 3
		}
		a := Anchor{Date: d(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2))}
		xs := Tag(text, a)
		checkInvariants(t, text, xs)
		// TagReader, reading the text a byte at a time, finds the same.
		got, _ := tagReaderAll(t, iotest.OneByteReader(strings.NewReader(text)), a)
		require.Equal(t, len(xs), len(got))
		for i := range xs {
			require.Equal(t, xs[i], got[i])
		}
	})
}

// TestTagLargeSingleLine tags a 10 MB input with no line break.
func TestTagLargeSingleLine(t *testing.T) {
	unit := "Talks began on Thursday and will resume next week, said officials in Geneva; "
	text := strings.Repeat(unit, 10<<20/len(unit)+1)
	xs := Tag(text, mon3)
	checkInvariants(t, text, xs)
	require.Equal(t, 2*(10<<20/len(unit)+1), len(xs))
}

// TestTagInvalidUTF8 tags text broken by stray bytes.
func TestTagInvalidUTF8(t *testing.T) {
	text := "Jan\xff 10 \xe2\x80 On Thursday\xc3, talks were held. \x80next week\xfe"
	xs := Tag(text, mon3)
	checkInvariants(t, text, xs)
	var got []string
	for _, x := range xs {
		got = append(got, x.Text)
	}
	require.Equal(t, []string{"Thursday", "next week"}, got)
}

// TestTaggerReuse checks that results stay intact when a Tagger's buffers
// are reused for the next text.
func TestTaggerReuse(t *testing.T) {
	var tg Tagger
	first := tg.Tag("Talks were held on Thursday and resume next week; currently the envoys rest.", mon3)
	want := make([]Timex, len(first))
	for i, x := range first {
		x.Text, x.Value, x.Rule, x.Explain = strings.Clone(x.Text), strings.Clone(x.Value), strings.Clone(x.Rule), strings.Clone(x.Explain)
		want[i] = x
	}
	tg.Tag(strings.Repeat("ZZZZZZZZ ", 50), mon3)
	require.Equal(t, want, first)
}
