package resolve

import (
	"fmt"
)

// Seasons: "last summer", "this winter", "in the spring", "during winter",
// "the winter of 1994". Seasons are meteorological (see seasonPoint).

// relSeason resolves "last summer" (the most recent one that has ended),
// "this summer" (the anchor year's), "next winter" (the first to start
// after the anchor).
func (t *tagger) relSeason(j, s, dir int, relWord string) (cand, bool) {
	a := t.a.Date
	ay := a.Year()
	var p point
	var ok bool
	switch dir {
	case -1:
		for y := ay; y >= ay-2; y-- {
			if p, ok = seasonPoint(y, s); ok && p.rng.Last < a {
				break
			}
		}
	case 1:
		for y := ay - 1; y <= ay+1; y++ {
			if p, ok = seasonPoint(y, s); ok && p.rng.First > a {
				break
			}
		}
	default:
		if sy, cur := seasonOf(ay, int(a.Month())); cur == s {
			p, ok = seasonPoint(sy, s)
		} else {
			p, ok = seasonPoint(ay, s)
		}
	}
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "season/" + relRule(dir),
		why: relWord + " " + t.word(j) + ", from anchor " + t.anchorName()}, true
}

// seasonPreps are the words before "the summer", "winter" that show the
// season is meant as a time ("in the summer", "during winter").
var seasonPreps = map[string]bool{"into": true, "in": true, "during": true, "by": true, "until": true, "since": true,
	"over": true, "through": true, "before": true, "after": true, "early": true, "late": true, "mid": true, "this": true}

// seasonAt matches a season without a relation word: "in the summer",
// "during winter", "the winter of 1994". Without a year, the clause's
// tense picks the nearest such season before or after the anchor.
func (t *tagger) seasonAt(i int) (cand, bool) {
	j := i
	the := t.word(j) == "the"
	if the {
		j++
	}
	s, ok := t.is(j, cSeason)
	if !ok {
		return cand{}, false
	}
	// "the Winter Olympics", "the Summer Games": part of a name.
	if t.capitalized(j) && t.capitalized(j+1) {
		return cand{}, false
	}
	e := j + 1
	// "the winter of 1994", "summer 2021", "Spring 2022": the year as
	// written makes the word a season wherever it stands.
	k := e
	if t.word(k) == "of" {
		k++
	}
	if y, ye, ok := t.yearNumAt(k); ok && (k > e || t.toks[e].kind == tNum) {
		p, ok := seasonPoint(y, s)
		if !ok {
			return cand{}, false
		}
		return cand{end: ye, typ: Date, p: p, rule: "season-year",
			why: fmt.Sprintf("%s %d as written", t.word(j), y)}, true
	}
	if t.word(e) == "of" {
		return cand{}, false // "the fall of the regime"
	}
	prev := t.word(i - 1)
	if t.punct(i-1, '-') {
		prev = t.word(i - 2)
	}
	if !seasonPreps[prev] || (!the && (t.word(j) == "fall" || t.word(j) == "spring")) {
		return cand{}, false
	}
	a := t.a.Date
	ts, c := t.dateTense(i, e, false)
	y := nearestYear(a, ts, func(y int) int {
		p, _ := seasonPoint(y, s)
		switch {
		case a < p.rng.First:
			return int(p.rng.First - a)
		case a > p.rng.Last:
			return -int(a - p.rng.Last)
		}
		return 0
	}, 0)
	p, ok := seasonPoint(y, s)
	if !ok {
		return cand{}, false
	}
	why := fmt.Sprintf("the %s nearest to anchor %s", t.word(j), t.anchorName()) + c.sideWhy()
	return cand{end: e, typ: Date, p: p, rule: "season/nearest", why: why}, true
}
