package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// durationAt tests for a filler only when a token is not a unit, which
// gives the same result only while no filler word is itself a unit, and
// tests the lexicon's fFiller flag, which must agree with unitFillers.
func TestUnitFillersAreNotUnits(t *testing.T) {
	for w := range unitFillers {
		toks := tokenize(w, make([]byte, len(w)), nil)
		require.Len(t, toks, 1, w)
		_, isUnit := toks[0].lex.has(cUnit)
		assert.False(t, isUnit, "filler %q is also a unit", w)
		// durationAt reads the fFiller flag in place of the map.
		on := unitFillers[w]
		assert.Equal(t, on, toks[0].lex.flags&fFiller != 0, "fFiller flag of %q", w)
	}
}

// coreAt keeps the set of matchers to try in a uint32, one bit each, so
// the table must stay within 32 entries, and every matcher must be listed
// under each kind it can begin with.
func TestMatchersByKindCoversTable(t *testing.T) {
	require.LessOrEqual(t, len(coreMatchers), 32)
	for k, cm := range coreMatchers {
		for b := 0; b < 64; b++ {
			want := cm.starts&(1<<uint(b)) != 0
			assert.Equal(t, want, matchersByKind[b]&(1<<uint(k)) != 0, "matcher %d, kind bit %d", k, b)
		}
	}
}
