package timeline

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKindsTable walks kinds.tsv: every row complete, families and merge
// partners known, merge rules symmetric, ranks distinct. A new kind is a
// new row; this test says what the row still lacks.
func TestKindsTable(t *testing.T) {
	require.NotEmpty(t, Kinds)
	cameo := regexp.MustCompile(`^04[0-9]$`)
	ranks := map[int]Kind{}
	for _, k := range Kinds {
		info, ok := k.Info()
		require.True(t, ok, k)
		assert.Regexp(t, `^[a-z][a-z-]*$`, string(k), "a kind is a lower-case word")
		assert.NotEmpty(t, info.Title, "%s: title", k)
		assert.Regexp(t, cameo, info.CAMEO, "%s: cameo", k)
		assert.Regexp(t, cameo, info.CAMEOElsewhere, "%s: cameo_elsewhere", k)
		_, known := info.Family.Info()
		assert.True(t, known, "%s: family %q is not a kind", k, info.Family)
		if other, dup := ranks[info.Rank]; dup {
			t.Errorf("%s and %s share rank %d", k, other, info.Rank)
		}
		ranks[info.Rank] = k
		for other, rule := range info.Merges {
			_, known := other.Info()
			assert.True(t, known, "%s merges with unknown kind %q", k, other)
			assert.Contains(t, []MergeRule{MergeAlways, MergeSamePlace, MergeSameDay}, rule, "%s:%s", other, rule)
			assert.Equal(t, rule, MergeRuleOf(other, k), "%s merges with %s %s, but not the other way round", k, other, rule)
		}
		assert.Equal(t, MergeAlways, MergeRuleOf(k, k), "%s merges with itself", k)
	}
	for _, k := range []Kind{Call, Meeting, Visit, Talks, Summit} {
		_, ok := k.Info()
		assert.True(t, ok, "the kind %s that code names is in the table", k)
	}
}

func TestKindLookups(t *testing.T) {
	assert.Equal(t, "phone call", Call.Title())
	assert.Equal(t, "parley", Kind("parley").Title(), "an unknown kind is its own title")
	assert.Equal(t, Talks, Call.Family())
	assert.Equal(t, Visit, Visit.Family())
	assert.Equal(t, "041", CAMEOCode(Call, false))
	assert.Equal(t, "044", CAMEOCode(Meeting, true))
	assert.Equal(t, "040", CAMEOCode(Meeting, false))
	assert.Equal(t, "040", CAMEOCode("parley", true))
	assert.True(t, KindBefore(Call, Meeting), "the more specific kind first")
	assert.True(t, KindBefore(Summit, "parley"), "known kinds before unknown ones")
	assert.Equal(t, MergeSameDay, MergeRuleOf(Call, Talks))
	assert.Equal(t, MergeNever, MergeRuleOf(Call, Visit))
}

func TestParseKindsRejectsBadRows(t *testing.T) {
	for tsv, why := range map[string]string{
		"call\t0\tphone call\ttalks\t041\t041":                               "want 7",
		"call\tfirst\tphone call\ttalks\t041\t041\t":                         "rank",
		"call\t0\tphone call\ttalks\t041\t041\ttalks":                        "KIND:RULE",
		"call\t0\tcall\ttalks\t041\t041\t\ncall\t1\tcall\ttalks\t041\t041\t": "twice",
	} {
		_, _, err := parseKinds(tsv)
		require.Error(t, err, tsv)
		assert.Contains(t, err.Error(), why)
	}
}
