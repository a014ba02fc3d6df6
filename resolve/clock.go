package resolve

import (
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Times of day: "3 p.m.", "10:30 a.m.", "15:00 GMT", "noon", "midnight",
// optionally followed by a zone and a day: "3 p.m. Monday", "15:00 GMT
// Saturday", "5 p.m. EST Nov. 9". Without a day after it, a time of day
// takes the day beside it ("Tuesday at 3 p.m."), else the day the
// narrative is at ("On March 3 the envoys met. They signed at 10 a.m."),
// else the anchor day.

// clockAt matches a time of day at i.
func (t *tagger) clockAt(i int) (cand, bool) {
	h, m, e, ok := t.clockTimeAt(i)
	if !ok {
		return cand{}, false
	}
	zone := ""
	if z, ze, ok := t.zoneAt(e); ok {
		zone, e = z, ze
	}
	k := e
	if t.punct(k, ',') {
		k++
	}
	if t.word(k) == "on" {
		k++
	}
	dayVal, dayWhy, rng := "", "", Range{}
	if c, ok := t.coreAt(k); ok && c.typ == Date && c.p.gran == GranDay && len(c.p.value) == 10 {
		dayVal, dayWhy, rng = c.p.value, c.why, c.p.rng
		e = c.end
	} else {
		day, why := t.clockDay(i)
		p, ok := dayPoint(day)
		if !ok {
			return cand{}, false
		}
		dayVal, dayWhy, rng = p.value, why, p.rng
	}
	v := fmt.Sprintf("%sT%s:%s", dayVal, pad(h, 2), pad(m, 2))
	why := fmt.Sprintf("%02d:%02d on %s", h, m, dayWhy)
	if zone != "" {
		why += " (" + zone + ")"
	}
	return cand{end: e, typ: Time, p: point{v, rng, GranTime}, zone: zone, rule: "clock", why: why, count: true}, true
}

// clockTimeAt reads "3 p.m.", "3pm", "10:30 a.m.", "15:00", "noon",
// "midnight" and returns the 24-hour time and the token after it.
func (t *tagger) clockTimeAt(i int) (h, m, e int, ok bool) {
	if v, ok := t.is(i, cClockWord); ok {
		return v, 0, i + 1, true
	}
	h, _, ok = t.num(i, 2)
	if !ok {
		return 0, 0, 0, false
	}
	e = i + 1
	hasMin := false
	if t.punct(e, ':') && t.glued(e) {
		mm, nd, ok := t.num(e+1, 2)
		if !ok || nd != 2 || !t.glued(e+1) || mm > 59 {
			return 0, 0, 0, false
		}
		m, hasMin, e = mm, true, e+2
	}
	if mer, me, ok := t.meridiemAt(e); ok {
		if h < 1 || h > 12 {
			return 0, 0, 0, false
		}
		if h == 12 {
			h = 0
		}
		return h + mer, m, me, true
	}
	if hasMin && h <= 23 {
		return h, m, e, true
	}
	return 0, 0, 0, false
}

// meridiemAt reads "am", "pm", "a.m.", "p.m." at i; it returns 0 or 12.
func (t *tagger) meridiemAt(i int) (int, int, bool) {
	w := t.word(i)
	switch w {
	case "am", "pm":
		v := 0
		if w == "pm" {
			v = 12
		}
		e := i + 1
		if t.punct(e, '.') && t.glued(e) && t.word(e+1) == "" {
			// keep a sentence-final full stop out of the span
		}
		return v, e, true
	case "a", "p":
		if !t.punct(i+1, '.') || !t.glued(i+1) || t.word(i+2) != "m" || !t.glued(i+2) {
			return 0, 0, false
		}
		v := 0
		if w == "p" {
			v = 12
		}
		e := i + 3
		if t.punct(e, '.') && t.glued(e) {
			e++
		}
		return v, e, true
	}
	return 0, 0, false
}

// clockDay is the day of a time of day at token i that names none after
// it: the single day named just before it in its sentence ("Tuesday at 3
// p.m.", "on March 3, the envoys met at 10 a.m."), or named in the
// sentences just before when its clause looks to the same side of the
// anchor; else the anchor day.
func (t *tagger) clockDay(i int) (date.Date, string) {
	x := t.lastSingleDayX(i)
	if x == nil {
		return t.a.Date, "the anchor day " + t.anchorName()
	}
	d, txt := x.Range.First, x.Text
	if t.sameSentence(i, x.End) {
		return d, strconv.Quote(txt) + ", the day named beside it (" + dayName(d) + ")"
	}
	switch ts, _ := t.clauseTense(i, i+1); {
	case ts == tensePast && d <= t.a.Date, ts == tenseFuture && d >= t.a.Date:
		return d, strconv.Quote(txt) + ", the day the narrative is at (" + dayName(d) + ")"
	}
	return t.a.Date, "the anchor day " + t.anchorName()
}
