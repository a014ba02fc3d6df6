package resolve

// Stretches of unstated length: "for years", "within weeks", "months ago",
// "minutes before the blast", "the years that followed", "decades-long":
// durations whose count the text does not give (PXY, PXW, PTXM).

// barePluralAt matches a unit in the plural with no count: "for years",
// "within weeks", "after months of talks", "just months ago", "minutes
// before the blast", "decades-long" — a duration of unstated length (PXY,
// PXW, PTXM).
func (t *tagger) barePluralAt(i int) (cand, bool) {
	u, ok := t.is(i, cUnit)
	if !ok || u&plural == 0 {
		return cand{}, false
	}
	u &^= plural
	if _, known := unitInfos[u]; !known || u == uQuarter || u == uSecond {
		return cand{}, false
	}
	prev, next := t.word(i-1), t.word(i+1)
	if t.punct(i+1, '-') {
		// "decades-long", "years-long": an adjective of unstated length.
		if t.glued(i+1) && next == "" && t.word(i+2) == "long" && t.glued(i+2) {
			return cand{end: i + 3, typ: Duration, value: durationValue(-1, u), rule: "duration/long-adjective",
				why: t.word(i) + "-long: a duration of unstated length"}, true
		}
		return cand{}, false
	}
	why := t.word(i-1) + " " + t.word(i) + ": a duration of unstated length"
	switch {
	case stretchShifts[next] && !stretchNotBefore[prev] && t.toks[max(i-1, 0)].kind != tNum:
		// "months ago", "minutes before the blast", "days later": the
		// stretch is tagged, the word after it is the signal.
		why = t.word(i) + " " + next + ": a duration of unstated length"
	case next == "of":
		// "after months of talks": before "of" only after a preposition or
		// verb that takes a stretch of time, not after a determiner or
		// adjective ("the heady days of").
		if !barePluralPreps[prev] && !stretchOfWords[prev] {
			return cand{}, false
		}
	case !barePluralPreps[prev]:
		return cand{}, false
	}
	return cand{end: i + 1, typ: Duration, value: durationValue(-1, u), rule: "duration/bare-plural", why: why}, true
}

// stretchShifts after a bare plural make it a stretch of time before or
// after another: "months ago", "weeks later", "minutes before the blast".
var stretchShifts = map[string]bool{"ago": true, "before": true, "after": true, "later": true, "earlier": true}

// stretchNotBefore are words before "days before …" that make the plural
// part of another phrase: "the days before the vote" (theStretchAt),
// "their days after school", "many years ago" (a count).
var stretchNotBefore = map[string]bool{"the": true, "these": true, "those": true, "their": true, "his": true,
	"her": true, "its": true, "our": true, "my": true, "your": true, "many": true, "few": true,
	"several": true, "some": true, "numerous": true, "of": true}

// theStretchAt matches a plural unit after "the" that names a stretch of
// time of unstated length: "the years that followed", "in the days before
// the vote", "the first hours of the war", "the early years", "over the
// years", "the following days" (PXY, PXD, PTXH).
func (t *tagger) theStretchAt(i int) (cand, bool) {
	if t.word(i) != "the" {
		return cand{}, false
	}
	j := i + 1
	if c, ok := t.earlyHoursOf(i); ok {
		return c, true
	}
	pos := ""
	if stretchPositions[t.word(j)] {
		pos = t.word(j)
		j++
	}
	u, ok := t.is(j, cUnit)
	if !ok || u&plural == 0 {
		return cand{}, false
	}
	u &^= plural
	if _, known := unitInfos[u]; !known || u == uQuarter || u == uSecond || t.punct(j+1, '-') {
		return cand{}, false
	}
	next := t.word(j + 1)
	var why string
	switch {
	case (next == "that" || next == "which") && stretchFollowVerbs[t.word(j+2)]:
		why = "the " + t.word(j) + " that " + t.word(j+2)
	case stretchAfterWords[next]:
		why = "the " + t.word(j) + " " + next
	case pos != "":
		why = "the " + pos + " " + t.word(j)
	case stretchPreps[t.word(i-1)]:
		why = t.word(i-1) + " the " + t.word(j)
	default:
		return cand{}, false
	}
	return cand{end: j + 1, typ: Duration, value: durationValue(-1, u), rule: "duration/the-plural",
		why: why + ": a stretch of time of unstated length"}, true
}

// earlyHoursOf matches "the early hours of Sunday", "the early hours of 3
// March": the first hours of the day named, which stays a day (mod START),
// not a stretch of time.
func (t *tagger) earlyHoursOf(i int) (cand, bool) {
	if t.word(i+1) != "early" || t.word(i+2) != "hours" || t.word(i+3) != "of" {
		return cand{}, false
	}
	c, ok := t.coreAt(i + 4)
	if !ok || c.typ != Date || c.p.gran != GranDay || len(c.p.value) != 10 {
		return cand{}, false
	}
	c.mod = "START"
	c.rule = "day/early-hours"
	c.why = t.text[t.toks[i].start:t.toks[i+3].end] + " " + c.why + ": its first hours"
	return c, true
}

// stretchPositions before a plural unit pick a stretch of time: "the first
// hours", "the early years", "the following days".
var stretchPositions = map[string]bool{"first": true, "early": true, "final": true, "closing": true,
	"opening": true, "initial": true, "following": true, "ensuing": true, "intervening": true,
	"last": true, "remaining": true, "waning": true, "dying": true}

// stretchFollowVerbs make "the years that followed" a stretch of time.
var stretchFollowVerbs = map[string]bool{"followed": true, "follow": true, "ensued": true, "came": true,
	"preceded": true, "passed": true, "have": true, "had": true, "remain": true, "remained": true}

// stretchAfterWords after "the days" make it a stretch of time: "the days
// before the vote", "the years since", "the months ahead".
var stretchAfterWords = map[string]bool{"before": true, "after": true, "since": true, "ahead": true,
	"leading": true, "following": true, "preceding": true, "between": true, "until": true}

// stretchPreps before "the years" make it a stretch of time: "over the
// years", "through the decades".
var stretchPreps = map[string]bool{"over": true, "through": true, "throughout": true, "across": true}

var barePluralPreps = map[string]bool{"for": true, "within": true, "in": true, "over": true}

// stretchOfWords are words before "months of talks", "years of war" that
// make the plural a stretch of time.
var stretchOfWords = map[string]bool{"after": true, "follows": true, "followed": true, "following": true,
	"despite": true, "amid": true, "ending": true, "ends": true, "ended": true, "caps": true, "capped": true,
	"took": true, "takes": true, "spent": true, "spend": true, "through": true, "during": true}

// vagueStretches are stretches of time of unknown length after "for",
// which TimeML writes PXX: "for some time", "for a while", "for a long
// time", "for a fairly lengthy period". Words in parentheses are optional
// degree adverbs, matched by vagueStretchAt.
var vagueStretches = [][]string{
	{"some", "time"}, {"quite", "some", "time"}, {"a", "while"}, {"a", "long", "while"}, {"a", "little", "while"},
	{"a", "long", "time"}, {"a", "short", "time"}, {"a", "long", "period"}, {"a", "short", "period"},
	{"a", "lengthy", "period"}, {"a", "brief", "period"}, {"an", "extended", "period"},
	{"a", "considerable", "time"}, {"a", "limited", "time"}, {"a", "limited", "period"},
}

// degreeAdverbs may stand inside a vague stretch: "a fairly lengthy period".
var degreeAdverbs = map[string]bool{"fairly": true, "very": true, "relatively": true, "rather": true,
	"quite": true, "reasonably": true, "comparatively": true}

// vagueStretchAt matches a stretch of unknown length after "for": "for
// some time", "for a while", "for a fairly lengthy period" (PXX).
func (t *tagger) vagueStretchAt(i int) (cand, bool) {
	if t.word(i-1) != "for" {
		return cand{}, false
	}
	for _, words := range vagueStretches {
		j := i
		ok := true
		for n, w := range words {
			if n == 1 && degreeAdverbs[t.word(j)] && words[0] != "quite" {
				j++
			}
			if t.word(j) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			return cand{end: j, typ: Duration, value: "PXX", rule: "duration/vague",
				why: "for " + t.text[t.toks[i].start:t.toks[j-1].end] + ": a stretch of time of unknown length"}, true
		}
	}
	return cand{}, false
}
