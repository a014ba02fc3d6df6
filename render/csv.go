package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/dateline/dateline/timeline"
)

// CSVHeader is the header row of the CSV format.
var CSVHeader = []string{"id", "date", "start", "end", "granularity", "kind", "cameo", "title",
	"participants", "place", "status", "sources", "first_source", "articles", "outlets", "first_url", "corrected"}

// CSVRenderer writes RFC 4180 CSV: a header row (CSVHeader), then one row
// per event in the Timeline's order, with CRLF line endings. Columns:
//
//	date          the TimeML value ("2021-12-30", "2022-W02", "2022-01"); "" when undated
//	start, end    the inclusive first and last day, YYYY-MM-DD
//	participants  the names joined with "; "
//	sources       how many source sentences report the event
//	first_source  the article (path or URL) of the first source
//	articles      how many distinct articles report it (the same story read
//	              by two paths counts once)
//	outlets       the outlets that published them, joined with "; "
//	first_url     the web address of the first article that has one
//	corrected     what was changed by hand (Event.CorrectedSummary); "" when nothing
//
// Every cell is untrusted, since a timeline JSON given to `dateline query`
// may hold anything: a cell that a spreadsheet would read as a formula (it
// starts with =, +, -, @, a tab, a carriage return or a line feed, after
// any white space) gets a leading apostrophe, as OWASP advises against CSV
// injection, and control characters other than those are dropped.
type CSVRenderer struct{}

// Render writes tl as CSV.
func (CSVRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i := range eventsOf(tl) {
		e := &tl.Events[i]
		var value, start, end, gran string
		if e.When != nil {
			value, start, end, gran = e.When.Value, e.When.Start().String(), e.When.End().String(), string(e.When.Granularity)
		}
		first := ""
		if len(e.Sources) > 0 {
			first = e.Sources[0].Article
		}
		arts := articlesOf(e)
		firstURL := ""
		for _, a := range arts {
			if a.URL != "" {
				firstURL = a.URL
				break
			}
		}
		row := []string{e.ID, value, start, end, gran, string(e.Kind), e.CAMEO, e.Title,
			participantNames(e, "; "), placeOf(e), string(e.Status),
			strconv.Itoa(len(e.Sources)), first, strconv.Itoa(len(arts)), strings.Join(outlets(arts), "; "), firstURL,
			e.CorrectedSummary()}
		for i := range row {
			row[i] = defuse(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse makes a cell safe to open in a spreadsheet: control characters
// other than tab and line breaks are dropped, and a cell that would be
// evaluated (its first character after white space is =, +, -, @, or it
// starts with a tab or line break) gets a leading apostrophe.
func defuse(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
	if s == "" {
		return s
	}
	if strings.ContainsRune("\t\r\n", rune(s[0])) {
		return "'" + s
	}
	if t := strings.TrimLeftFunc(s, unicode.IsSpace); t != "" && strings.ContainsRune("=+-@＝＋－＠", []rune(t)[0]) {
		return "'" + s
	}
	return s
}
