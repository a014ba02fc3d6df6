package extract

import (
	"strings"
	"unicode"
	"unsafe"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// entKind is the kind of a named thing found in a sentence.
type entKind int

const (
	entPerson  entKind = iota + 1 // a person, by name ("Joe Biden", "Biden", "Mr. Sullivan")
	entRole                       // an office or side without a name ("US President", "Ukraine leader", "Russian officials")
	entCountry                    // a country ("Russia", "Ukrainian")
	entOrg                        // an organisation ("NATO", "OSCE")
	entFormat                     // a named diplomatic format ("NATO-Russia Council")
	entPlace                      // a city or venue ("Geneva", "the Kremlin")
)

// entity is one named thing in a sentence: tokens [Lo, Hi) of the sentence.
type entity struct {
	Lo, Hi   int
	Kind     entKind
	Name     string // full name, country, organisation, format or place
	Role     string // office, normalised ("President")
	Country  string // the person's or role's country (or organisation)
	Key      string // surname key of a person, for coreference
	Head     bool   // the role is (or may be) a head of state or government
	Side     bool   // a generic side ("officials"): stands for the country
	Counter  bool   // "counterpart": the same office as the other party's
	Reporter bool   // a spokesperson: reports events, takes no part
	Titled   bool   // a title or courtesy word preceded the name
	Adj      bool   // a country named by its adjective ("Russian")
	Format   *format
}

// individual reports an entity that stands for one person: a person, or
// an office one person holds ("the Chancellor"), not a generic side
// ("officials").
func (e *entity) individual() bool { return e.Kind == entPerson || e.Kind == entRole && !e.Side }

// party reports an individual who takes part in events rather than
// reporting them (a spokesperson does not).
func (e *entity) party() bool { return !e.Reporter && e.individual() }

// subjectParty reports a party that can be the subject of an event word
// when the sentence does not say so: a person, or the office of a head of
// state or government ("the President"), not a lesser office.
func (e *entity) subjectParty() bool {
	return !e.Reporter && (e.Kind == entPerson || e.Kind == entRole && e.Head && !e.Side)
}

// vocabulary is the compiled form of the data tables.
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

// maskIndex is a read-only map from words to firstWord sets: an
// open-addressing hash table quicker than a Go map for the short words of
// running text. A slot keeps the first and last eight bytes of its word,
// which for words of up to sixteen bytes are the whole word: finding one
// costs no string comparison.
type maskIndex struct {
	slots []maskSlot
	words []string  // the word of each slot, compared for longer words
	mask  int       // len(slots)-1; len(slots) is a power of two
	empty firstWord // the set of the empty word, which has no slot
}

type maskSlot struct {
	a, b uint64 // wordKey of the word
	n    uint32 // length of the word; 0 for an empty slot
	set  firstWord
}

// newMaskIndex builds the index of m, with at most a quarter of its slots
// in use so that a word not in m usually costs one probe.
func newMaskIndex(m map[string]firstWord) maskIndex {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	x := maskIndex{slots: make([]maskSlot, size), words: make([]string, size), mask: size - 1}
	for w, set := range m {
		if w == "" {
			x.empty = set
			continue
		}
		a, b := wordKey(w)
		i := keyHash(a, b, len(w)) & x.mask
		for x.slots[i].n != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = maskSlot{a: a, b: b, n: uint32(len(w)), set: set}
		x.words[i] = w
	}
	return x
}

// get returns the set of w, or 0 when w is not in the index.
func (x *maskIndex) get(w string) firstWord {
	if w == "" {
		return x.empty
	}
	a, b := wordKey(w)
	n := uint32(len(w))
	for i := keyHash(a, b, len(w)) & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.a == a && s.b == b && s.n == n && (n <= 16 || x.words[i] == w) {
			return s.set
		}
	}
}

// wordKey returns the first and last eight bytes of w (four when w is
// shorter than eight bytes, the first, middle and last when shorter than
// four). With the length, they are all of a word of up to sixteen bytes.
func wordKey(w string) (a, b uint64) {
	n := len(w)
	switch {
	case n >= 8:
		return load64(w), load64(w[n-8:])
	case n >= 4:
		return uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16, 0
	}
	return 0, 0
}

// keyHash mixes a word's key and length into a slot number.
func keyHash(a, b uint64, n int) int {
	h := (a^uint64(n)<<56)*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f
	h ^= h >> 29
	return int(h >> 32)
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

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
	mark := func(bit firstWord, phrase string) {
		if toks := tokenize(phrase, 0); len(toks) > 0 {
			v.first[toks[0].Lower] |= bit
		}
	}
	defer func() {
		for _, c := range vocab.Countries {
			mark(firstCountry, c.Name)
			mark(firstPlace, c.Capital)
			for _, f := range c.Forms {
				mark(firstCountry, f)
			}
		}
		for p := range vocab.Cities {
			mark(firstPlace, p)
		}
		for _, o := range orgRows {
			mark(firstOrg, o.Name)
			for _, f := range o.Forms {
				mark(firstOrg, f)
			}
		}
		for _, f := range formats {
			for _, form := range f.Forms {
				mark(firstFormat, form)
			}
		}
		for _, row := range titleRows {
			for _, f := range row.Forms {
				mark(firstTitle, f)
			}
		}
		for w := range titleModifiers {
			mark(firstModifier, w)
		}
		for _, row := range triggerRows {
			for _, p := range row.Phrases {
				mark(firstTrigger, p)
			}
		}
		// The tables' own first words too: a table may register forms
		// of a phrase that its rows do not spell ("N’Djamena" for
		// "N'Djamena"), and the recogniser trusts the bits.
		markTable(v.first, firstCountry, v.countries)
		markTable(v.first, firstPlace, v.capitals)
		markTable(v.first, firstOrg, v.orgs)
		markTable(v.first, firstFormat, v.formats)
		markTable(v.first, firstTitle, v.titles)
		markTable(v.first, firstTrigger, v.triggers)
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
		v.lowerPrefix = make([]bool, 26*26*16)
		v.anyPrefix = make([]bool, 26*26*16)
		for w, m := range v.first {
			k, ok := prefixKey(w)
			if !ok {
				continue
			}
			v.anyPrefix[k] = true
			if m&(firstTrigger|firstTitle|firstModifier|firstBreak|firstDiplomacy) != 0 {
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
	}()
	for _, c := range vocab.Countries {
		v.countries.add(c.Name, c.Name)
		for _, f := range c.Forms {
			v.countries.add(f, c.Name)
		}
		v.capitals.add(c.Capital, c.Name)
	}
	for place, country := range vocab.Cities {
		v.capitals.add(place, country)
	}
	for _, o := range orgRows {
		v.orgs.add(o.Name, o.Name)
		for _, f := range o.Forms {
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
	return v
}

// markTable sets bit in first for the first word of every phrase of tab.
func markTable[V any](first map[string]firstWord, bit firstWord, tab *phraseTable[V]) {
	for w := range tab.byFirst {
		first[w] |= bit
	}
}

// canonicalPlace folds spelling variants of a place ("Kiev" → "Kyiv").
func canonicalPlace(p string) string {
	if c, ok := vocab.PlaceVariants[p]; ok {
		return c
	}
	return p
}

// nameParticles are lower-case words inside personal names.
var nameParticles = vocab.Words("bin ibn al el de da di du van von der den le la dos das del")

// nameSuffixes follow a name and are not part of its key.
var nameSuffixes = vocab.Words("jr jr. sr sr. ii iii iv")

// isParticle and isNameSuffix test the two tables above for every word of
// every name, and most words are neither: a filter rules those out first.
var isParticle, isNameSuffix = newQuickSet(nameParticles).has, newQuickSet(nameSuffixes).has

// quickSet is a wordSet with a filter that rules out, without hashing,
// every word whose first byte and length no word of the set has.
type quickSet struct {
	set vocab.WordSet
	// lengths has bit n of lengths[b] set when a word of n bytes (of 31
	// or more for n = 31) starting with byte b is in set.
	lengths [256]uint32
}

func newQuickSet(set vocab.WordSet) *quickSet {
	q := &quickSet{set: set}
	for w := range set {
		if w != "" {
			q.lengths[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return q
}

// has reports whether w is in the set.
func (q *quickSet) has(w string) bool {
	if w == "" {
		return q.set[w]
	}
	return q.lengths[w[0]]&(1<<min(len(w), 31)) != 0 && q.set[w]
}

// recognise finds the named things of a sentence, left to right, longest
// first, without overlaps.
func recognise(toks []token) []entity { return recogniseAppend(nil, toks) }

// recogniseAppend is recognise appending to dst, so that the entities of
// every sentence of an article can share one array.
func recogniseAppend(dst []entity, toks []token) []entity {
	out := dst
	for i := 0; i < len(toks); {
		if !mayStartEntity(&toks[i]) {
			i++ // the common case: a word or mark that starts nothing
			continue
		}
		if e, ok := recogniseAt(toks, i); ok {
			out = append(out, e)
			i = e.Hi
			continue
		}
		i++
	}
	return out
}

// entityStarts are the tables whose phrases recogniseAt reads at a
// capitalised word before it tries a personal name.
const entityStarts = firstFormat | firstCountry | firstOrg | firstPlace | firstTitle | firstModifier

// mayStartEntity is a quick test of what recogniseAt would reject at t
// anyway: a mark other than "@", a lower-case word other than a title or
// "counterpart", and a capitalised common word ("The", "Talks") that
// starts no phrase of the tables and cannot begin a name.
func mayStartEntity(t *token) bool {
	switch {
	case !t.Word:
		return t.Text == "@"
	case !t.Cap:
		return t.Mask&(firstTitle|firstModifier) != 0 || t.Lower == "counterpart" || t.Lower == "counterparts"
	}
	return t.Mask&entityStarts != 0 || t.Mask&firstNotName == 0
}

func recogniseAt(toks []token, i int) (entity, bool) {
	t := toks[i]
	mask := t.Mask
	if t.Word && !t.Cap && !isDigit(t.Text[0]) {
		// A lower-case word starts an entity only as a title before a
		// capitalised name ("president Tomas Reyes") or as a bare
		// "counterpart".
		switch {
		case t.Lower == "counterpart" || t.Lower == "counterparts":
			if i > 0 && definiteRefs[toks[i-1].Lower] {
				return entity{Lo: i, Hi: i + 1, Kind: entRole, Counter: true, Head: true}, true
			}
			return entity{}, false
		case mask&(firstTitle|firstModifier) != 0 && i+1 < len(toks) && toks[i+1].Cap:
			return parsePerson(toks, i)
		}
		return entity{}, false
	}
	if mask&firstFormat != 0 {
		if f, n := lex.formats.match(toks, i); n > 0 {
			return entity{Lo: i, Hi: i + n, Kind: entFormat, Name: f.Name, Format: f}, true
		}
	}
	if t.Text == "@" && i+1 < len(toks) && toks[i+1].Start == t.End {
		if h, ok := handles[toks[i+1].Lower]; ok {
			if h.Role == "" {
				return entity{Lo: i, Hi: i + 2, Kind: entCountry, Name: h.Country}, true
			}
			return entity{Lo: i, Hi: i + 2, Kind: entRole, Role: h.Role, Country: h.Country, Head: h.Role == "President"}, true
		}
	}
	if !t.Word {
		return entity{}, false
	}
	// The country or organisation at i, matched once for both a titled
	// person ("US President …") and a side ("Russian officials"). The mask
	// bits rule out the tables that cannot match.
	side, n, org := "", 0, false
	if mask&firstCountry != 0 {
		side, n = lex.countries.match(toks, i)
	}
	if n == 0 && mask&firstOrg != 0 {
		side, n = lex.orgs.match(toks, i)
		org = n > 0
	}
	if mask&(firstCountry|firstOrg|firstTitle|firstModifier) != 0 {
		if e, ok := parsePersonAfter(toks, i, side, n); ok {
			return e, true
		}
	}
	if n > 0 {
		if org {
			return sideOf(toks, i, i+n, entity{Kind: entOrg, Name: side, Country: side}), true
		}
		return sideOf(toks, i, i+n, entity{Kind: entCountry, Name: side, Country: side, Adj: isAdjective(toks[i:i+n], side)}), true
	}
	if mask&firstPlace != 0 {
		if c, n := lex.capitals.match(toks, i); n > 0 {
			return entity{Lo: i, Hi: i + n, Kind: entPlace, Name: canonicalPlace(joinText(toks[i : i+n])), Country: c}, true
		}
	}
	if t.Cap {
		if n := nameRun(toks, i); n > 0 {
			return personEntity(toks, i, i, i+n, titleInfo{}, ""), true
		}
	}
	return entity{}, false
}

// adjectiveEndings are the endings of country adjectives and demonyms
// ("Bolivian", "Chinese", "Polish", "Iraqi", "Greek", "Swiss", "Thai").
var adjectiveEndings = []string{"an", "ese", "ish", "i", "ch", "ic", "ek", "ss", "ai", "ao", "ns", "es"}

// isAdjective reports whether the country form toks is an adjective rather
// than the country's name: "Bolivian" but not "Bolivia", "US" or "Britain".
func isAdjective(toks []token, name string) bool {
	if len(toks) != 1 || toks[0].Text == name || isAcronym(toks[0].Text) {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(toks[0].Lower, e) {
			return true
		}
	}
	return false
}

// sideOf extends a country or organisation entity over a following role
// noun ("Russian officials", "Ukraine leader", "Russia's president") and
// records what the role says.
func sideOf(toks []token, lo, hi int, e entity) entity {
	e.Lo, e.Hi = lo, hi
	j := hi
	if j < len(toks) && toks[j].Lower == "'s" {
		j++
	}
	for j < len(toks) && toks[j].Word {
		if j+1 < len(toks) && (toks[j+1].Text == "'" || toks[j+1].Text == "’") && toks[j+1].Start == toks[j].End {
			break // "APEC Leaders' Meeting": the leaders' event, not a side
		}
		head, ok := genericRoles[toks[j].Lower]
		if !ok {
			// "prime minister", "foreign minister" and other titles without a
			// name after them.
			if toks[j].Mask&firstTitle == 0 {
				break
			}
			if ti, n := lex.titles.match(toks, j); n > 0 && !ti.Courtesy && nameRun(toks, j+n) == 0 {
				e.Kind, e.Role, e.Head, e.Reporter = entRole, ti.Role, ti.Head, ti.Reporter
				j += n
				continue
			}
			break
		}
		if e.Kind != entRole {
			e.Kind = entRole
			e.Side = !head
		}
		if head {
			e.Head = true
			e.Side = false
		}
		if strings.HasPrefix(toks[j].Lower, "counterpart") {
			e.Counter = true
		}
		j++
	}
	if e.Kind != entRole && j > hi && toks[hi].Lower == "'s" {
		j = hi
	}
	e.Hi = j
	// "his Russian counterpart Nikolay Patrushev", "the Ukrainian leader
	// Volodymyr Zelenskyy": the office words are a title.
	if e.Kind == entRole && !e.Side {
		if n := nameRun(toks, j); n >= 2 {
			p := personEntity(toks, lo, j, j+n, titleInfo{Role: e.Role, Head: e.Head, Reporter: e.Reporter}, e.Country)
			p.Titled = true
			return p
		}
	}
	if e.Kind == entRole && e.Role == "" && e.Head {
		e.Role = ""
	}
	return e
}

// parsePerson reads a titled person at toks[i]:
//
//	[COUNTRY|ORG ['s]] [modifiers] TITLE [of [the] COUNTRY] [NAME] [of COUNTRY]
//
// "US President Joe Biden", "President of Belarus Alexander Lukashenko",
// "President Vladimir Putin of Russia", "Mr. Sullivan". A title with a
// country and no name is a role ("US President"); a title alone is nothing.
func parsePerson(toks []token, i int) (entity, bool) {
	side, n := lex.countries.match(toks, i)
	if n == 0 {
		side, n = lex.orgs.match(toks, i)
	}
	return parsePersonAfter(toks, i, side, n)
}

// parsePersonAfter is parsePerson given the country or organisation that
// starts at toks[i] and its length in tokens (0 when there is none).
func parsePersonAfter(toks []token, i int, side string, n int) (entity, bool) {
	j := i
	country := ""
	if n > 0 {
		country, j = side, j+n
	}
	if country != "" {
		if j < len(toks) && toks[j].Lower == "'s" {
			j++
		}
		if j < len(toks) && toks[j].Text == "-" { // "U.S.-based" and the like
			return entity{}, false
		}
	}
	// The mask bits say which tokens may be title modifiers or start a
	// title, sparing the other tokens a table lookup.
	for j < len(toks) && toks[j].Cap && toks[j].Mask&firstModifier != 0 && titleModifiers[toks[j].Text] {
		j++
	}
	if j >= len(toks) || toks[j].Mask&firstTitle == 0 {
		return entity{}, false
	}
	ti, n := lex.titles.match(toks, j)
	if n == 0 {
		return entity{}, false
	}
	// A lower-case title needs a country before it or a name after it.
	lowerTitle := !toks[j].Cap
	j += n
	if country == "" && j+1 < len(toks) && toks[j].Lower == "of" {
		if c, end := ofCountry(toks, j+1); c != "" {
			country, j = c, end
		}
	}
	name := nameRun(toks, j)
	if ti.Courtesy && name == 0 {
		return entity{}, false
	}
	if name == 0 {
		if country == "" || lowerTitle && ti.Role == "" {
			return entity{}, false
		}
		return entity{Lo: i, Hi: j, Kind: entRole, Role: ti.Role, Country: country, Head: ti.Head, Reporter: ti.Reporter}, true
	}
	e := personEntity(toks, i, j, j+name, ti, country)
	e.Titled = true
	return e, true
}

// countryFiller are words between "of" and a country's name in a title:
// "President of the Republic of Serbia".
var countryFiller = vocab.Words("the republic state kingdom federation islamic democratic people's federal socialist sultanate emirate principality grand duchy of")

// ofCountry reads the country or organisation after "of" in "President of
// the Republic of Serbia", "Secretary General of NATO": it returns the
// name and the token after it, or "" when there is none.
func ofCountry(toks []token, k int) (string, int) {
	for limit := k + 5; k < len(toks) && k < limit; k++ {
		if c, m := lex.countries.match(toks, k); m > 0 {
			return c, k + m
		}
		if o, m := lex.orgs.match(toks, k); m > 0 {
			return o, k + m
		}
		if !countryFiller[toks[k].Lower] {
			break
		}
	}
	return "", k
}

// personEntity builds a person from the name tokens [nlo, nhi), extending
// over a following "of COUNTRY" when no country is known yet.
func personEntity(toks []token, lo, nlo, nhi int, ti titleInfo, country string) entity {
	e := entity{Lo: lo, Hi: nhi, Kind: entPerson, Role: ti.Role, Country: country, Head: ti.Head, Reporter: ti.Reporter}
	// Names have a handful of words: keep them on the stack.
	var partsBuf [8]string
	parts := partsBuf[:0]
	// lastLower is the lower-case form of the last part when that part is
	// one token, so that its surname key needs no second lowering.
	lastLower := ""
	glue := false // the previous token was a hyphen inside the name
	// first and last are the tokens the name starts and ends with; while
	// span holds, the name is the text from one to the other ("Jean-Yves
	// Le Drian"), which can be sliced rather than joined.
	first, last, span := -1, -1, true
	for k := nlo; k < nhi; k++ {
		w := toks[k].Text
		if w == "-" && len(parts) > 0 {
			parts[len(parts)-1] += "-"
			glue, lastLower = true, ""
			span = span && k == last+1 && toks[k].Start == toks[last].End
			last = k
			continue
		}
		if !toks[k].Word || isNameSuffix(toks[k].Lower) || isInitial(w) {
			continue
		}
		if glue {
			parts[len(parts)-1] += w
			glue = false
			span = span && k == last+1 && toks[k].Start == toks[last].End
			last = k
			continue
		}
		if first < 0 {
			first = k
		} else {
			span = span && k == last+1 && toks[k].Start == toks[last].End+1
		}
		last = k
		parts = append(parts, w)
		lastLower = toks[k].Lower
	}
	if name, ok := sliceName(toks, first, last); span && len(parts) > 1 && ok {
		e.Name = name
	} else {
		e.Name = strings.Join(parts, " ")
	}
	if len(parts) > 0 {
		if lastLower != "" {
			e.Key = surnameKeyOfLower(lastLower)
		} else {
			e.Key = surnameKey(parts[len(parts)-1])
		}
	}
	if country == "" && nhi+1 < len(toks) && toks[nhi].Lower == "of" {
		if c, end := ofCountry(toks, nhi+1); c != "" {
			e.Country, e.Hi = c, end
		}
	}
	return e
}

// sliceName returns the text from toks[first] to toks[last] when the
// tokens are views of one text, as the tokenizer makes them, and between
// each two of them is nothing or a single space. It spares a person's name
// the allocation of a join.
func sliceName(toks []token, first, last int) (string, bool) {
	if first < 0 || last <= first {
		return "", false
	}
	start := unsafe.StringData(toks[first].Text)
	for k := first + 1; k <= last; k++ {
		// The token must sit where its offset says in the same text.
		// (Addresses are compared as numbers: a pointer made outside the
		// text would be invalid.)
		at := uintptr(unsafe.Pointer(unsafe.StringData(toks[k].Text))) - uintptr(unsafe.Pointer(start))
		if at != uintptr(toks[k].Start-toks[first].Start) {
			return "", false
		}
	}
	name := unsafe.String(start, toks[last].End-toks[first].Start)
	for k := first + 1; k <= last; k++ {
		switch toks[k].Start - toks[k-1].End {
		case 0: // "Jean" "-" "Marc"
		case 1:
			if name[toks[k].Start-1-toks[first].Start] != ' ' {
				return "", false
			}
		default:
			return "", false
		}
	}
	return name, true
}

// acronym is isAcronym with a shortcut for the common capitalised word
// whose second letter is a small one ("Biden").
func acronym(w string) bool {
	if len(w) >= 2 && 'a' <= w[1] && w[1] <= 'z' {
		return false
	}
	return isAcronym(w)
}

// isInitial reports whether w is an initial such as "R.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && unicode.IsUpper(rune(w[0]))
}

// nameRun returns how many tokens from i form a personal name: capitalised
// words that are not titles, countries, organisations or common words,
// with initials, particles ("bin", "von"), hyphens inside a name and a
// trailing ", Jr.". A lone word counts (a surname); callers decide whether
// a lone word is enough.
func nameRun(toks []token, i int) int {
	j := i
	words := 0
	for j < len(toks) && words < 5 {
		t := &toks[j]
		switch {
		// (A capitalised word never starts with a digit.)
		// (A capitalised word never starts with a digit.)
		case t.Word && t.Cap && !acronym(t.Text):
			mask := t.Mask
			if mask&firstNotName != 0 {
				return endRun(toks, i, j, words)
			}
			if mask&firstCountry != 0 {
				if _, n := lex.countries.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstOrg != 0 {
				if _, n := lex.orgs.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTitle != 0 {
				if _, n := lex.titles.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTrigger != 0 {
				if _, n := lex.triggers.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			j++
			words++
		case words > 0 && t.Word && isParticle(t.Lower) && j+1 < len(toks) && (toks[j+1].Cap || isParticle(toks[j+1].Lower) && j+2 < len(toks) && toks[j+2].Cap):
			j++
		case words > 0 && t.Text == "-" && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Start == t.End && t.Start == toks[j-1].End:
			j++
		case words > 0 && t.Word && isParticle(t.Lower) && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Cap && toks[j+1].Start == t.End && toks[j+2].Start == toks[j+1].End:
			j += 2 // a hyphenated particle: "el-Sisi", "al-Kadhimi"
		case words > 0 && t.Word && isNameSuffix(t.Lower):
			j++
		case words > 0 && t.Text == "," && j+1 < len(toks) && isNameSuffix(toks[j+1].Lower):
			j += 2
		default:
			return endRun(toks, i, j, words)
		}
	}
	return endRun(toks, i, j, words)
}

func endRun(toks []token, i, j, words int) int {
	if words == 0 {
		return 0
	}
	// Do not end on a particle or hyphen.
	for j > i && !toks[j-1].Cap && !isNameSuffix(toks[j-1].Lower) {
		j--
	}
	return j - i
}

// surnameKey folds the spellings of a surname that transliteration gives
// ("Zelenskyy", "Zelensky", "Zelenskiy") to one key.
func surnameKey(s string) string {
	return surnameKeyOfLower(strings.ToLower(s))
}

// surnameKeyOfLower is surnameKey of a surname already in lower case, as
// tokens carry it.
func surnameKeyOfLower(k string) string {
	k = strings.TrimSuffix(k, ".")
	for _, e := range surnameKeyEndings {
		// (The last byte first: most names end in none of the endings.)
		if len(k) > len(e.from)+2 && k[len(k)-1] == e.from[len(e.from)-1] && strings.HasSuffix(k, e.from) {
			return k[:len(k)-len(e.from)] + e.to
		}
	}
	return k
}

// surnameKeyEndings are transliteration variants of name endings.
var surnameKeyEndings = []struct{ from, to string }{
	{"yy", "y"}, {"iy", "y"}, {"ii", "y"}, {"ij", "y"},
}

func joinText(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// castMember is a person of the article, known by full name (or, when the
// article never gives the full name, by title and surname: "President
// Bush").
type castMember struct {
	Name     string
	Given    string // first word of the full name; "" when only the surname is known
	Key      string
	Role     string
	Country  string
	Head     bool
	Reporter bool
	Count    int
	// next is the next member with the same Key, in the order added.
	next *castMember
}

// cast is the people an article names, for resolving short references.
type cast struct {
	// byKey holds the first member of each Key; the others follow it
	// through castMember.next.
	byKey map[string]*castMember
	order []*castMember
}

// buildCast collects the people named in the article: first everyone named
// in full, then people named only by title and surname. Roles and
// countries come from any mention that gives them.
func buildCast(sents [][]entity) *cast {
	// Every member comes from a person entity with a surname key: counting
	// those first sizes the order once.
	people := 0
	for _, ents := range sents {
		for k := range ents {
			if ents[k].Kind == entPerson && ents[k].Key != "" {
				people++
			}
		}
	}
	c := &cast{byKey: map[string]*castMember{}}
	if people > 0 {
		c.order = make([]*castMember, 0, people)
	}
	// Members are allocated a few at a time, in arrays that never move.
	var members []castMember
	add := func(e *entity, given string) {
		if len(members) == cap(members) {
			members = make([]castMember, 0, max(4, len(c.order)))
		}
		members = append(members, castMember{Name: e.Name, Given: given, Key: e.Key})
		m := &members[len(members)-1]
		if last := c.byKey[e.Key]; last == nil {
			c.byKey[e.Key] = m
		} else {
			for last.next != nil {
				last = last.next
			}
			last.next = m
		}
		c.order = append(c.order, m)
	}
	for _, ents := range sents {
		for k := range ents {
			e := &ents[k]
			if e.Kind == entPerson && e.Key != "" && strings.Contains(e.Name, " ") && c.findEntity(e) == nil {
				add(e, givenName(e.Name))
			}
		}
	}
	for _, ents := range sents {
		for k := range ents {
			e := &ents[k]
			if e.Kind == entPerson && e.Key != "" && e.Titled && !strings.Contains(e.Name, " ") && c.findEntity(e) == nil {
				add(e, "")
			}
		}
	}
	for _, ents := range sents {
		for k := range ents {
			e := &ents[k]
			if e.Kind != entPerson {
				continue
			}
			m := c.findEntity(e)
			if m == nil {
				continue
			}
			m.Count++
			if m.Name != e.Name && c.byKey[e.Key].next != nil {
				continue // ambiguous short name: it tells nothing about m
			}
			if m.Role == "" && e.Role != "" {
				m.Role, m.Head, m.Reporter = e.Role, e.Head, e.Reporter
			}
			if m.Country == "" && e.Country != "" {
				m.Country = e.Country
			}
		}
	}
	return c
}

func givenName(full string) string {
	if i := strings.IndexByte(full, ' '); i > 0 {
		return full[:i]
	}
	return ""
}

// find returns the cast member a person entity names: same surname key,
// and no conflict of given name or country ("King Hussein of Jordan" is
// not "Saddam Hussein" of Iraq). With several candidates, the first named.
func (c *cast) find(e entity) *castMember { return c.findEntity(&e) }

// findEntity is find without copying the entity.
func (c *cast) findEntity(e *entity) *castMember {
	given := givenName(e.Name)
	// After "King", "Pope", "Emir" a single name is a regnal or given name,
	// not a surname: "King Hussein" is not "Saddam Hussein".
	regnal := e.Titled && given == "" && (e.Role == "Monarch" || e.Role == "Pope")
	var first *castMember
	for m := c.byKey[e.Key]; m != nil; m = m.next {
		if m.Name == e.Name {
			return m
		}
		if regnal {
			continue
		}
		if given != "" && m.Given != "" && !strings.EqualFold(given, m.Given) {
			continue
		}
		if e.Country != "" && m.Country != "" && e.Country != m.Country {
			continue
		}
		if e.Role != "" && m.Role != "" && e.Role != m.Role {
			continue
		}
		if first == nil {
			first = m
		}
	}
	return first
}

// byRole finds the one person of the article who holds role for country
// (any head of state or government when role is "" and head is set). With
// several candidates the most mentioned wins; nil when there is none.
func (c *cast) byRole(role, country string, head bool) *castMember {
	var best *castMember
	for _, m := range c.order {
		if m.Country != country || m.Reporter {
			continue
		}
		if role != "" && m.Role != role && !(head && m.Head && role == "") {
			continue
		}
		if role == "" && !(head && m.Head) {
			continue
		}
		if best == nil || m.Count > best.Count {
			best = m
		}
	}
	return best
}

// participant turns an entity into a Participant, resolving short names
// and offices against the article's cast. counterRole is the office of
// the other party, for "his Ukrainian counterpart". ok is false when the
// entity names nobody who can take part (a spokesperson, a bare surname
// that the article never gives in full and with no title).
func (c *cast) participant(e entity, counterRole string) (timeline.Participant, bool) {
	switch e.Kind {
	case entPerson:
		if e.Reporter {
			return timeline.Participant{}, false
		}
		if m := c.find(e); m != nil {
			if m.Reporter {
				return timeline.Participant{}, false
			}
			p := timeline.Participant{Name: m.Name, Type: timeline.PersonParty, Role: m.Role, Country: m.Country}
			if e.Name != m.Name {
				p.Aliases = []string{e.Name}
			}
			return p, true
		}
		if !strings.Contains(e.Name, " ") && !e.Titled {
			return timeline.Participant{}, false
		}
		return timeline.Participant{Name: e.Name, Type: timeline.PersonParty, Role: e.Role, Country: e.Country}, true
	case entRole:
		if e.Reporter {
			return timeline.Participant{}, false
		}
		role := e.Role
		head := e.Head
		if e.Counter && counterRole != "" {
			role, head = counterRole, false
		}
		if e.Country != "" && !e.Side {
			if m := c.byRole(role, e.Country, head); m != nil {
				return timeline.Participant{Name: m.Name, Type: timeline.PersonParty, Role: m.Role, Country: m.Country}, true
			}
			if e.Counter {
				if m := c.byRole("", e.Country, true); m != nil {
					return timeline.Participant{Name: m.Name, Type: timeline.PersonParty, Role: m.Role, Country: m.Country}, true
				}
			}
		}
		if e.Country == "" {
			return timeline.Participant{}, false
		}
		return groupParticipant(e.Country), true
	case entCountry, entOrg:
		return groupParticipant(e.Name), true
	}
	return timeline.Participant{}, false
}

// groupParticipant is a country or organisation taking part as such.
func groupParticipant(name string) timeline.Participant {
	if orgNames[name] {
		return timeline.Participant{Name: name, Type: timeline.OrganizationParty}
	}
	return timeline.Participant{Name: name, Type: timeline.CountryParty}
}

var orgNames = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range orgRows {
		m[o.Name] = true
	}
	return m
}()
