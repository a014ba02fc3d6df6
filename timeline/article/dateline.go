package article

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// datelineSeparators end a dateline, longest first so that " -- " wins over
// " - ". A separator must be found within maxDatelineLen bytes of the start.
var datelineSeparators = []string{
	" -- ", " --", "--",
	" — ", " —", "—", // em dash
	" – ", " –", // en dash
	" - ",
	" _ ", "_",
	" : ", " :", ":",
}

// separatorStart marks the first bytes of the separators, so that the scan
// for one skips most bytes at once.
var separatorStart = func() (set [256]bool) {
	for _, sep := range datelineSeparators {
		set[sep[0]] = true
	}
	return set
}()

// afterSpaceStart marks the bytes that follow the space of the separators
// that open with one, so that the scan passes over the spaces between
// words without trying every separator at each.
var afterSpaceStart = func() (set [256]bool) {
	for _, sep := range datelineSeparators {
		if sep[0] == ' ' && len(sep) > 1 {
			set[sep[1]] = true
		}
	}
	return set
}()

// dashSeparators are the separators strong enough to end a title-case
// dateline ("Geneva, Switzerland — ") without an agency or a date.
var dashSeparators = map[string]bool{
	" -- ": true, " --": true, "--": true, " — ": true, " —": true, "—": true,
	" – ": true, " –": true, " - ": true,
}

// maxDatelineLen bounds the search for a dateline: real ones are short.
const maxDatelineLen = 160

// notPlaces are words that open a text followed by a colon or dash but are
// labels, not places: "UPDATE: …", "EXCLUSIVE — …". Lower case.
var notPlaces = vocab.Set("not-places")

// placeConnectors are lower-case words allowed inside a place name ("Rio de
// Janeiro", "Port-au-Prince", "Stratford-upon-Avon"). They are also kept
// lower case when an ALL CAPS place is normalised.
var placeConnectors = vocab.Set("place-connectors")

// agencyWrappers are the ways an agency closes a dateline's head:
// "MOSCOW, Jan 3 (Reuters)", "NEW YORK, March 5, 2021 /PRNewswire/".
var agencyWrappers = []struct{ open, close string }{
	{"(", ")"},
	{"/", "/"},
}

// ParseDateline looks for a dateline at the start of body and returns it
// with ok true, or the zero Dateline and false when the body opens with
// ordinary prose. It recognises the shapes wire services use:
//
//	Kiev [Ukraine], January 3 : …
//	BRUSSELS, December 2 (Xinhua) -- …
//	O'SMACH, Cambodia (AP)_ …
//	WASHINGTON (Reuters) - …
//	MOSCOW, Jan 3 (Reuters) - …
//	GENEVA — …
//	LONDON: …
//	NEW YORK, March 5, 2021 /PRNewswire/ -- …
//
// that is: a short place name, optional regions or a country after commas or
// in brackets, an optional date, an optional agency in parentheses or
// slashes, then a separator (dash, colon, underscore). To avoid reading a
// first sentence as a dateline ("On Thursday, the minister said – …"), every
// word of the place must be capitalised, and a title-case place counts only
// with an agency, a date, a bracketed country, or a region and a dash; an
// ALL CAPS place needs just a separator.
//
// A date without a year takes the year that puts it nearest published
// ("January 1" on a story published 2021-12-31 is 2022-01-01); when
// published is date.Zero such a date stays unknown (Date is date.Zero).
// Place is normalised from ALL CAPS to title case ("BRUSSELS" → "Brussels");
// Country is the country named, or implied by a well-known place.
func ParseDateline(body string, published date.Date) (timeline.Dateline, bool) {
	start := 0
	for start < len(body) && (body[start] == ' ' || body[start] == '\t' || body[start] == '\n' || body[start] == '\r') {
		start++
	}
	limit := min(len(body), start+maxDatelineLen)
	window := body[start:limit]
	// Candidates for where the dateline ends: the first separator, and
	// just after a closing parenthesis (an agency with no separator).
	for _, c := range datelineCandidates(window) {
		head := strings.TrimRight(window[:c.headEnd], " \t")
		dl, ok := parseDatelineHead(head, c.sep, published)
		if !ok {
			continue
		}
		end := start + c.headEnd + len(c.sep)
		for end < len(body) && (body[end] == ' ' || body[end] == '\t' || body[end] == '\r' || body[end] == '\n') {
			end++
		}
		dl.Text = head
		dl.End = end
		return dl, true
	}
	return timeline.Dateline{}, false
}

// datelineCandidate is a possible end of a dateline in the window: the head
// is window[:headEnd], followed by the separator sep ("" for none).
type datelineCandidate struct {
	headEnd int
	sep     string
}

// datelineCandidates finds where a dateline in window could end, in order.
func datelineCandidates(window string) []datelineCandidate {
	var out []datelineCandidate
	sepFound := false
	for i := 0; i < len(window) && !sepFound; i++ {
		if window[i] == '\n' {
			break // a dateline never spans lines
		}
		if window[i] == ')' && i+2 < len(window) && window[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(window[i+2:]); unicode.IsUpper(r) {
				out = append(out, datelineCandidate{headEnd: i + 1})
			}
		}
		if window[i] == '/' && i+3 < len(window) && window[i+1] == '.' && window[i+2] == ' ' {
			// "MOSCOW, December 10. /TASS/. Text": the agency's slashes
			// and a full stop close the dateline
			if r, _ := utf8.DecodeRuneInString(window[i+3:]); unicode.IsUpper(r) {
				out = append(out, datelineCandidate{headEnd: i + 1, sep: "."})
			}
		}
		if !separatorStart[window[i]] {
			continue
		}
		if window[i] == ' ' && (i+1 == len(window) || !afterSpaceStart[window[i+1]]) {
			continue
		}
		for _, sep := range datelineSeparators {
			if !strings.HasPrefix(window[i:], sep) {
				continue
			}
			// A colon must be followed by a space or the end: "10:30" is not a separator.
			if strings.HasSuffix(sep, ":") {
				after := window[i+len(sep):]
				if after != "" && after[0] != ' ' && after[0] != '\n' {
					continue
				}
			}
			out = append(out, datelineCandidate{headEnd: i, sep: sep})
			sepFound = true
			break
		}
	}
	return out
}

// parseDatelineHead reads the part of a dateline before its separator.
func parseDatelineHead(head, sep string, published date.Date) (timeline.Dateline, bool) {
	var dl timeline.Dateline
	if head == "" || strings.ContainsAny(head, "\"“”!?;") {
		return dl, false
	}
	rest := head
	// The agency at the end: "(Reuters)" or "/PRNewswire/".
	hasAgency := false
	for _, w := range agencyWrappers {
		if !strings.HasSuffix(rest, w.close) {
			continue
		}
		open := strings.LastIndex(rest[:len(rest)-len(w.close)], w.open)
		if open < 0 {
			return dl, false
		}
		agency, ok := readAgency(rest[open+len(w.open) : len(rest)-len(w.close)])
		if !ok {
			return dl, false
		}
		dl.Agency, hasAgency = agency, true
		rest = strings.TrimSpace(rest[:open])
		if sep == "" && abbreviates(agency, rest) {
			// "The United Nations (UN) Resident Coordinator …": a name
			// and its abbreviation, not a place and its agency.
			return dl, false
		}
		break
	}
	if sep == "" && !hasAgency {
		return dl, false
	}
	if strings.ContainsAny(rest, "()/") {
		return dl, false
	}
	rest = strings.TrimSuffix(rest, ",")
	if sep == "." {
		rest = strings.TrimSuffix(rest, ".") // "MOSCOW, December 10. /TASS/."
	}
	// A bracketed country: "Kiev [Ukraine]".
	hasBracket := false
	if open := strings.IndexByte(rest, '['); open >= 0 {
		close := strings.IndexByte(rest, ']')
		if close < open {
			return dl, false
		}
		country := strings.TrimSpace(rest[open+1 : close])
		if !isPlacePhrase(country) {
			return dl, false
		}
		dl.Country = normaliseDatelinePlace(country)
		hasBracket = true
		rest = rest[:open] + rest[close+1:]
	}
	parts := strings.Split(rest, ",")
	if len(parts) == 1 {
		// "MOSCOW. Dec 10 (Interfax)": a full stop between the place
		// and the date (but "St. Petersburg" is one place)
		if at := strings.Index(rest, ". "); at > 0 {
			if _, _, err := parseDate(strings.TrimSpace(rest[at+2:]), DateOrderStrict, true); err == nil {
				parts = []string{rest[:at], rest[at+2:]}
			}
		}
	}
	place := strings.TrimSpace(parts[0])
	if !isPlacePhrase(place) || notPlaces[strings.ToLower(place)] || speakerLabel(place) {
		return dl, false
	}
	dl.Place = normaliseDatelinePlace(place)
	var regions []string
	hasDate := false
	var md monthDay
	var full date.Date
	for i := 1; i < len(parts); i++ {
		p := strings.TrimSpace(parts[i])
		switch {
		case p == "":
			return dl, false
		case hasDate && full == date.Zero && len(p) == 4 && pubAllDigits(p):
			// "March 5, 2021": the year after the comma.
			d, _, err := pubFinish(p, pubAtoi(p), int(md.Month), md.Day)
			if err != nil {
				return dl, false
			}
			full = d
		case hasDate:
			return dl, false // nothing but a year may follow the date
		default:
			if d, m, err := parseDate(p, DateOrderStrict, true); err == nil {
				hasDate, full, md = true, d, m
				continue
			}
			if len(regions) == 2 || !isDatelineRegion(p) {
				return dl, false
			}
			regions = append(regions, p)
		}
	}
	allCaps := datelineAllCaps(place)
	strong := hasAgency || hasDate || hasBracket
	if !strong && !allCaps && !(dashSeparators[sep] && len(regions) > 0) {
		return dl, false
	}
	switch {
	case full != date.Zero:
		dl.Date = full
	case hasDate && published != date.Zero:
		dl.Date = nearestYear(md, published)
	}
	if dl.Country == "" {
		dl.Country = datelineCountryOf(dl.Place, regions)
	}
	return dl, true
}

// speakerLabel reports a head that is a title and a name, as transcripts
// label a speaker ("PRESIDENT BIDEN:", "PRIME MINISTER ALBANESE:", "MR.
// SULLIVAN:"), not a place: a title of offices.tsv opens it, a word
// follows, and the whole is no city or country the tables know ("General
// Santos" is a city).
func speakerLabel(head string) bool {
	if vocab.CityCountry(head) != "" {
		return false
	}
	if _, ok := vocab.CountryOf(head); ok {
		return false
	}
	words := strings.Fields(strings.ToLower(head))
	titles := labelTitles()
	for n := 1; n < len(words); n++ { // a title of n words, and a word after it
		if titles[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return false
}

// labelTitles are the titles of offices.tsv, lower case.
var labelTitles = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, o := range vocab.Offices() {
		for _, t := range o.Titles {
			out[strings.ToLower(t)] = true
		}
	}
	return out
})

// abbreviates reports whether abbr is made of the initials of the
// capitalised words of name ("UN" of "The United Nations", "WHO" of "World
// Health Organization"), the article before it aside.
func abbreviates(abbr, name string) bool {
	var initials strings.Builder
	for i, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || i == 0 && (w == "The" || w == "THE") {
			continue
		}
		initials.WriteRune(r)
	}
	return initials.Len() >= 2 && strings.EqualFold(initials.String(), strings.ReplaceAll(abbr, ".", ""))
}

// readAgency accepts the text inside "( )" or "/ /" as an agency: a known
// one, or one to three capitalised words of letters only ("Caixin Global").
func readAgency(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if name, ok := vocab.AgencyOf(s); ok {
		return name, true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || len(s) > 30 {
		return "", false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		// Letters only: "(D-Maine)" after a name is a party, not an agency.
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return "", false
		}
	}
	return s, true
}

// isPlacePhrase reports whether s looks like a place name: one to five
// words, each capitalised (or a lower-case connector inside), made of
// letters, apostrophes, hyphens and periods.
func isPlacePhrase(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 48 {
		return false
	}
	for i, w := range words {
		if placeConnectors[w] && i > 0 && i < len(words)-1 {
			continue
		}
		if !isPlaceWord(w) {
			return false
		}
	}
	return true
}

// isPlaceWord reports whether w is a capitalised word of a place name:
// "BRUSSELS", "O'SMACH", "St.", "Port-au-Prince", "N.Y.".
func isPlaceWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '\'' || r == '’' || r == '-' || r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters > 0
}

// isDatelineRegion reports whether s can be the state, province or country after a
// place: a place phrase or an abbreviation such as "Ill." or "D.C.".
func isDatelineRegion(s string) bool {
	return isPlacePhrase(s) && !notPlaces[strings.ToLower(s)]
}

// datelineAllCaps reports whether every letter of s is upper case and there are
// at least two of them.
func datelineAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// normaliseDatelinePlace turns an ALL CAPS place into title case ("RIO DE JANEIRO"
// → "Rio de Janeiro", "O'SMACH" → "O'Smach", "PORT-AU-PRINCE" →
// "Port-au-Prince"); other spellings are kept as written. Abbreviations with
// periods ("U.S.", "D.C.") stay as they are.
func normaliseDatelinePlace(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !datelineAllCaps(s) {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = datelineTitleWord(w, i == 0)
	}
	return strings.Join(words, " ")
}

// datelineTitleWord title-cases one ALL CAPS word, hyphen part by hyphen part.
func datelineTitleWord(w string, first bool) string {
	if strings.Count(w, ".") >= 2 { // U.S., D.C.
		return w
	}
	parts := strings.Split(w, "-")
	for j, p := range parts {
		lower := strings.ToLower(p)
		if placeConnectors[lower] && (j > 0 || !first) {
			parts[j] = lower
			continue
		}
		var b strings.Builder
		upNext := true
		for _, r := range lower {
			if upNext && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				upNext = false
				continue
			}
			b.WriteRune(r)
		}
		p = b.String()
		// O'SMACH → O'Smach, D'IVOIRE → D'Ivoire: a one-letter prefix
		// before an apostrophe starts a new capitalised part.
		for _, apo := range []string{"'", "’"} {
			if i := strings.Index(p, apo); i > 0 && utf8.RuneCountInString(p[:i]) == 1 && i+len(apo) < len(p) {
				r, n := utf8.DecodeRuneInString(p[i+len(apo):])
				p = p[:i+len(apo)] + string(unicode.ToUpper(r)) + p[i+len(apo)+n:]
			}
		}
		parts[j] = p
	}
	return strings.Join(parts, "-")
}

// datelineCountryOf names the country of a dateline: the last region that
// is a country, a region of one (a US state, "Scotland") or a city, else
// the place itself when it is a country, a city or a region.
func datelineCountryOf(place string, regions []string) string {
	for i := len(regions) - 1; i >= 0; i-- {
		r := normaliseDatelinePlace(regions[i])
		if c, ok := vocab.CountryOf(r); ok {
			return c.Name
		}
		if reg, ok := vocab.RegionOf(r); ok {
			return reg.Country
		}
		if c := vocab.CityCountry(r); c != "" {
			return c
		}
	}
	if c, ok := vocab.CountryOf(place); ok {
		return c.Name
	}
	if c := vocab.CityCountry(place); c != "" {
		return c
	}
	reg, _ := vocab.RegionOf(place)
	return reg.Country
}
