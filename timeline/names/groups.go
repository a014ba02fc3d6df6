package names

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// Countries, organisations and places are vocab's tables, read here by
// their folded forms: "U.S." and "u.s." both fold to "u s", "Bogotá" to
// "bogota".

var (
	// orgByFold maps the folded forms of organisations to their canonical
	// names ("eu" → "European Union").
	orgByFold = foldIndex(func(yield func(string, string)) {
		for _, o := range vocab.Organisations() {
			for _, f := range o.AllForms() {
				yield(f, o.Name)
			}
		}
	})
	// countryByFold maps the folded names and short forms of countries
	// (not their adjectives) to canonical names ("u s" → "United States").
	countryByFold = foldIndex(func(yield func(string, string)) {
		for _, c := range vocab.Countries() {
			yield(c.Name, c.Name)
			for _, n := range c.Names {
				yield(n, c.Name)
			}
		}
	})
	// placeByFold maps the folded names and variants of cities, venues and
	// areas, of regions and of countries to where they are.
	placeByFold = func() map[string]placeInfo {
		m := map[string]placeInfo{}
		add := func(form string, p placeInfo) {
			if k := Fold(form); k != "" {
				if _, dup := m[k]; !dup {
					m[k] = p
				}
			}
		}
		for _, p := range vocab.Places() {
			info := placeInfo{name: p.Name, country: p.Country}
			switch {
			case p.Kind == vocab.CityPlace:
				info.city = Fold(p.Name)
			case p.Within != "":
				info.city = Fold(p.Within)
			}
			for _, f := range p.Forms() {
				add(f, info)
			}
		}
		for k, c := range countryByFold {
			if _, dup := m[k]; !dup {
				m[k] = placeInfo{name: c, country: c}
			}
		}
		for _, r := range vocab.Regions() {
			for _, f := range append([]string{r.Name}, r.Forms...) {
				add(f, placeInfo{name: r.Name, country: r.Country})
			}
		}
		return m
	}()
)

// placeInfo is where a known place is.
type placeInfo struct {
	name    string // the canonical name of the place
	city    string // the folded city it is (or, for a venue, lies in); "" for a larger place
	country string // the country it lies in
}

// foldIndex maps folded forms to values, the first row winning a form
// that two rows give (which vocab's tests forbid).
func foldIndex(forms func(yield func(form, value string))) map[string]string {
	m := map[string]string{}
	forms(func(form, value string) {
		if k := Fold(form); k != "" {
			if _, dup := m[k]; !dup {
				m[k] = value
			}
		}
	})
	return m
}

// IsOrganisation reports whether name is a form of an international
// organisation of vocab's table ("NATO", "European Union").
func IsOrganisation(name string) bool {
	_, ok := orgByFold[Fold(name)]
	return ok
}

// CanonicalGroup returns the canonical name of a country or organisation
// ("U.S." → "United States", "Russian Federation" → "Russia", "osce" →
// "OSCE", "EU" → "European Union"), or the name trimmed when it is not in
// any table.
func CanonicalGroup(name string) string {
	f := Fold(name)
	if c, ok := orgByFold[f]; ok {
		return c
	}
	if c, ok := vocab.CountryOf(strings.TrimSpace(name)); ok {
		return c.Name
	}
	for _, k := range []string{f, strings.TrimPrefix(f, "the ")} {
		if c, ok := countryByFold[k]; ok {
			return c
		}
	}
	return strings.Join(strings.Fields(name), " ")
}

// PlaceKey is the key places are compared by: folded, with the variant
// spellings of the city table mapped to one ("Kiev" and "Kyiv" both name
// the Ukrainian capital, so both have the key "kyiv").
func PlaceKey(place string) string {
	f := Fold(place)
	if p, ok := placeByFold[f]; ok {
		return Fold(p.name)
	}
	return f
}

// placeFirst holds the first folded word of every name and variant of
// the city table.
var placeFirst = func() map[string]bool {
	m := map[string]bool{}
	for f := range placeByFold {
		first, _, _ := strings.Cut(f, " ")
		m[first] = true
	}
	return m
}()

// PlaceStarts reports whether a name or variant of the city table starts
// with the folded word w.
func PlaceStarts(w string) bool { return placeFirst[w] }

// PlaceName returns the name the city table shows a place under ("San
// José" → "San Jose", "Kiev" → "Kyiv"), and whether the table knows it as
// a city, venue or area (not a country).
func PlaceName(place string) (string, bool) {
	p, ok := placeByFold[Fold(place)]
	if !ok || p.country == "" {
		return "", false
	}
	if _, isCountry := countryByFold[Fold(place)]; isCountry {
		return "", false
	}
	return p.name, true
}

// IsCity reports whether the city table knows place as a city (not a
// venue, area, region or country); a city of the gazetteer counts too.
func IsCity(place string) bool {
	f := Fold(place)
	if p, ok := placeByFold[f]; ok {
		return p.city == Fold(p.name)
	}
	_, ok := vocab.Gazetteer(f)
	return ok
}

// PlaceCountry returns the country a place is in, when the place is a
// city, venue, area, region or country the tables know, or a city of the
// gazetteer; "" otherwise.
func PlaceCountry(place string) string {
	f := Fold(place)
	if p, ok := placeByFold[f]; ok {
		return p.country
	}
	if c, ok := vocab.Gazetteer(f); ok {
		return c.Country
	}
	return ""
}

// formatStopWords are left out of format keys, so that word order and
// small words do not tell formats apart.
var formatStopWords = vocab.Set("format-stop-words")

// FormatKey is the key named formats are compared by: their folded words,
// country and organisation names made canonical, without small words, in
// sorted order — "Russia-NATO Council" and "NATO-Russia Council" are one
// format, as are "dialogue on strategic stability" and "Strategic Stability
// Dialogue".
func FormatKey(format string) string {
	words := strings.Fields(Fold(format))
	out := make([]string, 0, len(words))
	for _, w := range words {
		if formatStopWords[w] {
			continue
		}
		if c, ok := countryByFold[w]; ok {
			w = Fold(c)
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// PlacesConflict reports whether two place keys (see PlaceKey) are known
// to be different places: two different cities (a venue counts as the
// city it lies in), or places in different countries. A place the tables
// do not know never conflicts, since "the Hofburg" and "Vienna" may well
// be one place; nor does a larger place (a country, region or area) with
// a place inside it.
func PlacesConflict(a, b string) bool {
	if a == b {
		return false
	}
	pa, okA := placeByFold[a]
	pb, okB := placeByFold[b]
	switch {
	case !okA || !okB:
		return false
	case pa.city != "" && pb.city != "":
		return pa.city != pb.city
	}
	return pa.country != pb.country
}
