package extract

import (
	"slices"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the offices written around a name: in apposition
// ("X, the Foreign Minister of Y"), possessed ("Y's foreign minister X"),
// and the postings, departments, portfolios and regions that may stand
// between a title and the name.

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

// officeAfterName reads an office of a country set off by commas right
// after a person's name ("Pedro Salas, Prime Minister of Chile, held
// talks", "Mr. KISHIDA Fumio, Prime Minister of Japan, held …") as that
// person's: p takes its role and country, and the office names no one
// else. A comma or the sentence's end closes it, and the comma must not
// open the next item of a list ("X, Prime Minister of Chile, and Y"); a
// person of another country keeps his.
func officeAfterName(toks []token, p *entity, office entity) bool {
	if p.Kind != entPerson || office.Side || office.Role == "" && !office.Counter || office.Country == "" || office.Reporter ||
		toks[p.Hi].Text != "," || !(p.Hi+1 == office.Lo || p.Hi+2 == office.Lo && apposedOfficeOpener(toks[p.Hi+1].Lower, office)) {
		return false // ("Karl Bauer, the Austrian chancellor, …" has "the")
	}
	switch end := office.Hi; {
	case end == len(toks) || end+1 == len(toks) && !toks[end].Word:
		// the sentence ends with the office: "… with H.E. Mr. X, President of Y."
	case toks[end].Text != ",":
		return false
	case end+1 < len(toks) && (toks[end+1].Lower == "and" || toks[end+1].Lower == "or") && !(end+2 < len(toks) && toks[end+2].Cap && (nameAppositionFollows(toks, end+2) || titledPersonAt(toks, end+2))):
		// "X, Prime Minister of Chile, and Y" may list three; "X, the
		// Austrian chancellor, and Y, Hungary's president, met" is two
		// people, each with an office in apposition, and so is "X,
		// President of the UAE, and President Y of Chile".
		return false
	}
	if p.Country != "" && p.Country != office.Country {
		return false
	}
	if p.Role == "" {
		p.Role, p.Head = office.Role, office.Head
	}
	p.Country = office.Country
	return true
}

// titledPersonAt reports a person named with the title of an office
// before the name at k: "President Pedro Salas of Chile".
func titledPersonAt(toks []token, k int) bool {
	p, ok := recogniseAt(toks, k)
	return ok && p.Kind == entPerson && p.Titled && p.Role != ""
}

// apposedOfficeOpener reports the word w that may open an office in
// apposition after a name: "the" ("Karl Bauer, the Austrian chancellor,"),
// or a possessive before a counterpart, whose office is that of the
// person it belongs to ("met Tomas Reyes, his Peruvian counterpart,").
func apposedOfficeOpener(w string, office entity) bool {
	return w == "the" || office.Counter && possessives[w]
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
	k = remitEnd(toks, k) // "Special Envoy of the African Union for the Horn of Africa, X"
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

// remitEnd passes over the remit of an office that ends at k, a phrase
// of "for" and capitalised words with their connectors before a comma
// ("Special Envoy for the Horn of Africa, X", "Commissioner for Trade and
// Economic Security, X"): the comma's index; else k.
func remitEnd(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].Lower != "for" {
		return k
	}
	j := k + 1
	if toks[j].Lower == "the" {
		j++
	}
	words := 0
	for ; j < len(toks) && j <= k+maxRemitWords; j++ {
		t := toks[j]
		switch {
		case t.Text == ",":
			if words == 0 {
				return k
			}
			return j
		case t.Word && t.Cap:
			words++
		case !titleConnectors[t.Lower] && t.Lower != "the":
			return k
		}
	}
	return k
}

// maxRemitWords bounds the words of an office's remit.
const maxRemitWords = 8

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
		if m+1 < len(toks) && nameRun(toks, m+1) > 0 && !nameGoesOn(toks, k, m+1) {
			return m + 1
		}
	}
	return -1
}

// nameGoesOn reports a country's or organisation's name that starts in
// toks[from:at] and runs on past at: the words at at are its own, not a
// person's ("Special Envoy for North Korea": no person "Korea").
func nameGoesOn(toks []token, from, at int) bool {
	for j := from; j < at; j++ {
		if toks[j].Mask&firstCountry != 0 {
			if _, n := lex.countries.match(toks, j); j+n > at {
				return true
			}
		}
		if toks[j].Mask&firstOrg != 0 {
			if _, n := lex.orgs.match(toks, j); j+n > at {
				return true
			}
		}
	}
	return false
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
// offices written before one name (see jointOffice), and returns the
// index of the name after it and the country the second office names, if
// any; ok is false unless a name follows.
func secondOffice(toks []token, k int) (int, string, bool) {
	j, country, ok := jointOffice(toks, k)
	if !ok {
		return k, "", false
	}
	if nameRun(toks, j) > 0 {
		return j, country, true
	}
	// "Qatari Prime Minister and Foreign Minister Sheikh X", "… Dr. X":
	// a courtesy or royal title before the name
	if _, m := lex.titles.match(toks, j); m == 1 && nameRun(toks, j+m) > 0 {
		return j + m, country, true
	}
	return k, "", false
}

// jointOffice reads "and [Alternate] TITLE" at toks[k], an office joined
// to the one before it and held by the same person, with the country or
// portfolio of its "of" phrase: "and Prime Minister of Bahrain", "and
// Minister of Foreign Affairs of Jordan", "and Minister of Economy and
// Finance". It returns the index after it and the country, if any.
func jointOffice(toks []token, k int) (int, string, bool) {
	if k+1 >= len(toks) || toks[k].Lower != "and" {
		return k, "", false
	}
	j := k + 1
	// Up to two capitalised words the title tables do not know
	// ("Alternate", "First") may qualify the second title.
	for n := 0; n < 2 && j < len(toks) && toks[j].Cap && toks[j].Mask&firstTitle == 0; n++ {
		j++
	}
	if j >= len(toks) || toks[j].Mask&firstTitle == 0 {
		return k, "", false
	}
	ti, n := lex.titles.match(toks, j)
	if n == 0 || ti.Courtesy {
		return k, "", false
	}
	j += n
	country := ""
	if j+1 < len(toks) && toks[j].Lower == "of" {
		if c, end := ofCountry(toks, j+1); c != "" {
			country, j = c, end
		} else if c, end := portfolioOfCountry(toks, j+1); c != "" {
			country, j = c, end // "and Minister of Economy and Finance of Peru"
		} else if p := portfolioEnd(toks, j+1); p > 0 {
			j = p
		}
	}
	return j, country, true
}

// portfolioOfCountry reads, at toks[k] after an office's "of", its
// portfolio and "of" a country: "Economy and Finance of Peru". It
// returns the country and the index after it, or "".
func portfolioOfCountry(toks []token, k int) (string, int) {
	m := k
	for m < len(toks) && m < k+maxPortfolioWords && (toks[m].Word && toks[m].Cap || toks[m].Lower == "and" || toks[m].Text == "&") {
		m++
	}
	if m == k || m+1 >= len(toks) || toks[m].Lower != "of" {
		return "", k
	}
	return ofCountry(toks, m+1)
}

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

// maxCountryFiller bounds the words of a state's formal name before its
// country's: "the Democratic Socialist Republic of Sri Lanka".
const maxCountryFiller = 7

// ofCountry reads the country or organisation named at toks[k], past the
// words of a state's formal name ("the Arab Republic of Egypt"), and
// returns it with the index after it; "" when none is named.
func ofCountry(toks []token, k int) (string, int) {
	for limit := k + maxCountryFiller; k < len(toks) && k < limit; k++ {
		if c, m := lex.countries.match(toks, k); m > 0 {
			if end := k + m; end < len(toks) && toks[end].Cap && formalStateNouns[toks[end].Lower] {
				return c, end + 1 // "of the French Republic": the adjective and the state's noun
			}
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

// maxApposedOffice is how many words an office in apposition after a
// name may hold: ", the Austrian chancellor,", ", Hungary's president,".
const maxApposedOffice = 8

// nameAppositionFollows reports a name at k followed by an office in
// apposition: "Elena Varga, Hungary's president," or "Elena Varga, the
// Hungarian president,": the second item of a pair of people each with
// an office after the name.
func nameAppositionFollows(toks []token, k int) bool {
	p, ok := recogniseAt(toks, k)
	if !ok || p.Kind != entPerson || p.Hi >= len(toks) || toks[p.Hi].Text != "," {
		return false
	}
	for j := p.Hi + 1; j < len(toks) && j <= p.Hi+maxApposedOffice; j++ {
		if toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
		if toks[j].Mask&firstTitle != 0 {
			if _, n := lex.titles.match(toks, j); n > 0 {
				return true
			}
		}
	}
	return false
}

// tenureAdjectives may stand between the article and an office holder
// named as an object: "received the new Peruvian ambassador".
var tenureAdjectives = vocab.Set("tenure-adjectives")

// officeNounAt is the length of the noun of office at toks[k], written
// without a name ("presidents", "foreign ministers"), or 0.
func officeNounAt(u *unit, k int) int {
	if genericRoles[u.toks[k].Lower] {
		return 1
	}
	if u.toks[k].Mask&firstTitle == 0 {
		return 0
	}
	_, n := lex.titles.match(u.toks, k)
	return n
}

// capitalsOfficial reads a capital city (toks[i:i+n], of country) that
// stands for its government before an office: "Abu Dhabi's crown prince"
// is an office of the United Arab Emirates, "Abu Dhabi Crown Prince
// Sheikh X" a person of it. It reports false when no office follows.
func capitalsOfficial(toks []token, i, n int, country string) (entity, bool) {
	j := i + n
	if j < len(toks) && toks[j].Lower == "'s" {
		j++
	}
	if j >= len(toks) || toks[j].Mask&firstTitle == 0 {
		return entity{}, false
	}
	if e, ok := parsePersonAfter(toks, i, country, n); ok && e.Kind == entPerson {
		return e, true
	}
	if e := sideOf(toks, i, i+n, entity{Kind: entCountry, Name: country, Country: country}); e.Kind == entRole && !e.Side {
		return e, true
	}
	return entity{}, false
}

// styledName reads what may stand between an office and the name of its
// holder, at toks[j]: a style of address ("His Highness", "Her Majesty"),
// a courtesy title or honorific ("Dr.", "Sheikh"), or both, and the name
// after them. It returns the index where the name starts and its length,
// or 0 length when nothing of the kind stands there or no name follows.
// "President His Highness Sheikh Mohamed bin Zayed" is the President,
// "Crown Prince Sheikh X" the Crown Prince.
func styledName(toks []token, j int) (int, int) {
	h := j
	if h+1 < len(toks) && (toks[h].Lower == "his" || toks[h].Lower == "her") && honorificReferences[toks[h+1].Lower] {
		h += 2
	}
	if c, n := lex.titles.match(toks, h); n > 0 && (c.Courtesy || nameHonorifics[toks[h].Lower]) {
		h += n
	}
	if h == j {
		return j, 0
	}
	return h, nameRun(toks, h)
}

// headTitleGivenName reads, at toks[j] right after the title of an office
// (ti), a one-word title of a head of state that is a given name there:
// "Foreign Minister Amir Khan Muttaqi", "Industry Minister Sultan Al
// Jaber". One person does not hold an office and a throne by two titles
// in a row; a style of the holder ("Crown Prince Sheikh X") is an
// honorific styledName reads. It returns the length of the name, or 0.
func headTitleGivenName(toks []token, j int, ti titleInfo) int {
	if j >= len(toks) || toks[j].Mask&firstTitle == 0 || ti.Head || ti.Courtesy || nameHonorifics[toks[j].Lower] {
		return 0
	}
	t, n := lex.titles.match(toks, j)
	if n != 1 || !t.Head || t.Courtesy || t.Role == ti.Role {
		return 0
	}
	if m := nameRun(toks, j+1); m > 0 {
		return 1 + m
	}
	return 0
}

// nameHonorifics may stand between an office and the name of its holder,
// as a courtesy title does: "Crown Prince Sheikh Mohammed bin Zayed",
// "Emir Sheikh Tamim" (vocab's name-honorifics).
var nameHonorifics = vocab.Set("name-honorifics")

// apposedNames puts, in a group of names, the people named in apposition
// after as many offices of countries in the places of those offices, in
// order: "his Peruvian and Bolivian counterparts, Tomas Reyes and Luis
// Arce," are Reyes of Peru and Arce of Bolivia, not two countries and two
// people; "Peru's top diplomat, Luis Reyes," is Reyes of Peru. Any other
// group is returned as it is.
func apposedNames(u *unit, g []entity) []entity {
	for i := 0; i < len(g); i++ {
		n := 0
		for i+n < len(g) && g[i+n].Kind == entRole && g[i+n].Country != "" && !orgNames[g[i+n].Country] {
			n++
		}
		if n < 1 || i+2*n > len(g) {
			continue
		}
		roles, people := g[i:i+n], g[i+n:i+2*n]
		if u.toks[roles[n-1].Hi].Text != "," || slices.ContainsFunc(people, func(e entity) bool { return e.Kind != entPerson || e.Country != "" }) {
			continue
		}
		if end := people[n-1].Hi; end < len(u.toks) && u.toks[end].Text != "," && u.toks[end].Text != "." {
			continue // ("… counterparts, Tomas Reyes and Luis Arce of …": a longer apposition)
		}
		out := append(append([]entity(nil), g[:i]...), people...)
		for j := range people {
			out[i+j].Country = roles[j].Country
		}
		return append(out, g[i+2*n:]...)
	}
	return g
}

// shareOfficeNouns gives a country adjective joined by "and" or a comma
// to the next entity, an office of another country written with its
// adjective, that office's noun: "the Chilean and Peruvian presidents"
// are the president of Chile and that of Peru, "Chilean, Peruvian and
// Bolivian officials" the officials of each. Headlines do the same with
// names: "Japan, Australia leaders to meet".
func shareOfficeNouns(toks []token, ents []entity) {
	for k := len(ents) - 2; k >= 0; k-- {
		a, b := &ents[k], &ents[k+1]
		if possessivePair(toks, a, b) {
			// "Peru's and Chile's presidents": each country's
			*a = entity{Lo: a.Lo, Hi: a.Hi + 1, Kind: entRole, Role: b.Role, Country: a.Country, Head: b.Head, Side: b.Side, Counter: b.Counter, Reporter: b.Reporter}
			continue
		}
		if a.Kind != entCountry || b.Kind != entRole || b.Lo != a.Hi+1 || toks[a.Hi].Lower != "and" && toks[a.Hi].Text != "," && !gluedHyphen(toks, a.Hi) {
			continue // ("Japan-Philippines Foreign Ministers' Meeting": both countries' ministers)
		}
		if _, n := lex.countries.match(toks, b.Lo); n == 0 || isAdjective(toks[b.Lo:b.Lo+n]) != a.Adj || !a.Adj && b.Lo+n < len(toks) && toks[b.Lo+n].Lower == "'s" {
			// "Chilean and UN officials": no country of the same form;
			// "Chile and Peru's president": Peru's alone
			continue
		}
		*a = entity{Lo: a.Lo, Hi: a.Hi, Kind: entRole, Role: b.Role, Country: a.Country, Head: b.Head, Side: b.Side, Counter: b.Counter, Reporter: b.Reporter, Adj: true}
	}
}

// possessivePair reports a country's possessive joined by "and" to an
// office of another country's possessive: "Peru's and Chile's
// presidents", whose office noun the first shares.
func possessivePair(toks []token, a, b *entity) bool {
	return a.Kind == entCountry && !a.Adj && b.Kind == entRole && b.Country != "" && b.Country != a.Country &&
		a.Hi+2 < len(toks) && toks[a.Hi].Lower == "'s" && toks[a.Hi+1].Lower == "and" && b.Lo == a.Hi+2
}
