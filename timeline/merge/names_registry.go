package merge

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// Names gathers what a set of mentions says about the people they name:
// every written form of a name, how often, with which countries, offices
// and aliases. It is a summary that adds up: Names of two sets of mentions,
// merged, are the Names of their union, whatever the order, so that a
// distributed run can gather them per worker and combine them
// (CombineGlobally in Beam). Its Registry then maps each written name to
// one canonical participant.
type Names struct {
	persons map[string]*personEntry // by personID
	raw     map[rawName]rawInfo     // what each written name is, as names repeat
}

// Registry maps each written name to one canonical participant, so that
// "Biden" in one article and "Joseph R. Biden, Jr." in another are one
// person with one country. It is made from the Names of the whole input,
// so the result does not depend on which article is read first, nor on
// how the input was split. A Registry is read-only and safe for
// concurrent use.
type Registry struct {
	persons map[string]*personEntry
	raw     map[rawName]rawInfo
}

// rawName is a participant's name and type as written in a mention.
type rawName struct {
	name string
	typ  timeline.PartyType
}

// rawInfo is what a written name stands for: a group's canonical name, or a
// person's entry.
type rawInfo struct {
	group  string
	org    bool
	person *personEntry
}

// personEntry gathers what the mentions say about one written person name.
type personEntry struct {
	name      names.Person
	id        string
	count     int
	countries map[string]int
	roles     map[string]int
	forms     map[string]int // written forms, as given
	aliases   map[string]bool
	canon     *personEntry // the entry this name stands for (itself when fullest)
	// Worked out once the registry is made, for concurrent readers.
	shown, land, office string
	aliasList           []string // forms and aliases but the shown name, sorted
}

// isGroup reports whether p is a country or organisation: by its Type, or,
// when Type is empty, because its name is a known one.
func isGroup(p timeline.Participant) bool {
	if p.Type != "" {
		return timeline.PartyType(strings.ToLower(string(p.Type))).IsGroup()
	}
	c := names.CanonicalGroup(p.Name)
	org := names.IsOrganisation(c)
	_, country := vocab.CountryOf(c)
	return org || country
}

func personID(n names.Person) string { return n.Key() + "/" + n.Initials }

// NewNames returns empty Names.
func NewNames() *Names {
	return &Names{persons: map[string]*personEntry{}, raw: map[rawName]rawInfo{}}
}

// Add notes the participants of m.
func (n *Names) Add(m *timeline.Mention) { n.addParticipants(m.Participants) }

func (n *Names) addParticipants(ps []timeline.Participant) {
	for _, p := range ps {
		n.note(p)
	}
}

// Merge adds what o says to n; o is left as it was.
func (n *Names) Merge(o *Names) {
	for id, e := range o.persons {
		mine := n.persons[id]
		if mine == nil {
			mine = newPersonEntry(e.name, id)
			n.persons[id] = mine
		}
		mine.count += e.count
		mine.pool(e)
	}
	for k, v := range o.raw {
		if _, ok := n.raw[k]; ok {
			continue
		}
		if v.person != nil {
			v.person = n.persons[v.person.id]
		}
		n.raw[k] = v
	}
}

func newPersonEntry(n names.Person, id string) *personEntry {
	return &personEntry{name: n, id: id, countries: map[string]int{}, roles: map[string]int{},
		forms: map[string]int{}, aliases: map[string]bool{}}
}

// pool adds what o says of a person (countries, offices, forms, aliases)
// to e.
func (e *personEntry) pool(o *personEntry) {
	for k, v := range o.countries {
		e.countries[k] += v
	}
	for k, v := range o.roles {
		e.roles[k] += v
	}
	for k, v := range o.forms {
		e.forms[k] += v
	}
	for k := range o.aliases {
		e.aliases[k] = true
	}
}

func (n *Names) note(p timeline.Participant) {
	if strings.TrimSpace(p.Name) == "" {
		return
	}
	key := rawName{p.Name, p.Type}
	if v, ok := n.raw[key]; ok {
		if v.person != nil {
			notePerson(v.person, p)
		}
		return
	}
	v, ok := classify(p)
	if !ok {
		return
	}
	if v.person != nil {
		e := n.persons[v.person.id]
		if e == nil {
			e = newPersonEntry(v.person.name, v.person.id)
			n.persons[e.id] = e
		}
		v.person = e
		notePerson(e, p)
	}
	n.raw[key] = v
}

// classify works out what a written name stands for. A person comes back
// as a fresh entry that only names them.
func classify(p timeline.Participant) (rawInfo, bool) {
	if strings.TrimSpace(p.Name) == "" {
		return rawInfo{}, false
	}
	if isGroup(p) {
		name := names.CanonicalGroup(p.Name)
		isOrg := names.IsOrganisation(name) || strings.HasPrefix(strings.ToLower(string(p.Type)), "organi")
		return rawInfo{group: name, org: isOrg}, true
	}
	n := names.ParsePerson(p.Name)
	if len(n.Words) == 0 {
		return rawInfo{}, false
	}
	return rawInfo{person: &personEntry{name: n, id: personID(n)}}, true
}

func notePerson(e *personEntry, p timeline.Participant) {
	e.count++
	e.forms[strings.Join(strings.Fields(p.Name), " ")]++
	if p.Country != "" {
		e.countries[names.CanonicalGroup(p.Country)]++
	}
	if p.Role != "" {
		e.roles[p.Role]++
	}
	for _, a := range p.Aliases {
		e.aliases[a] = true
	}
}

// Registry makes the canonical names of everything n has gathered. n is
// left as it was and may be added to and made into a registry again.
func (n *Names) Registry() *Registry {
	r := &Registry{persons: make(map[string]*personEntry, len(n.persons)), raw: make(map[rawName]rawInfo, len(n.raw))}
	for id, e := range n.persons {
		c := newPersonEntry(e.name, id)
		c.count = e.count
		c.pool(e)
		r.persons[id] = c
	}
	r.canonicalise()
	for k, v := range n.raw {
		if v.person != nil {
			v.person = r.persons[v.person.id].canon
		}
		r.raw[k] = v
	}
	return r
}

// newNameRegistry is the registry of a set of mentions.
func newNameRegistry(mentions []timeline.Mention) *Registry {
	n := NewNames()
	for i := range mentions {
		n.Add(&mentions[i])
	}
	return n.Registry()
}

// lookup returns what a participant's written name stands for; ok is false
// when the name is empty or has no words.
func (r *Registry) lookup(p timeline.Participant) (rawInfo, bool) {
	if v, ok := r.raw[rawName{p.Name, p.Type}]; ok {
		return v, true
	}
	v, ok := classify(p)
	if ok && v.person != nil {
		e := r.persons[v.person.id]
		if e == nil {
			return rawInfo{}, false
		}
		v.person = e.canon
	}
	return v, ok
}

// better reports whether person entry a is a fuller name than b: more
// words, then more mentions, then the smaller key.
func better(a, b *personEntry) bool {
	if len(a.name.Words) != len(b.name.Words) {
		return len(a.name.Words) > len(b.name.Words)
	}
	if a.count != b.count {
		return a.count > b.count
	}
	return a.id < b.id
}

// countriesDisagree reports whether both entries have countries and share
// none: Kim of South Korea is not Kim of North Korea.
func countriesDisagree(a, b *personEntry) bool {
	if len(a.countries) == 0 || len(b.countries) == 0 {
		return false
	}
	for c := range a.countries {
		if b.countries[c] > 0 {
			return false
		}
	}
	return true
}

// canonicalise points every person name at the fullest name it can stand
// for. A name that could stand for two different people ("Bush" when both
// George W. Bush and Jeb Bush are named) stays as it is. Then it works out
// what each canonical entry prints, once.
func (r *Registry) canonicalise() {
	byWord := map[string][]*personEntry{}
	ids := make([]string, 0, len(r.persons))
	for id := range r.persons {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		e := r.persons[id]
		for _, w := range e.name.Words {
			byWord[w] = append(byWord[w], e)
		}
	}
	for _, id := range ids {
		e := r.persons[id]
		e.canon = e
		if fuller := fullerNames(e, byWord); fuller != nil {
			e.canon = fuller
		}
	}
	// Follow chains ("Biden" → "Joe Biden" → "Joseph Robinette Biden").
	for _, id := range ids {
		e := r.persons[id]
		for i := 0; i < 8 && e.canon.canon != e.canon; i++ {
			e.canon = e.canon.canon
		}
	}
	// Pool what all spellings of one person say on the canonical entry.
	for _, id := range ids {
		if e := r.persons[id]; e.canon != e {
			e.canon.pool(e)
		}
	}
	for _, id := range ids {
		if e := r.persons[id]; e.canon == e {
			e.settle()
		}
	}
}

// fullerNames is the fullest entry e can stand for, or nil when there is
// none or when e could stand for two people.
func fullerNames(e *personEntry, byWord map[string][]*personEntry) *personEntry {
	last := e.name.Words[len(e.name.Words)-1]
	var fuller []*personEntry
	for _, c := range byWord[last] {
		if c != e && better(c, e) && names.SamePerson(c.name, e.name) && !countriesDisagree(c, e) {
			fuller = append(fuller, c)
		}
	}
	if len(fuller) == 0 || len(fuller) > 32 {
		return nil
	}
	for i := range fuller {
		for j := i + 1; j < len(fuller); j++ {
			if !names.SamePerson(fuller[i].name, fuller[j].name) || countriesDisagree(fuller[i], fuller[j]) {
				return nil
			}
		}
	}
	best := fuller[0]
	for _, c := range fuller[1:] {
		if better(c, best) {
			best = c
		}
	}
	return best
}

// settle works out what a canonical entry prints: its name, country,
// office and aliases.
func (e *personEntry) settle() {
	best, bw, bc := "", -1, -1
	for _, f := range sortedKeys(e.forms) {
		w := len(names.ParsePerson(f).Words)
		c := e.forms[f]
		if w > bw || (w == bw && c > bc) || (w == bw && c == bc && len(f) > len(best)) {
			best, bw, bc = f, w, c
		}
	}
	e.shown = best
	e.land = mostFrequent(e.countries)
	e.office = mostFrequent(e.roles)
	e.aliasList = nil
	for _, f := range sortedKeys(e.forms) {
		if f != best {
			e.aliasList = append(e.aliasList, f)
		}
	}
	for _, a := range sortedKeys(e.aliases) {
		if a != best && !slices.Contains(e.aliasList, a) {
			e.aliasList = append(e.aliasList, a)
		}
	}
}

// person returns the canonical entry for a written person name, or nil.
func (r *Registry) person(p timeline.Participant) *personEntry {
	v, ok := r.lookup(p)
	if !ok {
		return nil
	}
	return v.person
}

// country is the person's country: the one most often given, ties to the
// alphabetically first; "" when none is given.
func (e *personEntry) country() string { return e.land }

// role is the person's office most often given.
func (e *personEntry) role() string { return e.office }

// display is the name to print: the written form with the most words
// (the fullest), then the most frequent, then the longest.
func (e *personEntry) display() string { return e.shown }

// side returns the side a participant stands for — a country or
// organisation, or for a person their country when known, else the person —
// with the person's canonical name when it is a person.
func (r *Registry) side(p timeline.Participant) (side string, person *names.Person, org bool) {
	v, ok := r.lookup(p)
	if !ok {
		return "", nil, false
	}
	if v.person == nil {
		return v.group, nil, v.org
	}
	e := v.person
	n := &e.name
	if c := e.country(); c != "" {
		return c, n, false
	}
	if p.Country != "" {
		return names.CanonicalGroup(p.Country), n, false
	}
	return "person:" + e.id, n, false
}

func mostFrequent(m map[string]int) string {
	best, bc := "", 0
	for _, k := range sortedKeys(m) {
		if m[k] > bc {
			best, bc = k, m[k]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare[string])
	return keys
}
