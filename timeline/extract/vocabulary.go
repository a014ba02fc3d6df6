package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// vocabulary is the compiled form of vocab's tables: a phrase table per
// concept, and an index of the words that may start a phrase, which the
// tokenizer consults once per word (token.Mask) so that later passes test
// bits rather than maps.
type vocabulary struct {
	countries *phraseTable[string] // form → country
	capitals  *phraseTable[string] // place → country
	orgs      *phraseTable[string] // form → organisation
	formats   *phraseTable[*format]
	titles    *phraseTable[titleInfo]
	triggers  *phraseTable[triggerInfo]
	status    *phraseTable[timeline.Status]
	// first maps the lower-case first word of every phrase of the tables
	// above to the tables it may start a phrase of, so that most words
	// cost one lookup.
	first map[string]firstWord
	// lowerPrefix marks the (first two letters, length) of every
	// lower-case-relevant first word; see lowerMayStart.
	lowerPrefix []bool
	// anyPrefix marks the (first two letters, length) of every word of
	// first; see mayStart.
	anyPrefix []bool
	// prefixes is anyPrefix and lowerPrefix in one table, so that the
	// tokenizer's filter costs one load.
	prefixes []uint8
	// firstIndex is first as a hash table that the tokenizer can probe
	// faster than the map.
	firstIndex maskIndex
}

// firstMask is the Mask of a word token whose lower-case form is l: the
// tables that have a phrase starting with l, or 0 when the prefix filter
// (mayStart for capitalised words, else lowerMayStart) rules l out.
func (v *vocabulary) firstMask(l string, capitalised bool) firstWord {
	if k, ok := prefixKey(l); ok {
		need := prefixLower
		if capitalised {
			need = prefixAny
		}
		if v.prefixes[k]&need == 0 {
			return 0
		}
	}
	return v.firstIndex.get(l)
}

// Bits of vocabulary.prefixes.
const (
	prefixAny   uint8 = 1 << iota // anyPrefix
	prefixLower                   // lowerPrefix
)

// mayStart is lowerMayStart for capitalised words: any table counts, and
// the filter still rules out most names and sentence openers without
// hashing.
func (v *vocabulary) mayStart(w string) bool {
	k, ok := prefixKey(w)
	return !ok || v.anyPrefix[k]
}

// lowerMayStart is a quick filter before the map lookup of a lower-case
// word: only triggers, titles, title modifiers, clause breaks and
// diplomacy words matter in lower case,
// and a table of their first two letters and length rules out most words
// ("the", "and", "said") without hashing.
func (v *vocabulary) lowerMayStart(w string) bool {
	k, ok := prefixKey(w)
	return !ok || v.lowerPrefix[k]
}

// prefixKey is the index of w in vocabulary.lowerPrefix; ok is false for
// words that the filter does not cover (non-ASCII, one letter).
func prefixKey(w string) (int, bool) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return 0, false
	}
	n := len(w)
	if n > 15 {
		n = 15
	}
	return (int(w[0]-'a')*26+int(w[1]-'a'))*16 + n, true
}

// firstWord is a set of tables a word may start a phrase of.
type firstWord uint16

const (
	firstFormat firstWord = 1 << iota
	firstCountry
	firstOrg
	firstPlace
	firstTitle
	firstModifier
	firstTrigger
	firstNotName
	firstBreak // a clause opener or reporting verb (see isClauseBreak)
	// firstDiplomacy marks the diplomacyWords, which are single words:
	// a bit saves venueDrafts a map lookup per word.
	firstDiplomacy
	// firstInstitution marks the institution-nouns ("Academy",
	// "Foundation").
	firstInstitution
	// firstGathering marks the gathering-nouns ("Conference", "Summit").
	firstGathering
	// firstSessionBody marks the session-bodies ("Assembly", "Council"),
	// which end the names of organisations whose sessions are attended.
	firstSessionBody
	// firstLowerForm marks the first word of an organisation's form that
	// the table writes in lower case ("seven major industrial nations"),
	// which matches without a capital.
	firstLowerForm
	// firstAttendAbroad marks the attend-abroad-verbs ("attend"), whose
	// sentences may report a trip (see attendedAbroadDraft).
	firstAttendAbroad
	// firstPresence marks the presence-copulas ("was"), whose sentences
	// may report a trip when "in" and a name follow (see
	// presenceAbroadDraft).
	firstPresence
)

// lex is built in init, after every table (and the tokenizer's own
// abbreviation table) is initialised: the generic phrase tables hide the
// dependency from the package-variable initialisation order.
var lex *vocabulary

func init() { lex = buildVocabulary() }

func buildVocabulary() *vocabulary {
	v := &vocabulary{
		countries: newPhraseTable[string](true),
		capitals:  newPhraseTable[string](true),
		orgs:      newPhraseTable[string](true),
		formats:   newPhraseTable[*format](false),
		titles:    newPhraseTable[titleInfo](false),
		triggers:  newPhraseTable[triggerInfo](false),
		status:    newPhraseTable[timeline.Status](false),
		first:     map[string]firstWord{},
	}
	v.addPhrases()
	v.markFirstWords()
	v.buildFilters()
	return v
}

// addPhrases fills the phrase tables from the rows of vocab's tables.
func (v *vocabulary) addPhrases() {
	for _, c := range vocab.Countries() {
		for _, f := range c.Forms() {
			v.countries.add(f, c.Name)
		}
	}
	// Cities, venues and areas, the capitals among them: a capital stands
	// for its country's government.
	for _, p := range vocab.Places() {
		for _, f := range p.Forms() {
			v.capitals.add(f, p.Country)
		}
	}
	for _, o := range orgRows {
		for _, f := range o.AllForms() {
			v.orgs.add(f, o.Name)
		}
	}
	for i := range formats {
		f := &formats[i]
		for _, form := range f.Forms {
			v.formats.add(form, f)
		}
	}
	for _, row := range titleRows {
		for _, f := range row.Forms {
			v.titles.add(f, row.Info)
		}
	}
	for _, row := range triggerRows {
		for _, p := range row.Phrases {
			v.triggers.add(p, row.Info)
		}
	}
	for _, row := range statusRows {
		for _, p := range row.Phrases {
			v.status.add(p, row.Status)
		}
	}
}

// markFirstWords records in first, for every word that starts a phrase of
// a table (or is a word the recogniser and the clause rules test), which
// tables and word sets it belongs to.
func (v *vocabulary) markFirstWords() {
	// The tables' first words, including the forms a table registers that
	// its rows do not spell ("N’Djamena" for "N'Djamena"): the recogniser
	// trusts the bits.
	markTable(v.first, firstCountry, v.countries)
	markTable(v.first, firstPlace, v.capitals)
	markTable(v.first, firstOrg, v.orgs)
	for w, list := range v.orgs.byFirst {
		for _, e := range list {
			if e.lowerForm {
				v.first[w] |= firstLowerForm
			}
		}
	}
	markTable(v.first, firstFormat, v.formats)
	markTable(v.first, firstTitle, v.titles)
	markTable(v.first, firstTrigger, v.triggers)
	for w := range titleModifiers {
		if toks := tokenize(w, 0); len(toks) > 0 {
			v.first[toks[0].Lower] |= firstModifier
		}
	}
	for w := range notNameWords {
		v.first[w] |= firstNotName
	}
	for w := range clauseOpeners {
		v.first[w] |= firstBreak
	}
	for w := range reportingVerbs {
		v.first[w] |= firstBreak
	}
	for w := range diplomacyWords {
		v.first[w] |= firstDiplomacy
	}
	for w := range attendAbroadVerbs {
		v.first[w] |= firstAttendAbroad
	}
	for w := range delegationLeadVerbs {
		v.first[w] |= firstAttendAbroad // "led the delegation to the inauguration of …"
	}
	for w := range presenceCopulas {
		v.first[w] |= firstPresence
	}
	for w := range stayVerbs {
		v.first[w] |= firstPresence
	}
	for w := range institutionNouns {
		v.first[w] |= firstInstitution
	}
	for w := range gatheringNouns {
		v.first[w] |= firstGathering
	}
	for w := range sessionBodies {
		v.first[w] |= firstSessionBody
	}
}

// buildFilters builds, from first, the prefix filters and the hash index
// the tokenizer consults for every word.
func (v *vocabulary) buildFilters() {
	v.lowerPrefix = make([]bool, 26*26*16)
	v.anyPrefix = make([]bool, 26*26*16)
	for w, m := range v.first {
		k, ok := prefixKey(w)
		if !ok {
			continue
		}
		v.anyPrefix[k] = true
		if m&(firstTrigger|firstTitle|firstModifier|firstBreak|firstDiplomacy|firstLowerForm|firstAttendAbroad|firstPresence) != 0 {
			v.lowerPrefix[k] = true
		}
	}
	v.prefixes = make([]uint8, len(v.anyPrefix))
	for k := range v.prefixes {
		if v.anyPrefix[k] {
			v.prefixes[k] |= prefixAny
		}
		if v.lowerPrefix[k] {
			v.prefixes[k] |= prefixLower
		}
	}
	v.firstIndex = newMaskIndex(v.first)
}

// markTable sets bit in first for the first word of every phrase of tab.
func markTable[V any](first map[string]firstWord, bit firstWord, tab *phraseTable[V]) {
	for w := range tab.byFirst {
		first[w] |= bit
	}
}

// canonicalPlace folds spelling variants of a place, as the city table
// writes them, to the place's name ("Kiev" → "Kyiv").
func canonicalPlace(p string) string {
	if c, ok := placeVariants[p]; ok {
		return c
	}
	return p
}

// placeVariants maps the variants of vocab's city table to their names.
var placeVariants = func() map[string]string {
	m := map[string]string{}
	for _, p := range vocab.Places() {
		for _, v := range p.Variants {
			m[v] = p.Name
		}
	}
	return m
}()
