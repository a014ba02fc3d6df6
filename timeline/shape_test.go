package timeline

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The limits that keep the code readable in one sitting: a file, a
// function, and the domain package as a whole.
const (
	maxFileLines    = 800
	maxFuncLines    = 120
	maxRootPkgLines = 2500
)

// TestCodeShape holds every Go file of the module outside tests to
// maxFileLines, every function to maxFuncLines, and the domain package
// (this folder) to maxRootPkgLines.
func TestCodeShape(t *testing.T) {
	root := ".."
	fset := token.NewFileSet()
	rootLines := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		lines := fset.File(f.Pos()).LineCount()
		assert.LessOrEqual(t, lines, maxFileLines, "%s has %d lines", path, lines)
		if filepath.Dir(path) == filepath.Join(root, "timeline") {
			rootLines += lines
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
			assert.LessOrEqual(t, n, maxFuncLines, "%s: func %s has %d lines", path, fn.Name.Name, n)
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, rootLines, 0, "the walk found the domain package")
	assert.Less(t, rootLines, maxRootPkgLines, "package timeline has %d lines", rootLines)
}
