package vocab

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of this file prove that the tables agree with each other. A
// failure names the row to fix; a rule a row may break for a reason says
// which note column to fill in.

// formKey is how forms are compared across rows: ignoring case.
func formKey(f string) string { return strings.ToLower(f) }

// owner records which row gives each form of a concept, and reports a
// form that two rows give.
type owner map[string]string

func (o owner) claim(t *testing.T, what, form, by string) {
	t.Helper()
	k := formKey(form)
	if prev, ok := o[k]; ok && prev != by {
		t.Errorf("%s %q is given by both %s and %s", what, form, prev, by)
		return
	}
	o[k] = by
}

func TestCountriesTable(t *testing.T) {
	require.GreaterOrEqual(t, len(countries), 190, "every UN member state and a few more")
	names, forms, iso := owner{}, owner{}, map[string]string{}
	for _, c := range countries {
		if _, dup := names[c.Name]; dup {
			t.Errorf("country %q has two rows", c.Name)
		}
		names[c.Name] = c.Name
		for _, f := range c.Forms() {
			forms.claim(t, "country form", f, c.Name)
		}
		if c.ISO2 == "" {
			assert.NotEmpty(t, c.Note, "%s: a country without ISO codes needs a note saying why", c.Name)
		}
		for _, code := range []string{c.ISO2, c.ISO3} {
			if code == "" {
				continue
			}
			assert.Regexp(t, `^[A-Z]{2,3}$`, code, c.Name)
			if prev, dup := iso[code]; dup {
				t.Errorf("ISO code %s is given to both %s and %s", code, prev, c.Name)
			}
			iso[code] = c.Name
		}
		if c.ISO2 != "" {
			assert.Len(t, c.ISO2, 2, c.Name)
			assert.Len(t, c.ISO3, 3, c.Name)
		}
	}
}

// TestEveryCountryHasItsCities: a country's capital is a city of
// cities.tsv in that country; a country with no capital in the table says
// why in its note.
func TestEveryCountryHasItsCities(t *testing.T) {
	for _, c := range countries {
		if c.Capital == "" {
			assert.NotEmpty(t, c.Note, "%s has no capital in the table: its note must say why", c.Name)
			continue
		}
		p, ok := PlaceOf(c.Capital)
		if assert.True(t, ok, "%s: capital %q is not a row of cities.tsv", c.Name, c.Capital) {
			assert.Equal(t, c.Name, p.Country, "%s: its capital %q lies in another country", c.Name, c.Capital)
			assert.Equal(t, c.Capital, p.Name, "%s: the capital is written as a variant of %q", c.Name, p.Name)
			assert.Equal(t, CityPlace, p.Kind, "%s: the capital %q is not a city", c.Name, c.Capital)
		}
	}
}

// TestPlacesTable: every place lies in a known country; a form is a place
// of one country only, unless the rows giving it both have notes; a
// venue lies within a city of its own country; a place named like a
// country lies in that country unless its note says otherwise.
func TestPlacesTable(t *testing.T) {
	byForm := map[string][]Place{}
	for _, p := range places {
		_, ok := CountryOf(p.Country)
		assert.True(t, ok, "%s: country %q is not a country of countries.tsv", p.Name, p.Country)
		if c, _ := CountryOf(p.Country); c.Name != p.Country {
			t.Errorf("%s: country %q is not written by its canonical name %q", p.Name, p.Country, c.Name)
		}
		for _, f := range p.Forms() {
			byForm[formKey(f)] = append(byForm[formKey(f)], p)
			if c, ok := CountryOf(f); ok && c.Name != p.Country && p.Note == "" {
				t.Errorf("%s (%s) shares the name %q with the country %s: add a note", p.Name, p.Country, f, c.Name)
			}
		}
		if p.Within != "" {
			in, ok := PlaceOf(p.Within)
			if assert.True(t, ok, "%s: within %q is not a row", p.Name, p.Within) {
				assert.Equal(t, CityPlace, in.Kind, "%s: within %q is not a city", p.Name, p.Within)
				assert.Equal(t, p.Country, in.Country, "%s: within a city of another country", p.Name)
			}
		}
	}
	for form, ps := range byForm {
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps[1:] {
			switch {
			case p.Country == ps[0].Country:
				t.Errorf("%q is defined twice for %s: one row per place", form, p.Country)
			case p.Note == "" || ps[0].Note == "":
				t.Errorf("%q is a place in both %s and %s: the rows need notes saying which is meant", form, ps[0].Country, p.Country)
			}
		}
	}
}

// regionForm is how a region's name or abbreviation is written: "New
// York", "D.C.", "Ill.", "Hawai'i"; never a dateline's agency or dash.
var regionForm = regexp.MustCompile(`^\p{L}[\p{L}. '’-]*$`)

// TestRegionsTable: regions belong to known countries, and a region named
// like a country or a place of another country says so in its note.
func TestRegionsTable(t *testing.T) {
	forms := owner{}
	for _, r := range regions {
		c, ok := CountryOf(r.Country)
		assert.True(t, ok && c.Name == r.Country, "%s: country %q is not a canonical country name", r.Name, r.Country)
		for _, f := range append([]string{r.Name}, r.Forms...) {
			forms.claim(t, "region form", f, r.Name)
			assert.Regexp(t, regionForm, f, "region %s: a form is a name (letters, spaces, periods, hyphens), not a dateline", r.Name)
			if c, ok := CountryOf(f); ok && c.Name != r.Country && r.Note == "" {
				t.Errorf("region %s shares the name %q with the country %s: add a note", r.Name, f, c.Name)
			}
			if p, ok := PlaceOf(f); ok && p.Country != r.Country && r.Note == "" {
				t.Errorf("region %s shares the name %q with %s in %s: add a note", r.Name, f, p.Name, p.Country)
			}
		}
	}
}

// TestOrganisationsTable: a form names one organisation, and no
// organisation form is also a country form unless the organisation's note
// says why.
func TestOrganisationsTable(t *testing.T) {
	forms := owner{}
	for _, o := range organisations {
		for _, f := range o.AllForms() {
			forms.claim(t, "organisation form", f, o.Name)
			for _, c := range countries {
				if slices.ContainsFunc(c.Forms(), func(cf string) bool { return formKey(cf) == formKey(f) }) && o.Note == "" {
					t.Errorf("%q names both the organisation %s and the country %s: add a note", f, o.Name, c.Name)
				}
			}
		}
	}
}

// knownParty reports a canonical country or organisation name.
func knownParty(name string) bool {
	if c, ok := CountryOf(name); ok && c.Name == name {
		return true
	}
	o, ok := OrganisationOf(name)
	return ok && o.Name == name
}

func TestOfficesTables(t *testing.T) {
	// A definite noun may stand for several offices ("the Secretary": of
	// State, of Defense, General): it resolves to the one person of an
	// article who holds any of them. A title names one office only.
	titles, roles := owner{}, map[string]bool{}
	for _, o := range offices {
		if o.Role != "" {
			assert.False(t, roles[o.Role], "office %q has two rows", o.Role)
			roles[o.Role] = true
		}
		for _, f := range o.Titles {
			titles.claim(t, "title", f, o.Role)
		}
		for _, d := range o.Definite {
			assert.Equal(t, strings.ToLower(d), d, "definite office noun %q", d)
		}
	}
	nouns := owner{}
	for _, n := range roleNouns {
		nouns.claim(t, "role noun", n.Noun, n.Noun)
		assert.Equal(t, strings.ToLower(n.Noun), n.Noun)
	}
	seen := owner{}
	for _, h := range handles {
		seen.claim(t, "handle", h.Handle, h.Handle)
		assert.True(t, h.Role == "" || roles[h.Role], "handle %s: role %q is not an office of offices.tsv", h.Handle, h.Role)
		assert.True(t, knownParty(h.Country), "handle %s: %q is not a country or organisation", h.Handle, h.Country)
	}
}

// TestEventTables: a trigger or status phrase is in one row only; formats
// have unique names and forms, and their parties are known countries or
// organisations. (That every kind is a kind of timeline/kinds.tsv is
// checked in kinds_test.go, which can import package timeline.)
func TestEventTables(t *testing.T) {
	phrases := owner{}
	for i, tr := range triggers {
		for _, p := range tr.Phrases {
			phrases.claim(t, "trigger phrase", p, "triggers.tsv row "+strconv.Itoa(i+1))
		}
	}
	cues := owner{}
	for _, s := range statuses {
		for _, p := range s.Phrases {
			cues.claim(t, "status cue", p, s.Status)
		}
	}
	names, forms := owner{}, owner{}
	for _, f := range formats {
		names.claim(t, "format name", f.Name, f.Name)
		for _, form := range f.Forms {
			forms.claim(t, "format form", form, f.Name)
		}
		for _, p := range f.Parties {
			assert.True(t, knownParty(p), "format %s: party %q is not a canonical country or organisation name", f.Name, p)
		}
	}
}

func TestNameTables(t *testing.T) {
	nicks := owner{}
	for _, n := range nicknames {
		nicks.claim(t, "nickname", n.Nickname, n.Name)
		assert.Equal(t, strings.ToLower(n.Nickname+n.Name), n.Nickname+n.Name, "nicknames are lower case")
	}
	from := owner{}
	for _, s := range spellings {
		from.claim(t, "spelling", s.From, s.To)
	}
	spellings := owner{}
	for _, a := range agencies {
		for _, s := range a.Spellings {
			spellings.claim(t, "agency spelling", s, a.Name)
		}
	}
	ends := NameEndings()
	for i := 1; i < len(ends); i++ {
		assert.GreaterOrEqual(t, len(ends[i-1].From), len(ends[i].From), "endings come longest first")
	}
}

// TestWordSetsUsed reads the Go code of the module: every set a call of
// vocab.Set, vocab.List or vocab.SetComment names is in wordsets.tsv, and
// every set of wordsets.tsv is asked for by some code. The extraction
// rules keep no word lists of their own (vocab.Words).
func TestWordSetsUsed(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	asked := map[string]string{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := ""
			switch e := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := e.X.(*ast.Ident); ok && x.Name == "vocab" {
					fn = e.Sel.Name
				}
			case *ast.Ident:
				if f.Name.Name == "vocab" {
					fn = e.Name
				}
			}
			switch fn {
			case "Set", "List", "SetComment":
				if len(call.Args) != 1 {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !assert.True(t, ok && lit.Kind == token.STRING, "%s: vocab.%s takes the set's name as a literal", fset.Position(call.Pos()), fn) {
					return true
				}
				name, _ := strconv.Unquote(lit.Value)
				asked[name] = fset.Position(call.Pos()).String()
			case "Words":
				assert.False(t, strings.HasPrefix(rel, filepath.Join("timeline", "extract")),
					"%s: extraction's word lists belong in data/wordsets.tsv (vocab.Set)", fset.Position(call.Pos()))
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, asked)
	for name, at := range asked {
		_, ok := wordSets[name]
		assert.True(t, ok, "%s asks for the word set %q, which data/wordsets.tsv lacks", at, name)
	}
	for _, name := range wordSetOrder {
		_, ok := asked[name]
		assert.True(t, ok, "the word set %q of data/wordsets.tsv is asked for by no code", name)
		assert.Regexp(t, `^[a-z][a-z-]*$`, name)
	}
}

func TestSetPanicsOnAMissingName(t *testing.T) {
	assert.PanicsWithValue(t, `vocab: no word set "no-such-set" in data/wordsets.tsv`, func() { Set("no-such-set") })
	assert.True(t, Set("negations")["never"])
	assert.Contains(t, List("generic-cues"), "need for")
	assert.NotEmpty(t, SetComment("negations"))
}

func TestLookups(t *testing.T) {
	country := func(name string) string { c, _ := CountryOf(name); return c.Name }
	tests := []struct{ name, got, want string }{
		{"a short form", country("U.S."), "United States"},
		{"any case", country("côte d'ivoire"), "Côte d'Ivoire"},
		{"another name", country("Ivory Coast"), "Côte d'Ivoire"},
		{"an adjective is not a name", country("Ivorian"), ""},
		{"a city the dateline table had", CityCountry("Chicago"), "United States"},
		{"a city extraction had", CityCountry("Gomel"), "Belarus"},
		{"a capital", CityCountry("minsk"), "Belarus"},
		{"a variant", CityCountry("Kiev"), "Ukraine"},
		{"unknown", CityCountry("Atlantis"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
	p, ok := PlaceOf("Kiev")
	require.True(t, ok)
	assert.Equal(t, "Kyiv", p.Name)
	k, _ := PlaceOf("Kremlin")
	assert.Equal(t, PlaceKind("venue"), k.Kind)
	assert.Equal(t, "Moscow", k.Within)
	r, ok := RegionOf("ILL.")
	require.True(t, ok)
	assert.Equal(t, "Illinois", r.Name)
	assert.Equal(t, "United States", r.Country)
	ua, ok := CountryByISO("ukr")
	require.True(t, ok)
	assert.Equal(t, "Ukraine", ua.Name)
	o, ok := OrganisationOf("european union")
	require.True(t, ok)
	assert.Equal(t, "European Union", o.Name)
	a, ok := AgencyOf("Agence France-Presse")
	require.True(t, ok)
	assert.Equal(t, "AFP", a)
}

// TestParseTable feeds the parser good and malformed tables: every error
// names the file and the line.
func TestParseTable(t *testing.T) {
	cols := []column{req("name"), optList("forms"), opt("note")}
	const head = "# a comment\n# name\tforms\tnote\n"
	tests := []struct {
		name, text string
		rows       int
		err        string // "" for no error
	}{
		{"good rows", head + "Kyiv\tKiev|Kiyv\t\nMinsk\n\nGomel\t\tthe second city\n", 3, ""},
		{"carriage returns", head + "Kyiv\tKiev\r\n", 1, ""},
		{"no header", "Kyiv\tKiev\t\n", 0, "t.tsv:1: a row before the column header"},
		{"wrong header", "# name\tvariants\tnote\nKyiv\n", 0, "t.tsv:2: a row before the column header"},
		{"header only", head, 0, ""},
		{"empty file", "", 0, "t.tsv: no column header"},
		{"too many cells", head + "Kyiv\tKiev\tnote\textra\n", 0, "t.tsv:3: 4 cells, want 3"},
		{"empty required cell", head + "\tKiev\n", 0, "t.tsv:3: name is empty"},
		{"spaces around a cell", head + "Kyiv \tKiev\n", 0, `t.tsv:3: name "Kyiv " has spaces around it`},
		{"empty list item", head + "Kyiv\tKiev||Kiyv\n", 0, `t.tsv:3: forms: item 2 "" is empty`},
		{"item twice", head + "Kyiv\tKiev|Kiev\n", 0, `t.tsv:3: forms: "Kiev" is given twice`},
		{"bar in a plain cell", head + "Ky|iv\n", 0, `t.tsv:3: name "Ky|iv" is not a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseTable("t.tsv", tt.text, cols)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Len(t, rows, tt.rows)
			for _, r := range rows {
				assert.Len(t, r.cells, len(cols), "missing optional cells read as empty")
			}
		})
	}
}

func TestMustReadPanicsNamingTheFile(t *testing.T) {
	assert.PanicsWithValue(t, "vocab: open data/no-such.tsv: file does not exist", func() { mustRead("no-such.tsv", req("x")) })
	r := row{file: "data/x.tsv", line: 7, cells: []string{"a", "head|boss"}}
	var head bool
	err := r.flags(1, "flags", map[string]*bool{"head": &head})
	require.Error(t, err)
	assert.Equal(t, `data/x.tsv:7: flags: unknown flag "boss"`, err.Error())
	assert.PanicsWithValue(t, `vocab: data/x.tsv:7: flags: unknown flag "boss"`, func() { must(err) })
}

// The gazetteer is keyed by folded names, one row per key, and every
// country it names is a country of countries.tsv.
func TestGazetteer(t *testing.T) {
	require.Greater(t, GazetteerSize(), 20000)
	c, ok := Gazetteer("nairobi")
	require.True(t, ok)
	assert.Equal(t, GazetteerCity{Name: "Nairobi", Country: "Kenya"}, c)
	c, ok = Gazetteer("montreal")
	require.True(t, ok)
	assert.Equal(t, "Canada", c.Country)
	_, ok = Gazetteer("Nairobi")
	assert.False(t, ok, "keys are folded")
	for _, r := range mustRead("gazetteer.tsv", req("key"), req("name"), req("country")) {
		_, known := CountryOf(r.cells[2])
		assert.True(t, known, "%s: country %q", r, r.cells[2])
		assert.Equal(t, strings.ToLower(r.cells[0]), r.cells[0], "%s: key is lower case", r)
	}
}
