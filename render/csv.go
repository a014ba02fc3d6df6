package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// CSVHeader is the header row of the CSV format.
var CSVHeader = []string{"id", "date", "start", "end", "granularity", "kind", "cameo", "title",
	"participants", "place", "status", "sources", "first_source", "corrected"}

// CSVRenderer writes RFC 4180 CSV: a header row (CSVHeader), then one row
// per event in the Timeline's order, with CRLF line endings. Columns:
//
//	date          the TimeML value ("2021-12-30", "2022-W02", "2022-01"); "" when undated
//	start, end    the inclusive first and last day, YYYY-MM-DD
//	participants  the names joined with "; "
//	sources       how many sources report the event
//	first_source  the article (path or URL) of the first source
//
// A text cell that a spreadsheet would read as a formula (it starts with
// =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP
// advises against CSV injection; article text is untrusted.
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
		row := []string{e.ID, value, start, end, gran, string(e.Kind), e.CAMEO, defuse(e.Title),
			defuse(participantNames(e, "; ")), defuse(placeOf(e)), string(e.Status),
			strconv.Itoa(len(e.Sources)), defuse(first), defuse(e.CorrectedSummary())}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse prefixes an apostrophe to a cell that a spreadsheet would evaluate.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
