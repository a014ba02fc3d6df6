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
	Reporter bool   // a spokesperson, or a private person (see markPrivatePersons): reports events, takes no part
	Titled   bool   // a title or courtesy word preceded the name
	Adj      bool   // a country named by its adjective before a noun ("Russian officials"; not "the Russian capital")
	Shared   bool   // a format whose noun it shares with the next ("the G7 and NATO summits")
	// CapsFamily: a person's name that opens with the family name in
	// capitals, as ministries write it ("Mr. HAYASHI Yoshimasa").
	CapsFamily bool
	Format     *format
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
		if e, ok := membersGrouping(toks, i); ok {
			out, i = append(out, e), e.Hi // "the foreign ministers of the Lima Group"
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
					} else if n := len(out); n > len(dst) && officeAfterName(toks, &out[n-1], e) {
						i = e.Hi // "Pedro Salas, Prime Minister of Chile, held …": his office
						continue
					}
				}
				if e.Hi+2 < len(toks) && toks[e.Hi].Lower == "'s" {
					if p, ok := possessedOfficial(toks, e); ok {
						e = p
					}
				}
				out = append(out, e)
				i = e.Hi
				if e.Kind == entPerson && titledInPlural(toks, e) {
					out, i = appendTitleSharers(toks, out, e) // "Presidents Salas and Reyes"
				}
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
	shareOfficeNouns(toks, out[len(dst):])
	out = out[:len(dst)+possessedPersons(toks, out[len(dst):])]
	markPrivatePersons(toks, out[len(dst):])
	return splitSharedFormats(toks, out, len(dst))
}

// possessedPersons joins a country and "'s" to the person named right
// after them, whose country it gives: "Ukraine's Zelenskiy", "Russia's
// Sergei Lavrov" (wire copy's way to say who someone is). It compacts
// ents in place and returns how many remain. A single word so owned is
// still a person only as the short name of someone the article names in
// full ("China's Huawei" is no one).
func possessedPersons(toks []token, ents []entity) int {
	n := 0
	for k := range ents {
		c := &ents[k]
		if k+1 < len(ents) && c.Kind == entCountry && !c.Adj && c.Hi+1 < len(toks) && toks[c.Hi].Lower == "'s" {
			if p := &ents[k+1]; p.Kind == entPerson && p.Lo == c.Hi+1 && p.Country == "" {
				p.Lo, p.Country = c.Lo, c.Name
				continue // the country is the person's
			}
		}
		if n != k {
			ents[n] = *c
		}
		n++
	}
	return n
}

// pluralTitleWords end a title written in the plural before several
// names (vocab's plural-title-words).
var pluralTitleWords = vocab.Set("plural-title-words")

// titledInPlural reports a person e named after a title in the plural:
// "Presidents Salas", "Prime Ministers Cruz".
func titledInPlural(toks []token, e entity) bool {
	for k := e.Lo; k+1 < e.Hi; k++ {
		if w := toks[k].Lower; w[len(w)-1] == 's' && toks[k+1].Cap && pluralTitleWords[w] {
			return true
		}
	}
	return false
}

// appendTitleSharers appends to out the people named after e, joined to
// it by commas and "and", each holding e's office: "Presidents Salas and
// Reyes", "Prime Ministers Cruz, Vega and Paz". It returns out and the
// index past the last of them.
func appendTitleSharers(toks []token, out []entity, e entity) ([]entity, int) {
	i := e.Hi
	for i+1 < len(toks) && (toks[i].Lower == "and" || toks[i].Text == ",") {
		n := nameRun(toks, i+1)
		if n == 0 {
			break
		}
		p := personEntity(toks, i+1, i+1, i+1+n, titleInfo{Role: e.Role, Head: e.Head}, "")
		p.Titled = true
		out = append(out, p)
		i = p.Hi
		if toks[i-n-1].Lower == "and" {
			break
		}
	}
	return out, i
}

// appositionFollowers may follow a name in apposition.
var appositionFollowers = vocab.Set("apposition-followers")

// maxOfficePhrase bounds the words of an office written in lower case
// before the name it stands in apposition to ("the minister of economy and
// finance, Giancarlo Giorgetti").
const maxOfficePhrase = 10

// regionNames name a region, sea or people wider than the country whose
// name or adjective they contain: "his Latin American tour", "the South
// China Sea".
var regionNames *phraseTable[bool]

func init() { regionNames = phraseSet(vocab.List("region-names")) }

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
		return t.Mask&(firstTitle|firstModifier|firstLowerForm) != 0 || counterpartStarts[t.Lower]
	}
	return t.Mask&entityStarts != 0 || t.Mask&firstNotName == 0
}

func recogniseAt(toks []token, i int) (entity, bool) {
	t := &toks[i]
	mask := t.Mask
	if t.Word && !t.Cap && !isDigit(t.Text[0]) {
		return recogniseLower(toks, i)
	}
	if t.Cap && mayOpenInstitution(toks, i) {
		if end := institutionEnd(toks, i); end > 0 && !orgAtLeast(toks, i, end) {
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
		// "Mexico City", "Kuwait City": a city whose name opens with its
		// country's is the city, the longer name of the two.
		if n > 0 && mask&firstPlace != 0 {
			if c, m := lex.capitals.match(toks, i); m > n {
				return entity{Lo: i, Hi: i + m, Kind: entPlace, Name: canonicalPlace(joinText(toks[i : i+m])), Country: c}, true
			}
		}
		if n == 0 && i+2 < len(toks) && toks[i+1].Lower == "and" {
			if c, adj := ellipticCountry(toks, i); c != "" {
				return entity{Lo: i, Hi: i + 1, Kind: entCountry, Name: c, Country: c, Adj: adj}, true
			}
		}
	}
	if n == 0 && mask&firstOrg != 0 {
		side, n = lex.orgs.match(toks, i)
		org = n > 0
	}
	if n == 0 && t.Cap && isFormalNameWord(t.Lower) {
		side, n = formalCountry(toks, i) // "the Federal Republic of Nigeria"
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
		// "the Philippine capital" names the country's capital, which
		// timelines show as the place and a visit goes to.
		if i+n < len(toks) && toks[i+n].Lower == "capital" && isAdjective(toks[i:i+n]) && capitalOf[side] != "" {
			return entity{Lo: i, Hi: i + n + 1, Kind: entPlace, Name: capitalOf[side], Country: side}, true
		}
		adj := isAdjective(toks[i : i+n])
		return sideOf(toks, i, i+n, entity{Kind: entCountry, Name: side, Country: side, Adj: adj}), true
	}
	if mask&firstPlace != 0 {
		if c, n := lex.capitals.match(toks, i); n > 0 {
			if e, ok := capitalsOfficial(toks, i, n, c); ok {
				return e, true // "Abu Dhabi's crown prince", "Abu Dhabi Crown Prince X"
			}
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

// orgAtLeast reports an organisation of the table named at i up to end or
// further: "Association of South East Asian Nations" is ASEAN, not a body
// outside diplomacy.
func orgAtLeast(toks []token, i, end int) bool {
	if toks[i].Mask&firstOrg == 0 {
		return false
	}
	_, n := lex.orgs.match(toks, i)
	return i+n >= end
}

// ellipticCountry returns the country the word at i names when the
// country's name is shared with the one after "and": "North" in "North
// and South Korea", "East" in "East and West German leaders". It returns
// "" otherwise, and whether the form is an adjective ("East German").
func ellipticCountry(toks []token, i int) (string, bool) {
	if !toks[i].Cap || toks[i+2].Mask&firstCountry == 0 {
		return "", false
	}
	_, n := lex.countries.match(toks, i+2)
	if n < 2 || n > 4 {
		return "", false
	}
	// The first word, then the words the second country's form shares.
	var buf [4]token
	joined := append(append(buf[:0], toks[i]), toks[i+3:i+2+n]...)
	if c, m := lex.countries.match(joined, 0); m == len(joined) {
		return c, isAdjective(joined)
	}
	return "", false
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

// apposedRoleNouns are the side nouns that title a person named right
// after them.
var apposedRoleNouns = vocab.Set("apposed-role-nouns")

// officeOf reads what a title with no country before it is of, from the
// "of" at j: an institution ("the President of the Russian Academy of
// Sciences": an officer of it, returned as inst, not of the country its
// name begins with), a country ("Minister of Foreign Affairs of Italy"),
// a body of a country ("General Secretary of the Communist Party of
// Vietnam"), then a region that is part of the title ("President of the
// Iraqi Kurdistan Region"). It returns the country and the index past
// what it read (j when there is no "of").
func officeOf(toks []token, i, j int, role string) (inst *entity, country string, end int) {
	if j+1 >= len(toks) || toks[j].Lower != "of" {
		return nil, "", j
	}
	k := j + 1
	if toks[k].Lower == "the" {
		k++
	}
	if k < len(toks) && mayOpenInstitution(toks, k) {
		if end := institutionEnd(toks, k); end > 0 {
			return &entity{Lo: i, Hi: end, Kind: entInstitution, Role: role, Name: joinText(toks[k:end])}, "", end
		}
	}
	if c, end := ofCountry(toks, j+1); c != "" {
		country, j = c, end
	} else if c, end := bodyOfCountry(toks, j+1); c != "" {
		country, j = c, end
	}
	return nil, country, regionAfter(toks, j)
}

// maxPortfolioTail is how many capitalised words a portfolio's second
// part may hold: "and International Cooperation".
const maxPortfolioTail = 3

// portfolioTail returns the index of the "of" before a country that
// follows the second part of a portfolio after a title ("Minister of
// Foreign Affairs and International Cooperation of Italy", "Minister of
// Foreign Affairs and Trade of Hungary"), or j when the words at j are not
// so.
func portfolioTail(toks []token, j int) int {
	if j+3 >= len(toks) || toks[j].Lower != "and" {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= maxPortfolioTail && toks[k].Word && toks[k].Cap && !startsPartyPhrase(toks, k) {
		k++
	}
	if k == j+1 || k+1 >= len(toks) || toks[k].Lower != "of" {
		return j
	}
	if c, _ := ofCountry(toks, k+1); c == "" {
		return j
	}
	return k
}

// startsPartyPhrase reports a country, organisation or title starting at
// toks[k].
func startsPartyPhrase(toks []token, k int) bool {
	m := toks[k].Mask
	return m&firstCountry != 0 && lex.countries.has(toks, k) || m&firstOrg != 0 && lex.orgs.has(toks, k) || m&firstTitle != 0 && lex.titles.has(toks, k)
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
	if country == "" {
		var inst *entity
		if inst, country, j = officeOf(toks, i, portfolioTail(toks, j), ti.Role); inst != nil {
			return *inst, true
		}
	}
	name := nameRun(toks, j)
	if name == 0 && !ti.Courtesy {
		// "Secretary to the President Dr. Nandika Kumanayake", "President
		// His Highness Sheikh Mohamed bin Zayed": a courtesy title or a
		// style of address between the office and the name.
		if h, k := styledName(toks, j); k > 0 {
			j, name = h, k
		}
	}
	if name == 0 {
		name = headTitleGivenName(toks, j, ti)
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
	if name == 0 {
		// "Foreign Minister and Alternate Prime Minister Lapid", "Saudi Crown
		// Prince and Prime Minister X": one person's; the first is the role.
		if k, c, ok := secondOffice(toks, j); ok {
			j, name = k, nameRun(toks, k)
			if country == "" {
				country = c
			}
		} else if end, c, ok := jointOffice(toks, j); ok && country == "" && c != "" && end < len(toks) && toks[end].Text == "," {
			// "the Crown Prince and Prime Minister of Bahrain, Prince
			// X": both offices, of the country the second names; the
			// name follows in apposition
			j, country = end, c
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

// maxDepartmentWords bounds the capitalised words of a department read
// between a country and a title.
const maxDepartmentWords = 4

// maxPortfolioWords bounds the words of a portfolio after "of" in a
// title.
const maxPortfolioWords = 6

// regionNouns end the name of a region of a country in a title.
var regionNouns = vocab.Set("region-nouns")

// maxRegionWords is the longest region name regionAfter passes over.
const maxRegionWords = 4

// countryFiller are words between "of" and a country's name in a title:
// "President of the Republic of Serbia".
var countryFiller = vocab.Set("country-filler")

// formalStateNouns end the formal name of a state before "of" and its
// country: "Republic", "Sultanate".
var formalStateNouns = vocab.Set("formal-state-nouns")

// isFormalNameWord tests a word for country-filler or formal-state-nouns,
// the words a state's formal name opens with. recogniseAt asks it of
// every capitalised word no country or organisation opens, mostly
// personal names: a filter rules those out without hashing.
var isFormalNameWord = func() func(string) bool {
	words := vocab.WordSet{}
	for w := range countryFiller {
		words[w] = true
	}
	for w := range formalStateNouns {
		words[w] = true
	}
	return newQuickSet(words).has
}()

// maxFormalWords bounds the words of a state's formal name before "of":
// "Democratic Socialist Republic".
const maxFormalWords = 4

// formalCountry reads the formal name of a state at i, capitalised words
// of country-filler that end in one of formal-state-nouns, then "of" and
// a country ("Federal Republic of Nigeria", "Sultanate of Oman", "State
// of Qatar"): the country and how many tokens the name has, or "", 0.
// "State" heads a name only alone: "Islamic State of Iraq" is no state.
func formalCountry(toks []token, i int) (string, int) {
	if i > 0 && toks[i-1].Cap && (countryFiller[toks[i-1].Lower] || formalStateNouns[toks[i-1].Lower]) {
		return "", 0 // inside a longer name read from its start: "Islamic State of Iraq"
	}
	k := i
	for k < len(toks) && k-i < maxFormalWords && toks[k].Cap && toks[k].Lower != "of" &&
		(countryFiller[toks[k].Lower] || formalStateNouns[toks[k].Lower]) {
		k++
	}
	if k == i || k+1 >= len(toks) || toks[k].Lower != "of" {
		return "", 0
	}
	if head := toks[k-1].Lower; !formalStateNouns[head] || head == "state" && k-i > 1 {
		return "", 0
	}
	c, n := lex.countries.match(toks, k+1)
	if n == 0 || isAdjective(toks[k+1:k+1+n]) {
		return "", 0
	}
	return c, k + 1 + n - i
}

// ofCountry reads the country or organisation after "of" in "President of
// the Republic of Serbia", "Secretary General of NATO": it returns the
// name and the token after it, or "" when there is none.
// maxBodyWords bounds the capitalised words of a body's name read between
// a title and the country the body is of.
const maxBodyWords = 5

// recogniseLower is recogniseAt for a lower-case word at i.
func recogniseLower(toks []token, i int) (entity, bool) {
	t := toks[i]
	mask := t.Mask
	// A lower-case word starts an entity only as a title before a
	// capitalised name ("president Tomas Reyes"), as a bare
	// "counterpart", or as a grouping the tables describe in words
	// ("the seven major industrial nations").
	if mask&firstLowerForm != 0 {
		if side, n := lex.orgs.match(toks, i); n > 0 {
			return sideOf(toks, i, i+n, entity{Kind: entOrg, Name: side, Country: side}), true
		}
	}
	switch c := counterpartAt(toks, i); {
	case c > 0:
		if i == 0 || !definiteRefs[toks[i-1].Lower] {
			return entity{}, false
		}
		if n := nameRun(toks, i+c); n >= 2 {
			// "his counterpart Dominique Hasler", "her counterparts
			// Anna Berg and …": the word is a title before a name, as
			// "his Austrian counterpart Anna Berg" has it.
			p := personEntity(toks, i, i+c, i+c+n, titleInfo{}, "")
			p.Titled = true
			return p, true
		}
		if i+c+1 < len(toks) && toks[i+c].Lower == "from" {
			if country, n := lex.countries.match(toks, i+c+1); n > 0 {
				// "her counterpart from Peru (Luis Reyes)": the counterpart
				// of that country
				if m := nameRun(toks, i+c+1+n); m >= 2 {
					p := personEntity(toks, i, i+c+1+n, i+c+1+n+m, titleInfo{}, country)
					p.Titled = true
					return p, true
				}
				return entity{Lo: i, Hi: i + c + 1 + n, Kind: entRole, Counter: true, Head: true, Country: country}, true
			}
		}
		return entity{Lo: i, Hi: i + c, Kind: entRole, Counter: true, Head: true}, true
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
