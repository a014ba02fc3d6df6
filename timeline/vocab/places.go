package vocab

import (
	"regexp"
	"slices"
	"strings"
)

// Country is a row of data/countries.tsv: a country and the ways text
// names it.
type Country struct {
	// Name is the canonical name, as timelines show it: "Côte d'Ivoire".
	Name string
	// ISO2 and ISO3 are the ISO 3166-1 alpha-2 and alpha-3 codes ("CI",
	// "CIV"); empty for a country ISO 3166-1 does not list (see Note).
	ISO2, ISO3 string
	// Capital is the capital, a city of data/cities.tsv; it stands for the
	// government ("talks between Moscow and Washington"). Empty only with
	// a Note saying why.
	Capital string
	// Names are the other names and short forms of the country itself:
	// "Ivory Coast", "U.S.", "DPRK".
	Names []string
	// Adjectives are its adjectives and demonyms: "Ivorian", "Americans".
	Adjectives []string
	// Note says why the row breaks a rule, if it does.
	Note string
}

// Forms lists every form text uses for the country: its name, its other
// names and its adjectives, in that order.
func (c Country) Forms() []string {
	return slices.Concat([]string{c.Name}, c.Names, c.Adjectives)
}

// PlaceKind says what sort of place a row of data/cities.tsv is.
type PlaceKind string

// The kinds of place.
const (
	CityPlace  PlaceKind = "city"
	VenuePlace PlaceKind = "venue" // a building or compound: "Kremlin", "Camp David"
	AreaPlace  PlaceKind = "area"  // a region or island text names like a city: "Normandy", "Bali"
)

// Place is a row of data/cities.tsv: a city, or a venue or area where
// diplomats meet.
type Place struct {
	// Name is the canonical name, as timelines show it: "Kyiv".
	Name string
	// Country is the country it lies in: a Country.Name.
	Country string
	Kind    PlaceKind
	// Within is, for a venue, the city it lies in ("Moscow" for the
	// Kremlin); empty when it lies in none of the table.
	Within string
	// Variants are other spellings of the name: "Kiev", "Kiyv".
	Variants []string
	// Note says what the row means when the name is shared.
	Note string
}

// Forms lists the name and its variants.
func (p Place) Forms() []string { return slices.Concat([]string{p.Name}, p.Variants) }

// Region is a row of data/regions.tsv: a state, nation or territory that
// a dateline names after its city ("SPRINGFIELD, Ill.").
type Region struct {
	Name    string
	Country string   // a Country.Name
	Forms   []string // abbreviations and other spellings: "Ill."
	Note    string
}

var (
	countries = readCountries()
	places    = readPlaces()
	regions   = readRegions()

	// Lower-case forms to rows, for the lookups below.
	countryIndex = lowerIndex(func(yield func(string, int)) {
		for i, c := range countries {
			yield(c.Name, i)
			for _, n := range c.Names {
				yield(n, i)
			}
		}
	})
	isoIndex = lowerIndex(func(yield func(string, int)) {
		for i, c := range countries {
			if c.ISO2 != "" {
				yield(c.ISO2, i)
				yield(c.ISO3, i)
			}
		}
	})
	placeIndex = lowerIndex(func(yield func(string, int)) {
		for i, p := range places {
			for _, f := range p.Forms() {
				yield(f, i)
			}
		}
	})
	regionIndex = lowerIndex(func(yield func(string, int)) {
		for i, r := range regions {
			yield(r.Name, i)
			for _, f := range r.Forms {
				yield(f, i)
			}
		}
	})
)

var isoCode = regexp.MustCompile(`^[A-Z]+$`)

func readCountries() []Country {
	var out []Country
	for _, r := range mustRead("countries.tsv", req("name"), opt("iso2"), opt("iso3"), opt("capital"), optList("names"), optList("adjectives"), opt("note")) {
		c := Country{Name: r.cells[0], ISO2: r.cells[1], ISO3: r.cells[2], Capital: r.cells[3], Names: r.list(4), Adjectives: r.list(5), Note: r.cells[6]}
		if (c.ISO2 == "") != (c.ISO3 == "") || c.ISO2 != "" && (len(c.ISO2) != 2 || len(c.ISO3) != 3 || !isoCode.MatchString(c.ISO2+c.ISO3)) {
			must(r.errorf("ISO codes %q %q are not two and three capital letters", c.ISO2, c.ISO3))
		}
		out = append(out, c)
	}
	return out
}

func readPlaces() []Place {
	var out []Place
	for _, r := range mustRead("cities.tsv", req("city"), req("country"), req("kind"), opt("within"), optList("variants"), opt("note")) {
		p := Place{Name: r.cells[0], Country: r.cells[1], Kind: PlaceKind(r.cells[2]), Within: r.cells[3], Variants: r.list(4), Note: r.cells[5]}
		if p.Kind != CityPlace && p.Kind != VenuePlace && p.Kind != AreaPlace {
			must(r.errorf("kind %q is not city, venue or area", p.Kind))
		}
		if p.Within != "" && p.Kind != VenuePlace {
			must(r.errorf("only a venue lies within a city"))
		}
		out = append(out, p)
	}
	return out
}

func readRegions() []Region {
	var out []Region
	for _, r := range mustRead("regions.tsv", req("region"), req("country"), optList("forms"), opt("note")) {
		out = append(out, Region{Name: r.cells[0], Country: r.cells[1], Forms: r.list(2), Note: r.cells[3]})
	}
	return out
}

// Countries returns the rows of data/countries.tsv, in file order. The
// slice is the caller's; the rows' lists are shared and must not change.
func Countries() []Country { return slices.Clone(countries) }

// CountryOf finds the country that name names, ignoring case: its
// canonical name or another name ("U.S.", "Ivory Coast", "côte
// d'ivoire"), not an adjective ("American").
func CountryOf(name string) (Country, bool) {
	if i, ok := countryIndex[strings.ToLower(name)]; ok {
		return countries[i], true
	}
	return Country{}, false
}

// CountryByISO finds the country whose ISO 3166-1 alpha-2 or alpha-3 code
// is code, ignoring case.
func CountryByISO(code string) (Country, bool) {
	if i, ok := isoIndex[strings.ToLower(code)]; ok {
		return countries[i], true
	}
	return Country{}, false
}

// Places returns the rows of data/cities.tsv, in file order. The slice is
// the caller's; the rows' lists are shared and must not change.
func Places() []Place { return slices.Clone(places) }

// PlaceOf finds the city, venue or area that name names, ignoring case:
// its name or a variant ("Kiev" gives Kyiv's row).
func PlaceOf(name string) (Place, bool) {
	if i, ok := placeIndex[strings.ToLower(name)]; ok {
		return places[i], true
	}
	return Place{}, false
}

// CityCountry returns the country of the city, venue or area that name
// names ("Gomel" → "Belarus"), or "" when the table does not know it.
func CityCountry(name string) string {
	p, _ := PlaceOf(name)
	return p.Country
}

// Regions returns the rows of data/regions.tsv, in file order.
func Regions() []Region { return slices.Clone(regions) }

// RegionOf finds the region that name names, ignoring case: its name or
// a form ("Ill.", "D.C.").
func RegionOf(name string) (Region, bool) {
	if i, ok := regionIndex[strings.ToLower(name)]; ok {
		return regions[i], true
	}
	return Region{}, false
}
