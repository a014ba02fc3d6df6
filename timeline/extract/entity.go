package extract

import (
	"strings"

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
	// entInstitution is a body outside diplomacy, or one of its officers:
	// "the Russian Academy of Sciences", "the chairman of the Nippon
	// Foundation". It takes no part in diplomatic events, and its words
	// are no person's name and no country.
	entInstitution
)

// entity is one named thing in a sentence: tokens [Lo, Hi) of the sentence.
type entity struct {
	Lo, Hi   int
	Kind     entKind
	Name     string // full name, country, organisation, format or place
	Role     string // office, normalised ("President")
	Office   string // the words before a person's name, lower case ("us secretary of state")
	Country  string // the person's or role's country (or organisation)
	Key      string // surname key of a person, for coreference
	Head     bool   // the role is (or may be) a head of state or government
	Side     bool   // a generic side ("officials"): stands for the country
	Counter  bool   // "counterpart": the same office as the other party's
	Reporter bool   // a spokesperson: reports events, takes no part
	Titled   bool   // a title or courtesy word preceded the name
	Adj      bool   // a country named by its adjective before a noun ("Russian officials"; not "the Russian capital")
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

// recognise finds the named things of a sentence, left to right, longest
// first, without overlaps.
func recognise(toks []token) []entity { return recogniseAppend(nil, toks) }

// recogniseAppend is recognise appending to dst, so that the entities of
// every sentence of an article can share one array.
func recogniseAppend(dst []entity, toks []token) []entity {
	out := dst
	for i := 0; i < len(toks); {
		may := mayStartEntity(&toks[i])
		if !toks[i].Cap && !may {
			i++ // the common case: a word or mark that starts nothing
			continue
		}
		if may {
			if e, ok := recogniseAt(toks, i); ok {
				// (The tests before each call are the first tests each
				// makes: most entities are no office and no owner, and an
				// entity is costly to pass and return.)
				if e.Kind == entRole {
					if p, ok := apposedPerson(toks, e); ok {
						e = p
					} else if p, ok := titledAfterOffice(toks, e); ok {
						e = p
					}
				}
				if e.Hi+2 < len(toks) && toks[e.Hi].Lower == "'s" {
					if p, ok := possessedOfficial(toks, e); ok {
						e = p
					}
				}
				out = append(out, e)
				i = e.Hi
				continue
			}
		}
		if _, n := regionNames.match(toks, i); n > 0 && toks[i].Cap {
			i += n // "Latin American": no "American" in it
			continue
		}
		if toks[i].Lower == "the" && mayOpenOfficeApposition(toks, i) {
			if e, ok := officeInApposition(toks, i); ok {
				out = append(out, e)
				i = e.Hi
				continue
			}
		}
		i++
	}
	return out
}

// appositionEnds reports whether a name in apposition may end at k: at a
// mark or the end ("…, Paul Stephens, at the …"), or before a word of
// apposition-followers ("…, Ana Cruz, who …", "…, Ana Cruz in Lima").
// Not before "and" ("…, Ana Cruz and Luis Ortiz": a list) nor before a
// verb ("At the request of the President of Turkey, Vladimir Putin
// informed him": the name is the subject of the main clause).
func appositionEnds(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].Word {
		return k >= len(toks) || toks[k].Text != "&"
	}
	return appositionFollowers[toks[k].Lower]
}

// asOffice reports an office at lo written after "as" ("as the First
// Mayor of Hamburg, Olaf Scholz was …"): the subject after the comma
// holds it, whatever follows the name.
func asOffice(toks []token, lo int) bool {
	k := lo - 1
	for n := 0; n < 2 && k >= 0 && toks[k].Cap && toks[k].Word; n++ {
		k-- // "as the First Mayor": a rank before the office
	}
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k >= 0 && toks[k].Lower == "as"
}

// appositionFollowers may follow a name in apposition.
var appositionFollowers = vocab.Set("apposition-followers")

// maxOfficePhrase bounds the words of an office written in lower case
// before the name it stands in apposition to ("the minister of economy and
// finance, Giancarlo Giorgetti").
const maxOfficePhrase = 10

// mayOpenOfficeApposition is the first test of officeInApposition, by
// the mask bits alone: after "the", a country's adjective or an office
// in lower case.
func mayOpenOfficeApposition(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	if t := &toks[i+1]; t.Cap {
		return t.Mask&firstCountry != 0
	}
	return toks[i+1].Mask&firstTitle != 0
}

// officeInApposition reads an office written in lower case, after "the",
// and the person who holds it set off by a comma: "the secretary of state
// of the Holy See, Cardinal Pietro Parolin", "the Italian minister of
// economy and finance, Giancarlo Giorgetti". The person takes the office,
// and the country named before it or in its "of" phrase. ok is false when
// no office opens the phrase or no person ends it.
func officeInApposition(toks []token, i int) (entity, bool) {
	j := i + 1
	country := ""
	if j < len(toks) && toks[j].Cap {
		c, n := lex.countries.match(toks, j)
		if n == 0 || !isAdjective(toks[j:j+n]) {
			return entity{}, false
		}
		country, j = c, j+n
	}
	if j >= len(toks) || toks[j].Cap || toks[j].Mask&firstTitle == 0 {
		return entity{}, false
	}
	ti, n := lex.titles.match(toks, j)
	if n == 0 || ti.Role == "" || ti.Courtesy || ti.Reporter {
		return entity{}, false
	}
	k := j + n
	for ; k < len(toks) && k < j+maxOfficePhrase && toks[k].Text != ","; k++ {
		if !toks[k].Word && toks[k].Text != "'s" && toks[k].Text != "-" {
			return entity{}, false // "the minister (…)", "the minister."
		}
		if country == "" {
			if c, m := lex.countries.match(toks, k); m > 0 {
				country = c // "of the Holy See"
			} else if o, m := lex.orgs.match(toks, k); m > 0 {
				country = o
			}
		}
	}
	if k+1 >= len(toks) || toks[k].Text != "," || !toks[k+1].Cap {
		return entity{}, false
	}
	if k > j+n && toks[j+n].Lower != "of" && toks[j+n].Lower != "for" && toks[j+n].Lower != "to" {
		return entity{}, false // "the minister said, …": the office ends at its title or its "of" phrase
	}
	p, ok := recogniseAt(toks, k+1)
	if !ok || p.Kind != entPerson || p.Reporter {
		return entity{}, false
	}
	if !appositionEnds(toks, p.Hi) {
		return entity{}, false
	}
	p.Lo, p.Role, p.Head, p.Titled = i, ti.Role, ti.Head, true
	if p.Country == "" {
		p.Country = country
	}
	return p, true
}

// regionNames name a region, sea or people wider than the country whose
// name or adjective they contain: "his Latin American tour", "the South
// China Sea".
var regionNames *phraseTable[bool]

func init() { regionNames = phraseSet(vocab.List("region-names")) }

// apposedPerson reads an office named without a name and the person who
// holds it set off by a comma: "the Australian High Commissioner to Sri
// Lanka, His Excellency Paul Stephens", "Pakistan's High Commissioner,
// Maj. Gen. Faheem Ul Aziz", "his Saudi counterpart, Prince X". The
// person takes the office and its country
// (not the country of the posting: "to Sri Lanka"). ok is false when role
// is not such an office or no name follows.
func apposedPerson(toks []token, role entity) (entity, bool) {
	if role.Kind != entRole || role.Side || role.Role == "" && !role.Counter || role.Reporter {
		return entity{}, false
	}
	k := role.Hi
	if k+1 < len(toks) && toks[k].Lower == "to" {
		// The posting: "to Sri Lanka", "to the United Nations".
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		_, n := lex.countries.match(toks, j)
		if n == 0 {
			_, n = lex.orgs.match(toks, j)
		}
		if n == 0 {
			return entity{}, false
		}
		k = j + n
	}
	if k+2 < len(toks) && toks[k].Text == "(" {
		// the body's abbreviation: "of the Communist Party of Vietnam
		// (CPV), H.E. Tô Lâm"
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].Text == ")" {
				k = j + 1
				break
			}
		}
	}
	if k+1 >= len(toks) || toks[k].Text != "," || !toks[k+1].Cap {
		return entity{}, false
	}
	p, ok := recogniseAt(toks, k+1)
	if !ok || p.Kind != entPerson {
		return entity{}, false
	}
	if !appositionEnds(toks, p.Hi) && !asOffice(toks, role.Lo) {
		return entity{}, false
	}
	p.Lo, p.Titled = role.Lo, true
	if role.Role != "" || p.Role == "" {
		// ("his Saudi counterpart, Foreign Minister X" keeps X's office)
		p.Role, p.Head = role.Role, role.Head
	}
	if p.Country == "" {
		p.Country = role.Country
	}
	return p, true
}

// possessedOfficial reads an official named after a person's
// possessive: "Reyes's foreign minister Juan Ortiz", "President Ursula von
// der Leyen's Head of Cabinet Bjoern Seibert", "Reyes's chief of staff,
// Juan Ortiz". The official, of the owner's country when their own is not
// known, is the entity, from the owner's first word: the owner is no
// party. ok is false when no titled person follows the possessive.
func possessedOfficial(toks []token, owner entity) (entity, bool) {
	if owner.Kind != entPerson && !(owner.Kind == entRole && !owner.Side) {
		return entity{}, false
	}
	k := owner.Hi
	if k+2 >= len(toks) || toks[k].Lower != "'s" {
		return entity{}, false
	}
	p, ok := recogniseAt(toks, k+1)
	if !ok {
		return entity{}, false
	}
	if p.Kind == entRole {
		q, ok := apposedPerson(toks, p)
		if !ok {
			return entity{}, false
		}
		p = q
	}
	if p.Kind != entPerson || !p.Titled || p.Reporter {
		return entity{}, false
	}
	p.Lo = owner.Lo
	if p.Country == "" {
		p.Country = owner.Country
	}
	return p, true
}

// entityStarts are the tables whose phrases recogniseAt reads at a
// capitalised word before it tries a personal name.
const entityStarts = firstFormat | firstCountry | firstOrg | firstPlace | firstTitle | firstModifier | firstGathering | firstInstitution

// mayStartEntity is a quick test of what recogniseAt would reject at t
// anyway: a mark other than "@", a lower-case word other than a title or
// "counterpart", and a capitalised common word ("The", "Talks") that
// starts no phrase of the tables and cannot begin a name.
func mayStartEntity(t *token) bool {
	switch {
	case !t.Word:
		return t.Text == "@"
	case !t.Cap:
		return t.Mask&(firstTitle|firstModifier|firstLowerForm) != 0 || t.Lower == "counterpart" || t.Lower == "counterparts"
	}
	return t.Mask&entityStarts != 0 || t.Mask&firstNotName == 0
}

func recogniseAt(toks []token, i int) (entity, bool) {
	t := &toks[i]
	mask := t.Mask
	if t.Word && !t.Cap && !isDigit(t.Text[0]) {
		// A lower-case word starts an entity only as a title before a
		// capitalised name ("president Tomas Reyes"), as a bare
		// "counterpart", or as a grouping the tables describe in words
		// ("the seven major industrial nations").
		if mask&firstLowerForm != 0 {
			if side, n := lex.orgs.match(toks, i); n > 0 {
				return sideOf(toks, i, i+n, entity{Kind: entOrg, Name: side, Country: side}), true
			}
		}
		switch {
		case t.Lower == "counterpart" || t.Lower == "counterparts":
			if i == 0 || !definiteRefs[toks[i-1].Lower] {
				return entity{}, false
			}
			if n := nameRun(toks, i+1); n >= 2 {
				// "his counterpart Dominique Hasler", "her counterparts
				// Anna Berg and …": the word is a title before a name, as
				// "his Austrian counterpart Anna Berg" has it.
				p := personEntity(toks, i, i+1, i+1+n, titleInfo{}, "")
				p.Titled = true
				return p, true
			}
			return entity{Lo: i, Hi: i + 1, Kind: entRole, Counter: true, Head: true}, true
		case mask&(firstTitle|firstModifier) != 0 && i+1 < len(toks) && toks[i+1].Cap:
			return parsePerson(toks, i)
		case mask&firstTitle != 0:
			// "the secretary to the President Dr. X": a title of several
			// words written in lower case, then the name.
			if _, n := lex.titles.match(toks, i); n > 1 && i+n < len(toks) && toks[i+n].Cap {
				return parsePerson(toks, i)
			}
		}
		return entity{}, false
	}
	if t.Cap && mayOpenInstitution(toks, i) {
		if end := institutionEnd(toks, i); end > 0 {
			return entity{Lo: i, Hi: end, Kind: entInstitution, Name: joinText(toks[i:end])}, true
		}
	}
	if mask&firstFormat != 0 {
		if f, n := lex.formats.match(toks, i); n > 0 {
			return entity{Lo: i, Hi: i + n, Kind: entFormat, Name: f.Name, Format: f}, true
		}
	}
	if t.Cap && mayNameGathering(toks, i) {
		if end := gatheringEnd(toks, i); end > 0 {
			name := joinText(toks[i:end])
			kind := timeline.Summit
			if gatheringIsTalks(toks[i:end]) {
				kind = timeline.Talks // "High-Level Economic Dialogue": a dialogue is talks
			}
			return entity{Lo: i, Hi: end, Kind: entFormat, Name: name, Format: &format{Name: name, Kind: kind}}, true
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
		// "the Philippine capital" names a place in the country, which a
		// visit goes to: the adjective there is no modifier of a thing.
		adj := isAdjective(toks[i:i+n]) && !(i+n < len(toks) && toks[i+n].Lower == "capital")
		return sideOf(toks, i, i+n, entity{Kind: entCountry, Name: side, Country: side, Adj: adj}), true
	}
	if mask&firstPlace != 0 {
		if c, n := lex.capitals.match(toks, i); n > 0 {
			return entity{Lo: i, Hi: i + n, Kind: entPlace, Name: canonicalPlace(joinText(toks[i : i+n])), Country: c}, true
		}
	}
	if t.Cap && i > 0 && (isGazetteerCue(toks[i-1].Lower) || namedAfterPlaceNoun(toks, i)) {
		if e, ok := gazetteerPlace(toks, i); ok {
			return e, true
		}
	}
	if t.Cap && commaCountrySoon(toks, i) {
		// "San José, Costa Rica": a city of the gazetteer followed by its
		// own country is the city, whatever names it shares.
		if e, ok := gazetteerPlace(toks, i); ok && countryFollows(toks, e.Hi, e.Country) {
			return e, true
		}
	}
	if t.Cap {
		// "Corporate Affairs Minister Michael Howard": a department, then
		// a title and a name.
		if k := titleSoonEnd(toks, i); k > i {
			if e, ok := parsePersonAfter(toks, k, "", 0); ok && e.Kind == entPerson {
				e.Lo = i
				return e, true
			}
		}
		if n := nameRun(toks, i); n > 0 {
			return personEntity(toks, i, i, i+n, titleInfo{}, ""), true
		}
	}
	return entity{}, false
}

// isAdjective reports whether the country form toks is one of the
// adjectives and demonyms of vocab's countries table ("Bolivian",
// "Americans", "North Korean") rather than a name of the country
// ("Bolivia", "US", "Britain").
func isAdjective(toks []token) bool {
	if len(toks) == 1 {
		return countryAdjectives[toks[0].Lower]
	}
	// The key on the stack: map lookups of string(bytes) do not allocate.
	var buf [64]byte
	key := buf[:0]
	for k := range toks {
		if k > 0 {
			key = append(key, ' ')
		}
		key = append(key, toks[k].Lower...)
	}
	return countryAdjectives[string(key)]
}

// countryAdjectives are the adjectives and demonyms of countries, lower
// case, their words joined by single spaces.
var countryAdjectives = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range vocab.Countries() {
		for _, a := range c.Adjectives {
			var words []string
			for _, t := range tokenize(a, 0) {
				words = append(words, t.Lower)
			}
			m[strings.Join(words, " ")] = true
		}
	}
	return m
}()

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
		if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" {
			j += 3 // "World Health Organization (WHO) Director-General …"
		}
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
		if toks[j].Mask&firstTitle != 0 {
			if _, n := lex.titles.match(toks, j); n > 1 {
				break // "Deputy Prime Minister": a title of its own, another office
			}
		}
		j++
	}
	if country != "" && j < len(toks) && toks[j].Cap && (toks[j].Mask&firstTitle == 0 || !lex.titles.has(toks, j)) {
		// "Poland's National Security Bureau Chief Pawel Soloch": the
		// office's department, then the title.
		j = departmentEnd(toks, j)
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
		// "the President of the Russian Academy of Sciences": an officer
		// of an institution, not of the country its name begins with.
		k := j + 1
		if toks[k].Lower == "the" {
			k++
		}
		if k < len(toks) && mayOpenInstitution(toks, k) {
			if end := institutionEnd(toks, k); end > 0 {
				return entity{Lo: i, Hi: end, Kind: entInstitution, Role: ti.Role, Name: joinText(toks[k:end])}, true
			}
		}
		if c, end := ofCountry(toks, j+1); c != "" {
			country, j = c, end
		} else if c, end := bodyOfCountry(toks, j+1); c != "" {
			// "General Secretary of the Communist Party of Vietnam": an
			// office of a body of the country
			country, j = c, end
		}
		// "President of the Iraqi Kurdistan Region": the region is part of
		// the title, and the name follows it.
		j = regionAfter(toks, j)
	}
	name := nameRun(toks, j)
	if name == 0 && !ti.Courtesy {
		// "Secretary to the President Dr. Nandika Kumanayake": a courtesy
		// title between the office and the name.
		if c, n := lex.titles.match(toks, j); n > 0 && c.Courtesy {
			if k := nameRun(toks, j+n); k > 0 {
				j, name = j+n, k
			}
		}
	}
	if name == 0 && j+2 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") {
		if c, n := lex.capitals.match(toks, j+1); n > 0 && toks[j].Lower == "of" {
			// "Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed": the
			// office is of a city or emirate of the country.
			if country == "" {
				country = c
			}
			j += 1 + n
			name = nameRun(toks, j)
		} else if k := portfolioEnd(toks, j+1); k > 0 {
			// "Secretary of Foreign Affairs Enrique Manalo", "Minister of
			// Economy and Finance Giancarlo Giorgetti": the portfolio,
			// then the name.
			j, name = k, nameRun(toks, k)
		}
	}
	if name == 0 && j+2 < len(toks) && (toks[j].Lower == "in" || toks[j].Lower == "to") {
		// "the UN Resident Coordinator in Sri Lanka Marc Franche",
		// "Ambassador to Chile Lars Dahl": the posting, then the name.
		if k := postingEnd(toks, j+1); k > 0 {
			if m := nameRun(toks, k); m > 0 {
				j, name = k, m
			}
		}
	}
	if name == 0 && country == "" {
		// "Foreign Minister and Alternate Prime Minister Lapid": two
		// offices of one person; the first is the role.
		if k, ok := secondOffice(toks, j); ok {
			j, name = k, nameRun(toks, k)
		}
	}
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

// postingEnd reads the country or capital of a posting at k ("Sri Lanka",
// "the United Kingdom") and returns the index after it, or 0.
func postingEnd(toks []token, k int) int {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	_, n := lex.countries.match(toks, k)
	if n == 0 {
		_, n = lex.capitals.match(toks, k)
	}
	if n == 0 {
		return 0
	}
	return k + n
}

// maxDepartmentWords bounds the capitalised words of a department read
// between a country and a title.
const maxDepartmentWords = 4

// departmentEnd reads a department written between a country and a
// title ("National Security Bureau" in "Poland's National Security Bureau
// Chief Pawel Soloch") and returns the index of the title, or k when no
// title follows a short run of capitalised words.
func departmentEnd(toks []token, k int) int {
	if headlineVerbs[toks[k].Lower] {
		return k // "… High Commissioner Meets President X": a verb
	}
	for m := k + 1; m < len(toks) && m <= k+maxDepartmentWords; m++ {
		if !toks[m].Cap || !toks[m].Word || headlineVerbs[toks[m].Lower] {
			return k
		}
		if toks[m].Mask&firstTitle != 0 && lex.titles.has(toks, m) {
			return m
		}
	}
	return k
}

// titleSoonEnd is departmentEnd after a quick test of the mask bits: a
// title among the few capitalised words after i.
func titleSoonEnd(toks []token, i int) int {
	for m := i + 1; m < len(toks) && m <= i+maxDepartmentWords && toks[m].Cap; m++ {
		if toks[m].Mask&firstTitle != 0 {
			return departmentEnd(toks, i)
		}
	}
	return i
}

// maxPortfolioWords bounds the words of a portfolio after "of" in a
// title.
const maxPortfolioWords = 6

// portfolioEnd reads the portfolio of a title at toks[k] ("Foreign
// Affairs", "Economy and Finance") and returns the index of the name after
// it: the shortest run of capitalised words (joined by "and", "&" or
// "the") that a name follows; -1 when no name follows.
func portfolioEnd(toks []token, k int) int {
	for m := k; m < len(toks) && m < k+maxPortfolioWords; m++ {
		t := &toks[m]
		switch {
		case t.Cap && t.Word:
		case t.Lower == "and" || t.Lower == "&" || t.Lower == "the":
			continue // a portfolio does not end on a joiner
		default:
			return -1
		}
		if m+1 < len(toks) && nameRun(toks, m+1) > 0 {
			return m + 1
		}
	}
	return -1
}

// titledAfterOffice reads an office without a name followed at once by a
// person with a title of their own: "Holy See Secretary of State Cardinal
// Pietro Parolin", "WHO Director-General Dr. Tedros Adhanom Ghebreyesus".
// The person holds the office, of its country or organisation.
func titledAfterOffice(toks []token, role entity) (entity, bool) {
	if role.Kind != entRole || role.Side || role.Role == "" || role.Reporter || role.Hi >= len(toks) {
		return entity{}, false
	}
	k := role.Hi
	if k+1 < len(toks) && toks[k].Lower == "to" {
		// The posting: "High Commissioner of Maldives to Sri Lanka H.E.
		// Masood Imad".
		if _, n := lex.countries.match(toks, k+1); n > 0 {
			k += 1 + n
		} else if _, n := lex.orgs.match(toks, k+1); n > 0 {
			k += 1 + n
		}
	}
	if k >= len(toks) || !toks[k].Cap {
		return entity{}, false
	}
	p, ok := recogniseAt(toks, k)
	// After a posting a plain name is the holder too: "the Japanese
	// Ambassador to Sri Lanka Akio Isomata".
	if !ok || p.Kind != entPerson || !p.Titled && k == role.Hi {
		return entity{}, false
	}
	p.Lo, p.Role, p.Head = role.Lo, role.Role, role.Head
	if p.Country == "" {
		p.Country = role.Country
	}
	return p, true
}

// regionNouns end the name of a region of a country in a title.
var regionNouns = vocab.Set("region-nouns")

// maxRegionWords is the longest region name regionAfter passes over.
const maxRegionWords = 4

// regionAfter passes over the name of a region at toks[k] in a title
// ("[of the] Iraqi Kurdistan Region", "of Moscow Oblast"): capitalised
// words ending with a word of regionNouns. It returns the index after the
// region, or k when there is none.
func regionAfter(toks []token, k int) int {
	j := k
	if j < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "the") {
		j++
	}
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for n := 0; j < len(toks) && n <= maxRegionWords && toks[j].Cap; n, j = n+1, j+1 {
		if n > 0 && regionNouns[toks[j].Lower] {
			return j + 1
		}
	}
	return k
}

// secondOffice reads "and [Alternate] TITLE" at toks[k], the second of two
// offices written before one name, and returns the index of the name after
// it; ok is false unless a name follows.
func secondOffice(toks []token, k int) (int, bool) {
	if k+1 >= len(toks) || toks[k].Lower != "and" {
		return k, false
	}
	j := k + 1
	// Up to two capitalised words the title tables do not know
	// ("Alternate", "First") may qualify the second title.
	for n := 0; n < 2 && j < len(toks) && toks[j].Cap && toks[j].Mask&firstTitle == 0; n++ {
		j++
	}
	if j >= len(toks) || toks[j].Mask&firstTitle == 0 {
		return k, false
	}
	ti, n := lex.titles.match(toks, j)
	if n == 0 || ti.Courtesy || nameRun(toks, j+n) == 0 {
		return k, false
	}
	return j + n, true
}

// countryFiller are words between "of" and a country's name in a title:
// "President of the Republic of Serbia".
var countryFiller = vocab.Set("country-filler")

// ofCountry reads the country or organisation after "of" in "President of
// the Republic of Serbia", "Secretary General of NATO": it returns the
// name and the token after it, or "" when there is none.
// maxBodyWords bounds the capitalised words of a body's name read between
// a title and the country the body is of.
const maxBodyWords = 5

// bodyOfCountry reads, at toks[k], the name of a country's body and the
// country: "the Communist Party of Vietnam", "the Security Council of
// Armenia". The name is capitalised words ending in a noun of
// bodyNameEnds. It returns the country and the index after it, or "".
func bodyOfCountry(toks []token, k int) (string, int) {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	j := k
	for j < len(toks) && j < k+maxBodyWords && toks[j].Word && toks[j].Cap {
		j++
	}
	if j == k || !bodyNameEnds[toks[j-1].Lower] || j+1 >= len(toks) || toks[j].Lower != "of" {
		return "", k
	}
	if c, m := lex.countries.match(toks, j+1); m > 0 {
		return c, j + 1 + m
	}
	return "", k
}

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
