package resolve

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
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

// TestMkDate checks the fast civil-date arithmetic against date.New on
// every day of four centuries and on overflowing months and days.
func TestMkDate(t *testing.T) {
	for y := 1899; y <= 2301; y++ {
		for m := 0; m <= 13; m++ {
			for dd := 1; dd <= 32; dd++ {
				want := date.New(y, time.Month(m), dd)
				if got := mkDate(y, m, dd); got != want {
					t.Fatalf("mkDate(%d, %d, %d) = %v, want %v", y, m, dd, got, want)
				}
			}
			if m >= 1 && m <= 12 {
				want := int(date.New(y, time.Month(m)+1, 1) - date.New(y, time.Month(m), 1))
				if got := daysIn(y, m); got != want {
					t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
				}
			}
		}
	}
	for _, y := range []int{1, 2, 4, 100, 400, 1000, 9999} {
		if got, want := mkDate(y, 1, 1), date.New(y, 1, 1); got != want {
			t.Fatalf("mkDate(%d, 1, 1) = %v, want %v", y, got, want)
		}
	}
}

// TestLexiconLookups checks that the tokenizer's fast lookups (packed
// short words, hashed long ones, the prefilter) agree with the lexicon
// map for every word in it, in any capitalisation, and miss other words.
func TestLexiconLookups(t *testing.T) {
	low := make([]byte, 64)
	for w, want := range lexicon {
		if !allLower(w) {
			continue
		}
		for _, form := range []string{w, string(w[0]-'a'+'A') + w[1:]} {
			toks := tokenize(form, low, nil)
			if len(toks) != 1 || toks[0].lex != want {
				t.Fatalf("tokenize(%q): lexicon entry %+v, want %+v", form, toks[0].lex, want)
			}
		}
	}
	for _, w := range []string{"company", "said", "xyz", "januaryy", "mondays", "extraordinarily"} {
		toks := tokenize(w, low, nil)
		if want := lexicon[w]; toks[0].lex != want {
			t.Fatalf("tokenize(%q): lexicon entry %+v, want %+v", w, toks[0].lex, want)
		}
	}
}

// TestLetterBits checks the eight-bytes-at-once letter test against the
// byte classes, for every byte value at every position and next to every
// neighbour class.
func TestLetterBits(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', ' ', '0', 0x80, 0xff, '@', '['} {
		for p := 0; p < 8; p++ {
			for b := 0; b < 256; b++ {
				var v uint64
				for k := 0; k < 8; k++ {
					c := fill
					if k == p {
						c = byte(b)
					}
					v |= uint64(c) << (8 * k)
				}
				got := letterBits(v)>>(8*p+7)&1 == 1
				if want := byteClass[b] == bLetter; got != want {
					t.Fatalf("letterBits: byte %#x at %d among %#x: letter=%v, want %v", b, p, fill, got, want)
				}
			}
		}
	}
	// Lowercasing a long mixed text the fast way equals doing it a byte
	// at a time.
	text := "The SUMMIT Opens on Thursday, JANUARY 10th, in Vienna; Déjà vu: 2022-01-10 ABCDEFGHIJKLMNOPQRSTUVWXYZ end"
	low := make([]byte, len(text))
	tokenize(text, low, nil)
	for _, tk := range tokenize(text, low, nil) {
		if tk.kind != tWord {
			continue
		}
		for k := tk.start; k < tk.end; k++ {
			if want := text[k] | 0x20; low[k] != want {
				t.Fatalf("low[%d] = %q, want %q", k, low[k], want)
			}
		}
	}
}
