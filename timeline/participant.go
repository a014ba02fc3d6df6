package timeline

import (
	"strings"
	"unicode"
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

// vocabulary is the compiled form of the data tables.
type vocabulary struct {
	countries *phraseTable[string] // form → country
	capitals  *phraseTable[string] // place → country
	orgs      *phraseTable[string] // form → organisation
	formats   *phraseTable[*format]
	titles    *phraseTable[titleInfo]
	triggers  *phraseTable[triggerInfo]
	status    *phraseTable[Status]
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

// vocab is built in init, after every table (and the tokenizer's own
// abbreviation table) is initialised: the generic phrase tables hide the
// dependency from the package-variable initialisation order.
var vocab *vocabulary

func init() { vocab = buildVocabulary() }

func buildVocabulary() *vocabulary {
	v := &vocabulary{
		countries: newPhraseTable[string](true),
		capitals:  newPhraseTable[string](true),
		orgs:      newPhraseTable[string](true),
		formats:   newPhraseTable[*format](false),
		titles:    newPhraseTable[titleInfo](false),
		triggers:  newPhraseTable[triggerInfo](false),
		status:    newPhraseTable[Status](false),
		first:     map[string]firstWord{},
	}
	mark := func(bit firstWord, phrase string) {
		if toks := tokenize(phrase, 0); len(toks) > 0 {
			v.first[toks[0].Lower] |= bit
		}
	}
	defer func() {
		for _, c := range countries {
			mark(firstCountry, c.Name)
			mark(firstPlace, c.Capital)
			for _, f := range c.Forms {
				mark(firstCountry, f)
			}
		}
		for p := range cities {
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
	}()
	for _, c := range countries {
		v.countries.add(c.Name, c.Name)
		for _, f := range c.Forms {
			v.countries.add(f, c.Name)
		}
		v.capitals.add(c.Capital, c.Name)
	}
	for place, country := range cities {
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

// canonicalPlace folds spelling variants of a place ("Kiev" → "Kyiv").
func canonicalPlace(p string) string {
	if c, ok := placeVariants[p]; ok {
		return c
	}
	return p
}

// nameParticles are lower-case words inside personal names.
var nameParticles = words("bin ibn al el de da di du van von der den le la dos das del")

// nameSuffixes follow a name and are not part of its key.
var nameSuffixes = words("jr jr. sr sr. ii iii iv")

// recognise finds the named things of a sentence, left to right, longest
// first, without overlaps.
func recognise(toks []token) []entity { return recogniseAppend(nil, toks) }

// recogniseAppend is recognise appending to dst, so that the entities of
// every sentence of an article can share one array.
func recogniseAppend(dst []entity, toks []token) []entity {
	out := dst
	for i := 0; i < len(toks); {
		if t := toks[i]; t.Word && !t.Cap && t.Mask&(firstTitle|firstModifier) == 0 && t.Lower != "counterpart" && t.Lower != "counterparts" {
			i++ // the common case: a lower-case word that starts nothing
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
		if f, n := vocab.formats.match(toks, i); n > 0 {
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
	if mask&(firstCountry|firstOrg|firstTitle|firstModifier) != 0 {
		if e, ok := parsePerson(toks, i); ok {
			return e, true
		}
	}
	if mask&firstCountry != 0 {
		if c, n := vocab.countries.match(toks, i); n > 0 {
			return sideOf(toks, i, i+n, entity{Kind: entCountry, Name: c, Country: c, Adj: isAdjective(toks[i:i+n], c)}), true
		}
	}
	if mask&firstOrg != 0 {
		if o, n := vocab.orgs.match(toks, i); n > 0 {
			return sideOf(toks, i, i+n, entity{Kind: entOrg, Name: o, Country: o}), true
		}
	}
	if mask&firstPlace != 0 {
		if c, n := vocab.capitals.match(toks, i); n > 0 {
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
			if ti, n := vocab.titles.match(toks, j); n > 0 && !ti.Courtesy && nameRun(toks, j+n) == 0 {
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
	j := i
	country := ""
	if c, n := vocab.countries.match(toks, j); n > 0 {
		country, j = c, j+n
	} else if o, n := vocab.orgs.match(toks, j); n > 0 {
		country, j = o, j+n
	}
	if country != "" {
		if j < len(toks) && toks[j].Lower == "'s" {
			j++
		}
		if j < len(toks) && toks[j].Text == "-" { // "U.S.-based" and the like
			return entity{}, false
		}
	}
	for j < len(toks) && titleModifiers[toks[j].Text] && toks[j].Cap {
		j++
	}
	ti, n := vocab.titles.match(toks, j)
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
var countryFiller = words("the republic state kingdom federation islamic democratic people's federal socialist sultanate emirate principality grand duchy of")

// ofCountry reads the country or organisation after "of" in "President of
// the Republic of Serbia", "Secretary General of NATO": it returns the
// name and the token after it, or "" when there is none.
func ofCountry(toks []token, k int) (string, int) {
	for limit := k + 5; k < len(toks) && k < limit; k++ {
		if c, m := vocab.countries.match(toks, k); m > 0 {
			return c, k + m
		}
		if o, m := vocab.orgs.match(toks, k); m > 0 {
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
	for k := nlo; k < nhi; k++ {
		w := toks[k].Text
		if w == "-" && len(parts) > 0 {
			parts[len(parts)-1] += "-"
			glue, lastLower = true, ""
			continue
		}
		if !toks[k].Word || nameSuffixes[toks[k].Lower] || isInitial(w) {
			continue
		}
		if glue {
			parts[len(parts)-1] += w
			glue = false
			continue
		}
		parts = append(parts, w)
		lastLower = toks[k].Lower
	}
	e.Name = strings.Join(parts, " ")
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
		t := toks[j]
		switch {
		case t.Word && t.Cap && !isAcronym(t.Text) && !unicode.IsDigit(firstRune(t.Text)):
			mask := t.Mask
			if mask&firstNotName != 0 {
				return endRun(toks, i, j, words)
			}
			if mask&firstCountry != 0 {
				if _, n := vocab.countries.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstOrg != 0 {
				if _, n := vocab.orgs.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTitle != 0 {
				if _, n := vocab.titles.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTrigger != 0 {
				if _, n := vocab.triggers.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			j++
			words++
		case words > 0 && t.Word && nameParticles[t.Lower] && j+1 < len(toks) && (toks[j+1].Cap || nameParticles[toks[j+1].Lower] && j+2 < len(toks) && toks[j+2].Cap):
			j++
		case words > 0 && t.Text == "-" && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Start == t.End && t.Start == toks[j-1].End:
			j++
		case words > 0 && t.Word && nameParticles[t.Lower] && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Cap && toks[j+1].Start == t.End && toks[j+2].Start == toks[j+1].End:
			j += 2 // a hyphenated particle: "el-Sisi", "al-Kadhimi"
		case words > 0 && t.Word && nameSuffixes[t.Lower]:
			j++
		case words > 0 && t.Text == "," && j+1 < len(toks) && nameSuffixes[toks[j+1].Lower]:
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
	for j > i && !toks[j-1].Cap && !nameSuffixes[toks[j-1].Lower] {
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
		if strings.HasSuffix(k, e.from) && len(k) > len(e.from)+2 {
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
}

// cast is the people an article names, for resolving short references.
type cast struct {
	byKey map[string][]*castMember
	order []*castMember
}

// buildCast collects the people named in the article: first everyone named
// in full, then people named only by title and surname. Roles and
// countries come from any mention that gives them.
func buildCast(sents [][]entity) *cast {
	c := &cast{byKey: map[string][]*castMember{}}
	add := func(e entity, given string) {
		m := &castMember{Name: e.Name, Given: given, Key: e.Key}
		c.byKey[e.Key] = append(c.byKey[e.Key], m)
		c.order = append(c.order, m)
	}
	for _, ents := range sents {
		for _, e := range ents {
			if e.Kind == entPerson && e.Key != "" && strings.Contains(e.Name, " ") && c.find(e) == nil {
				add(e, givenName(e.Name))
			}
		}
	}
	for _, ents := range sents {
		for _, e := range ents {
			if e.Kind == entPerson && e.Key != "" && e.Titled && !strings.Contains(e.Name, " ") && c.find(e) == nil {
				add(e, "")
			}
		}
	}
	for _, ents := range sents {
		for _, e := range ents {
			if e.Kind != entPerson {
				continue
			}
			m := c.find(e)
			if m == nil {
				continue
			}
			m.Count++
			if m.Name != e.Name && len(c.byKey[e.Key]) > 1 {
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
func (c *cast) find(e entity) *castMember {
	given := givenName(e.Name)
	// After "King", "Pope", "Emir" a single name is a regnal or given name,
	// not a surname: "King Hussein" is not "Saddam Hussein".
	regnal := e.Titled && given == "" && (e.Role == "Monarch" || e.Role == "Pope")
	var first *castMember
	for _, m := range c.byKey[e.Key] {
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
func (c *cast) participant(e entity, counterRole string) (Participant, bool) {
	switch e.Kind {
	case entPerson:
		if e.Reporter {
			return Participant{}, false
		}
		if m := c.find(e); m != nil {
			if m.Reporter {
				return Participant{}, false
			}
			p := Participant{Name: m.Name, Type: "person", Role: m.Role, Country: m.Country}
			if e.Name != m.Name {
				p.Aliases = []string{e.Name}
			}
			return p, true
		}
		if !strings.Contains(e.Name, " ") && !e.Titled {
			return Participant{}, false
		}
		return Participant{Name: e.Name, Type: "person", Role: e.Role, Country: e.Country}, true
	case entRole:
		if e.Reporter {
			return Participant{}, false
		}
		role := e.Role
		head := e.Head
		if e.Counter && counterRole != "" {
			role, head = counterRole, false
		}
		if e.Country != "" && !e.Side {
			if m := c.byRole(role, e.Country, head); m != nil {
				return Participant{Name: m.Name, Type: "person", Role: m.Role, Country: m.Country}, true
			}
			if e.Counter {
				if m := c.byRole("", e.Country, true); m != nil {
					return Participant{Name: m.Name, Type: "person", Role: m.Role, Country: m.Country}, true
				}
			}
		}
		if e.Country == "" {
			return Participant{}, false
		}
		return groupParticipant(e.Country), true
	case entCountry, entOrg:
		return groupParticipant(e.Name), true
	}
	return Participant{}, false
}

// groupParticipant is a country or organisation taking part as such.
func groupParticipant(name string) Participant {
	if orgNames[name] {
		return Participant{Name: name, Type: "organization"}
	}
	return Participant{Name: name, Type: "country"}
}

var orgNames = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range orgRows {
		m[o.Name] = true
	}
	return m
}()
