// features.go names the WebAssembly features lowered trace modules use
// beyond wazero's default (WebAssembly 2.0): a root trace restarts itself
// with return_call (lower.go), so whoever compiles trace modules must
// enable tail calls.

package wasmgen

import (
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// CoreFeatures is the feature set a wazero runtime needs to compile the
// modules Lower makes: WebAssembly 2.0 and tail calls.
const CoreFeatures = api.CoreFeaturesV2 | experimental.CoreFeaturesTailCall
