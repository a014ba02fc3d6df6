package timeml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const agreeDir = "../../testdata/timeml/agree"

func TestReadGoldFixture(t *testing.T) {
	d, err := ReadGold(filepath.Join(agreeDir, "gold", "a.tml"))
	require.NoError(t, err)
	assert.Equal(t, "a.tml", d.Name)
	assert.Equal(t, "fixture-a", d.ID)
	assert.Equal(t, date.New(2022, 1, 3), d.DCT)
	// Tags gone, entities decoded (&amp; &lt; &#233;), the rest as written.
	assert.Equal(t, "\nThe two ministers spoke by phone on Thursday and agreed to meet next week.\n"+
		"Bread rose 5% & wages fell <2% over the past three months.\n"+
		"The café in Zürich reopens January 10; \"it's\" now or never.\n"+
		"Talks lasted two hours Sunday evening.\n", d.Text)
	require.Len(t, d.Gold, 7)
	for _, g := range d.Gold {
		assert.Equal(t, d.Text[g.Start:g.End], g.Text, "span text is the byte slice of the text")
	}
	// Byte offsets: "é" and "ü" are two bytes each before "January 10".
	assert.Equal(t, Span{Start: 164, End: 174, Text: "January 10", Type: "DATE", Value: "2022-01-10", TID: "t4"}, d.Gold[3])
	assert.Equal(t, Span{Start: 220, End: 234, Text: "Sunday evening", Type: "TIME", Value: "2022-01-02TEV", TID: "t7"}, d.Gold[6])
}

func TestReadGoldDCTWithTime(t *testing.T) {
	d, err := ReadGold(filepath.Join(agreeDir, "gold", "b.tml"))
	require.NoError(t, err)
	assert.Equal(t, date.New(1998, 2, 14), d.DCT, "the first ten characters of 1998-02-14T09:30:00")
	assert.Equal(t, "197", d.Gold[3].Value)
}

// doc builds a TimeML document around body.
func doc(body string) string {
	return `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-17" functionInDocument="CREATION_TIME">May 17</TIMEX3></DCT>` +
		"\n<TEXT>" + body + "</TEXT>\n</TimeML>\n"
}

func TestParseGold(t *testing.T) {
	tests := []struct {
		name string
		in   string
		text string
		gold []Span
	}{
		{"plain", doc("Nothing happened."), "Nothing happened.", nil},
		{"other tags removed", doc(`She <EVENT eid="e1">left</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2020-05-15">Friday</TIMEX3>.`),
			"She left on Friday.", []Span{{Start: 12, End: 18, Text: "Friday", Type: "DATE", Value: "2020-05-15", TID: "t1"}}},
		{"entities count as their decoded bytes", doc(`A &amp; B &#8212; <TIMEX3 tid="t1" type="DATE" value="2020">this year</TIMEX3>`),
			"A & B — this year", []Span{{Start: 10, End: 19, Text: "this year", Type: "DATE", Value: "2020", TID: "t1"}}},
		{"single-quoted attributes", doc(`<TIMEX3 tid='t9' type='DURATION' value='P2D'>two days</TIMEX3>`),
			"two days", []Span{{Start: 0, End: 8, Text: "two days", Type: "DURATION", Value: "P2D", TID: "t9"}}},
		{"empty TIMEX3 covers nothing", doc(`<TIMEX3 tid="t2" type="DATE" value="2020-05-10" anchorTimeID="t0"/>a week ago`),
			"a week ago", nil},
		{"empty TIMEX3 inside another", doc(`<TIMEX3 tid="t1" type="DURATION" value="P1W">a week <TIMEX3 tid="t2" type="DATE" value="2020-05-10"/>ago</TIMEX3>`),
			"a week ago", []Span{{Start: 0, End: 10, Text: "a week ago", Type: "DURATION", Value: "P1W", TID: "t1"}}},
		{"text from first <TEXT> to last </TEXT>", doc(`a</TEXT>b`), "ab", nil},
		{"attribute values decoded", doc(`<TIMEX3 tid="t1" type="DATE" value="A&amp;B">x</TIMEX3>`),
			"x", []Span{{Start: 0, End: 1, Text: "x", Type: "DATE", Value: "A&B", TID: "t1"}}},
		{"lone < that starts no tag is text", doc(`1 < 2 &lt; 3`), "1 < 2 < 3", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseGold("x.tml", []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.text, d.Text)
			assert.Equal(t, tt.gold, d.Gold)
			assert.Equal(t, date.New(2020, 5, 17), d.DCT)
		})
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the error must contain this
	}{
		{"no DCT", `<TimeML><TEXT>x</TEXT></TimeML>`, `x.tml:1: no document creation time: expected a <TIMEX3 functionInDocument="CREATION_TIME"`},
		{"DCT not a date", `<DCT><TIMEX3 value="soon" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT>`,
			`x.tml:1: creation time value "soon": expected a date YYYY-MM-DD`},
		{"no TEXT", `<DCT><TIMEX3 value="2020-05-17" functionInDocument="CREATION_TIME"/></DCT>` + "\n<BODY>x</BODY>",
			"x.tml:1: no <TEXT> element"},
		{"unclosed TIMEX3", doc("a\n" + `<TIMEX3 tid="t1" type="DATE" value="2020">this year`),
			`x.tml:3: <TIMEX3 tid="t1"> is never closed: expected </TIMEX3> before </TEXT>`},
		{"nested TIMEX3", doc(`<TIMEX3 tid="t1" type="DATE" value="2020">a` + "\n" + `<TIMEX3 tid="t2" type="DATE" value="2020">b</TIMEX3></TIMEX3>`),
			"x.tml:3: <TIMEX3> inside another <TIMEX3> (opened on line 2)"},
		{"closing without opening", doc(`a</TIMEX3>`), "x.tml:2: </TIMEX3> without an opening <TIMEX3>"},
		{"no value", doc(`<TIMEX3 tid="t1" type="DATE">x</TIMEX3>`), "x.tml:2: <TIMEX3> has no value attribute"},
		{"no type", doc(`<TIMEX3 tid="t1" value="2020">x</TIMEX3>`), "x.tml:2: <TIMEX3> has no type attribute"},
		{"tag never closed", doc("a\nb <TIMEX3 tid=\"t1\""), `x.tml:3: malformed tag: "<T" starts a tag that no '>' closes`},
		{"invalid UTF-8", "<TimeML>\n\xff", "x.tml:2: not valid UTF-8 (byte 0xff at offset 9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold("x.tml", []byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestReadDir(t *testing.T) {
	docs, err := ReadDir(filepath.Join(agreeDir, "gold"))
	require.NoError(t, err)
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	assert.Equal(t, []string{"a.tml", "b.tml", "c.tml"}, names)
}

func TestReadDirGoesOnAfterABadFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "1-bad.tml"), []byte("<TimeML/>"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "2-good.tml"), []byte(doc("ok")), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not TimeML"), 0o644))
	docs, err := ReadDir(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), filepath.Join(dir, "1-bad.tml")+":1: no document creation time")
	require.Len(t, docs, 1)
	assert.Equal(t, "2-good.tml", docs[0].Name)
}

func TestReadDirErrors(t *testing.T) {
	_, err := ReadDir(filepath.Join(t.TempDir(), "missing"))
	require.ErrorIs(t, err, os.ErrNotExist)

	empty := t.TempDir()
	_, err = ReadDir(empty)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no .tml files")
}

// FuzzReadGold checks the parser on arbitrary bytes: it never panics, and
// what it accepts is consistent — spans inside the text, in order, not
// overlapping, each Text the slice it names, the text valid UTF-8.
func FuzzReadGold(f *testing.F) {
	for _, name := range []string{"a.tml", "b.tml", "c.tml"} {
		data, err := os.ReadFile(filepath.Join(agreeDir, "gold", name))
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(doc(`<TIMEX3 tid="t1" type="DATE" value="2020">x</TIMEX3><TIMEX3 type="DATE" value="1"/>`)))
	f.Add([]byte(doc(`&amp;&#0;&#x110000;&bogus;<a<b>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseGold("fuzz.tml", data)
		if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "fuzz.tml:"), "error names the file: %v", err)
			return
		}
		require.True(t, utf8.ValidString(d.Text))
		end := 0
		for _, g := range d.Gold {
			require.LessOrEqual(t, end, g.Start)
			require.LessOrEqual(t, g.Start, g.End)
			require.LessOrEqual(t, g.End, len(d.Text))
			require.Equal(t, d.Text[g.Start:g.End], g.Text)
			end = g.End
		}
	})
}
