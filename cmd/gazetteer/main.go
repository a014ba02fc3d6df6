// Command gazetteer writes timeline/vocab/data/gazetteer.tsv, the table of
// world cities that extraction reads after a place preposition ("in
// Erbil", "arrived in Nairobi") to know which country a city is in.
//
//	go run ./cmd/gazetteer world-cities.csv > timeline/vocab/data/gazetteer.tsv
//
// Its input is the world-cities table of the Open Knowledge Foundation's
// datasets (github.com/datasets/world-cities, data/world-cities.csv: the
// GeoNames cities of 15,000 people or more, CC BY 4.0, credit GeoNames).
// A city is kept when its name, folded as names.Fold folds it, names
// cities of one country only, has four letters or more, and is neither a
// country, an organisation, a region nor a word the rules read as no
// name; country names are the canonical names of countries.tsv.
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gazetteer world-cities.csv > gazetteer.tsv")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

// countryAliases are GeoNames country names that countries.tsv writes
// otherwise.
var countryAliases = map[string]string{
	"Czechia": "Czech Republic", "Ivory Coast": "Côte d'Ivoire", "Cabo Verde": "Cabo Verde",
	"Macao": "China", "Hong Kong": "China", "Curaçao": "Netherlands", "Aruba": "Netherlands",
	"Puerto Rico": "United States", "Guam": "United States", "U.S. Virgin Islands": "United States",
	"Northern Mariana Islands": "United States", "American Samoa": "United States",
	"Réunion": "France", "Martinique": "France", "Guadeloupe": "France", "French Guiana": "France",
	"Mayotte": "France", "New Caledonia": "France", "French Polynesia": "France",
	"Greenland": "Denmark", "Faroe Islands": "Denmark", "Isle of Man": "United Kingdom",
	"Jersey": "United Kingdom", "Guernsey": "United Kingdom", "Gibraltar": "United Kingdom",
	"Bermuda": "United Kingdom", "Cayman Islands": "United Kingdom",
	// ISO 3166 short names as the table writes them.
	"Korea, Republic of": "South Korea", "Korea, Democratic People's Republic of": "North Korea",
	"Congo, The Democratic Republic of the": "Democratic Republic of the Congo", "Congo": "Republic of the Congo",
	"Lao People's Democratic Republic": "Laos", "Syrian Arab Republic": "Syria",
	"Taiwan, Province of China": "Taiwan", "Holy See (Vatican City State)": "Holy See",
	"Virgin Islands, U.S.": "United States", "Virgin Islands, British": "United Kingdom",
	"Falkland Islands (Malvinas)": "United Kingdom", "Saint Martin (French part)": "France",
	"Sint Maarten (Dutch part)": "Netherlands", "Bonaire, Sint Eustatius and Saba": "Netherlands",
	"Saint Barthélemy": "France", "Saint Pierre and Miquelon": "France", "Wallis and Futuna": "France",
	"Åland Islands": "Finland", "Svalbard and Jan Mayen": "Norway", "Turks and Caicos Islands": "United Kingdom",
	"Anguilla": "United Kingdom", "Montserrat": "United Kingdom", "Christmas Island": "Australia",
	"Cocos (Keeling) Islands": "Australia", "Norfolk Island": "Australia",
	"No country found for alpha-2 code: XK": "Kosovo",
}

func run(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	head, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, c := range []string{"name", "country"} {
		if _, ok := col[c]; !ok {
			return fmt.Errorf("%s: no column %q", path, c)
		}
	}
	type city struct{ name, country string }
	byKey := map[string][]city{}
	unknown := map[string]bool{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		name, country := strings.TrimSpace(rec[col["name"]]), strings.TrimSpace(rec[col["country"]])
		if a, ok := countryAliases[country]; ok {
			country = a
		} else if short, _, ok := strings.Cut(country, ", "); ok {
			country = short // "Iran, Islamic Republic of"
		}
		c, ok := vocab.CountryOf(country)
		if !ok {
			unknown[country] = true
			continue
		}
		key := names.Fold(name)
		if utf8.RuneCountInString(strings.ReplaceAll(key, " ", "")) < 4 || !usable(key) {
			continue
		}
		byKey[key] = append(byKey[key], city{name, c.Name})
	}
	var keys []string
	for k, cs := range byKey {
		one := true
		for _, c := range cs[1:] {
			one = one && c.country == cs[0].country
		}
		if one {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Fprint(w, header)
	for _, k := range keys {
		c := byKey[k][0]
		fmt.Fprintf(w, "%s\t%s\t%s\n", k, c.name, c.country)
	}
	for c := range unknown {
		fmt.Fprintf(os.Stderr, "gazetteer: country %q is not in countries.tsv; its cities are left out\n", c)
	}
	return nil
}

// usable reports whether a folded city name may stand for a city: it is
// not a country, an organisation or a region, and none of its words is a
// word the rules read as no name ("new", "union").
func usable(key string) bool {
	if _, ok := vocab.CountryOf(key); ok {
		return false
	}
	if _, ok := vocab.OrganisationOf(key); ok {
		return false
	}
	if _, ok := vocab.RegionOf(key); ok {
		return false
	}
	notName := vocab.Set("not-name-words")
	for _, w := range strings.Fields(key) {
		if notName[w] {
			return false
		}
	}
	return true
}

const header = `# Gazetteer: world cities and the country each is in, read after a place
# preposition ("in Erbil", "arrived in Nairobi") to place an event, and by
# the dateline reader. Written by cmd/gazetteer from the world-cities
# table of datasets/world-cities (GeoNames cities of 15,000 people or more,
# CC BY 4.0: credit GeoNames, geonames.org). Names that name cities of
# several countries, names shorter than four letters, and names that are a
# country, an organisation, a region or hold a word the rules read as no
# name are left out. cities.tsv, which people curate, comes first: a city
# there wins over the same name here.
#
# key      the name folded (lower case, no diacritics, one space between words)
# name     the name as GeoNames writes it
# country  the canonical name of its country (countries.tsv)
#
# key	name	country
`
