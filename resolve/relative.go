package resolve

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
)

// Expressions relative to the anchor: today, yesterday, "last week", "next
// Tuesday", "this summer", "earlier this week", bare weekdays.

// deicticDays maps today/tonight/yesterday/tomorrow to a day offset and an
// optional part of the day.
var deicticDays = [...]struct {
	offset int
	part   int
}{
	dToday:     {0, 0},
	dTonight:   {0, pNight},
	dYesterday: {-1, 0},
	dTomorrow:  {1, 0},
}

// deicticAt matches today, tonight, yesterday, tomorrow.
func (t *tagger) deicticAt(i int) (cand, bool) {
	v, ok := t.is(i, cDeictic)
	if !ok {
		return cand{}, false
	}
	dd := deicticDays[v]
	p, ok := dayPoint(t.a.Date + date.Date(dd.offset))
	if !ok {
		return cand{}, false
	}
	c := cand{end: i + 1, typ: Date, p: p, rule: "deictic/" + t.word(i),
		why: t.word(i) + ": anchor " + t.anchorName() + " " + signed(dd.offset) + " day(s)"}
	if dd.part != 0 {
		c.typ, c.p.value, c.p.gran = Time, c.p.value+"T"+partDayCodes[dd.part], GranTime
	}
	return c, true
}

// relAt matches a relation word before a calendar unit or name: "this
// week", "last month", "next year", "the past year", "the coming week",
// "last July", "next Tuesday", "last summer", "this morning", "last night",
// "earlier this week", "this year's third quarter".
func (t *tagger) relAt(i int) (cand, bool) {
	j := i
	shift := 0 // "earlier this week" = -1, "later this month" = +1
	if v, ok := t.is(j, cShift); ok && (t.word(j) == "earlier" || t.word(j) == "later") {
		shift = v
		j++
		if t.word(j) != "this" {
			return cand{}, false
		}
	}
	the := false
	if t.word(j) == "the" && shift == 0 {
		the = true
		j++
	}
	rel, ok := t.is(j, cRel)
	if !ok {
		return cand{}, false
	}
	// "the" goes with past, previous, coming, following, latest, current,
	// next; "this" and "last" stand alone.
	if the && (rel == relThis || rel == relRecent) {
		return cand{}, false
	}
	if !the && (rel == relFollowing || rel == relLatest) {
		return cand{}, false
	}
	// A quoted title: the television programme "This Week".
	if q := j - 1; t.glued(j) && (t.punct(q, '"') || t.punct(q, '`')) && t.capitalized(j) && t.capitalized(j+1) {
		return cand{}, false
	}
	relWord := t.word(j)
	j++
	// "this coming Sunday", "this past spring".
	if rel == relThis {
		if r2, ok := t.is(j, cRel); ok && (r2 == relComing || r2 == relPast) {
			rel = r2
			relWord = "this " + t.word(j)
			j++
		}
	}
	if rel == relRecent {
		return cand{}, false
	}
	dir := relDirection(rel)
	a := t.a.Date
	// "the following year", "the previous day" count from the date the
	// story has just named ("On May 22, 1995, … the following year"),
	// not from the anchor.
	refText := ""
	if ref, txt, ok := t.narrativeRef(i, the, rel, relWord); ok {
		a, refText = ref, txt
	}
	ay, am, _ := a.Date()
	// "the current fiscal year", "last fiscal year": counted as calendar
	// years, since the fiscal calendar is not known.
	if t.word(j) == "fiscal" && t.isUnit(j+1, uYear) {
		j++
	}
	var c cand
	switch {
	case t.isUnit(j, uDay) && the && dir != 0:
		// "the next day" follows the day the story has just named, if any.
		base, from := a, "anchor "+t.anchorName()
		if refText == "" {
			if ref, txt, ok := t.lastDay(i); ok {
				base, from = ref, strconv.Quote(txt)+", the day named just before (not the anchor)"
			}
		}
		p, ok := dayPoint(base + date.Date(dir))
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "day/" + relRule(dir),
			why: "the " + relWord + " day: " + from + " " + signed(dir) + " day"}
	case t.isUnit(j, uWeek):
		base := a
		if shift < 0 && dir == 0 {
			// "earlier this week" said on a Monday, or in a story published
			// in the previous week, means the week that has just ended.
			if pub := t.a.Published; pub != date.Zero && weekStart(pub) < weekStart(a) {
				base = pub
			} else if isoWeekday(a) == 1 {
				base = a - 7
			}
		}
		p, ok := weekPoint(base + date.Date(7*dir))
		if !ok {
			return cand{}, false
		}
		why := relWord + " week: the ISO week " + relWordDir(dir) + " anchor " + t.anchorName()
		if base != a {
			why = fmt.Sprintf("earlier this week: anchor %s opens a new week, so the week meant is the one that has just ended", t.anchorName())
			if base == t.a.Published {
				why = fmt.Sprintf("earlier this week: the story was published %s, in the week before the anchor %s", dayName(base), t.anchorName())
			}
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "week/" + relRule(dir), why: why}
	case t.isUnit(j, uWeekend):
		var d date.Date
		switch {
		case dir < 0:
			d = weekStart(a) - 1 // the Sunday before this week
		case dir > 0:
			d = weekStart(a) + 13
		default:
			d = weekStart(a) + 6
		}
		p, ok := weekendPoint(d)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "weekend/" + relRule(dir),
			why: fmt.Sprintf("%s weekend, from anchor %s", relWord, t.anchorName())}
	case t.isUnit(j, uMonth):
		p, ok := monthPoint(ay, int(am)+dir)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "month/" + relRule(dir),
			why: relWord + " month: the month " + relWordDir(dir) + " anchor " + t.anchorName()}
	case t.isUnit(j, uQuarter):
		p, ok := quarterPoint(ay, quarterOf(int(am))+dir)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "quarter/" + relRule(dir),
			why: relWord + " quarter: the quarter " + relWordDir(dir) + " anchor " + t.anchorName()}
	case t.isUnit(j, uYear):
		p, ok := yearPoint(ay + dir)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "year/" + relRule(dir),
			why: relWord + " year: the year " + relWordDir(dir) + " anchor " + t.anchorName()}
		if x, ok := t.possessivePart(c.end, ay+dir); ok {
			x.why = relWord + " year's " + x.why
			return x, true
		}
	case t.isUnit(j, uDecade):
		p, ok := decadePoint((ay/10 + dir) * 10)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "decade/" + relRule(dir),
			why: fmt.Sprintf("%s decade, from anchor %s", relWord, t.anchorName())}
	case t.isUnit(j, uCentury):
		p, ok := centuryPoint(ay/100 + dir)
		if !ok {
			return cand{}, false
		}
		c = cand{end: j + 1, typ: Date, p: p, rule: "century/" + relRule(dir),
			why: fmt.Sprintf("%s century, from anchor %s", relWord, t.anchorName())}
	default:
		if m, ok := t.is(j, cMonth); ok && t.monthNameOK(j) {
			c, ok = t.relMonth(j, m, dir, relWord)
			if !ok {
				return cand{}, false
			}
		} else if wd, ok := t.is(j, cWeekday); ok && wd&plural == 0 {
			// "the previous Friday" counts from the day just named, if a
			// single day was; from the anchor otherwise.
			base := t.a.Date
			if refText != "" {
				if d, txt, ok := t.lastSingleDay(i); ok {
					base, refText = d, txt
				} else {
					refText = ""
				}
			}
			c, ok = t.relWeekday(j, wd, dir, relWord, base)
			if !ok {
				return cand{}, false
			}
		} else if s, ok := t.is(j, cSeason); ok {
			c, ok = t.relSeason(j, s, dir, relWord)
			if !ok {
				return cand{}, false
			}
		} else if pd, ok := t.is(j, cPartDay); ok && pd&plural == 0 && !the && (rel == relThis || rel == relLast) {
			off := 0
			if rel == relLast {
				off = -1
				if pd != pNight {
					return cand{}, false // "last morning" is not English
				}
			}
			p, ok := dayPoint(a + date.Date(off))
			if !ok {
				return cand{}, false
			}
			p.value += "T" + partDayCodes[pd]
			p.gran = GranTime
			c = cand{end: j + 1, typ: Time, p: p, rule: "partofday/" + relRule(dir),
				why: fmt.Sprintf("%s %s: anchor %s %+d day(s)", relWord, t.word(j), t.anchorName(), off)}
		} else {
			return cand{}, false
		}
	}
	if refText != "" {
		c.rule += "/narrative"
		if dir < 0 {
			c.why = fmt.Sprintf("the %s %s: before %q, the date named just before (not the anchor)", relWord, t.word(c.end-1), refText)
		} else {
			c.why = fmt.Sprintf("the %s %s: after %q, the date named just before (not the anchor)", relWord, t.word(c.end-1), refText)
		}
	}
	if shift != 0 && !strings.HasPrefix(c.why, "earlier") {
		c.why = t.word(i) + " " + c.why
	}
	return c, true
}

// relDirection maps a relation to -1 (before), 0 (containing) or +1 (after)
// the anchor's own unit.
func relDirection(rel int) int {
	switch rel {
	case relLast, relPast, relLatest:
		return -1
	case relNext, relComing, relFollowing:
		return 1
	}
	return 0
}

func relRule(dir int) string {
	switch dir {
	case -1:
		return "last"
	case 1:
		return "next"
	}
	return "this"
}

func relWordDir(dir int) string {
	switch dir {
	case -1:
		return "before that of"
	case 1:
		return "after that of"
	}
	return "of"
}

// isUnit reports whether token i is the singular unit u.
func (t *tagger) isUnit(i, u int) bool {
	v, ok := t.is(i, cUnit)
	return ok && v == u
}

// relMonth resolves "last July", "this September", "next March".
func (t *tagger) relMonth(j, m, dir int, relWord string) (cand, bool) {
	ay, am, _ := t.a.Date.Date()
	y := ay
	switch {
	case dir < 0 && m >= int(am):
		y--
	case dir > 0 && m <= int(am):
		y++
	}
	p, ok := monthPoint(y, m)
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "month-name/" + relRule(dir),
		why: relWord + " " + monthNames[m] + ", from anchor " + t.anchorName()}, true
}

// relWeekday resolves "last Friday" (the one before the anchor), "next
// Tuesday" (the one after), "this Wednesday" (the one in the anchor's week).
func (t *tagger) relWeekday(j, wd, dir int, relWord string, a date.Date) (cand, bool) {
	var d date.Date
	switch dir {
	case -1:
		d = a - 1
		for isoWeekday(d) != wd {
			d--
		}
	case 1:
		d = a + 1
		for isoWeekday(d) != wd {
			d++
		}
	default:
		d = weekStart(a) + date.Date(wd-1)
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "weekday/" + relRule(dir),
		why: relWord + " " + weekdayNames[wd] + ": " + relWeekdayWhy(dir) + ", from anchor " + t.anchorName()}, true
}

func relWeekdayWhy(dir int) string {
	switch dir {
	case -1:
		return "the one before the anchor"
	case 1:
		return "the one after the anchor"
	}
	return "the one in the anchor's week"
}

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

// weekdayAt matches a weekday name, resolved by the tense of its clause:
// "Biden held a call on Thursday" is the Thursday before the anchor, "talks
// will open Thursday" the one after; the anchor's own weekday is the anchor
// day. "Mondays" and "every Monday" are sets.
func (t *tagger) weekdayAt(i int) (cand, bool) {
	wd, ok := t.is(i, cWeekday)
	if !ok {
		return cand{}, false
	}
	if wd&plural != 0 {
		wd &^= plural
		v := fmt.Sprintf("XXXX-WXX-%d", wd)
		end := i + 1
		if pd, ok := t.is(end, cPartDay); ok {
			v += "T" + partDayCodes[pd&^plural]
			end++
		}
		return cand{end: end, typ: Set, value: v, rule: "set/weekday-plural",
			why: "every " + weekdayNames[wd]}, true
	}
	if pd, ok := t.is(i+1, cPartDay); ok && pd&plural != 0 {
		// "Tuesday nights": every Tuesday night.
		return cand{end: i + 2, typ: Set, value: fmt.Sprintf("XXXX-WXX-%dT%s", wd, partDayCodes[pd&^plural]),
			rule: "set/weekday-plural", why: "every " + weekdayNames[wd] + " " + t.word(i + 1)[:len(t.word(i+1))-1]}, true
	}
	a := t.a.Date
	if isoWeekday(a) == wd {
		p, ok := dayPoint(a)
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 1, typ: Date, p: p, rule: "weekday/anchor-day",
			why: weekdayNames[wd] + " is the anchor's own weekday (" + t.anchorName() + ")"}, true
	}
	ts, cue := t.clauseTense(i, i+1)
	var d date.Date
	var why, rule string
	if ts == tenseFuture {
		d = a + 1
		for isoWeekday(d) != wd {
			d++
		}
		rule = "weekday/future-tense"
		why = weekdayNames[wd] + " after anchor " + t.anchorName() + " (" + strconv.Quote(cue) + " is future tense)"
	} else {
		d = a - 1
		for isoWeekday(d) != wd {
			d--
		}
		if ts == tensePast {
			rule = "weekday/past-tense"
			why = weekdayNames[wd] + " before anchor " + t.anchorName() + " (verb '" + cue + "' is past tense)"
		} else {
			rule = "weekday/default-past"
			why = weekdayNames[wd] + " before anchor " + t.anchorName() + " (no tense cue; news reports mostly look back)"
		}
	}
	p, ok := dayPoint(d)
	if !ok {
		return cand{}, false
	}
	return cand{end: i + 1, typ: Date, p: p, rule: rule, why: why}, true
}

// unitRefAt matches "the year", "the month", "the week" where they name the
// anchor's own unit: "the first talk of the year", "earlier in the month",
// "the weekend".
func (t *tagger) unitRefAt(i int) (cand, bool) {
	if t.word(i) != "the" {
		return cand{}, false
	}
	if fullWords[t.word(i+1)] && t.isUnit(i+2, uYear) {
		p, ok := yearPoint(t.a.Date.Year())
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 3, typ: Date, p: p, rule: "year/full",
			why: fmt.Sprintf("the %s year: the anchor's year %d", t.word(i+1), t.a.Date.Year())}, true
	}
	if t.word(i+1) == "fiscal" && t.isUnit(i+2, uYear) {
		return cand{end: i + 3, typ: Duration, value: "P1Y", rule: "duration/fiscal-year",
			why: "the fiscal year: a twelve-month accounting period whose dates the text does not give"}, true
	}
	// "the weeks ahead", "the months ahead": an unbounded stretch to come.
	if u, ok := t.is(i+1, cUnit); ok && u&plural != 0 && t.word(i+2) == "ahead" {
		u &^= plural
		if _, known := unitInfos[u]; known {
			return cand{end: i + 3, typ: Duration, value: durationValue(-1, u), rule: "duration/ahead",
				why: "the " + t.word(i+1) + " ahead: a stretch of unstated length after the anchor"}, true
		}
	}
	u, ok := t.is(i+1, cUnit)
	if !ok {
		return cand{}, false
	}
	// "Volunteer of the Year": a title, its unit capitalised after a
	// lowercase "the".
	if t.capitalized(i+1) && !t.capitalized(i) {
		return cand{}, false
	}
	// "the year-ago quarter": another period.
	if t.punct(i+2, '-') {
		return cand{}, false
	}
	// "the year ended Sept. 30", "the fiscal year ending in June": twelve
	// months counted back from a date, a duration.
	if u == uYear && (t.word(i+2) == "ended" || t.word(i+2) == "ending") {
		return cand{end: i + 2, typ: Duration, value: "P1Y", rule: "duration/year-ended",
			why: "the year " + t.word(i+2) + " …: the twelve months up to a closing date"}, true
	}
	a := t.a.Date
	var p point
	switch u {
	case uDay:
		// "the day before", "the day after" at the end of a clause.
		w := t.word(i + 2)
		if (w != "before" && w != "after") || (i+3 < len(t.toks) && t.toks[i+3].kind != tPunct) {
			return cand{}, false
		}
		off := -1
		if w == "after" {
			off = 1
		}
		p, ok = dayPoint(a + date.Date(off))
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 3, typ: Date, p: p, rule: "day/" + w,
			why: fmt.Sprintf("the day %s anchor %s", w, t.anchorName())}, true
	case uWeekend:
		ts, _ := t.clauseTense(i, i+2)
		d := weekStart(a) - 1
		if ts == tenseFuture || isoWeekday(a) >= 6 {
			d = weekStart(a) + 6
		}
		p, ok = weekendPoint(d)
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 2, typ: Date, p: p, rule: "weekend/nearest",
			why: fmt.Sprintf("the weekend nearest anchor %s in the clause's direction", t.anchorName())}, true
	case uYear, uMonth:
		prev := t.word(i - 1)
		if prev != "of" && prev != "in" && prev != "during" && prev != "for" {
			return cand{}, false
		}
		if u == uYear {
			p, ok = yearPoint(a.Year())
		} else {
			p, ok = monthPoint(a.Year(), int(a.Month()))
		}
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 2, typ: Date, p: p, rule: "unit/current",
			why: fmt.Sprintf("%s %s: the anchor's own (%s)", prev, t.raw(i)+" "+t.raw(i+1), t.anchorName())}, true
	}
	return cand{}, false
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
	prev := t.word(i - 1)
	if t.punct(i-1, '-') {
		prev = t.word(i - 2)
	}
	if !seasonPreps[prev] || (!the && (t.word(j) == "fall" || t.word(j) == "spring")) {
		return cand{}, false
	}
	e := j + 1
	if t.word(e) == "of" {
		y, ye, ok := t.yearNumAt(e + 1)
		if !ok {
			return cand{}, false // "the fall of the regime"
		}
		p, ok := seasonPoint(y, s)
		if !ok {
			return cand{}, false
		}
		return cand{end: ye, typ: Date, p: p, rule: "season-year",
			why: fmt.Sprintf("%s %d as written", t.word(j), y)}, true
	}
	a := t.a.Date
	ay := a.Year()
	ts, cue := t.clauseTense(i, e)
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
	_ = ay
	p, ok := seasonPoint(y, s)
	if !ok {
		return cand{}, false
	}
	why := fmt.Sprintf("the %s nearest to anchor %s", t.word(j), t.anchorName())
	if ts != tenseNone {
		why += fmt.Sprintf(" on the %s side (%q is %s tense)", ts, cue, ts)
	}
	return cand{end: e, typ: Date, p: p, rule: "season/nearest", why: why}, true
}

// narrativeRef returns the date that "the following …" or "the previous
// …" at token i counts from: the start of the last dated expression before
// it, if one was written out near enough. ok is false when the anchor
// should be used.
func (t *tagger) narrativeRef(i int, the bool, rel int, relWord string) (date.Date, string, bool) {
	if !the || (rel != relFollowing && relWord != "previous" && relWord != "preceding") {
		return 0, "", false
	}
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > narrativeContext {
			return 0, "", false
		}
		if x.Range != nil && x.Granularity != GranDecade && x.Granularity != GranCentury {
			return x.Range.First, x.Text, true
		}
	}
	return 0, "", false
}

// lastSingleDay returns the last expression before token i that names a
// single day, if it is near enough to be what "the previous Friday"
// counts from.
func (t *tagger) lastSingleDay(i int) (date.Date, string, bool) {
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > narrativeContext {
			break
		}
		if x.Range != nil && x.Range.First == x.Range.Last {
			return x.Range.First, x.Text, true
		}
	}
	return 0, "", false
}

// narrativeContext is how far back (in bytes) "the following year" looks
// for the date it follows.
const narrativeContext = 600

// fullWords make "the full year" the whole of the anchor's year.
var fullWords = map[string]bool{"full": true, "whole": true, "entire": true}

// partDayPreps are the words before "the morning", "the afternoon" that
// make it a time of a day: "in the morning", "during the night".
var partDayPreps = map[string]bool{"in": true, "during": true, "by": true, "until": true, "through": true,
	"throughout": true, "overnight": true}

// partOfDayAt matches a part of a day named before its day or standing for
// the day the story is telling: "mid-afternoon yesterday" (the afternoon
// of yesterday), "early morning Friday", "in the morning" and "by mid
// afternoon" (of the last day named just before, else of the anchor).
func (t *tagger) partOfDayAt(i int) (cand, bool) {
	j := i
	pos := ""
	if _, ok := t.is(j, cPos); ok {
		pos = t.word(j)
		j++
		if t.punct(j, '-') && t.glued(j) {
			j++
		}
	}
	the := false
	if pos == "" && t.word(j) == "the" {
		the = true
		j++
	}
	pd, ok := t.is(j, cPartDay)
	if !ok || pd&plural != 0 {
		return cand{}, false
	}
	e := j + 1
	// The day follows: "mid-afternoon yesterday", "late evening Sunday".
	if !the {
		if c, ok := t.coreAt(e); ok && c.typ == Date && c.p.gran == GranDay && len(c.p.value) == 10 {
			c.p.value += "T" + partDayCodes[pd]
			c.p.gran = GranTime
			c.typ = Time
			c.rule = "partofday/" + c.rule
			c.why = t.text[t.toks[i].start:t.toks[j].end] + " of " + c.why
			return c, true
		}
	}
	// On its own, after a preposition ("in the morning") or with a position
	// word ("mid-afternoon"), and not before a noun ("morning papers").
	if the && !partDayPreps[t.word(i-1)] || !the && pos == "" {
		return cand{}, false
	}
	if n := e; n < len(t.toks) && t.toks[n].kind == tWord && !partDayFollowers[t.word(n)] {
		return cand{}, false
	}
	day, from := t.a.Date, "the anchor "+t.anchorName()
	if d, txt, ok := t.lastSingleDay(i); ok {
		day, from = d, strconv.Quote(txt)+", the day named just before"
	}
	p, ok := dayPoint(day)
	if !ok {
		return cand{}, false
	}
	p.value += "T" + partDayCodes[pd]
	p.gran = GranTime
	return cand{end: e, typ: Time, p: p, rule: "partofday/narrative",
		why: t.text[t.toks[i].start:t.toks[j].end] + " of " + from}, true
}

// partDayFollowers are the words that may follow a part of the day used
// on its own ("in the morning and …", "by mid-afternoon on …").
var partDayFollowers = map[string]bool{"and": true, "or": true, "but": true, "on": true, "in": true,
	"at": true, "to": true, "when": true, "as": true, "after": true, "before": true, "until": true,
	"of": false, "with": true, "while": true, "from": true}

// granRank orders granularities from finest to coarsest.
var granRank = map[Granularity]int{GranTime: 1, GranDay: 2, GranWeek: 3, GranMonth: 4, GranQuarter: 5,
	GranSeason: 6, GranYear: 7}

// unitGran is the granularity of a calendar unit named by "that …".
var unitGran = map[int]Granularity{uDay: GranDay, uWeek: GranWeek, uMonth: GranMonth, uQuarter: GranQuarter, uYear: GranYear}

// anaphorContext is how far back (in bytes) "that year" looks for the date
// it points to.
const anaphorContext = 1000

// anaphorAt matches a reference back to a date the text has named: "that
// year", "that quarter", "the same day", "that very month", and "the day"
// in "later in the day". Each is the unit of that size containing the
// last date named before it (the last day, for a day); with no such date
// near enough, nothing is tagged: the text gives no date to resolve to.
func (t *tagger) anaphorAt(i int) (cand, bool) {
	j := i
	switch w := t.word(j); {
	case w == "that":
		j++
		if t.word(j) == "very" || t.word(j) == "same" {
			j++
		}
	case w == "the" && t.word(j+1) == "same":
		j += 2
	case w == "the" && t.isUnit(j+1, uDay) && t.word(i-1) == "in" && (t.word(i-2) == "later" || t.word(i-2) == "earlier"):
		j++
	default:
		return cand{}, false
	}
	u, ok := t.is(j, cUnit)
	if !ok {
		return cand{}, false
	}
	g, ok := unitGran[u]
	if !ok || t.punct(j+1, '-') {
		return cand{}, false
	}
	// The last date of the unit's own size, else the last finer one:
	// "that quarter" points back to a quarter rather than to a day named
	// in passing after it.
	var ante, finer *Timex
	for k := len(t.out) - 1; k >= 0; k-- {
		x := &t.out[k]
		if int(t.toks[i].start)-x.End > anaphorContext {
			break
		}
		r := granRank[x.Granularity]
		if x.Range == nil || r == 0 || r > granRank[g] || x.Rule == "partofday/narrative" {
			continue
		}
		if x.Granularity == g {
			ante = x
			break
		}
		if finer == nil {
			finer = x
		}
	}
	if ante == nil {
		ante = finer
	}
	var p point
	if ante == nil {
		if u != uDay || t.word(i) != "the" {
			return cand{}, false
		}
		// "later in the day" with no day named: the anchor's.
		p, ok = dayPoint(t.a.Date)
		if !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "anaphor/day",
			why: "the day: the anchor " + t.anchorName() + ", no other day being named"}, true
	}
	first := ante.Range.First
	y, m, _ := first.Date()
	switch u {
	case uDay:
		p, ok = dayPoint(first)
	case uWeek:
		p, ok = weekPoint(first)
	case uMonth:
		p, ok = monthPoint(y, int(m))
	case uQuarter:
		p, ok = quarterPoint(y, quarterOf(int(m)))
	default:
		p, ok = yearPoint(y)
	}
	if !ok {
		return cand{}, false
	}
	return cand{end: j + 1, typ: Date, p: p, rule: "anaphor/" + t.word(j),
		why: t.text[t.toks[i].start:t.toks[j].end] + ": the " + t.word(j) + " of " + strconv.Quote(ante.Text) + ", named just before"}, true
}
