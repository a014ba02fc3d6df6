package timeml

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sp builds a span with a value; type DATE unless given.
func sp(start, end int, value string, typ ...string) Span {
	s := Span{Start: start, End: end, Value: value, Type: "DATE"}
	if len(typ) > 0 {
		s.Type = typ[0]
	}
	return s
}

func TestScore(t *testing.T) {
	tests := []struct {
		name     string
		gold     []Span
		sys      []Span
		want     Counts
		matched  []int // per gold span: index into sys of its match, -1 if missed
		spurious []int // indexes into sys
	}{
		{"nothing", nil, nil, Counts{}, nil, nil},
		{"exact match", []Span{sp(0, 5, "2020")}, []Span{sp(0, 5, "2020")},
			Counts{Gold: 1, System: 1, Strict: 1, Relaxed: 1, Value: 1, Type: 1}, []int{0}, nil},
		{"overlap is relaxed only", []Span{sp(0, 10, "2020")}, []Span{sp(4, 12, "2020")},
			Counts{Gold: 1, System: 1, Relaxed: 1, Value: 1, Type: 1}, []int{0}, nil},
		{"touching is no overlap", []Span{sp(0, 5, "2020")}, []Span{sp(5, 9, "2020")},
			Counts{Gold: 1, System: 1}, []int{-1}, []int{0}},
		{"exact match beats an earlier overlap", []Span{sp(0, 10, "2020")}, []Span{sp(0, 4, "2019"), sp(0, 10, "2020")},
			Counts{Gold: 1, System: 2, Strict: 1, Relaxed: 1, Value: 1, Type: 1}, []int{1}, []int{0}},
		{"first overlap wins among partial ones", []Span{sp(0, 10, "2020")}, []Span{sp(6, 12, "2020"), sp(2, 8, "2019")},
			Counts{Gold: 1, System: 2, Relaxed: 1, Value: 1, Type: 1}, []int{0}, []int{1}},
		{"one system span serves only the first gold", []Span{sp(0, 5, "P2H", "DURATION"), sp(6, 12, "2020-01-01")}, []Span{sp(0, 12, "2020-01-01")},
			Counts{Gold: 2, System: 1, Relaxed: 1}, []int{0, -1}, nil},
		{"an exact match already used goes to the next overlap", []Span{sp(0, 5, "A"), sp(0, 5, "B")}, []Span{sp(0, 5, "A"), sp(2, 3, "B")},
			Counts{Gold: 2, System: 2, Strict: 1, Relaxed: 2, Value: 2, Type: 2}, []int{0, 1}, nil},
		{"value and type ignore case and surrounding space", []Span{sp(0, 3, "PRESENT_REF", "DATE")}, []Span{sp(0, 3, " present_ref\n", "date ")},
			Counts{Gold: 1, System: 1, Strict: 1, Relaxed: 1, Value: 1, Type: 1}, []int{0}, nil},
		{"wrong value, right type", []Span{sp(0, 3, "2020-W02")}, []Span{sp(0, 3, "2020-W01")},
			Counts{Gold: 1, System: 1, Strict: 1, Relaxed: 1, Type: 1}, []int{0}, nil},
		{"system order, not text order, decides", []Span{sp(10, 20, "X")}, []Span{sp(15, 25, "B"), sp(5, 15, "A")},
			Counts{Gold: 1, System: 2, Relaxed: 1, Type: 1}, []int{0}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(tt.gold, tt.sys)
			assert.Equal(t, tt.want, r.Counts)
			require.Len(t, r.Pairs, len(tt.gold))
			for i, m := range tt.matched {
				assert.Equal(t, tt.gold[i], r.Pairs[i].Gold)
				if m < 0 {
					assert.Nil(t, r.Pairs[i].System, "gold %d missed", i)
				} else if assert.NotNil(t, r.Pairs[i].System, "gold %d matched", i) {
					assert.Equal(t, tt.sys[m], *r.Pairs[i].System)
				}
			}
			var spurious []Span
			for _, i := range tt.spurious {
				spurious = append(spurious, tt.sys[i])
			}
			assert.Equal(t, spurious, r.Spurious)
		})
	}
}

func TestFigures(t *testing.T) {
	f := Counts{Gold: 10, System: 8, Strict: 4, Relaxed: 6, Value: 3, Type: 5}.Figures()
	assert.InDelta(t, 0.5, f.Strict.Precision, 1e-12)
	assert.InDelta(t, 0.4, f.Strict.Recall, 1e-12)
	assert.InDelta(t, 2*0.5*0.4/0.9, f.Strict.F1, 1e-12)
	assert.InDelta(t, 0.75, f.Relaxed.Precision, 1e-12)
	assert.InDelta(t, 0.6, f.Relaxed.Recall, 1e-12)
	assert.InDelta(t, 3.0/8, f.Value.Precision, 1e-12)
	assert.InDelta(t, 0.3, f.Value.Recall, 1e-12)
	assert.InDelta(t, 5.0/8, f.Type.Precision, 1e-12)
	assert.InDelta(t, 0.5, f.ValueAccuracy, 1e-12)

	assert.Equal(t, Figures{}, Counts{}.Figures(), "no expressions at all gives zeros, not NaN")
	assert.Equal(t, Figures{}, Counts{Gold: 3}.Figures())
}

func TestCountsAdd(t *testing.T) {
	a := Counts{Gold: 1, System: 2, Strict: 3, Relaxed: 4, Value: 5, Type: 6}
	b := Counts{Gold: 10, System: 20, Strict: 30, Relaxed: 40, Value: 50, Type: 60}
	assert.Equal(t, Counts{Gold: 11, System: 22, Strict: 33, Relaxed: 44, Value: 55, Type: 66}, a.Add(b))
}

func TestMismatches(t *testing.T) {
	gold := []Span{
		{Start: 0, End: 9, Text: "next week", Value: "2022-W02"},
		{Start: 10, End: 16, Text: "Friday", Value: "2021-12-31"},
		{Start: 20, End: 23, Text: "now", Value: "PRESENT_REF"},
		{Start: 30, End: 34, Text: "2020", Value: "2020"},
	}
	sys := []Span{
		{Start: 0, End: 9, Text: "next week", Value: "2022-W01"},
		{Start: 20, End: 23, Text: "now", Value: "present_ref"},
		{Start: 30, End: 34, Text: "2020", Value: "2020 "},
		{Start: 40, End: 44, Text: "it's", Value: "XXXX"},
	}
	dct := date.New(2022, 1, 3)
	var lines []string
	for _, m := range Score(gold, sys).Mismatches() {
		lines = append(lines, m.Line("a.tml", dct))
	}
	assert.Equal(t, []string{
		"a.tml [dct 2022-01-03] VALUE 'next week' gold=2022-W02 sys=2022-W01 (sys span 'next week')",
		"a.tml [dct 2022-01-03] MISSED 'Friday' gold=2021-12-31",
		// Counted as a right value (white space trimmed) yet listed, as the script does.
		"a.tml [dct 2022-01-03] VALUE '2020' gold=2020 sys=2020  (sys span '2020')",
		`a.tml [dct 2022-01-03] SPURIOUS "it's" sys=XXXX`,
	}, lines)
}

func TestMismatchKindString(t *testing.T) {
	assert.Equal(t, "MISSED", Missed.String())
	assert.Equal(t, "VALUE", WrongValue.String())
	assert.Equal(t, "SPURIOUS", Spurious.String())
	assert.Equal(t, "MismatchKind(9)", MismatchKind(9).String())
}

func TestPyRepr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `''`},
		{"next week", `'next week'`},
		{"it's", `"it's"`},
		{`"it's"`, `'"it\'s"'`},
		{`say "now"`, `'say "now"'`},
		{"a\\b", `'a\\b'`},
		{"line\nnext\tcol\r", `'line\nnext\tcol\r'`},
		{"café Zürich 🎉", `'café Zürich 🎉'`},
		{"\x00\x1f\x7f", `'\x00\x1f\x7f'`},
		{"\u00a0nbsp", `'\xa0nbsp'`},
		{"zero\u200bwidth", `'zero\u200bwidth'`},
		{"bad\xffbyte", "'bad\uFFFDbyte'"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pyRepr(tt.in), "pyRepr(%q)", tt.in)
	}
}

func TestPyRound4(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {1, "1.0"}, {0.9, "0.9"}, {0.34782608695652173, "0.3478"},
		{0.66666666, "0.6667"}, {0.12, "0.12"}, {0.99996, "1.0"}, {0.00004, "0.0"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pyRound4(tt.in), "pyRound4(%v)", tt.in)
	}
}
