package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

// A visit to a city of a state that was then part of another is a visit
// to that other state, by the day of the event: Moscow in 1987 is the
// Soviet Union, Moscow in 1921 and in 2021 Russia; Prague in 1990
// Czechoslovakia.
func TestPredecessorStates(t *testing.T) {
	on := func(published date.Date, body string) []string {
		return datedBriefs(timeline.Article{ID: "old.txt", Published: published, Body: body})
	}
	may1987 := date.New(1987, 5, 4)
	assert.Contains(t, on(may1987, "Indian Prime Minister Rajiv Gandhi flew to Moscow on Monday on a four-day official visit."),
		"visit|Rajiv Gandhi,Soviet Union|occurred|Moscow 1987-05-04..1987-05-07")
	assert.Contains(t, on(may1987, "Indian Prime Minister Rajiv Gandhi will visit Kiev on Friday."),
		"visit|Rajiv Gandhi,Soviet Union|planned|Kyiv 1987-05-08..1987-05-08")
	assert.Contains(t, on(date.New(1990, 3, 5), "French President Francois Mitterrand arrived in Prague on Monday."),
		"visit|Czechoslovakia,Francois Mitterrand|occurred|Prague 1990-03-05..1990-03-05")
	assert.Contains(t, on(date.New(2021, 11, 15), "Mongolian President Khurelsukh recalled that representatives of Mongolia arrived in Moscow in 1921."),
		"visit|Mongolia,Russia|occurred|Moscow 1921-01-01..1921-12-31", "before the Soviet Union")
	assert.Contains(t, on(date.New(2021, 11, 15), "Indian Prime Minister Ravi Kumar arrived in Moscow on Monday."),
		"visit|Ravi Kumar,Russia|occurred|Moscow 2021-11-15..2021-11-15")
	// A past event told in a later article goes by its own day.
	assert.Contains(t, on(date.New(2021, 11, 15), "Indian Prime Minister Ravi Kumar arrived in Moscow on Monday. Kumar first visited Moscow in 1987."),
		"visit|Ravi Kumar,Soviet Union|occurred|Moscow 1987-01-01..1987-12-31")
}
