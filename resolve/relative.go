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
	if c, ok := t.genericDeictic(i, v); ok {
		return c, true
	}
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

// dayAroundDeicticAt matches "the day before yesterday" and "the day
// after tomorrow": the day two before or after the anchor, one expression
// (not a "yesterday" or "tomorrow" inside it).
func (t *tagger) dayAroundDeicticAt(i int) (cand, bool) {
	if t.word(i) != "the" || t.word(i+1) != "day" {
		return cand{}, false
	}
	off := 0
	switch {
	case t.word(i+2) == "before" && t.word(i+3) == "yesterday":
		off = -2
	case t.word(i+2) == "after" && t.word(i+3) == "tomorrow":
		off = 2
	default:
		return cand{}, false
	}
	p, ok := dayPoint(t.a.Date + date.Date(off))
	if !ok {
		return cand{}, false
	}
	name := "day-" + t.word(i+2) + "-" + t.word(i+3)
	return cand{end: i + 4, typ: Date, p: p, rule: "deictic/" + name,
		why: "the day " + t.word(i+2) + " " + t.word(i+3) + ": anchor " + t.anchorName() + " " + signed(off) + " days"}, true
}

// genericNouns are the nouns that make "today's …", "tomorrow's …" and
// "… of today" the present, the future or the past at large rather than a
// day: "today's markets", "by today's standards", "the leaders of
// tomorrow". Other nouns keep the day: "today's meeting".
var genericNouns = map[string]bool{
	"world": true, "society": true, "societies": true, "economy": true, "economies": true, "market": true,
	"markets": true, "youth": true, "children": true, "generation": true, "generations": true,
	"leaders": true, "standards": true, "terms": true, "dollars": true, "prices": true, "technology": true,
	"technologies": true, "environment": true, "climate": true, "politics": true, "business": true,
	"businesses": true, "workforce": true, "workplace": true, "era": true, "age": true, "culture": true,
	"media": true, "army": true, "armies": true, "military": true, "warfare": true, "wars": true,
	"weapons": true, "threats": true, "challenges": true, "problems": true, "realities": true,
	"reality": true, "students": true, "families": true, "consumers": true, "workers": true,
	"women": true, "men": true, "people": true, "cities": true, "jobs": true, "companies": true,
	"industry": true, "diplomacy": true, "diplomats": true, "science": true, "scientists": true,
	"engineers": true, "computers": true, "cars": true, "homes": true, "schools": true, "voters": true,
	"heroes": true, "news": true, "newspapers": true, "internet": true, "order": true,
}

// deicticRefs are the TimeML references of today, tomorrow and yesterday
// used at large.
var deicticRefs = [...]int{dToday: refPresent, dTomorrow: refFuture, dYesterday: refPast}

// genericDeictic matches "today's markets", "tomorrow's leaders",
// "yesterday's heroes", "the Russia of today": the present, future or past
// at large, PRESENT_REF, FUTURE_REF, PAST_REF.
func (t *tagger) genericDeictic(i, v int) (cand, bool) {
	r := deicticRefs[v]
	if r == 0 {
		return cand{}, false
	}
	head := ""
	switch {
	case t.punct(i+1, '\'') && t.glued(i+1) && t.word(i+2) == "s" && t.glued(i+2):
		// The head noun: the last word before punctuation or a word of
		// another part of speech, at most four words on ("today's
		// fast-changing world").
		for k := i + 3; k < i+8 && k < len(t.toks); k++ {
			if w := t.word(k); w != "" && !nounPhraseEnds[w] {
				head = w
				if genericNouns[w] {
					break
				}
				continue
			}
			if !t.punct(k, '-') {
				break
			}
		}
	case t.word(i-1) == "of":
		head = t.word(i - 2)
		if t.capitalized(i-2) && t.toks[i-2].lex.c[0] == cNone {
			head = "world" // "the Russia of today": a place at large
		}
	}
	if !genericNouns[head] {
		return cand{}, false
	}
	end := i + 1
	return cand{end: end, typ: Date, value: refValues[r], rule: "ref/" + t.word(i) + "-generic",
		why: t.word(i) + " at large (" + strconv.Quote(head) + "), not a day: " + refNames[r]}, true
}

// nounPhraseEnds are words that end the noun phrase after "today's".
var nounPhraseEnds = map[string]bool{"of": true, "and": true, "or": true, "in": true, "on": true, "at": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "to": true, "that": true, "with": true,
	"for": true, "by": true, "from": true, "as": true}

// relPhrase is the opening of a relative expression as relAt reads it:
// "earlier this", "the following", "this coming".
type relPhrase struct {
	i       int    // the first token
	j       int    // the token after the relation word(s)
	shift   int    // "earlier this week" = -1, "later this month" = +1
	the     bool   // "the following year"
	rel     int    // the relation
	relWord string // the relation as written: "last", "this coming"
	dir     int    // relDirection(rel)
	// a is the day counted from: the anchor, or the date the story has
	// just named (refText) for "the following …", "the previous …".
	a       date.Date
	refText string
}

// relAt matches a relation word before a calendar unit or name: "this
// week", "last month", "next year", "the past year", "the coming week",
// "last July", "next Tuesday", "last summer", "this morning", "last night",
// "earlier this week", "this year's third quarter".
func (t *tagger) relAt(i int) (cand, bool) {
	r, ok := t.relOpening(i)
	if !ok {
		return cand{}, false
	}
	c, ok := t.relUnit(&r)
	if !ok {
		return cand{}, false
	}
	if r.refText != "" {
		c.rule += "/narrative"
		if r.dir < 0 {
			c.why = fmt.Sprintf("the %s %s: before %q, the date named just before (not the anchor)", r.relWord, t.word(c.end-1), r.refText)
		} else {
			c.why = fmt.Sprintf("the %s %s: after %q, the date named just before (not the anchor)", r.relWord, t.word(c.end-1), r.refText)
		}
	}
	if r.shift != 0 && !strings.HasPrefix(c.why, "earlier") {
		c.why = t.word(i) + " " + c.why
	}
	if a := t.a.Date; r.shift != 0 && c.typ == Date && c.p.rng.First < a && a < c.p.rng.Last {
		// "earlier this month" is of the days before the anchor, "later
		// this month" of those after it: the value names the month, the
		// range the days it can be
		if r.shift < 0 {
			c.p.rng.Last = a - 1
			c.why += ", before the anchor"
		} else {
			c.p.rng.First = a + 1
			c.why += ", after the anchor"
		}
	}
	return c, true
}

// relOpening reads the relation words at i: "earlier this", "the
// following", "this coming", "last".
func (t *tagger) relOpening(i int) (relPhrase, bool) {
	r := relPhrase{i: i, j: i}
	j := i
	if v, ok := t.is(j, cShift); ok && (t.word(j) == "earlier" || t.word(j) == "later") {
		r.shift = v
		j++
		if t.word(j) != "this" {
			return r, false
		}
	}
	if t.word(j) == "the" && r.shift == 0 {
		r.the = true
		j++
	}
	rel, ok := t.is(j, cRel)
	if !ok {
		return r, false
	}
	// "the" goes with past, previous, coming, following, latest, current,
	// next; "this" and "last" stand alone.
	if r.the && (rel == relThis || rel == relRecent) {
		return r, false
	}
	if !r.the && (rel == relFollowing || rel == relLatest) {
		return r, false
	}
	// A quoted title: the television programme "This Week".
	if q := j - 1; t.glued(j) && (t.punct(q, '"') || t.punct(q, '`')) && t.capitalized(j) && t.capitalized(j+1) {
		return r, false
	}
	r.relWord = t.word(j)
	j++
	// "this coming Sunday", "this past spring".
	if rel == relThis {
		if r2, ok := t.is(j, cRel); ok && (r2 == relComing || r2 == relPast) {
			rel = r2
			r.relWord = "this " + t.word(j)
			j++
		}
	}
	if rel == relRecent {
		return r, false
	}
	r.rel, r.dir, r.a = rel, relDirection(rel), t.a.Date
	// "the following year", "the previous day" count from the date the
	// story has just named ("On May 22, 1995, … the following year"),
	// not from the anchor.
	if ref, txt, ok := t.narrativeRef(i, r.the, rel, r.relWord); ok {
		r.a, r.refText = ref, txt
	} else if r.the && r.relWord == "next" && !nextStretchPreps[t.word(i-1)] && (t.isUnit(j, uYear) || t.isUnit(j, uMonth) || t.isUnit(j, uWeek)) {
		// "signed in March 2019 and ratified the next year": "the next"
		// after a date told earlier in the sentence counts from it, as
		// "the following" does; "over the next year" is a stretch from
		// the anchor.
		if ref, txt, ok := t.sentenceRef(i); ok {
			r.a, r.refText = ref, txt
		}
	}
	// "the current fiscal year", "last fiscal year": counted as calendar
	// years, since the fiscal calendar is not known.
	if t.word(j) == "fiscal" && t.isUnit(j+1, uYear) {
		j++
	}
	r.j = j
	return r, true
}

// relUnit resolves the unit or name after the relation words of r: "week",
// "month", "year", "decade", or a month, weekday, season or part of the day.
func (t *tagger) relUnit(r *relPhrase) (cand, bool) {
	j, dir, a := r.j, r.dir, r.a
	ay, am, _ := a.Date()
	var p point
	var ok bool
	switch {
	case t.isUnit(j, uDay) && r.the && dir != 0:
		return t.relDay(r)
	case t.isUnit(j, uWeek):
		return t.relWeek(r)
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
		if p, ok = weekendPoint(d); !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "weekend/" + relRule(dir),
			why: fmt.Sprintf("%s weekend, from anchor %s", r.relWord, t.anchorName())}, true
	case t.isUnit(j, uMonth):
		if p, ok = monthPoint(ay, int(am)+dir); !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "month/" + relRule(dir),
			why: r.relWord + " month: the month " + relWordDir(dir) + " anchor " + t.anchorName()}, true
	case t.isUnit(j, uQuarter):
		if p, ok = quarterPoint(ay, quarterOf(int(am))+dir); !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "quarter/" + relRule(dir),
			why: r.relWord + " quarter: the quarter " + relWordDir(dir) + " anchor " + t.anchorName()}, true
	case t.isUnit(j, uYear):
		if p, ok = yearPoint(ay + dir); !ok {
			return cand{}, false
		}
		c := cand{end: j + 1, typ: Date, p: p, rule: "year/" + relRule(dir),
			why: r.relWord + " year: the year " + relWordDir(dir) + " anchor " + t.anchorName()}
		if x, ok := t.possessivePart(c.end, ay+dir); ok {
			x.why = r.relWord + " year's " + x.why
			return x, true
		}
		return c, true
	case (t.isUnit(j, uDecade) || t.isUnit(j, uCentury)) && r.the && dir != 0 && r.refText == "" && stretchRels[r.relWord]:
		// "over the next decade", "in the past century": the ten or
		// hundred years up to or from the anchor, which TimeML writes as
		// a duration (P10Y), not the calendar decade.
		u, _ := t.is(j, cUnit)
		return cand{end: j + 1, typ: Duration, value: durationValue(1, u), rule: "duration/the-" + r.relWord,
			why: "the " + r.relWord + " " + t.word(j) + ": the stretch of one " + t.word(j) + " " + map[int]string{-1: "up to", 1: "from"}[dir] + " the anchor, a duration"}, true
	case t.isUnit(j, uDecade):
		if p, ok = decadePoint((ay/10 + dir) * 10); !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "decade/" + relRule(dir),
			why: fmt.Sprintf("%s decade, from anchor %s", r.relWord, t.anchorName())}, true
	case t.isUnit(j, uCentury):
		if p, ok = centuryPoint(ay/100 + dir); !ok {
			return cand{}, false
		}
		return cand{end: j + 1, typ: Date, p: p, rule: "century/" + relRule(dir),
			why: fmt.Sprintf("%s century, from anchor %s", r.relWord, t.anchorName())}, true
	}
	return t.relNamed(r)
}

// relDay resolves "the next day", "the previous day": after or before the
// day the story has just named, if any, else the anchor.
func (t *tagger) relDay(r *relPhrase) (cand, bool) {
	base, from := r.a, "anchor "+t.anchorName()
	if r.refText == "" {
		base, from = t.narrativeDay(r.i)
	}
	p, ok := dayPoint(base + date.Date(r.dir))
	if !ok {
		return cand{}, false
	}
	return cand{end: r.j + 1, typ: Date, p: p, rule: "day/" + relRule(r.dir),
		why: "the " + r.relWord + " day: " + from + " " + signed(r.dir) + " day"}, true
}

// earlierWeekBase is a day of the week that "earlier this week" or
// "earlier in the week" means when said on anchor day a: a itself, but
// on a Monday, or in a story published in the previous week, a day of
// the week that has just ended.
func (t *tagger) earlierWeekBase(a date.Date) date.Date {
	if pub := t.a.Published; pub != date.Zero && weekStart(pub) < weekStart(a) {
		return pub
	} else if isoWeekday(a) == 1 {
		return a - 7
	}
	return a
}

// relWeek resolves "this week", "last week", "next week" and "earlier
// this week".
func (t *tagger) relWeek(r *relPhrase) (cand, bool) {
	a, dir := r.a, r.dir
	base := a
	if r.shift < 0 && dir == 0 {
		base = t.earlierWeekBase(a)
	}
	p, ok := weekPoint(base + date.Date(7*dir))
	if !ok {
		return cand{}, false
	}
	why := r.relWord + " week: the ISO week " + relWordDir(dir) + " anchor " + t.anchorName()
	if base != a {
		why = fmt.Sprintf("earlier this week: anchor %s opens a new week, so the week meant is the one that has just ended", t.anchorName())
		if base == t.a.Published {
			why = fmt.Sprintf("earlier this week: the story was published %s, in the week before the anchor %s", dayName(base), t.anchorName())
		}
	}
	return cand{end: r.j + 1, typ: Date, p: p, rule: "week/" + relRule(dir), why: why}, true
}

// relNamed resolves a relation before a name: "last July", "next
// Tuesday", "the previous Friday", "this summer", "this morning", "last
// night".
func (t *tagger) relNamed(r *relPhrase) (cand, bool) {
	j, dir := r.j, r.dir
	if m, ok := t.is(j, cMonth); ok && t.monthNameOK(j) {
		return t.relMonth(j, m, dir, r.relWord)
	}
	if wd, ok := t.is(j, cWeekday); ok && wd&plural == 0 {
		// "the previous Friday" counts from the day just named, if a
		// single day was; from the anchor otherwise.
		base := t.a.Date
		if r.refText != "" {
			if d, txt, ok := t.lastSingleDay(r.i); ok {
				base, r.refText = d, txt
			} else {
				r.refText = ""
			}
		}
		return t.relWeekday(j, wd, dir, r.relWord, base)
	}
	if s, ok := t.is(j, cSeason); ok {
		return t.relSeason(j, s, dir, r.relWord)
	}
	if _, ok := t.is(j, cHoliday); ok && !r.the {
		return t.relHoliday(r)
	}
	pd, ok := t.is(j, cPartDay)
	if ok && pd&plural == 0 && r.the && narrativeDayWords[r.relWord] {
		return t.relPartOfDay(r, j, pd)
	}
	if !ok || pd&plural != 0 || r.the || (r.rel != relThis && r.rel != relLast) {
		return cand{}, false
	}
	off := 0
	if r.rel == relLast {
		off = -1
		if pd != pNight {
			return cand{}, false // "last morning" is not English
		}
	}
	p, ok := dayPoint(r.a + date.Date(off))
	if !ok {
		return cand{}, false
	}
	p.value += "T" + partDayCodes[pd]
	p.gran = GranTime
	return cand{end: j + 1, typ: Time, p: p, rule: "partofday/" + relRule(dir),
		why: fmt.Sprintf("%s %s: anchor %s %+d day(s)", r.relWord, t.word(j), t.anchorName(), off)}, true
}

// narrativeDayWords are the relations of "the next morning", "the
// following evening", "the previous night": a part of the day after or
// before the day the story is at.
var narrativeDayWords = map[string]bool{"next": true, "following": true, "previous": true, "preceding": true}

// relPartOfDay resolves "the next morning", "the previous night": the part
// pd of the day after or before the day the story has just named, or the
// anchor's when none was.
func (t *tagger) relPartOfDay(r *relPhrase, j, pd int) (cand, bool) {
	base, from := t.narrativeDay(r.i)
	p, ok := dayPoint(base + date.Date(r.dir))
	if !ok {
		return cand{}, false
	}
	p.value += "T" + partDayCodes[pd]
	p.gran = GranTime
	return cand{end: j + 1, typ: Time, p: p, rule: "partofday/" + relRule(r.dir),
		why: fmt.Sprintf("the %s %s: %s %s day", r.relWord, t.word(j), from, signed(r.dir))}, true
}

// nextStretchPreps before "the next year" make it a stretch of time from the
// anchor ("over the next year"), not the year after a date just told.
var nextStretchPreps = map[string]bool{"over": true, "in": true, "within": true, "during": true, "for": true,
	"through": true, "throughout": true, "into": true}

// stretchRels are the relation words after "the" that make "the past
// decade" a stretch of time counted from the anchor rather than a
// calendar decade. "The last decade" is as often the calendar decade
// before the anchor's ("lost in the last decade", said in 1998: the
// 1980s), and "the previous decade", "the following decade" name calendar
// units of the narrative: those stay dates.
var stretchRels = map[string]bool{"past": true, "next": true, "coming": true}

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
	// "last Oct. 23", "next January 10": a day of that month.
	e := j + 1
	if t.punct(e, '.') && t.glued(e) && t.abbreviatedMonth(j) {
		e++
	}
	if day, k, ok := t.dayAt(e); ok && !(t.glued(k) && t.word(k) != "") {
		return t.relMonthDay(k, m, day, dir, relWord)
	}
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

// relMonthDay resolves "last Oct. 23" (the latest October 23 before the
// anchor), "next Jan. 10" (the first after it), "this May 5" (the one of
// the anchor's year); the day ends before token e.
func (t *tagger) relMonthDay(e, m, day, dir int, relWord string) (cand, bool) {
	a := t.a.Date
	y := a.Year()
	switch dir {
	case -1:
		for y > a.Year()-5 && (day > daysIn(y, m) || mkDate(y, m, day) >= a) {
			y--
		}
	case 1:
		for y < a.Year()+5 && (day > daysIn(y, m) || mkDate(y, m, day) <= a) {
			y++
		}
	}
	if day > daysIn(y, m) {
		return cand{}, false
	}
	p, ok := dayPoint(mkDate(y, m, day))
	if !ok {
		return cand{}, false
	}
	return cand{end: e, typ: Date, p: p, rule: "month-day/" + relRule(dir),
		why: fmt.Sprintf("%s %s %d: %d, %s, from anchor %s", relWord, monthNames[m], day, y, relWeekdayWhy(dir), t.anchorName())}, true
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
	if c, ok := t.unitTwoAway(i, u); ok {
		return c, true
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
		base, from := t.narrativeDay(i)
		p, ok = dayPoint(base + date.Date(off))
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 3, typ: Date, p: p, rule: "day/" + w,
			why: fmt.Sprintf("the day %s %s", w, from)}, true
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
	case uWeek:
		// "earlier in the week", "later in the week": the anchor's own
		// week, told from inside it; a bare "the week" may be any week
		// ("during the week", "the week since").
		if t.word(i-1) != "in" || !inUnitSides[t.word(i-2)] {
			return cand{}, false
		}
		base, why := a, fmt.Sprintf("%s in the week: the anchor's own (%s)", t.word(i-2), t.anchorName())
		if t.word(i-2) == "earlier" {
			if base = t.earlierWeekBase(a); base != a {
				why = fmt.Sprintf("earlier in the week: from anchor %s, the week that has just ended", t.anchorName())
			}
		}
		p, ok = weekPoint(base)
		if !ok {
			return cand{}, false
		}
		return cand{end: i + 2, typ: Date, p: p, rule: "unit/current", why: why}, true
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

// inUnitSides, before "in the week", place a time inside the anchor's
// week.
var inUnitSides = map[string]bool{"earlier": true, "later": true}

// fullWords make "the full year" the whole of the anchor's year.
var fullWords = map[string]bool{"full": true, "whole": true, "entire": true}

// unitTwoAway resolves "the week after next", "the month before last",
// "the weekend after next", "the year before last" at i ("the", then the
// unit u): the unit two steps from the anchor's own, after or before it.
func (t *tagger) unitTwoAway(i, u int) (cand, bool) {
	w, rel := t.word(i+2), t.word(i+3)
	step := 0
	switch {
	case w == "after" && rel == "next":
		step = 2
	case w == "before" && rel == "last":
		step = -2
	default:
		return cand{}, false
	}
	a := t.a.Date
	ay, am, _ := a.Date()
	var p point
	var ok bool
	switch u {
	case uWeek:
		p, ok = weekPoint(a + date.Date(7*step))
	case uWeekend:
		// "next weekend" is the weekend of next week, "last weekend" the
		// one before this week's: two steps are a week further.
		d := weekStart(a) + 6 + date.Date(7*step)
		if step < 0 {
			d = weekStart(a) - 1 - 7
		}
		p, ok = weekendPoint(d)
	case uMonth:
		p, ok = monthPoint(ay, int(am)+step)
	case uYear:
		p, ok = yearPoint(ay + step)
	}
	if !ok {
		return cand{}, false
	}
	name := t.word(i + 1)
	return cand{end: i + 4, typ: Date, p: p, rule: name + "/" + w + "-" + rel,
		why: fmt.Sprintf("the %s %s %s: two %ss %s anchor %s", name, w, rel, name, map[int]string{2: "after", -2: "before"}[step], t.anchorName())}, true
}
