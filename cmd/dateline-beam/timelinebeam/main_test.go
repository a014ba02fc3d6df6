package timelinebeam

import (
	"flag"
	"os"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
)

// TestMain initialises Beam: the pipelines of the tests run on Prism in
// this process, whose workers are this test binary.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	if !testing.Verbose() {
		beamlog.SetupLogging("warn", "text")
	}
	os.Exit(m.Run())
}
