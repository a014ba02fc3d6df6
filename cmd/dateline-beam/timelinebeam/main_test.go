package timelinebeam

import (
	"flag"
	"io"
	"log/slog"
	"os"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// TestMain initialises Beam: the pipelines of the tests run on Prism in
// this process, whose workers are this test binary.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	if !testing.Verbose() {
		// Prism logs every job, and the errors of the runs that are meant
		// to fail; go test -v shows them.
		slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	}
	restore := PrivateTempDir()
	code := m.Run()
	restore()
	os.Exit(code)
}
