package extract

import (
	"strconv"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// predecessorStates names, in a mention of a day on or before the one a
// state ceased to be part of another, that other state: a visit to Moscow
// in 1987 is a visit to the Soviet Union, as the wire copy of the day
// says (vocab's successions table; party/predecessor). The day is the
// mention's last, or the article's for an undated one.
func (x *extraction) predecessorStates(d *draft) {
	day := x.anchor.Date
	if d.m.When != nil {
		day = d.m.When.Range.Last
	}
	if day.Year() > lastSuccessionYear {
		return // (most articles: no row can apply)
	}
	on := day.String()
	for i, p := range d.m.Participants {
		if p.Type != timeline.CountryParty {
			continue
		}
		s, ok := vocab.PredecessorOn(p.Name, on)
		if !ok || hasParticipant(d.m.Participants, s.Predecessor) {
			continue
		}
		d.m.Participants[i].Name = s.Predecessor
		d.why.party.set(s.Predecessor, because("party/predecessor", p.Name, s.Predecessor, s.Until))
	}
}

// lastSuccessionYear is the latest year of the successions table's days.
var lastSuccessionYear = func() int {
	last := 0
	for _, s := range vocab.Successions() {
		y, _ := strconv.Atoi(s.Until[:4]) // (vocab's tests check every day is YYYY-MM-DD)
		last = max(last, y)
	}
	return last
}()
