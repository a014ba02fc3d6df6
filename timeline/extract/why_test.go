package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every field of every mention says which rule set it: on the sample
// articles and, when they are beside the repository, the development
// corpora. A field with no reason, or a reason naming no rule of Rules,
// fails.
func TestEveryFieldHasItsReason(t *testing.T) {
	paths := []string{"../../seeds", "../../testdata/articles"}
	for _, p := range []string{"../../../shared/corpora/diplomacy-2021", "../../../shared/corpora/timebank-articles", "../../../shared/corpora/other-voices"} {
		if _, err := os.Stat(p); err == nil {
			paths = append(paths, p)
		}
	}
	var x Extractor
	n := 0
	article.Read(paths, article.ReadOptions{}, func(a timeline.Article) {
		for _, m := range x.Extract(a) {
			n++
			where := a.ID + ": " + m.Source.Sentence
			w := m.Source.Why
			require.NotNil(t, w, where)
			assertRule(t, w.Kind, "kind/", where)
			assertRule(t, w.Status, "status/", where)
			got := map[string]bool{}
			for _, p := range w.Participants {
				assertRule(t, p.Reason, "party/", where)
				got[p.Name] = true
			}
			for _, p := range m.Participants {
				assert.True(t, got[p.Name], "%s: no reason for participant %s", where, p.Name)
			}
			assert.Equal(t, m.When != nil, w.Date != nil, "%s: a date has a reason, and only a date", where)
			if w.Date != nil {
				assertRule(t, *w.Date, "date/", where)
			}
			assert.Equal(t, m.Place != "", w.Place != nil, "%s: a place has a reason, and only a place", where)
			if w.Place != nil {
				assertRule(t, *w.Place, "place/", where)
			}
		}
	}, func(error) {})
	require.Positive(t, n, "mentions extracted")
	t.Logf("%d mentions from %v", n, paths)
}

func assertRule(t *testing.T, r timeline.Reason, field, where string) {
	t.Helper()
	_, known := ruleExplain[r.Rule]
	assert.True(t, known && strings.HasPrefix(r.Rule, field), "%s: rule %q for %s", where, r.Rule, field)
	assert.NotEmpty(t, r.Explain, where)
	assert.NotContains(t, r.Explain, "%!", "%s: %s: the template and its words disagree", where, r.Rule)
}

// Rules are named field/what, once each, and their templates read.
func TestRulesDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		assert.Regexp(t, `^(kind|party|status|date|place)/[a-z-]+$`, r.Name)
		assert.False(t, seen[r.Name], "%s listed twice", r.Name)
		seen[r.Name] = true
		assert.NotEmpty(t, r.Explain, r.Name)
	}
	assert.Panics(t, func() { because("kind/no-such-rule") })
}

// Every call of because in the package's code names a documented rule
// with as many words as its explanation has verbs (%s, %q), and no more
// than a reason holds: a reason with more words than it can hold fails
// only when it is written out, on the rare text that takes that path.
func TestRuleArguments(t *testing.T) {
	verbs := map[string]int{}
	for _, r := range Rules {
		verbs[r.Name] = strings.Count(r.Explain, "%s") + strings.Count(r.Explain, "%q")
	}
	fset := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	calls := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "because" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				return true // a rule chosen at run time: its callers are checked where they name it
			}
			rule, _ := strconv.Unquote(lit.Value)
			calls++
			where := fset.Position(call.Pos()).String()
			want, known := verbs[rule]
			if assert.True(t, known, "%s: undocumented rule %s", where, rule) && call.Ellipsis == gotoken.NoPos {
				assert.Equal(t, want, len(call.Args)-1, "%s: %s takes %d words", where, rule, want)
				assert.LessOrEqual(t, len(call.Args)-1, maxReasonArgs, "%s: %s", where, rule)
			}
			return true
		})
	}
	assert.Greater(t, calls, 100, "the calls of because were found")
}
