package timeline

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layers says which of the module's packages each package may import
// (outside its tests). Data flows one way: read → extract → merge →
// render; the domain (timeline) and the leaves (resolve, vocab, names)
// import none of the stages. A package missing here fails the test, so a
// new package states its place.
var layers = map[string][]string{
	"resolve":           {},
	"resolve/timeml":    {"resolve"},
	"timeline/vocab":    {},
	"timeline/names":    {"timeline/vocab"},
	"timeline":          {"resolve", "timeline/names"},
	"timeline/article":  {"timeline", "timeline/vocab", "resolve"},
	"timeline/extract":  {"timeline", "timeline/vocab", "timeline/names", "resolve"},
	"timeline/merge":    {"timeline", "timeline/vocab", "timeline/names", "resolve"},
	"timeline/pipeline": {"timeline", "timeline/article", "timeline/extract", "timeline/merge"},
	"render":            {"timeline", "resolve"},
	"cmd/gazetteer":     {"timeline/names", "timeline/vocab"},
	"cmd/dateline":      {"timeline", "timeline/article", "timeline/pipeline", "timeline/store", "timeline/correct", "timeline/diff", "render", "resolve", "resolve/timeml"},
	"cmd/shiftcorpus":   {},
	"timeline/store":    {"timeline", "timeline/merge", "timeline/names"},
	"timeline/correct":  {"timeline", "timeline/vocab", "timeline/names", "resolve"},
	"timeline/diff":     {"timeline"},
}

const module = "github.com/dateline/dateline/"

func TestPackageLayers(t *testing.T) {
	root := ".."
	found := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root {
			if strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own
			}
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		require.NoError(t, err)
		allowed, known := layers[pkg]
		if !known {
			if _, ok := found[pkg]; !ok {
				t.Errorf("package %s has no place in layers", pkg)
			}
		}
		found[pkg] = true
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(p, module) {
				continue
			}
			dep := strings.TrimPrefix(p, module)
			ok := false
			for _, a := range allowed {
				ok = ok || a == dep
			}
			assert.True(t, ok, "%s imports %s, which its layer does not allow", path, dep)
		}
		return nil
	})
	require.NoError(t, err)
	var missing []string
	for pkg := range layers {
		if !found[pkg] {
			missing = append(missing, pkg)
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "layers lists packages that do not exist")
}
