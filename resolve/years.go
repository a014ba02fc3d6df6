package resolve

import (
	"fmt"
	"strconv"
)

// Years, decades and centuries: "2011", "fiscal 1990", "nineteen
// ninety-six", "'82", "1957-58", "the 1990s", "the '90s", "the 70s", "the
// nineties", "the 20th century".

// yearNumAt reads a year at i: four digits from 1000 to 2999 (to 9999
// where the context makes it a year, see farYearContext), or the spoken
// forms "nineteen ninety-six", "two thousand", "two thousand and
// one". It returns the year and the token after it.
func (t *tagger) yearNumAt(i int) (int, int, bool) {
	if n, nd, ok := t.num(i, 4); ok && nd == 4 && (n >= 1000 && n <= 2999 || n >= 3000 && t.farYearContext(i)) {
		if t.glued(i+1) && (t.word(i+1) != "" || t.punct(i+1, '%')) {
			return 0, 0, false // "1990s", "1990th", "2000m", "1990%"
		}
		return n, i + 1, true
	}
	return t.spokenYearAt(i)
}

// farYearContext reports a number from 3000 to 9999 at i that its
// neighbours make a year: after a month ("December 3050", "December 3,
// 3050") or after "year", "in", "until", "since" with no word after it
// ("expires in 3050."), where "3000 troops" is a count. "By" is left out:
// "cut by 4000." is a count far more often than a year.
func (t *tagger) farYearContext(i int) bool {
	if i == 0 {
		return false
	}
	if _, ok := t.is(i-1, cMonth); ok {
		return true
	}
	if t.punct(i-1, ',') && i >= 3 {
		if _, ok := t.is(i-3, cMonth); ok {
			return true // "December 3, 3050"
		}
	}
	if t.word(i+1) != "" {
		return false
	}
	return farYearLeads[t.word(i-1)]
}

// farYearLeads make a following number of 3000 or more a year.
var farYearLeads = map[string]bool{"year": true, "in": true, "until": true, "till": true, "since": true}

// spokenYearAt reads "nineteen ninety-six", "nineteen eighty", "two
// thousand", "two thousand and one".
func (t *tagger) spokenYearAt(i int) (int, int, bool) {
	hi, ok := t.is(i, cNumWord)
	if !ok {
		return 0, 0, false
	}
	if hi >= 10 && hi <= 20 && t.word(i+1) != "thousand" {
		lo, j, ok := t.numberWordsAt(i + 1)
		if !ok || lo < 10 || lo > 99 {
			return 0, 0, false
		}
		return hi*100 + lo, j, true
	}
	if hi == 2 && t.word(i+1) == "thousand" {
		j := i + 2
		k := j
		if t.word(k) == "and" {
			k++
		}
		if lo, e, ok := t.numberWordsAt(k); ok && lo < 100 {
			return 2000 + lo, e, true
		}
		return 2000, j, true
	}
	return 0, 0, false
}

// yearAt matches a year: "2011", "fiscal 1990", "the year 2000", "fiscal
// year 1990", "nineteen ninety-six".
func (t *tagger) yearAt(i int) (cand, bool) {
	j := i
	lead := ""
	switch {
	case t.word(j) == "fiscal":
		lead = "fiscal "
		j++
		if t.isUnit(j, uYear) {
			j++
		}
	case t.word(j) == "the" && t.isUnit(j+1, uYear):
		lead = "the year "
		j += 2
	}
	y, e, ok := t.yearNumAt(j)
	if !ok {
		return cand{}, false
	}
	if t.toks[j].kind == tNum {
		// Not a year: "$1990", "2000 people" is left to the count grammar.
		if j > 0 && (t.punct(j-1, '$') || t.punct(j-1, '#')) {
			return cand{}, false
		}
		if (t.punct(e, '-') || t.tokText(e) == "–") && t.glued(e) {
			if _, _, ok := t.num(e+1, 4); ok {
				// "1957-58", a span of years: each year is tagged on its
				// own, the second by yearRangeEndAt. Anything else with a
				// number after a dash ("2000-2500 people") is left alone.
				if _, ok := t.yearRange(j); !ok {
					return cand{}, false
				}
			}
		}
		if w := t.word(e); w == "percent" || w == "people" || w == "feet" || w == "meters" || w == "miles" {
			return cand{}, false
		}
		// Outside 1600–2199 a bare number is more likely a count ("1200
		// pages") unless a preposition introduces it ("in 1066").
		if (y < 1600 || y > 2199) && lead == "" && !yearContext[t.word(i-1)] {
			return cand{}, false
		}
	} else if lead == "" && !yearContext[t.word(i-1)] && t.toks[j].lex.v[0] != 19 {
		return cand{}, false // "two thousand" needs "in", "of", "since" …
	}
	p, ok := yearPoint(y)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "year", why: lead + strconv.Itoa(y) + " as written"}, true
}

// yearContext are words after which a spoken number is a year.
var yearContext = map[string]bool{"in": true, "of": true, "since": true, "until": true, "by": true,
	"from": true, "before": true, "after": true, "during": true, "early": true, "late": true, "mid": true}

// decadeAt matches "the 1990s", "1990s", "the '90s", "the ’90s", "the
// 90s", "the mid-70s" (after a position word), "the nineties", and the
// short year "'82".
func (t *tagger) decadeAt(i int) (cand, bool) {
	j := i
	the := t.word(j) == "the"
	if the {
		j++
	}
	var y0, e int
	if n, nd, ok := t.num(j, 4); ok && (nd == 4 || nd == 2) && n%10 == 0 && t.glued(j+1) {
		switch {
		case t.word(j+1) == "s":
			e = j + 2
		case t.apos(j+1) && t.word(j+2) == "s" && t.glued(j+2):
			e = j + 3
		default:
			return cand{}, false
		}
		y0 = n
		switch {
		case nd == 2 && !the && !t.decadePosition(j):
			return cand{}, false // "in their 70s": an age, unless "the" says a decade
		case nd == 2:
			y0 = shortCentury(n, t.a.Date.Year(), 0)
		case n%100 == 0 && !the:
			return cand{}, false // "1900s" alone may be a century
		}
	} else if t.apos(j) {
		n, nd, ok := t.num(j+1, 2)
		if !ok || nd != 2 || !t.glued(j+1) || (j > 0 && t.glued(j) && t.word(j-1) != "") {
			return cand{}, false
		}
		if t.word(j+2) != "s" || !t.glued(j+2) {
			return t.shortYear(i, j, n)
		}
		if n%10 != 0 {
			return cand{}, false
		}
		y0 = shortCentury(n, t.a.Date.Year(), 0)
		e = j + 3
	} else if v, ok := t.is(j, cDecadeWord); ok && the {
		y0 = shortCentury(v, t.a.Date.Year(), 0)
		e = j + 1
	} else {
		return cand{}, false
	}
	p, ok := decadePoint(y0)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "decade", why: fmt.Sprintf("the decade %d–%d", y0, y0+9)}, true
}

// decadePosition reports whether a position word ("mid", "early", "late")
// stands right before token j, with or without a hyphen: "the mid-70s".
func (t *tagger) decadePosition(j int) bool {
	k := j - 1
	if t.punct(k, '-') && t.glued(j) {
		k--
	}
	_, ok := t.is(k, cPos)
	return ok
}

// shortCentury is the year of a two-digit year or decade: the latest one
// no more than ahead years after the anchor's year ay. A decade ("the
// '90s") is never ahead: one that began a century before the anchor's
// decade is the anchor's century's.
func shortCentury(n, ay, ahead int) int {
	y := ay - ay%100 + n
	for y > ay+ahead {
		y -= 100
	}
	return y
}

// shortYear resolves "'82" (the apostrophe at j): the year 1982, the
// latest such year no more than ten years after the anchor's.
func (t *tagger) shortYear(i, j, n int) (cand, bool) {
	if i != j {
		return cand{}, false // "the '82 vote" is "'82": the span starts at the apostrophe
	}
	if t.glued(j+2) && (t.word(j+2) != "" || t.toks[j+2].kind == tNum || t.punct(j+2, '%')) {
		return cand{}, false
	}
	y := shortCentury(n, t.a.Date.Year(), 10)
	p, ok := yearPoint(y)
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 2, typ: Date, p: p, rule: "year/short",
		why: fmt.Sprintf("'%02d: %d, the latest such year up to ten years after anchor %s", n, y, t.anchorName())}, true
}

// centuryAt matches "the 20th century", "the twentieth century". TimeML
// writes the 20th century (1900–1999) as "19".
func (t *tagger) centuryAt(i int) (cand, bool) {
	j := i
	if t.word(j) == "the" {
		j++
	}
	n, k, ok := t.ordinalAt(j)
	if !ok || !t.isUnit(k, uCentury) || n < 1 || n > 99 {
		return cand{}, false
	}
	p, ok := centuryPoint(n - 1)
	if !ok {
		return cand{}, false
	}
	return cand{end: k + 1, typ: Date, p: p, rule: "century",
		why: fmt.Sprintf("century %d: the years %d00–%d99", n, n-1, n-1)}, true
}

// yearRange reads a span of years whose first year is the four-digit
// number at i: "1957-58", "1990–91", "2010-2012". It returns the second
// year, which must come after the first and at most 30 years on.
func (t *tagger) yearRange(i int) (int, bool) {
	y1, nd1, ok := t.num(i, 4)
	if !ok || nd1 != 4 || !(t.punct(i+1, '-') || t.tokText(i+1) == "–") || !t.glued(i+1) || !t.glued(i+2) {
		return 0, false
	}
	n, nd, ok := t.num(i+2, 4)
	if !ok || (nd != 2 && nd != 4) || t.glued(i+3) && (t.word(i+3) != "" || t.toks[i+3].kind == tNum || t.punct(i+3, '%')) {
		return 0, false
	}
	y2 := n
	if nd == 2 {
		y2 = y1 - y1%100 + n
		if y2 <= y1 {
			y2 += 100
		}
	}
	if y2 <= y1 || y2 > y1+30 {
		return 0, false
	}
	return y2, true
}

// yearRangeEndAt matches the second year of a span of years, "58" in
// "1957-58": the year 1958.
func (t *tagger) yearRangeEndAt(i int) (cand, bool) {
	if i < 2 || !t.glued(i) {
		return cand{}, false
	}
	y2, ok := t.yearRange(i - 2)
	if !ok {
		return cand{}, false
	}
	p, ok := yearPoint(y2)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Date, p: p, rule: "year/range-end",
		why: strconv.Itoa(y2) + ", the end of the span of years " + strconv.Quote(t.text[t.toks[i-2].start:t.toks[i].end])}, true
}
