package vocab

import (
	"slices"
	"strings"
)

// Organisation is a row of data/organisations.tsv: an international
// organisation or grouping.
type Organisation struct {
	// Name is the canonical name, as timelines show it: "NATO", "European Union".
	Name string
	// Forms are the other ways text writes it: "European Union", "E.U.".
	Forms []string
	Note  string
}

// AllForms lists the name and the other forms.
func (o Organisation) AllForms() []string { return slices.Concat([]string{o.Name}, o.Forms) }

// Office is a row of data/offices.tsv: an office a person holds and the
// words that name it.
type Office struct {
	// Role is the office as timelines show it ("Prime Minister"); empty
	// for the courtesy titles, which name no office.
	Role string
	// Head: a head of state or government, whom "leader" refers to.
	Head bool
	// Reporter: someone whose job is to speak for others (press
	// secretaries, spokespeople); they report events and take no part.
	Reporter bool
	// Courtesy: "Mr.", "Dr." — says a name follows but gives no office.
	Courtesy bool
	// Local: an office of a city, not of a state ("Mayor"): its holder's
	// trips abroad are no diplomatic visits.
	Local bool
	// Generic: a name for whichever head of state or government of its
	// country the article names ("head of state"), not an office of its
	// own.
	Generic bool
	// Titles are the titles as written before a name: "Prime Minister",
	// "Chancellor", "PM".
	Titles []string
	// Definite are the lower-case nouns that, after "the", stand for the
	// one person of the article who holds the office: "chancellor".
	Definite []string
}

// RoleNoun is a row of data/role-nouns.tsv: a noun that, after a country
// or organisation, names its side ("Russian officials") or, when Head,
// its head of state or government ("the Ukrainian leader").
type RoleNoun struct {
	Noun string
	Head bool
}

// Handle is a row of data/handles.tsv: a social-media account that names
// an office or a government rather than a person ("@POTUS").
type Handle struct {
	Handle  string // without "@", lower case
	Role    string // an Office.Role; empty for a government
	Country string // a Country.Name or Organisation.Name
}

var (
	organisations = readOrganisations()
	orgIndex      = lowerIndex(func(yield func(string, int)) {
		for i, o := range organisations {
			for _, f := range o.AllForms() {
				yield(f, i)
			}
		}
	})
	offices   = readOffices()
	roleNouns = readRoleNouns()
	handles   = readHandles()
)

func readOrganisations() []Organisation {
	var out []Organisation
	for _, r := range mustRead("organisations.tsv", req("name"), optList("forms"), opt("note")) {
		out = append(out, Organisation{Name: r.cells[0], Forms: r.list(1), Note: r.cells[2]})
	}
	return out
}

func readOffices() []Office {
	var out []Office
	for _, r := range mustRead("offices.tsv", opt("role"), optList("flags"), reqList("titles"), optList("definite")) {
		o := Office{Role: r.cells[0], Titles: r.list(2), Definite: r.list(3)}
		must(r.flags(1, "flags", map[string]*bool{"head": &o.Head, "reporter": &o.Reporter, "courtesy": &o.Courtesy, "local": &o.Local, "generic": &o.Generic}))
		if (o.Role == "") != o.Courtesy {
			must(r.errorf("a courtesy title and only it has no role"))
		}
		for _, d := range o.Definite {
			if d != strings.ToLower(d) {
				must(r.errorf("definite %q is not lower case", d))
			}
		}
		out = append(out, o)
	}
	return out
}

func readRoleNouns() []RoleNoun {
	var out []RoleNoun
	for _, r := range mustRead("role-nouns.tsv", req("noun"), req("head")) {
		if r.cells[1] != "yes" && r.cells[1] != "no" {
			must(r.errorf("head %q is not yes or no", r.cells[1]))
		}
		out = append(out, RoleNoun{Noun: r.cells[0], Head: r.cells[1] == "yes"})
	}
	return out
}

func readHandles() []Handle {
	var out []Handle
	for _, r := range mustRead("handles.tsv", req("handle"), opt("role"), req("country")) {
		if r.cells[0] != strings.ToLower(r.cells[0]) || strings.HasPrefix(r.cells[0], "@") {
			must(r.errorf("handle %q: write it lower case, without @", r.cells[0]))
		}
		out = append(out, Handle{Handle: r.cells[0], Role: r.cells[1], Country: r.cells[2]})
	}
	return out
}

// Organisations returns the rows of data/organisations.tsv, in file
// order.
func Organisations() []Organisation { return slices.Clone(organisations) }

// OrganisationOf finds the organisation that form names, ignoring case:
// "NATO", "European Union", "osce".
func OrganisationOf(form string) (Organisation, bool) {
	if i, ok := orgIndex[strings.ToLower(form)]; ok {
		return organisations[i], true
	}
	return Organisation{}, false
}

// Offices returns the rows of data/offices.tsv, in file order.
func Offices() []Office { return slices.Clone(offices) }

// RolesWhere returns the set of the roles of the offices for which flag
// holds: RolesWhere(func(o Office) bool { return o.Head }) are the heads
// of state or government.
func RolesWhere(flag func(Office) bool) map[string]bool {
	m := map[string]bool{}
	for _, o := range offices {
		if flag(o) {
			m[o.Role] = true
		}
	}
	return m
}

// RoleNouns returns the rows of data/role-nouns.tsv, in file order.
func RoleNouns() []RoleNoun { return slices.Clone(roleNouns) }

// Handles returns the rows of data/handles.tsv, in file order.
func Handles() []Handle { return slices.Clone(handles) }
