package resolve

// This file holds the vocabulary: every word the grammars react to, with its
// class and value. Adding a word is a one-line change here (and a test case
// in lexicon_test.go or grammar_test.go).

// class is the grammatical role a lexicon word can play.
type class uint8

const (
	cNone       class = iota
	cMonth            // january … december; val 1–12
	cWeekday          // monday … sunday; val 1–7 (ISO: Monday is 1)
	cNumWord          // one … ninety, a dozen; val is the number
	cOrdWord          // first … thirty-first; val is the number
	cUnit             // day, week, month …; val is a unit
	cDeictic          // today, tonight, yesterday, tomorrow; val is a deictic
	cRel              // this, last, next, past …; val is a relation
	cPos              // early, mid, late; val is a position
	cPartDay          // morning, afternoon, evening, night; val is a part
	cSeason           // spring, summer, fall, autumn, winter; val is a season
	cDet              // the, a, an
	cShift            // ago, earlier, later, before, after, hence; val is a shift
	cSetAdv           // daily, weekly, annually …; val is a unit
	cEvery            // every, each
	cFiscal           // fiscal
	cVague            // several, few, many, some, couple; a count that is not a number
	cApprox           // about, nearly, almost, around …
	cRef              // now, currently, recently …; val is a ref
	cZone             // gmt, utc, est …; val indexes zoneAbbrevs
	cMeridiem         // am, pm (and the letters of a.m./p.m.); val 0 am, 12 pm
	cClockWord        // noon, midnight; val is the hour
	cDecadeWord       // twenties … nineties; val is 20 … 90
	cHoliday          // the first word of a holiday's name (holidays.go)
)

// Units of time. Plural forms carry the plural bit.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
	uHour
	uMinute
	uSecond
	uQuarter
	uWeekend
	uFortnight
	uMillennium
	uHalf

	plural = 0x100
)

// Relations a modifier word sets up with the anchor.
const (
	relThis = iota + 1
	relLast
	relNext
	relPast // "past", "previous", "preceding": like last, but "the past two years" is a duration
	relComing
	relCurrent
	relFollowing
	relLatest
	relRecent
)

// Positions inside a period: "early", "mid", "late".
const (
	posEarly = iota + 1
	posMid
	posLate
)

// Shifts: how "ago", "earlier", "later" move from the anchor.
const (
	shiftBack = -1
	shiftFwd  = 1
)

// Deictic days.
const (
	dToday = iota + 1
	dTonight
	dYesterday
	dTomorrow
)

// Parts of a day, as TimeML codes them.
var partDayCodes = [...]string{"", "MO", "AF", "EV", "NI", "DT"}

const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pDaytime
)

// Seasons, as TimeML codes them.
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// References without a calendar position.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

var refValues = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

// lexEntry is what the lexicon knows about a word: up to two roles, and
// flags saying which wrappers and matchers may start at it.
type lexEntry struct {
	c     [2]class
	v     [2]int16
	flags lexFlags
	cue   cueKind // the word's tense cue, if it is one (see tense.go)
}

// lexFlags mark words that begin a multi-word pattern.
type lexFlags uint8

const (
	fStart    lexFlags = 1 << iota // begins some expression (startWords)
	fPosition                      // begins a position ("early", "the end of")
	fApprox                        // begins an approximation ("about", "more than")
	fAlone                         // can be a whole expression ("present" in "at present")
	fFiller                        // may stand between a count and its unit ("an additional year")
	fCapital                       // begins an expression only when capitalised ("New Year's Day", not "a new plan")
)

// capitalOnly are words that begin an expression only with a capital:
// common words that open a holiday's name.
var capitalOnly = []string{"new", "good", "orthodox"}

// aloneWords are pattern words that can make an expression on their own,
// so that the tokens after them need not be known words.
var aloneWords = []string{"present", "then"}

// has returns the value of role c and whether the word has that role.
func (e lexEntry) has(c class) (int, bool) {
	if e.c[0] == c {
		return int(e.v[0]), true
	}
	if e.c[1] == c {
		return int(e.v[1]), true
	}
	return 0, false
}

// word is one row of the vocabulary table.
type word struct {
	w string
	c class
	v int
}

// vocabulary lists every word the grammars react to. A word listed twice has
// two roles ("second" is an ordinal and a unit; "may" a month that needs
// support from its neighbours, because it is usually the modal verb).
var vocabulary = []word{
	{"january", cMonth, 1}, {"jan", cMonth, 1}, {"february", cMonth, 2}, {"feb", cMonth, 2},
	{"march", cMonth, 3}, {"mar", cMonth, 3}, {"april", cMonth, 4}, {"apr", cMonth, 4},
	{"may", cMonth, 5}, {"june", cMonth, 6}, {"jun", cMonth, 6}, {"july", cMonth, 7}, {"jul", cMonth, 7},
	{"august", cMonth, 8}, {"aug", cMonth, 8}, {"september", cMonth, 9}, {"sep", cMonth, 9},
	{"sept", cMonth, 9}, {"october", cMonth, 10}, {"oct", cMonth, 10}, {"november", cMonth, 11},
	{"nov", cMonth, 11}, {"december", cMonth, 12}, {"dec", cMonth, 12},

	{"monday", cWeekday, 1}, {"tuesday", cWeekday, 2}, {"wednesday", cWeekday, 3},
	{"thursday", cWeekday, 4}, {"friday", cWeekday, 5}, {"saturday", cWeekday, 6}, {"sunday", cWeekday, 7},
	{"mondays", cWeekday, 1 | plural}, {"tuesdays", cWeekday, 2 | plural}, {"wednesdays", cWeekday, 3 | plural},
	{"thursdays", cWeekday, 4 | plural}, {"fridays", cWeekday, 5 | plural}, {"saturdays", cWeekday, 6 | plural},
	{"sundays", cWeekday, 7 | plural},

	{"one", cNumWord, 1}, {"two", cNumWord, 2}, {"three", cNumWord, 3}, {"four", cNumWord, 4},
	{"five", cNumWord, 5}, {"six", cNumWord, 6}, {"seven", cNumWord, 7}, {"eight", cNumWord, 8},
	{"nine", cNumWord, 9}, {"ten", cNumWord, 10}, {"eleven", cNumWord, 11}, {"twelve", cNumWord, 12},
	{"thirteen", cNumWord, 13}, {"fourteen", cNumWord, 14}, {"fifteen", cNumWord, 15},
	{"sixteen", cNumWord, 16}, {"seventeen", cNumWord, 17}, {"eighteen", cNumWord, 18},
	{"nineteen", cNumWord, 19}, {"twenty", cNumWord, 20}, {"thirty", cNumWord, 30},
	{"forty", cNumWord, 40}, {"fifty", cNumWord, 50}, {"sixty", cNumWord, 60}, {"seventy", cNumWord, 70},
	{"eighty", cNumWord, 80}, {"ninety", cNumWord, 90}, {"hundred", cNumWord, 100},
	{"thousand", cNumWord, 1000}, {"dozen", cNumWord, 12},

	{"first", cOrdWord, 1}, {"second", cOrdWord, 2}, {"third", cOrdWord, 3}, {"fourth", cOrdWord, 4},
	{"fifth", cOrdWord, 5}, {"sixth", cOrdWord, 6}, {"seventh", cOrdWord, 7}, {"eighth", cOrdWord, 8},
	{"ninth", cOrdWord, 9}, {"tenth", cOrdWord, 10}, {"eleventh", cOrdWord, 11}, {"twelfth", cOrdWord, 12},
	{"thirteenth", cOrdWord, 13}, {"fourteenth", cOrdWord, 14}, {"fifteenth", cOrdWord, 15},
	{"sixteenth", cOrdWord, 16}, {"seventeenth", cOrdWord, 17}, {"eighteenth", cOrdWord, 18},
	{"nineteenth", cOrdWord, 19}, {"twentieth", cOrdWord, 20}, {"thirtieth", cOrdWord, 30},

	{"day", cUnit, uDay}, {"days", cUnit, uDay | plural}, {"week", cUnit, uWeek}, {"weeks", cUnit, uWeek | plural},
	{"month", cUnit, uMonth}, {"months", cUnit, uMonth | plural}, {"year", cUnit, uYear}, {"years", cUnit, uYear | plural},
	{"decade", cUnit, uDecade}, {"decades", cUnit, uDecade | plural}, {"century", cUnit, uCentury},
	{"centuries", cUnit, uCentury | plural}, {"hour", cUnit, uHour}, {"hours", cUnit, uHour | plural},
	{"minute", cUnit, uMinute}, {"minutes", cUnit, uMinute | plural}, {"second", cUnit, uSecond},
	{"seconds", cUnit, uSecond | plural}, {"quarter", cUnit, uQuarter}, {"quarters", cUnit, uQuarter | plural},
	{"weekend", cUnit, uWeekend}, {"weekends", cUnit, uWeekend | plural}, {"fortnight", cUnit, uFortnight},
	{"millennium", cUnit, uMillennium}, {"half", cUnit, uHalf},

	{"today", cDeictic, dToday}, {"tonight", cDeictic, dTonight}, {"yesterday", cDeictic, dYesterday},
	{"tomorrow", cDeictic, dTomorrow},

	{"this", cRel, relThis}, {"last", cRel, relLast}, {"next", cRel, relNext}, {"past", cRel, relPast},
	{"previous", cRel, relPast}, {"preceding", cRel, relPast}, {"coming", cRel, relComing},
	{"current", cRel, relCurrent}, {"following", cRel, relFollowing}, {"latest", cRel, relLatest},
	{"recent", cRel, relRecent},

	{"early", cPos, posEarly}, {"mid", cPos, posMid}, {"late", cPos, posLate},

	{"morning", cPartDay, pMorning}, {"afternoon", cPartDay, pAfternoon}, {"evening", cPartDay, pEvening},
	{"night", cPartDay, pNight}, {"mornings", cPartDay, pMorning | plural}, {"afternoons", cPartDay, pAfternoon | plural},
	{"evenings", cPartDay, pEvening | plural}, {"nights", cPartDay, pNight | plural},

	{"spring", cSeason, sSpring}, {"summer", cSeason, sSummer}, {"fall", cSeason, sFall},
	{"autumn", cSeason, sFall}, {"winter", cSeason, sWinter},

	{"the", cDet, 0}, {"a", cDet, 1}, {"an", cDet, 1},

	{"ago", cShift, shiftBack}, {"earlier", cShift, shiftBack}, {"before", cShift, shiftBack},
	{"later", cShift, shiftFwd}, {"after", cShift, shiftFwd}, {"hence", cShift, shiftFwd},

	{"daily", cSetAdv, uDay}, {"nightly", cSetAdv, uDay}, {"weekly", cSetAdv, uWeek}, {"monthly", cSetAdv, uMonth},
	{"annually", cSetAdv, uYear}, {"yearly", cSetAdv, uYear}, {"hourly", cSetAdv, uHour},
	{"quarterly", cSetAdv, uQuarter},

	{"every", cEvery, 0}, {"each", cEvery, 0},
	{"fiscal", cFiscal, 0},

	{"several", cVague, 0}, {"few", cVague, 0}, {"many", cVague, 0}, {"some", cVague, 0},
	{"couple", cVague, 2}, {"numerous", cVague, 0},

	{"about", cApprox, 0}, {"nearly", cApprox, 0}, {"almost", cApprox, 0}, {"around", cApprox, 0},
	{"roughly", cApprox, 0}, {"approximately", cApprox, 0}, {"some", cApprox, 0}, {"over", cApprox, 0},

	{"now", cRef, refPresent}, {"currently", cRef, refPresent}, {"nowadays", cRef, refPresent},
	{"recently", cRef, refPast}, {"lately", cRef, refPast}, {"soon", cRef, refFuture},

	{"gmt", cZone, 0}, {"utc", cZone, 0}, {"est", cZone, 0}, {"edt", cZone, 0}, {"cst", cZone, 0},
	{"cdt", cZone, 0}, {"mst", cZone, 0}, {"mdt", cZone, 0}, {"pst", cZone, 0}, {"pdt", cZone, 0},
	{"cet", cZone, 0}, {"cest", cZone, 0}, {"bst", cZone, 0}, {"msk", cZone, 0}, {"ist", cZone, 0},
	{"jst", cZone, 0}, {"kst", cZone, 0}, {"eet", cZone, 0}, {"eest", cZone, 0}, {"aest", cZone, 0},
	{"aedt", cZone, 0}, {"hkt", cZone, 0}, {"sgt", cZone, 0}, {"et", cZone, 0}, {"ct", cZone, 0},
	{"mt", cZone, 0}, {"pt", cZone, 0},

	{"am", cMeridiem, 0}, {"pm", cMeridiem, 12}, {"p", cMeridiem, 12},
	{"noon", cClockWord, 12}, {"midday", cClockWord, 12}, {"midnight", cClockWord, 24},

	{"twenties", cDecadeWord, 20}, {"thirties", cDecadeWord, 30}, {"forties", cDecadeWord, 40},
	{"fifties", cDecadeWord, 50}, {"sixties", cDecadeWord, 60}, {"seventies", cDecadeWord, 70},
	{"eighties", cDecadeWord, 80}, {"nineties", cDecadeWord, 90},

	{"christmas", cHoliday, 0}, {"easter", cHoliday, 0}, {"thanksgiving", cHoliday, 0},
	{"ramadan", cHoliday, 0}, {"new", cHoliday, 0}, {"good", cHoliday, 0}, {"orthodox", cHoliday, 0},
}

// maxLexLen is the length of the longest vocabulary word.
const maxLexLen = 13

// lexicon maps a lowercase word to its roles. The tokenizer does not use
// the map: it looks words of up to eight letters up in lexShort by their
// packed letters, and longer ones in lexTable, an open-addressing copy
// keyed by a cheap hash of a word's length and first, middle and last
// letters, after a one-bit prefilter (lexMaybe).
var lexicon = map[string]lexEntry{}

// lexSlot is one entry of lexTable.
type lexSlot struct {
	w string
	e lexEntry
}

const lexTableBits = 11

var lexTable [1 << lexTableBits]lexSlot

// lexHash hashes a lowercase word by its length and three of its letters.
func lexHash(w []byte) uint32 {
	n := len(w)
	return uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA6B ^ uint32(w[n-1])*0xC2B2AE35 ^ uint32(w[(n-1)/2])*0x27D4EB2F
}

// lexFilter is a set of (length, first letter, last letter) triples of
// lexicon words. Most words of a text are not in the lexicon, and one bit
// test turns nearly all of them away before the hash lookup.
type lexFilter [(maxLexLen+1)*26*26/64 + 1]uint64

var lexMaybe lexFilter

func lexFilterIndex(n int, first, last byte) uint {
	return (uint(n)*26+uint(first-'a'))*26 + uint(last-'a')
}

func (f *lexFilter) set(w string) {
	k := lexFilterIndex(len(w), w[0], w[len(w)-1])
	f[k/64] |= 1 << (k % 64)
}

// has reports whether a lowercase ASCII word of n ≤ maxLexLen letters
// starting with first and ending with last may be in the lexicon.
func (f *lexFilter) has(n int, first, last byte) bool {
	k := lexFilterIndex(n, first, last)
	return f[k/64]&(1<<(k%64)) != 0
}

// Words of up to eight letters, most of the lexicon and most of any text,
// are looked up by their letters packed into a uint64 (first letter in the
// low byte), which the tokenizer builds as it reads the word: one multiply
// and one compare, no string hashing.
type lexShortSlot struct {
	key uint64
	e   lexEntry
}

var lexShort [1 << lexTableBits]lexShortSlot

// packWord packs a word of at most eight lowercase letters.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

func shortHash(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - lexTableBits) }

// lexLookupShort returns the lexicon entry of the word packed in key.
func lexLookupShort(key uint64) lexEntry {
	const mask = 1<<lexTableBits - 1
	for k := shortHash(key); ; k = (k + 1) & mask {
		sl := &lexShort[k]
		if sl.key == key {
			return sl.e
		}
		if sl.key == 0 {
			return lexEntry{}
		}
	}
}

// lexLookup returns the lexicon entry of the lowercase word w.
func lexLookup(w []byte) lexEntry {
	const mask = 1<<lexTableBits - 1
	for k := (lexHash(w) >> 7) & mask; ; k = (k + 1) & mask {
		sl := &lexTable[k]
		if sl.w == "" {
			return lexEntry{}
		}
		if sl.w == string(w) {
			return sl.e
		}
	}
}

// addFlag marks word w with flag f, adding it to the lexicon if needed.
func addFlag(w string, f lexFlags) {
	e := lexicon[w]
	e.flags |= f
	lexicon[w] = e
}

func init() {
	for _, w := range vocabulary {
		e := lexicon[w.w]
		switch {
		case e.c[0] == cNone:
			e.c[0], e.v[0] = w.c, int16(w.v)
		case e.c[1] == cNone:
			e.c[1], e.v[1] = w.c, int16(w.v)
		default:
			panic("resolve: word with more than two roles: " + w.w)
		}
		lexicon[w.w] = e
	}
	for w := range startWords {
		addFlag(w, fStart)
	}
	for _, p := range positions {
		addFlag(p.words[0], fPosition)
	}
	for _, w := range aloneWords {
		addFlag(w, fAlone)
	}
	for _, w := range capitalOnly {
		addFlag(w, fCapital)
	}
	for w, on := range unitFillers {
		if on {
			addFlag(w, fFiller)
		}
	}
	for _, a := range approximations {
		addFlag(a.words[0], fApprox)
	}
	for w, k := range cueTable {
		if len(w) <= maxLexLen && allLower(w) { // "so-called" is never one token
			e := lexicon[w]
			e.cue = k
			lexicon[w] = e
		}
	}
	n := 0
	for w, e := range lexicon {
		if len(w) > maxLexLen {
			panic("resolve: lexicon word longer than maxLexLen: " + w)
		}
		const mask = 1<<lexTableBits - 1
		k := (lexHash([]byte(w)) >> 7) & mask
		for lexTable[k].w != "" {
			k = (k + 1) & mask
		}
		lexTable[k] = lexSlot{w, e}
		lexMaybe.set(w)
		if len(w) <= 8 {
			key := packWord(w)
			h := shortHash(key)
			for lexShort[h].key != 0 {
				h = (h + 1) & mask
			}
			lexShort[h] = lexShortSlot{key, e}
		}
		n++
	}
	if 2*n > len(lexTable) {
		panic("resolve: lexTable too small for the lexicon")
	}
}

// allLower reports whether w is made of the letters a to z only.
func allLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
