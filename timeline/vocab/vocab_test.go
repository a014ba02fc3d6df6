package vocab

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordSetsUsed reads the Go code of the module: every set a call of
// vocab.Set, vocab.List or vocab.SetComment names is in wordsets.tsv, and
// every set of wordsets.tsv is asked for by some code. The extraction
// rules keep no word lists of their own (vocab.Words).
func TestWordSetsUsed(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	asked := map[string]string{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := ""
			switch e := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := e.X.(*ast.Ident); ok && x.Name == "vocab" {
					fn = e.Sel.Name
				}
			case *ast.Ident:
				if f.Name.Name == "vocab" {
					fn = e.Name
				}
			}
			switch fn {
			case "Set", "List", "SetComment":
				if len(call.Args) != 1 {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !assert.True(t, ok && lit.Kind == token.STRING, "%s: vocab.%s takes the set's name as a literal", fset.Position(call.Pos()), fn) {
					return true
				}
				name, _ := strconv.Unquote(lit.Value)
				asked[name] = fset.Position(call.Pos()).String()
			case "Words":
				assert.False(t, strings.HasPrefix(rel, filepath.Join("timeline", "extract")),
					"%s: extraction's word lists belong in data/wordsets.tsv (vocab.Set)", fset.Position(call.Pos()))
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, asked)
	for name, at := range asked {
		_, ok := wordSets[name]
		assert.True(t, ok, "%s asks for the word set %q, which data/wordsets.tsv lacks", at, name)
	}
	for _, name := range wordSetOrder {
		_, ok := asked[name]
		assert.True(t, ok, "the word set %q of data/wordsets.tsv is asked for by no code", name)
		assert.Regexp(t, `^[a-z][a-z-]*$`, name)
	}
}

func TestSetPanicsOnAMissingName(t *testing.T) {
	assert.PanicsWithValue(t, `vocab: no word set "no-such-set" in data/wordsets.tsv`, func() { Set("no-such-set") })
	assert.True(t, Set("negations")["never"])
	assert.Contains(t, List("generic-cues"), "need for")
	assert.NotEmpty(t, SetComment("negations"))
}

// TestParseTable feeds the parser good and malformed tables: every error
// names the file and the line.
func TestParseTable(t *testing.T) {
	cols := []column{req("name"), optList("forms"), opt("note")}
	const head = "# a comment\n# name\tforms\tnote\n"
	tests := []struct {
		name, text string
		rows       int
		err        string // "" for no error
	}{
		{"good rows", head + "Kyiv\tKiev|Kiyv\t\nMinsk\n\nGomel\t\tthe second city\n", 3, ""},
		{"carriage returns", head + "Kyiv\tKiev\r\n", 1, ""},
		{"no header", "Kyiv\tKiev\t\n", 0, "t.tsv:1: a row before the column header"},
		{"wrong header", "# name\tvariants\tnote\nKyiv\n", 0, "t.tsv:2: a row before the column header"},
		{"header only", head, 0, ""},
		{"empty file", "", 0, "t.tsv: no column header"},
		{"too many cells", head + "Kyiv\tKiev\tnote\textra\n", 0, "t.tsv:3: 4 cells, want 3"},
		{"empty required cell", head + "\tKiev\n", 0, "t.tsv:3: name is empty"},
		{"spaces around a cell", head + "Kyiv \tKiev\n", 0, `t.tsv:3: name "Kyiv " has spaces around it`},
		{"empty list item", head + "Kyiv\tKiev||Kiyv\n", 0, `t.tsv:3: forms: item 2 "" is empty`},
		{"item twice", head + "Kyiv\tKiev|Kiev\n", 0, `t.tsv:3: forms: "Kiev" is given twice`},
		{"bar in a plain cell", head + "Ky|iv\n", 0, `t.tsv:3: name "Ky|iv" is not a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseTable("t.tsv", tt.text, cols)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Len(t, rows, tt.rows)
			for _, r := range rows {
				assert.Len(t, r.cells, len(cols), "missing optional cells read as empty")
			}
		})
	}
}

func TestMustReadPanicsNamingTheFile(t *testing.T) {
	assert.PanicsWithValue(t, "vocab: open data/no-such.tsv: file does not exist", func() { mustRead("no-such.tsv", req("x")) })
	r := row{file: "data/x.tsv", line: 7, cells: []string{"a", "head|boss"}}
	var head bool
	err := r.flags(1, "flags", map[string]*bool{"head": &head})
	require.Error(t, err)
	assert.Equal(t, `data/x.tsv:7: flags: unknown flag "boss"`, err.Error())
	assert.PanicsWithValue(t, `vocab: data/x.tsv:7: flags: unknown flag "boss"`, func() { must(err) })
}
