package extract

import "flag"

// update rewrites the golden files of this package's tests instead of
// comparing with them: go test ./timeline/extract -update (then review the diff).
var update = flag.Bool("update", false, "rewrite golden files in testdata/")
