package vocab

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every succession names two countries of the table and a day, each state
// once.
func TestSuccessionsTable(t *testing.T) {
	day := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	seen := map[string]bool{}
	for _, s := range Successions() {
		_, ok := CountryOf(s.State)
		assert.True(t, ok, "state %q is no country of the table", s.State)
		_, ok = CountryOf(s.Predecessor)
		assert.True(t, ok, "predecessor %q is no country of the table", s.Predecessor)
		assert.Regexp(t, day, s.From, s.State)
		assert.Regexp(t, day, s.Until, s.State)
		assert.Less(t, s.From, s.Until, s.State)
		assert.False(t, seen[s.State], "%q twice", s.State)
		seen[s.State] = true
	}
}

func TestPredecessorOn(t *testing.T) {
	s, ok := PredecessorOn("Ukraine", "1987-05-01")
	assert.True(t, ok)
	assert.Equal(t, "Soviet Union", s.Predecessor)
	_, ok = PredecessorOn("Ukraine", "1991-12-26")
	assert.False(t, ok, "the day after the dissolution")
	s, ok = PredecessorOn("Ukraine", "1991-12-25")
	assert.True(t, ok, "the last day")
	_, ok = PredecessorOn("Russia", "1921-06-01")
	assert.False(t, ok, "before the Soviet Union")
	_, ok = PredecessorOn("France", "1987-05-01")
	assert.False(t, ok)
}
