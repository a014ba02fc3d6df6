package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// castMember is a person of the article, known by full name (or, when the
// article never gives the full name, by title and surname: "President
// Bush").
type castMember struct {
	Name    string
	Given   string // first word of the full name; "" when only the surname is known
	Key     string
	Role    string
	Country string
	// Offices are the words written before the person's name, lower
	// case, each once ("secretary of state", "the secretary").
	Offices  []string
	Head     bool
	Reporter bool
	Count    int
	// capsFamily: the name was written family name first in capitals
	// ("HAYASHI Yoshimasa").
	capsFamily bool
	// Inner are the short names the article gives the person that are not
	// the last word of the full name: "González-Olaechea" for "Javier
	// González-Olaechea Franco", "Lula" for "Luiz Inácio Lula da Silva".
	// They travel as aliases, since a reader cannot derive them.
	Inner []string
	// inner is the words of Name between its first and its last, "" for
	// a name of fewer than three words: byInnerWord reads them for every
	// lone surname the cast does not know, so they are cut out once.
	inner string
	// next is the next member with the same Key, in the order added.
	next *castMember
}

// cast is the people an article names, for resolving short references.
type cast struct {
	// byKey holds the first member of each Key; the others follow it
	// through castMember.next.
	byKey map[string]*castMember
	order []*castMember
	// familyFirst are the members whose family name is written first
	// (byFamilyNameFirst), by that name; empty until the cast is built,
	// and in most articles.
	familyFirst []*castMember
	// countryless counts the members of two words of no country, whom
	// byFamilyNameFirst also asks by their first word.
	countryless int
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
		members = append(members, castMember{Name: e.Name, Given: given, Key: e.Key, inner: innerWords(e.Name), capsFamily: e.CapsFamily})
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
			if m.Name != e.Name {
				head := c.byKey[e.Key]
				if head == nil && !slices.Contains(m.Inner, e.Name) {
					m.Inner = append(m.Inner, e.Name) // found by an inner word
				}
				if head != nil && head.next != nil {
					continue // ambiguous short name: it tells nothing about m
				}
			}
			if e.Office != "" && !slices.Contains(m.Offices, e.Office) {
				m.Offices = append(m.Offices, e.Office)
			}
			if m.Role == "" && e.Role != "" {
				m.Role, m.Head, m.Reporter = e.Role, e.Head, e.Reporter
			} else if m.Role == "" && e.Reporter {
				m.Reporter = true // a private person, or a venue (markPrivatePersons)
			}
			if m.Country == "" && e.Country != "" {
				m.Country = e.Country
			}
		}
	}
	for _, m := range c.order {
		if m.capsFamily && m.Country != "" && countryIn(capsFamilyReversed, m.Country) {
			m.givenFirst()
		}
		if m.Country != "" && strings.Contains(m.Name, " ") && names.FirstWordNamesPeople(m.Country) || hyphenedGivenName(m.Name) || eastAsianFamilyName(m.Name) {
			c.familyFirst = append(c.familyFirst, m)
		}
		if m.countrylessPair() {
			c.countryless++
		}
	}
	return c
}

// byInnerWord is the one member whose full name of three words or more
// holds short as an inner word (not the first, not the last, not a
// particle): Spanish and Portuguese names carry two surnames, and the
// article goes on with the first ("Mr González-Olaechea"). nil when none
// or two do.
func (c *cast) byInnerWord(short string) *castMember {
	var found *castMember
	for _, m := range c.order {
		for inner := m.inner; inner != ""; {
			w, rest, _ := strings.Cut(inner, " ")
			inner = rest
			if w == "" || strings.HasSuffix(w, ".") || isParticle(w) || !strings.EqualFold(w, short) {
				continue // "da", "bin", an initial, another word
			}
			if found != nil && found != m {
				return nil // two people carry the word
			}
			found = m
		}
	}
	return found
}

// innerWords is the words of name between its first and its last, read
// in place; "" when name has fewer than three words.
func innerWords(name string) string {
	first := strings.IndexByte(name, ' ')
	last := strings.LastIndexByte(name, ' ')
	if first < 0 || first == last {
		return ""
	}
	return name[first+1 : last]
}

func givenName(full string) string {
	if i := strings.IndexByte(full, ' '); i > 0 {
		return full[:i]
	}
	return ""
}

// withoutNumeral returns name without a regnal numeral that ends it:
// "Abdullah" for "Abdullah II".
func withoutNumeral(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && isNumeral(strings.ToLower(name[i+1:])) {
		return name[:i]
	}
	return name
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
	head := c.byKey[e.Key]
	for m := head; m != nil; m = m.next {
		if m.Name == e.Name || m.capsFamily && slices.Contains(m.Inner, e.Name) {
			return m // (or the name as written before givenFirst: "Hayashi Yoshimasa")
		}
		if regnal {
			if withoutNumeral(m.Name) == e.Name {
				return m // "King Abdullah" after "King Abdullah II"
			}
			continue
		}
		if given != "" && m.Given != "" && !strings.EqualFold(given, m.Given) {
			continue
		}
		if e.Country != "" && m.Country != "" && e.Country != m.Country {
			continue
		}
		if e.Role != "" && m.Role != "" && !rolesAgree(e.Role, m.Role) {
			continue
		}
		if first == nil {
			first = m
		}
	}
	if first == nil && given == "" && head == nil {
		// "Mr González-Olaechea": the first of two surnames.
		if m := c.byInnerWord(e.Name); m != nil && (e.Country == "" || m.Country == "" || e.Country == m.Country) {
			return m
		}
		// "Xi will also attend": the family name, written first.
		if m := c.byFamilyNameFirst(e.Name); m != nil && (e.Country == "" || e.Country == m.Country) {
			return m
		}
	}
	return first
}

// rolesAgree reports two roles that one person may be given: the same,
// or a bare title and a fuller one that ends with it ("Secretary Austin"
// is a "Minister", "Secretary of Defense Lloyd Austin" a "Defense
// Minister").
func rolesAgree(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasSuffix(b, " "+a)
}

// genericHeadRoles are the offices that name whichever head of state or
// government of their country the article names (offices.tsv's generic
// flag).
var genericHeadRoles = vocab.RolesWhere(func(o vocab.Office) bool { return o.Generic })

// capsFamilyReversed are the countries whose people's names, written
// family name first in capitals as their government writes them in
// English ("KISHIDA Fumio"), the English press writes given name first
// ("Fumio Kishida"): vocab's caps-family-name-reversed.
var capsFamilyReversed = vocab.Set("caps-family-name-reversed")

// givenFirst rewrites the name of a member written family name first in
// capitals ("Hayashi Yoshimasa") given name first ("Yoshimasa Hayashi"),
// as the English press names the person; the written form stays an
// alias.
func (m *castMember) givenFirst() {
	family, given, ok := strings.Cut(m.Name, " ")
	if !ok || given == "" {
		return
	}
	if !slices.Contains(m.Inner, m.Name) {
		m.Inner = append(m.Inner, m.Name)
	}
	m.Name = given + " " + family
	m.Given = givenName(m.Name)
	m.inner = innerWords(m.Name)
}

// countryIn reports country (as countries.tsv names it) in set, whose
// words are lower case.
func countryIn(set map[string]bool, country string) bool {
	for c := range set {
		if strings.EqualFold(c, country) {
			return true
		}
	}
	return false
}

// hyphenedGivenName reports a name of two words whose second is a given
// name of two syllables joined by a hyphen, the second in lower case, as
// Korean names are romanised ("Moon Jae-in", "Chung Eui-yong"): the family
// name is written first, whatever country the article gives.
func hyphenedGivenName(name string) bool {
	family, given, ok := strings.Cut(name, " ")
	if !ok || family == "" || strings.Contains(given, " ") {
		return false
	}
	first, second, ok := strings.Cut(given, "-")
	return ok && first != "" && second != "" && second[0] >= 'a' && second[0] <= 'z'
}

// eastAsianFamilyName reports a name of two or three words that opens with
// a family name of family-first-surnames ("Xi Jinping", "Kim Jong Un",
// "Nguyen Xuan Phuc"), which is then written first whatever country the
// article gives.
func eastAsianFamilyName(name string) bool {
	family, rest, ok := strings.Cut(name, " ")
	return ok && strings.Count(rest, " ") <= 1 && familyFirstSurnames[family]
}

// familyFirstSurnames are vocab's family-first-surnames, as names write
// them ("Xi", "XI"): every member of every article's cast is looked up,
// with no lower-casing.
var familyFirstSurnames = func() map[string]bool {
	m := map[string]bool{}
	for w := range vocab.Set("family-first-surnames") {
		m[strings.ToUpper(w[:1])+w[1:]] = true
		m[strings.ToUpper(w)] = true
	}
	return m
}()

// byFamilyNameFirst is the one member of c.familyFirst (people the first
// word of their name names: see buildCast) whose name of two words or
// more opens with short ("Xi" for "Xi Jinping"); nil when none or two
// do.
func (c *cast) byFamilyNameFirst(short string) *castMember {
	var found *castMember
	for _, m := range c.familyFirst {
		if family, _, _ := strings.Cut(m.Name, " "); !strings.EqualFold(family, short) {
			continue
		}
		if found != nil && found != m {
			return nil // "Kim": two people of the article
		}
		found = m
	}
	// Of no country the article gives, either word of a name of two may
	// be the one it goes on with: "Foreign Minister Kamikawa Yoko …
	// Kamikawa will travel", as Japan's own releases write the family
	// name first (the last word was asked first).
	if c.countryless == 0 {
		return found // (most articles give every person's country)
	}
	for _, m := range c.order {
		if !m.countrylessPair() {
			continue
		}
		if first, _, _ := strings.Cut(m.Name, " "); !strings.EqualFold(first, short) {
			continue
		}
		if found != nil && found != m {
			return nil
		}
		found = m
	}
	return found
}

// countrylessPair reports a member named by two words whose country the
// article does not give, who takes part (no spokesperson): either word
// may be the one the article goes on with.
func (m *castMember) countrylessPair() bool {
	return m.Country == "" && !m.Reporter && strings.Count(m.Name, " ") == 1
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
			if p.Country == "" {
				p.Country = e.Country // "his Bolivian and Ecuadorian counterparts, A and B" (apposedNames)
			}
			if p.Role == "" {
				p.Role = e.Role // "the two foreign ministers, A and B" (apposedToPlural)
			}
			if e.Name != m.Name && !slices.Contains(m.Inner, e.Name) {
				p.Aliases = []string{e.Name}
			}
			p.Aliases = append(p.Aliases, m.Inner...)
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
		if genericHeadRoles[role] {
			role, head = "", true // "the Chilean head of state": whichever head of Chile the article names
		}
		if e.Country != "" && !e.Side {
			if m := c.byRole(role, e.Country, head); m != nil {
				return timeline.Participant{Name: m.Name, Type: timeline.PersonParty, Role: m.Role, Country: m.Country}, true
			}
			if e.Counter && (counterRole == "" || headRoles[counterRole]) {
				// "his Ukrainian counterpart", of a head or of someone
				// whose office is not known: the country's head (but a
				// foreign minister's counterpart is no head of state)
				if m := c.byRole("", e.Country, true); m != nil {
					return timeline.Participant{Name: m.Name, Type: timeline.PersonParty, Role: m.Role, Country: m.Country}, true
				}
			}
		}
		if e.Country == "" {
			return timeline.Participant{}, false
		}
		g := groupParticipant(e.Country)
		if !head && !e.Side && g.Type == timeline.CountryParty {
			// "the Deputy Prime Minister of the Russian Federation": the
			// country, by an official who is not its leader, whose meetings
			// are not the leader's (see merge's officesAgree)
			g.Role = role
		}
		return g, true
	case entCountry:
		return groupParticipant(e.Name), true
	case entOrg:
		// (an organisation even when the tables do not know it: "the Lima
		// Group" of groupingAt)
		return timeline.Participant{Name: e.Name, Type: timeline.OrganizationParty}, true
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
