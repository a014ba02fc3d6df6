package resolve

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSegmentEnd(t *testing.T) {
	long := strings.Repeat("word ", maxSegment/5+10)
	for _, c := range []struct {
		name  string
		s     string
		atEOF bool
		n     int
		ok    bool
	}{
		{"one paragraph to the end", "Talks began.\nThey end.", true, 22, true},
		{"a blank line ends the paragraph", "Talks began.\n\nThey end.", true, 12, true},
		{"blanks on the empty line", "Talks began.\n \t\r\nThey end.", true, 12, true},
		{"leading blank lines stay with the paragraph", "\n\n\nTalks began.\n\nThey end.", true, 15, true},
		{"only blanks", " \n\n \n", true, 5, true},
		{"more may follow", "Talks began.", false, 0, false},
		{"a break decides before the end", "Talks began.\n\nThey", false, 12, true},
		{"a long paragraph is cut at a sentence end", long[:maxSegment-100] + "end. " + long, false, maxSegment - 100 + 4, true},
		{"a long paragraph is cut at a line break", long[:1000] + "\n" + long, false, 1000, true},
		{"a long paragraph without a sentence end is cut at its last space", long, true, maxSegment - 2, true},
		{"no space at all", strings.Repeat("x", maxSegment+5), true, maxSegment, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, ok := segmentEnd(c.s, c.atEOF)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.n, n)
		})
	}
}

// tagReaderAll runs TagReader and copies what it hands over.
func tagReaderAll(t *testing.T, r io.Reader, a Anchor) ([]Timex, string) {
	t.Helper()
	var tg Tagger
	var out []Timex
	var text strings.Builder
	err := tg.TagReader(r, a, func(offset int, seg string, xs []Timex) error {
		require.Equal(t, text.Len(), offset, "segments are handed over in order, without gaps")
		text.WriteString(seg)
		for _, x := range xs {
			if x.Range != nil {
				rg := *x.Range
				x.Range = &rg
			}
			out = append(out, x)
		}
		return nil
	})
	require.NoError(t, err)
	return out, text.String()
}

// TagReader gives what Tag gives on the whole text, however the reader
// hands the text over.
func TestTagReaderMatchesTag(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3*maxSegment; i++ {
		sb.WriteString("The envoys met on March 3, 2021, in Geneva. Three days later they signed a truce, and the next day they flew home. ")
		switch i % 5 {
		case 0:
			sb.WriteString("\n\nThat year, talks resumed on Thursday.\n")
		case 3:
			sb.WriteString("\nThe following month, a summit was held; it ended on the 10th.\n \n")
		}
	}
	long := sb.String()
	oneLine := strings.Repeat("Talks began on Thursday and will resume next week, said officials in Geneva; ", 3*maxSegment/78)
	for name, text := range map[string]string{"paragraphs": long, "one long line": oneLine, "empty": "", "blank": "\n\n\n"} {
		want := Tag(text, mon3)
		for rname, r := range map[string]io.Reader{
			"whole":    strings.NewReader(text),
			"one byte": iotest.OneByteReader(strings.NewReader(text)),
			"half":     iotest.HalfReader(strings.NewReader(text)),
			"data+EOF": iotest.DataErrReader(strings.NewReader(text)),
		} {
			t.Run(name+"/"+rname, func(t *testing.T) {
				got, seen := tagReaderAll(t, r, mon3)
				require.Equal(t, text, seen, "the segments make up the input")
				require.Equal(t, len(want), len(got))
				for i := range want {
					require.Equal(t, want[i], got[i], "expression %d", i)
				}
			})
		}
	}
}

// TagReader stops at the first error of its reader or of fn.
func TestTagReaderErrors(t *testing.T) {
	var tg Tagger
	boom := errors.New("boom")
	err := tg.TagReader(iotest.ErrReader(boom), mon3, func(int, string, []Timex) error { return nil })
	require.ErrorIs(t, err, boom)
	calls := 0
	err = tg.TagReader(strings.NewReader("Talks on Thursday.\n\nAnd on Friday."), mon3, func(int, string, []Timex) error {
		calls++
		return boom
	})
	require.ErrorIs(t, err, boom)
	require.Equal(t, 1, calls)
}

// Paragraph breaks: no expression spans one ("January" and "10" stay
// apart), but the narrative carries over them — "three days later" counts
// from a date of the paragraph before.
func TestTagAcrossParagraphs(t *testing.T) {
	text := "The envoys met on March 3, 2021.\n\nThree days later, they signed a truce.\n\nThe summit opens on January\n\n10 delegates came."
	xs := Tag(text, Anchor{Date: d("2022-11-02")})
	var got []string
	for _, x := range xs {
		got = append(got, x.Text+"="+x.Value)
	}
	assert.Equal(t, []string{"March 3, 2021=2021-03-03", "Three days later=2021-03-06", "January=2023-01"}, got)
}
